//! The Rosenbrock function over consecutive pairs with `.windows(2)`.
use gradus::differentiable;

#[differentiable]
pub fn rosenbrock_windows(x: &[f64]) -> f64 {
    x.windows(2)
        .map(|w| 100.0 * (w[1] - w[0] * w[0]).powi(2) + (1.0 - w[0]).powi(2))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(x: &[T]) -> T {
        let mut total = T::zero();
        for i in 0..x.len() - 1 {
            total = total
                + c::<T>(100.0) * (x[i + 1] - x[i] * x[i]).powi(2)
                + (T::one() - x[i]).powi(2);
        }
        total
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![-1.2, 1.0],
            vec![0.5, 0.7, -0.3, 1.1],
            vec![1.0, 1.0, 1.0],
            vec![0.1, -0.4, 2.0, 0.3, 0.9],
        ]
    }

    #[test]
    fn value_matches() {
        for x in points() {
            assert_eq!(grad_rosenbrock_windows(&x).0, rosenbrock_windows(&x));
        }
    }

    #[test]
    fn finite_differences() {
        for x in points() {
            let (_, g) = grad_rosenbrock_windows(&x);
            fd("rosenbrock_windows", |p| rosenbrock_windows(p), &x, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        for x in points() {
            let (_, g) = grad_rosenbrock_windows(&x);
            let tape = Tape::new();
            let v = tape.vars(&x);
            let y = twin(&v);
            all_close("rosenbrock_windows tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
