//! Reinforcement learning: REINFORCE/A2C policy loss with an entropy bonus over a batch of
//! categorical policies stored row-major, one row of logits per time step.
use gradus::differentiable;

#[differentiable(wrt(logits))]
pub fn pg_loss_with_entropy(
    logits: &[f64],
    n_actions: usize,
    actions: &[usize],
    advantages: &[f64],
    ent_coef: f64,
) -> f64 {
    let mut pg = 0.0;
    let mut entropy = 0.0;
    for (t, row) in logits.chunks(n_actions).enumerate() {
        let max_l = row.iter().fold(f64::NEG_INFINITY, |m, &l| m.max(l));
        let exps: Vec<f64> = row.iter().map(|&l| (l - max_l).exp()).collect();
        let total: f64 = exps.iter().sum();
        let probs = exps.iter().map(|e| e / total).collect::<Vec<f64>>();
        pg -= advantages[t] * probs[actions[t]].ln();
        entropy -= probs.iter().map(|&p| p * p.ln()).sum::<f64>();
    }
    let batch = actions.len() as f64;
    (pg - ent_coef * entropy) / batch
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(logits: &[T], na: usize, actions: &[usize], adv: &[f64], ent: f64) -> T {
        let mut pg = T::zero();
        let mut h = T::zero();
        for t in 0..actions.len() {
            let row = &logits[t * na..(t + 1) * na];
            let m = row.iter().fold(T::neg_infinity(), |a, &b| a.max(b));
            let z = row.iter().fold(T::zero(), |s, &l| s + (l - m).exp());
            for (a, &l) in row.iter().enumerate() {
                let p = (l - m).exp() / z;
                h = h - p * p.ln();
                if a == actions[t] {
                    pg = pg - c::<T>(adv[t]) * p.ln();
                }
            }
        }
        (pg - c::<T>(ent) * h) / c(actions.len() as f64)
    }

    const ACTIONS: [usize; 4] = [0, 2, 1, 2];
    const ADV: [f64; 4] = [1.0, -0.5, 0.3, 2.0];

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.1, 0.2, -0.3, 1.0, 0.0, 0.5, -1.0, 0.3, 0.2, 0.0, 0.0, 0.4],
            vec![
                2.0, -1.0, 0.5, 0.3, 0.3, -0.2, 1.1, 0.7, -0.9, 0.0, 1.5, -0.5,
            ],
            vec![
                -0.5, 0.8, 0.1, 0.0, -2.0, 2.0, 0.6, 0.6, 0.1, 1.0, -1.0, 0.25,
            ],
        ]
    }

    #[test]
    fn value_matches() {
        for l in points() {
            assert_eq!(
                grad_pg_loss_with_entropy(&l, 3, &ACTIONS, &ADV, 0.01).0,
                pg_loss_with_entropy(&l, 3, &ACTIONS, &ADV, 0.01)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for l in points() {
            let (_, g) = grad_pg_loss_with_entropy(&l, 3, &ACTIONS, &ADV, 0.01);
            fd(
                "policy",
                |p| pg_loss_with_entropy(p, 3, &ACTIONS, &ADV, 0.01),
                &l,
                &g,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for l in points() {
            let (_, g) = grad_pg_loss_with_entropy(&l, 3, &ACTIONS, &ADV, 0.01);
            let tape = Tape::new();
            let v = tape.vars(&l);
            let y = twin(&v, 3, &ACTIONS, &ADV, 0.01);
            all_close("policy tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
