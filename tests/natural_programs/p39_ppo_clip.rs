//! PPO clipped surrogate objective (negated, to minimise) in the new log-probabilities.
use gradus::differentiable;

#[differentiable(wrt(log_probs))]
pub fn ppo_clip_loss(
    log_probs: &[f64],
    old_log_probs: &[f64],
    advantages: &[f64],
    clip_eps: f64,
) -> f64 {
    let n = log_probs.len();
    let mut total = 0.0;
    for ((&lp, &old), &adv) in log_probs.iter().zip(old_log_probs).zip(advantages) {
        let ratio = (lp - old).exp();
        let clipped = ratio.clamp(1.0 - clip_eps, 1.0 + clip_eps);
        total += (ratio * adv).min(clipped * adv);
    }
    -total / n as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(
        log_probs: &[T],
        old_log_probs: &[f64],
        advantages: &[f64],
        clip_eps: f64,
    ) -> T {
        let n = log_probs.len();
        let mut total = T::zero();
        for ((&lp, &old), &adv) in log_probs.iter().zip(old_log_probs).zip(advantages) {
            let ratio = (lp - c::<T>(old)).exp();
            let clipped = ratio.clamp(c(1.0 - clip_eps), c(1.0 + clip_eps));
            let adv = c::<T>(adv);
            total = total + (ratio * adv).min(clipped * adv);
        }
        -total / c(n as f64)
    }

    const OLD: [f64; 5] = [-1.0, -0.5, -2.0, -0.7, -1.2];
    const ADV: [f64; 5] = [1.0, -0.5, 2.0, 0.3, -1.5];

    fn points() -> Vec<Vec<f64>> {
        // ratios inside and outside [0.8, 1.2], away from the corners
        vec![
            vec![-0.9, -0.6, -1.5, -0.72, -1.1],
            vec![-1.05, -0.1, -2.5, -0.5, -1.6],
        ]
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(
                grad_ppo_clip_loss(&p, &OLD, &ADV, 0.2).0,
                ppo_clip_loss(&p, &OLD, &ADV, 0.2)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, g) = grad_ppo_clip_loss(&p, &OLD, &ADV, 0.2);
            fd("ppo", |q| ppo_clip_loss(q, &OLD, &ADV, 0.2), &p, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, g) = grad_ppo_clip_loss(&p, &OLD, &ADV, 0.2);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v, &OLD, &ADV, 0.2);
            all_close("ppo tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
