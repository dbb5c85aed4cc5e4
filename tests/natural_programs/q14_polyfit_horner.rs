//! Student: least-squares polynomial fit. Coefficients are stored lowest degree first and
//! evaluated with Horner's rule as a fold from the top. (Annotated without `wrt`, so the
//! gradient also covers the sample points.)
use gradus::differentiable;

#[differentiable]
pub fn poly_mse(coef: &[f64], xs: &[f64], ys: &[f64]) -> f64 {
    let mut sse = 0.0;
    for (x, y) in xs.iter().zip(ys) {
        let fit = coef.iter().rev().fold(0.0, |acc, c| acc * x + c);
        sse += (fit - y).powi(2);
    }
    sse / xs.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(c: &[T], xs: &[T], ys: &[T]) -> T {
        let mut sse = T::zero();
        for i in 0..xs.len() {
            let mut fit = T::zero();
            for j in (0..c.len()).rev() {
                fit = fit * xs[i] + c[j];
            }
            sse = sse + (fit - ys[i]).powi(2);
        }
        sse / k(xs.len() as f64)
    }

    fn pts() -> Vec<Vec<f64>> {
        // 3 coefficients, 5 xs, 5 ys
        vec![
            vec![
                0.5, -1.0, 0.3, -1.0, -0.5, 0.0, 0.7, 1.5, 1.9, 0.8, 0.4, 0.6, 1.2,
            ],
            vec![
                1.0, 0.2, -0.4, 0.1, 0.3, 0.5, 0.9, 1.1, 1.0, 1.1, 1.05, 1.2, 1.3,
            ],
            vec![
                -0.3, 2.0, 0.0, -2.0, -1.2, 0.4, 1.6, 2.2, -4.0, -2.9, 0.5, 3.5, 4.1,
            ],
        ]
    }

    #[test]
    fn value_matches() {
        for p in pts() {
            assert_eq!(
                grad_poly_mse(&p[..3], &p[3..8], &p[8..]).0,
                poly_mse(&p[..3], &p[3..8], &p[8..])
            );
        }
    }
    #[test]
    fn finite_differences() {
        for p in pts() {
            let (_, (a, b, c)) = grad_poly_mse(&p[..3], &p[3..8], &p[8..]);
            fd(
                "polyfit",
                |q| poly_mse(&q[..3], &q[3..8], &q[8..]),
                &p,
                &[a, b, c].concat(),
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for p in pts() {
            let (_, (a, b, c)) = grad_poly_mse(&p[..3], &p[3..8], &p[8..]);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[..3], &v[3..8], &v[8..]);
            same(
                "polyfit tape",
                &[a, b, c].concat(),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
