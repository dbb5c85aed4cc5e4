//! KL(p || q) between a fixed distribution p and a model distribution q (softmax of logits).
use gradus::differentiable;

#[differentiable(wrt(logits))]
pub fn kl_divergence(p: &[f64], logits: &[f64]) -> f64 {
    assert_eq!(p.len(), logits.len());
    let mut norm = 0.0;
    for &z in logits {
        norm += z.exp();
    }
    let mut kl = 0.0;
    for (&pi, &zi) in p.iter().zip(logits.iter()) {
        if pi == 0.0 {
            continue; // 0 log 0 = 0
        }
        let qi = zi.exp() / norm;
        kl += pi * (pi / qi).ln();
    }
    kl
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(p: &[f64], logits: &[T]) -> T {
        let mut norm = T::zero();
        for &z in logits {
            norm = norm + z.exp();
        }
        let mut kl = T::zero();
        for (&pi, &zi) in p.iter().zip(logits.iter()) {
            if pi == 0.0 {
                continue;
            }
            let qi = zi.exp() / norm;
            kl = kl + c::<T>(pi) * (c::<T>(pi) / qi).ln();
        }
        kl
    }

    const P: [f64; 4] = [0.5, 0.0, 0.3, 0.2];

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.1, 0.2, -0.3, 0.5],
            vec![1.0, -1.0, 0.0, 2.0],
            vec![-0.5, 0.4, 0.4, 0.1],
        ]
    }

    #[test]
    fn value_matches() {
        for z in points() {
            assert_eq!(grad_kl_divergence(&P, &z).0, kl_divergence(&P, &z));
        }
    }

    #[test]
    fn finite_differences() {
        for z in points() {
            let (_, g) = grad_kl_divergence(&P, &z);
            fd("kl", |q| kl_divergence(&P, q), &z, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        for z in points() {
            let (_, g) = grad_kl_divergence(&P, &z);
            let tape = Tape::new();
            let v = tape.vars(&z);
            let y = twin(&P, &v);
            all_close("kl tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
