//! Statistics: leave-one-out likelihood cross-validation of a Gaussian KDE bandwidth.
use gradus::differentiable;
use std::f64::consts::PI;

#[differentiable(wrt(log_h))]
pub fn loo_kde_nll(log_h: f64, samples: &[f64]) -> f64 {
    let h = log_h.exp();
    let n = samples.len();
    let norm = 1.0 / ((n - 1) as f64 * h * (2.0 * PI).sqrt());
    let mut nll = 0.0;
    for i in 0..n {
        let mut dens = 0.0;
        for j in 0..n {
            if i == j {
                continue;
            }
            let z = (samples[i] - samples[j]) / h;
            dens += (-0.5 * z * z).exp();
        }
        nll -= (dens * norm).ln();
    }
    nll / n as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(lh: T, xs: &[f64]) -> T {
        let h = lh.exp();
        let n = xs.len();
        let norm = T::one() / (c::<T>((n - 1) as f64 * (2.0 * PI).sqrt()) * h);
        let mut nll = T::zero();
        for i in 0..n {
            let mut d = T::zero();
            for j in 0..n {
                if i != j {
                    let z = c::<T>(xs[i] - xs[j]) / h;
                    d = d + (c::<T>(-0.5) * z * z).exp();
                }
            }
            nll = nll - (d * norm).ln();
        }
        nll / c(n as f64)
    }

    const XS: [f64; 8] = [0.1, 0.4, -0.3, 1.2, 0.8, -1.1, 0.05, 2.0];

    #[test]
    fn value_matches() {
        for lh in [-1.0, -0.3, 0.4] {
            assert_eq!(grad_loo_kde_nll(lh, &XS).0, loo_kde_nll(lh, &XS));
        }
    }

    #[test]
    fn finite_differences() {
        for lh in [-1.0, -0.3, 0.4] {
            fd(
                "kde",
                |p| loo_kde_nll(p[0], &XS),
                &[lh],
                &[grad_loo_kde_nll(lh, &XS).1],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for lh in [-1.0, -0.3, 0.4] {
            let tape = Tape::new();
            let v = tape.var(lh);
            let y = twin(v, &XS);
            all_close(
                "kde tape",
                &[grad_loo_kde_nll(lh, &XS).1],
                &tape.gradient(y, &[v]),
                1e-9,
            );
        }
    }
}
