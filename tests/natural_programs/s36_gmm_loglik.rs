//! Statistician: negative log-likelihood of a three-component 1-D Gaussian mixture,
//! every log-sum-exp stabilised by its maximum.
use gradus::differentiable;

#[differentiable(wrt(means, log_sds, logits))]
pub fn gmm_nll(means: &[f64; 3], log_sds: &[f64; 3], logits: &[f64; 3], xs: &[f64]) -> f64 {
    const LOG_SQRT_2PI: f64 = 0.918_938_533_204_672_8;
    let lmax = logits.iter().fold(f64::NEG_INFINITY, |a, &b| a.max(b));
    let lnorm = lmax + logits.iter().map(|l| (l - lmax).exp()).sum::<f64>().ln();
    let mut nll = 0.0;
    for &x in xs {
        let mut comp = [0.0; 3];
        for k in 0..3 {
            let z = (x - means[k]) / log_sds[k].exp();
            comp[k] = logits[k] - lnorm - log_sds[k] - LOG_SQRT_2PI - 0.5 * z * z;
        }
        let m = comp.iter().fold(f64::NEG_INFINITY, |a, &b| a.max(b));
        nll -= m + comp.iter().map(|c| (c - m).exp()).sum::<f64>().ln();
    }
    nll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(p: &[T], xs: &[f64]) -> T {
        let mut zs = T::zero();
        for k in 0..3 {
            zs = zs + p[6 + k].exp();
        }
        let ln = zs.ln();
        let mut nll = T::zero();
        for &x in xs {
            let mut s = T::zero();
            for k in 0..3 {
                let z = (c::<T>(x) - p[k]) / p[3 + k].exp();
                s = s
                    + (p[6 + k] - ln - p[3 + k] - c(0.918_938_533_204_672_8) - c::<T>(0.5) * z * z)
                        .exp();
            }
            nll = nll - s.ln();
        }
        nll
    }

    #[test]
    fn checks() {
        let xs: Vec<f64> = (0..30)
            .map(|i| {
                if i % 3 == 0 {
                    -2.0 + 0.1 * i as f64
                } else if i % 3 == 1 {
                    1.0 + 0.05 * (i as f64).sin()
                } else {
                    4.0 - 0.02 * i as f64
                }
            })
            .collect();
        for x in [
            [-1.0, 1.0, 4.0, 0.0, -0.5, 0.2, 0.0, 0.3, -0.2],
            [-2.0, 0.5, 3.0, 0.3, 0.0, -0.3, 1.0, 0.0, 0.5],
            [0.0, 1.5, 5.0, -0.2, 0.2, 0.1, -0.5, 0.2, 0.0],
        ] {
            let a = |s: &[f64]| [s[0], s[1], s[2]];
            let (v, (gm, gs, gl)) = grad_gmm_nll(&a(&x[0..3]), &a(&x[3..6]), &a(&x[6..9]), &xs);
            assert_eq!(v, gmm_nll(&a(&x[0..3]), &a(&x[3..6]), &a(&x[6..9]), &xs));
            let g = cat(&[&gm, &gs, &gl]);
            fd(
                "gmm",
                |y| gmm_nll(&a(&y[0..3]), &a(&y[3..6]), &a(&y[6..9]), &xs),
                &x,
                &g,
            );
            vs_tape("gmm", v, &g, &x, |y| twin(y, &xs));
        }
    }
}
