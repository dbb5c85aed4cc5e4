//! The log-sum-exp, shifted by the maximum for stability.
use gradus::differentiable;

#[differentiable]
pub fn log_sum_exp(xs: &[f64]) -> f64 {
    let m = xs.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    m + xs.iter().map(|x| (x - m).exp()).sum::<f64>().ln()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(xs: &[T]) -> T {
        let m = xs.iter().cloned().fold(T::neg_infinity(), T::max);
        m + xs.iter().map(|&x| (x - m).exp()).sum::<T>().ln()
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![1.0, 2.0, 3.0],
            vec![-100.0, 0.5, 0.25, 0.7],
            vec![500.0, 499.0],
        ]
    }

    #[test]
    fn value_matches() {
        for x in points() {
            assert_eq!(grad_log_sum_exp(&x).0, log_sum_exp(&x));
        }
    }

    #[test]
    fn finite_differences() {
        for x in points() {
            let (_, g) = grad_log_sum_exp(&x);
            fd("lse", |p| log_sum_exp(p), &x, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        for x in points() {
            let (_, g) = grad_log_sum_exp(&x);
            let tape = Tape::new();
            let v = tape.vars(&x);
            let y = twin(&v);
            all_close("lse tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
