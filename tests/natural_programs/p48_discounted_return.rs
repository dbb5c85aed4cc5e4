//! RL: squared error between a value estimate and the discounted return of an episode,
//! the return accumulated backwards with `.rev()`.
use gradus::differentiable;

#[differentiable(wrt(value, gamma))]
pub fn discounted_return_error(value: f64, gamma: f64, rewards: &[f64]) -> f64 {
    let mut ret = 0.0;
    for r in rewards.iter().rev() {
        ret = r + gamma * ret;
    }
    (value - ret).powi(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(value: T, gamma: T, rewards: &[f64]) -> T {
        let mut ret = T::zero();
        for &r in rewards.iter().rev() {
            ret = c::<T>(r) + gamma * ret;
        }
        (value - ret).powi(2)
    }

    const REWARDS: [f64; 6] = [0.0, 1.0, -0.5, 0.0, 2.0, 1.0];

    fn points() -> Vec<[f64; 2]> {
        vec![[1.0, 0.9], [3.0, 0.99], [-0.5, 0.5]]
    }

    #[test]
    fn value_matches() {
        for [v, g] in points() {
            assert_eq!(
                grad_discounted_return_error(v, g, &REWARDS).0,
                discounted_return_error(v, g, &REWARDS)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [v, g] in points() {
            let (_, (gv, gg)) = grad_discounted_return_error(v, g, &REWARDS);
            fd(
                "discounted",
                |p| discounted_return_error(p[0], p[1], &REWARDS),
                &[v, g],
                &[gv, gg],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [v, g] in points() {
            let (_, (gv, gg)) = grad_discounted_return_error(v, g, &REWARDS);
            let tape = Tape::new();
            let vs = tape.vars(&[v, g]);
            let y = twin(vs[0], vs[1], &REWARDS);
            all_close("discounted tape", &[gv, gg], &tape.gradient(y, &vs), 1e-9);
        }
    }
}
