//! Survival analysis: Weibull log-likelihood with right censoring, on the log scale of
//! shape and scale so the optimiser is unconstrained.
use gradus::differentiable;

#[differentiable(wrt(log_shape, log_scale))]
pub fn weibull_loglik(log_shape: f64, log_scale: f64, times: &[f64], censored: &[bool]) -> f64 {
    let k = log_shape.exp();
    let lam = log_scale.exp();
    let mut ll = 0.0;
    for i in 0..times.len() {
        let z = times[i] / lam;
        let log_surv = -z.powf(k);
        ll += match censored[i] {
            true => log_surv,
            false => k.ln() - lam.ln() + (k - 1.0) * z.ln() + log_surv,
        };
    }
    ll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(ls: T, lsc: T, times: &[f64], cens: &[bool]) -> T {
        let (kk, lam) = (ls.exp(), lsc.exp());
        let mut ll = T::zero();
        for (&t, &c) in times.iter().zip(cens) {
            let z = k::<T>(t) / lam;
            let surv = -z.powf(kk);
            ll = ll
                + if c {
                    surv
                } else {
                    kk.ln() - lam.ln() + (kk - T::one()) * z.ln() + surv
                };
        }
        ll
    }

    const T: [f64; 7] = [0.5, 1.2, 2.8, 3.3, 0.9, 4.1, 2.0];
    const C: [bool; 7] = [false, false, true, false, false, true, false];
    const PTS: [[f64; 2]; 3] = [[0.3, 0.7], [-0.2, 1.1], [0.8, 0.2]];

    #[test]
    fn value_matches() {
        for [a, b] in PTS {
            assert_eq!(
                grad_weibull_loglik(a, b, &T, &C).0,
                weibull_loglik(a, b, &T, &C)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for [a, b] in PTS {
            let (_, (ga, gb)) = grad_weibull_loglik(a, b, &T, &C);
            fd(
                "weibull",
                |p| weibull_loglik(p[0], p[1], &T, &C),
                &[a, b],
                &[ga, gb],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for [a, b] in PTS {
            let (_, (ga, gb)) = grad_weibull_loglik(a, b, &T, &C);
            let tape = Tape::new();
            let v = tape.vars(&[a, b]);
            let y = twin(v[0], v[1], &T, &C);
            same("weibull tape", &[ga, gb], &tape.gradient(y, &v), 1e-9);
        }
    }
}
