//! Softmax cross-entropy of one example's logits against its class label.
use gradus::differentiable;

#[differentiable(wrt(logits))]
pub fn softmax_cross_entropy(logits: &[f64], label: usize) -> f64 {
    let max = logits.iter().fold(f64::NEG_INFINITY, |m, &z| m.max(z));
    let sum_exp = logits.iter().map(|&z| (z - max).exp()).sum::<f64>();
    -(logits[label] - max - sum_exp.ln())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(logits: &[T], label: usize) -> T {
        let max = logits.iter().fold(T::neg_infinity(), |m, &z| m.max(z));
        let sum_exp = logits.iter().map(|&z| (z - max).exp()).sum::<T>();
        -(logits[label] - max - sum_exp.ln())
    }

    fn points() -> Vec<(Vec<f64>, usize)> {
        vec![
            (vec![1.0, -0.5, 2.2, 0.3], 2),
            (vec![0.1, 0.7, -1.3], 0),
            (vec![-3.0, 4.0, 0.5, 0.25, 1.0], 3),
        ]
    }

    #[test]
    fn value_matches() {
        for (z, l) in points() {
            assert_eq!(
                grad_softmax_cross_entropy(&z, l).0,
                softmax_cross_entropy(&z, l)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for (z, l) in points() {
            let (_, g) = grad_softmax_cross_entropy(&z, l);
            fd("softmax_ce", |p| softmax_cross_entropy(p, l), &z, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        for (z, l) in points() {
            let (_, g) = grad_softmax_cross_entropy(&z, l);
            let tape = Tape::new();
            let v = tape.vars(&z);
            let y = twin(&v, l);
            all_close("softmax_ce tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
