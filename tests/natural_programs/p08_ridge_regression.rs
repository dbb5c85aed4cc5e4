//! L2-regularised least squares; the design matrix is flat row-major (n rows of d).
use gradus::differentiable;

#[differentiable(wrt(w))]
pub fn ridge_regression(w: &[f64], x: &[f64], y: &[f64], lambda: f64) -> f64 {
    let n = y.len();
    let d = w.len();
    assert_eq!(x.len(), n * d);
    let mut sse = 0.0;
    for i in 0..n {
        let mut pred = 0.0;
        for j in 0..d {
            pred += x[i * d + j] * w[j];
        }
        let r = pred - y[i];
        sse += r * r;
    }
    let mut penalty = 0.0;
    for j in 0..d {
        penalty += w[j] * w[j];
    }
    sse / (2.0 * n as f64) + 0.5 * lambda * penalty
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(w: &[T], x: &[f64], y: &[f64], lambda: f64) -> T {
        let n = y.len();
        let d = w.len();
        let mut sse = T::zero();
        for i in 0..n {
            let mut pred = T::zero();
            for j in 0..d {
                pred = pred + c::<T>(x[i * d + j]) * w[j];
            }
            let r = pred - c::<T>(y[i]);
            sse = sse + r * r;
        }
        let mut penalty = T::zero();
        for j in 0..d {
            penalty = penalty + w[j] * w[j];
        }
        sse / c(2.0 * n as f64) + c::<T>(0.5 * lambda) * penalty
    }

    const X: [f64; 12] = [
        1.0, 0.5, -0.2, 0.3, 1.0, 0.7, -1.0, 0.0, 2.0, 0.4, -0.6, 1.1,
    ];
    const Y: [f64; 4] = [1.0, 2.0, -0.5, 0.3];

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.1, 0.2, 0.3],
            vec![-1.0, 0.5, 2.0],
            vec![0.0, 0.0, 0.0],
        ]
    }

    #[test]
    fn value_matches() {
        for w in points() {
            assert_eq!(
                grad_ridge_regression(&w, &X, &Y, 0.3).0,
                ridge_regression(&w, &X, &Y, 0.3)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for w in points() {
            let (_, g) = grad_ridge_regression(&w, &X, &Y, 0.3);
            fd("ridge", |p| ridge_regression(p, &X, &Y, 0.3), &w, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        for w in points() {
            let (_, g) = grad_ridge_regression(&w, &X, &Y, 0.3);
            let tape = Tape::new();
            let v = tape.vars(&w);
            let y = twin(&v, &X, &Y, 0.3);
            all_close("ridge tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
