//! Population geneticist: Hardy–Weinberg likelihood with an inbreeding coefficient,
//! pooled over several sampled populations.
use gradus::differentiable;

#[derive(Clone, Copy, Debug)]
pub struct Genotypes {
    pub aa: u32,
    pub ab: u32,
    pub bb: u32,
}

#[differentiable(wrt(logit_p, f))]
pub fn hwe_loglik(logit_p: f64, f: f64, pops: &[Genotypes]) -> f64 {
    let p = 1.0 / (1.0 + (-logit_p).exp());
    let q = 1.0 - p;
    let het = 2.0 * p * q * (1.0 - f);
    let hom_a = p * p + f * p * q;
    let hom_b = q * q + f * p * q;
    let (la, lh, lb) = (hom_a.ln(), het.ln(), hom_b.ln());
    pops.iter()
        .map(|g| g.aa as f64 * la + g.ab as f64 * lh + g.bb as f64 * lb)
        .sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(lp: T, f: T, pops: &[Genotypes]) -> T {
        let p = T::one() / (T::one() + (-lp).exp());
        let q = T::one() - p;
        let het = c::<T>(2.0) * p * q * (T::one() - f);
        let ha = p * p + f * p * q;
        let hb = q * q + f * p * q;
        let mut s = T::zero();
        for g in pops {
            s = s
                + c::<T>(g.aa as f64) * ha.ln()
                + c::<T>(g.ab as f64) * het.ln()
                + c::<T>(g.bb as f64) * hb.ln();
        }
        s
    }

    #[test]
    fn checks() {
        let pops = [
            Genotypes {
                aa: 120,
                ab: 210,
                bb: 95,
            },
            Genotypes {
                aa: 40,
                ab: 52,
                bb: 31,
            },
            Genotypes {
                aa: 7,
                ab: 30,
                bb: 22,
            },
        ];
        for x in [[0.2, 0.05], [-0.4, 0.1], [0.9, -0.02]] {
            let (v, (g0, g1)) = grad_hwe_loglik(x[0], x[1], &pops);
            assert_eq!(v, hwe_loglik(x[0], x[1], &pops));
            fd("hwe", |y| hwe_loglik(y[0], y[1], &pops), &x, &[g0, g1]);
            vs_tape("hwe", v, &[g0, g1], &x, |y| twin(y[0], y[1], &pops));
        }
    }
}
