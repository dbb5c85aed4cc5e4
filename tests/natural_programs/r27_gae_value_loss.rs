//! Reinforcement learning: generalized advantage estimation (GAE-λ) computed backwards over
//! a rollout with episode ends, and the critic's squared-advantage loss.
use gradus::differentiable;

#[differentiable(wrt(values))]
pub fn gae_value_loss(
    values: &[f64],
    rewards: &[f64],
    dones: &[bool],
    gamma: f64,
    lambda: f64,
) -> f64 {
    let n = rewards.len();
    assert_eq!(values.len(), n + 1, "values needs a bootstrap entry");
    let mut advantages = vec![0.0; n];
    let mut last_gae = 0.0;
    for t in (0..n).rev() {
        let not_done = if dones[t] { 0.0 } else { 1.0 };
        let delta = rewards[t] + gamma * values[t + 1] * not_done - values[t];
        last_gae = delta + gamma * lambda * not_done * last_gae;
        advantages[t] = last_gae;
    }
    advantages.iter().map(|a| a * a).sum::<f64>() / n as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(values: &[T], rewards: &[f64], dones: &[bool], gamma: f64, lambda: f64) -> T {
        let n = rewards.len();
        let mut adv = vec![T::zero(); n];
        let mut last = T::zero();
        for t in (0..n).rev() {
            let nd = if dones[t] { 0.0 } else { 1.0 };
            let delta = c::<T>(rewards[t]) + c::<T>(gamma * nd) * values[t + 1] - values[t];
            last = delta + c::<T>(gamma * lambda * nd) * last;
            adv[t] = last;
        }
        adv.iter().fold(T::zero(), |s, &a| s + a * a) / c(n as f64)
    }

    const R: [f64; 7] = [1.0, 0.0, 0.5, -1.0, 2.0, 0.0, 1.0];
    const D: [bool; 7] = [false, false, true, false, false, true, false];

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.5, 0.4, 0.3, 0.0, 1.2, 0.8, 0.1, 0.6],
            vec![-0.2, 1.0, 0.7, 0.3, -0.5, 0.9, 0.4, 0.0],
            vec![1.5, 1.2, 0.9, 0.6, 0.3, 0.0, -0.3, -0.6],
        ]
    }

    #[test]
    fn value_matches() {
        for v in points() {
            assert_eq!(
                grad_gae_value_loss(&v, &R, &D, 0.99, 0.95).0,
                gae_value_loss(&v, &R, &D, 0.99, 0.95)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for v in points() {
            let (_, g) = grad_gae_value_loss(&v, &R, &D, 0.99, 0.95);
            fd("gae", |p| gae_value_loss(p, &R, &D, 0.99, 0.95), &v, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        for v in points() {
            let (_, g) = grad_gae_value_loss(&v, &R, &D, 0.99, 0.95);
            let tape = Tape::new();
            let x = tape.vars(&v);
            let y = twin(&x, &R, &D, 0.99, 0.95);
            all_close("gae tape", &g, &tape.gradient(y, &x), 1e-9);
        }
    }
}
