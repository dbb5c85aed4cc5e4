//! Bag-of-embeddings text classifier: average the embeddings of the tokens (table is
//! flat vocab × dim), dot with a weight vector, logistic loss against a 0/1 label.
use gradus::differentiable;

#[differentiable(wrt(table, weights))]
pub fn embedding_bag_loss(table: &[f64], weights: &[f64], tokens: &[usize], label: f64) -> f64 {
    let dim = weights.len();
    let mut logit = 0.0;
    for &tok in tokens {
        for d in 0..dim {
            logit += table[tok * dim + d] * weights[d];
        }
    }
    logit /= tokens.len() as f64;
    // binary cross-entropy with logits
    logit.max(0.0) - logit * label + (-logit.abs()).exp().ln_1p()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(table: &[T], weights: &[T], tokens: &[usize], label: f64) -> T {
        let dim = weights.len();
        let mut logit = T::zero();
        for &tok in tokens {
            for d in 0..dim {
                logit = logit + table[tok * dim + d] * weights[d];
            }
        }
        logit = logit / c(tokens.len() as f64);
        logit.max(T::zero()) - logit * c::<T>(label) + (-logit.abs()).exp().ln_1p()
    }

    // vocab 4, dim 2
    const TOKENS: [usize; 5] = [0, 2, 2, 3, 1];

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.1, 0.2, -0.3, 0.4, 0.5, -0.6, 0.7, 0.1, 1.0, -0.5],
            vec![1.0, 0.0, 0.5, 0.5, -0.2, 0.9, 0.3, -0.4, -0.7, 0.8],
        ]
    }

    #[test]
    fn value_matches() {
        for p in points() {
            for label in [0.0, 1.0] {
                assert_eq!(
                    grad_embedding_bag_loss(&p[..8], &p[8..], &TOKENS, label).0,
                    embedding_bag_loss(&p[..8], &p[8..], &TOKENS, label)
                );
            }
        }
    }

    #[test]
    fn finite_differences() {
        for p in points() {
            for label in [0.0, 1.0] {
                let (_, (gt, gw)) = grad_embedding_bag_loss(&p[..8], &p[8..], &TOKENS, label);
                fd(
                    "embedding_bag",
                    |q| embedding_bag_loss(&q[..8], &q[8..], &TOKENS, label),
                    &p,
                    &[gt, gw].concat(),
                );
            }
        }
    }

    #[test]
    fn tape_agrees() {
        for p in points() {
            for label in [0.0, 1.0] {
                let (_, (gt, gw)) = grad_embedding_bag_loss(&p[..8], &p[8..], &TOKENS, label);
                let tape = Tape::new();
                let v = tape.vars(&p);
                let y = twin(&v[..8], &v[8..], &TOKENS, label);
                all_close(
                    "embedding_bag tape",
                    &[gt, gw].concat(),
                    &tape.gradient(y, &v),
                    1e-9,
                );
            }
        }
    }
}
