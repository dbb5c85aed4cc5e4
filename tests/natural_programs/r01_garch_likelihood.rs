//! Econometrics: Gaussian quasi-likelihood of a GARCH(1,1) model for demeaned returns.
use gradus::differentiable;

const LN_2PI: f64 = 1.8378770664093453;

/// Negative log-likelihood of r_t ~ N(0, σ²_t), σ²_t = ω + α r²_{t−1} + β σ²_{t−1}.
/// `sigma2_0` is the (data) starting variance, usually the sample variance.
#[differentiable(wrt(omega, alpha, beta))]
pub fn garch_nll(omega: f64, alpha: f64, beta: f64, returns: &[f64], sigma2_0: f64) -> f64 {
    let n = returns.len();
    let mut sigma2 = sigma2_0;
    let mut nll = 0.0;
    for t in 0..n {
        if t > 0 {
            let r_prev = returns[t - 1];
            sigma2 = omega + alpha * r_prev * r_prev + beta * sigma2;
        }
        let r = returns[t];
        nll += 0.5 * (LN_2PI + sigma2.ln() + r * r / sigma2);
    }
    nll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(omega: T, alpha: T, beta: T, returns: &[f64], s0: f64) -> T {
        let mut s2 = c::<T>(s0);
        let mut nll = T::zero();
        for t in 0..returns.len() {
            if t > 0 {
                let rp = c::<T>(returns[t - 1]);
                s2 = omega + alpha * rp * rp + beta * s2;
            }
            let r = c::<T>(returns[t]);
            nll = nll + c::<T>(0.5) * (c::<T>(LN_2PI) + s2.ln() + r * r / s2);
        }
        nll
    }

    const R: [f64; 10] = [
        0.01, -0.02, 0.015, 0.03, -0.045, 0.002, 0.011, -0.008, 0.025, -0.012,
    ];
    const S0: f64 = 4e-4;
    fn points() -> Vec<[f64; 3]> {
        vec![[2e-5, 0.1, 0.85], [5e-5, 0.2, 0.7], [1e-4, 0.05, 0.6]]
    }

    #[test]
    fn value_matches() {
        for [o, a, b] in points() {
            assert_eq!(
                grad_garch_nll(o, a, b, &R, S0).0,
                garch_nll(o, a, b, &R, S0)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [o, a, b] in points() {
            let (_, (go, ga, gb)) = grad_garch_nll(o, a, b, &R, S0);
            // ω is of order 1e-5: the default step (6e-6 · max(1, |x|)) is as large as ω
            // itself, so its component is checked with a step suited to its scale.
            fd_step(
                "garch omega",
                |p| garch_nll(p[0], a, b, &R, S0),
                &[o],
                &[go],
                1e-9,
                1e-6,
            );
            fd(
                "garch",
                |p| garch_nll(o, p[0], p[1], &R, S0),
                &[a, b],
                &[ga, gb],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [o, a, b] in points() {
            let (_, (go, ga, gb)) = grad_garch_nll(o, a, b, &R, S0);
            let tape = Tape::new();
            let v = tape.vars(&[o, a, b]);
            let y = twin(v[0], v[1], v[2], &R, S0);
            all_close("garch tape", &[go, ga, gb], &tape.gradient(y, &v), 1e-9);
        }
    }
}
