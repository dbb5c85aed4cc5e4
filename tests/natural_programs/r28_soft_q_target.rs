//! Reinforcement learning: soft actor-critic's soft state value V(s') = Σ π(a)(Q(a) − α log π(a))
//! and the squared TD error against the soft target.
use gradus::differentiable;

#[differentiable(wrt(logits, log_alpha))]
pub fn soft_value(logits: &[f64], log_alpha: f64, q: &[f64]) -> f64 {
    let alpha = log_alpha.exp();
    let m = logits.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let z: f64 = logits.iter().map(|l| (l - m).exp()).sum();
    let log_z = m + z.ln();
    let mut v = 0.0;
    for (l, qa) in logits.iter().zip(q) {
        let log_pi = l - log_z;
        v += log_pi.exp() * (qa - alpha * log_pi);
    }
    v
}

#[differentiable(wrt(logits, log_alpha))]
pub fn soft_td_loss(
    logits: &[f64],
    log_alpha: f64,
    q_next: &[f64],
    reward: f64,
    done: bool,
    gamma: f64,
    q_pred: f64,
) -> f64 {
    let bootstrap = if done {
        0.0
    } else {
        soft_value(logits, log_alpha, q_next)
    };
    let target = reward + gamma * bootstrap;
    0.5 * (q_pred - target).powi(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(
        logits: &[T],
        la: T,
        q: &[f64],
        reward: f64,
        done: bool,
        gamma: f64,
        q_pred: f64,
    ) -> T {
        let boot = if done {
            T::zero()
        } else {
            let alpha = la.exp();
            let m = logits.iter().fold(T::neg_infinity(), |a, &b| a.max(b));
            let z = logits.iter().fold(T::zero(), |s, &l| s + (l - m).exp());
            let lz = m + z.ln();
            let mut v = T::zero();
            for (&l, &qa) in logits.iter().zip(q) {
                let lp = l - lz;
                v = v + lp.exp() * (c::<T>(qa) - alpha * lp);
            }
            v
        };
        let target = c::<T>(reward) + c::<T>(gamma) * boot;
        c::<T>(0.5) * (c::<T>(q_pred) - target).powi(2)
    }

    const Q: [f64; 4] = [1.0, 0.5, -0.2, 0.8];

    fn points() -> Vec<(Vec<f64>, f64)> {
        vec![
            (vec![0.1, 0.5, -0.3, 0.2], -1.0),
            (vec![2.0, -1.0, 0.0, 0.7], 0.0),
            (vec![-0.4, -0.1, 1.3, 0.9], -2.3),
        ]
    }

    #[test]
    fn value_matches() {
        for (l, a) in points() {
            for done in [false, true] {
                assert_eq!(
                    grad_soft_td_loss(&l, a, &Q, 0.3, done, 0.99, 1.4).0,
                    soft_td_loss(&l, a, &Q, 0.3, done, 0.99, 1.4)
                );
            }
        }
    }

    #[test]
    fn finite_differences() {
        for (l, a) in points() {
            for done in [false, true] {
                let (_, (gl, ga)) = grad_soft_td_loss(&l, a, &Q, 0.3, done, 0.99, 1.4);
                fd(
                    "soft td",
                    |p| soft_td_loss(&p[..4], p[4], &Q, 0.3, done, 0.99, 1.4),
                    &cat(&[&l, &[a]]),
                    &cat(&[&gl, &[ga]]),
                );
            }
        }
    }

    #[test]
    fn tape_agrees() {
        for (l, a) in points() {
            for done in [false, true] {
                let (_, (gl, ga)) = grad_soft_td_loss(&l, a, &Q, 0.3, done, 0.99, 1.4);
                let tape = Tape::new();
                let v = tape.vars(&cat(&[&l, &[a]]));
                let y = twin(&v[..4], v[4], &Q, 0.3, done, 0.99, 1.4);
                all_close(
                    "soft td tape",
                    &cat(&[&gl, &[ga]]),
                    &tape.gradient(y, &v),
                    1e-9,
                );
            }
        }
    }
}
