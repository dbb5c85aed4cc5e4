//! Optimisation benchmarks: Rosenbrock as printed in papers, Σ_{i=1}^{n−1} [100(x_{i+1} − x_i²)² + (1 − x_i)²],
//! and the (a, b) form with the coefficients in a tuple struct.
use gradus::differentiable;

#[differentiable]
pub fn rosenbrock(x: &[f64]) -> f64 {
    (0..x.len() - 1)
        .map(|i| 100.0 * (x[i + 1] - x[i].powi(2)).powi(2) + (1.0 - x[i]).powi(2))
        .sum()
}

pub struct Coeffs(pub f64, pub f64);

#[differentiable(wrt(x))]
pub fn rosenbrock_ab(x: &Vec<f64>, ab: &Coeffs) -> f64 {
    let mut f = 0.0;
    for i in 0..x.len() - 1 {
        f += (ab.0 - x[i]).powi(2) + ab.1 * (x[i + 1] - x[i] * x[i]).powi(2);
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(x: &[T], a: f64, b: f64) -> T {
        let mut f = T::zero();
        for i in 0..x.len() - 1 {
            f = f + (c::<T>(a) - x[i]).powi(2) + c::<T>(b) * (x[i + 1] - x[i] * x[i]).powi(2);
        }
        f
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![-1.2, 1.0, 0.5, 0.3],
            vec![0.3, -0.7, 1.5, 2.0, -0.1],
            vec![1.1, 1.2, 1.4],
        ]
    }

    #[test]
    fn value_matches() {
        for x in points() {
            assert_eq!(grad_rosenbrock(&x).0, rosenbrock(&x));
            assert_eq!(
                grad_rosenbrock_ab(&x, &Coeffs(2.0, 50.0)).0,
                rosenbrock_ab(&x, &Coeffs(2.0, 50.0))
            );
        }
    }

    #[test]
    fn finite_differences() {
        for x in points() {
            let (_, g) = grad_rosenbrock(&x);
            fd("rosenbrock", rosenbrock, &x, &g);
            let (_, g2) = grad_rosenbrock_ab(&x, &Coeffs(2.0, 50.0));
            fd(
                "rosenbrock ab",
                |p| rosenbrock_ab(&p.to_vec(), &Coeffs(2.0, 50.0)),
                &x,
                &g2,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for x in points() {
            let (_, g) = grad_rosenbrock(&x);
            let (_, g2) = grad_rosenbrock_ab(&x, &Coeffs(2.0, 50.0));
            let tape = Tape::new();
            let v = tape.vars(&x);
            let y = twin(&v, 1.0, 100.0);
            all_close("rosenbrock tape", &g, &tape.gradient(y, &v), 1e-9);
            let y2 = twin(&v, 2.0, 50.0);
            all_close("rosenbrock ab tape", &g2, &tape.gradient(y2, &v), 1e-9);
        }
    }
}
