//! The Rosenbrock function in n dimensions, as an index loop.
use gradus::differentiable;

#[differentiable]
pub fn rosenbrock_index(x: &[f64]) -> f64 {
    let mut total = 0.0;
    for i in 0..x.len() - 1 {
        total += 100.0 * (x[i + 1] - x[i] * x[i]).powi(2) + (1.0 - x[i]).powi(2);
    }
    total
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
            assert_eq!(grad_rosenbrock_index(&x).0, rosenbrock_index(&x));
        }
    }

    #[test]
    fn finite_differences() {
        for x in points() {
            let (_, g) = grad_rosenbrock_index(&x);
            fd("rosenbrock_index", |p| rosenbrock_index(p), &x, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        for x in points() {
            let (_, g) = grad_rosenbrock_index(&x);
            let tape = Tape::new();
            let v = tape.vars(&x);
            let y = twin(&v);
            all_close("rosenbrock_index tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
