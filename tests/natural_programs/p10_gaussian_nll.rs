//! Gaussian negative log-likelihood of a sample in (mu, log sigma).
use gradus::differentiable;
use std::f64::consts::PI;

#[differentiable(wrt(mu, log_sigma))]
pub fn gaussian_nll(mu: f64, log_sigma: f64, xs: &[f64]) -> f64 {
    let sigma = log_sigma.exp();
    let n = xs.len() as f64;
    let sq: f64 = xs.iter().map(|x| ((x - mu) / sigma).powi(2)).sum();
    0.5 * sq + n * log_sigma + 0.5 * n * (2.0 * PI).ln()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(mu: T, log_sigma: T, xs: &[f64]) -> T {
        let sigma = log_sigma.exp();
        let n = c::<T>(xs.len() as f64);
        let sq: T = xs.iter().map(|&x| ((c::<T>(x) - mu) / sigma).powi(2)).sum();
        c::<T>(0.5) * sq + n * log_sigma + c::<T>(0.5) * n * c::<T>(2.0 * PI).ln()
    }

    const XS: [f64; 6] = [1.2, 0.7, 2.5, -0.3, 1.9, 1.1];

    fn points() -> Vec<[f64; 2]> {
        vec![[1.0, 0.0], [0.3, -0.5], [2.0, 0.7]]
    }

    #[test]
    fn value_matches() {
        for [m, s] in points() {
            assert_eq!(grad_gaussian_nll(m, s, &XS).0, gaussian_nll(m, s, &XS));
        }
    }

    #[test]
    fn finite_differences() {
        for [m, s] in points() {
            let (_, (gm, gs)) = grad_gaussian_nll(m, s, &XS);
            fd(
                "gaussian_nll",
                |p| gaussian_nll(p[0], p[1], &XS),
                &[m, s],
                &[gm, gs],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [m, s] in points() {
            let (_, (gm, gs)) = grad_gaussian_nll(m, s, &XS);
            let tape = Tape::new();
            let (mv, sv) = (tape.var(m), tape.var(s));
            let y = twin(mv, sv, &XS);
            all_close(
                "gaussian_nll tape",
                &[gm, gs],
                &tape.gradient(y, &[mv, sv]),
                1e-9,
            );
        }
    }
}
