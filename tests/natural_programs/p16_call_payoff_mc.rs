//! Monte-Carlo price of a European call: discounted mean of max(0, S_T - K) over
//! given standard-normal draws (pathwise delta and vega).
use gradus::differentiable;

#[differentiable(wrt(spot, vol))]
pub fn call_payoff_mc(
    spot: f64,
    vol: f64,
    strike: f64,
    rate: f64,
    expiry: f64,
    draws: &[f64],
) -> f64 {
    let drift = (rate - 0.5 * vol * vol) * expiry;
    let diffusion = vol * expiry.sqrt();
    let mut total = 0.0;
    for z in draws {
        let s_t = spot * (drift + diffusion * z).exp();
        total += f64::max(0.0, s_t - strike);
    }
    (-rate * expiry).exp() * total / draws.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(spot: T, vol: T, strike: f64, rate: f64, expiry: f64, draws: &[f64]) -> T {
        let (r, t) = (c::<T>(rate), c::<T>(expiry));
        let drift = (r - c::<T>(0.5) * vol * vol) * t;
        let diffusion = vol * t.sqrt();
        let mut total = T::zero();
        for &z in draws {
            let s_t = spot * (drift + diffusion * c::<T>(z)).exp();
            total = total + T::zero().max(s_t - c::<T>(strike));
        }
        (-r * t).exp() * total / c(draws.len() as f64)
    }

    const DRAWS: [f64; 8] = [0.3, -1.2, 0.8, 1.7, -0.4, 0.05, -2.1, 1.1];

    fn points() -> Vec<[f64; 2]> {
        vec![[100.0, 0.2], [95.0, 0.3], [110.0, 0.25]]
    }

    #[test]
    fn value_matches() {
        for [s, v] in points() {
            assert_eq!(
                grad_call_payoff_mc(s, v, 100.0, 0.03, 1.0, &DRAWS).0,
                call_payoff_mc(s, v, 100.0, 0.03, 1.0, &DRAWS)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [s, v] in points() {
            let (_, (gs, gv)) = grad_call_payoff_mc(s, v, 100.0, 0.03, 1.0, &DRAWS);
            fd(
                "call_mc",
                |p| call_payoff_mc(p[0], p[1], 100.0, 0.03, 1.0, &DRAWS),
                &[s, v],
                &[gs, gv],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [s, v] in points() {
            let (_, (gs, gv)) = grad_call_payoff_mc(s, v, 100.0, 0.03, 1.0, &DRAWS);
            let tape = Tape::new();
            let (sv, vv) = (tape.var(s), tape.var(v));
            let y = twin(sv, vv, 100.0, 0.03, 1.0, &DRAWS);
            all_close(
                "call_mc tape",
                &[gs, gv],
                &tape.gradient(y, &[sv, vv]),
                1e-9,
            );
        }
    }
}
