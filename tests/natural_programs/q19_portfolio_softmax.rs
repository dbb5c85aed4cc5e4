//! Quant: long-only portfolio through a softmax of logits; negative mean–variance utility
//! with a smoothed-absolute turnover cost against current holdings.
use gradus::differentiable;

#[differentiable(wrt(logits))]
pub fn neg_utility(
    logits: &[f64; 4],
    mu: &[f64; 4],
    cov: &[[f64; 4]; 4],
    current: &[f64; 4],
    risk_aversion: f64,
    tc: f64,
) -> f64 {
    let m = logits.iter().copied().fold(f64::MIN, f64::max);
    let e = logits.iter().map(|z| (z - m).exp()).collect::<Vec<f64>>();
    let total: f64 = e.iter().sum();
    let w: Vec<f64> = e.iter().map(|v| v / total).collect();
    let ret: f64 = w.iter().zip(mu.iter()).map(|(a, b)| a * b).sum();
    let mut var = 0.0;
    for i in 0..4 {
        for j in 0..4 {
            var += w[i] * cov[i][j] * w[j];
        }
    }
    let turnover: f64 = w
        .iter()
        .zip(current)
        .map(|(a, b)| ((a - b).powi(2) + 1e-8).sqrt())
        .sum();
    -(ret - 0.5 * risk_aversion * var - tc * turnover)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(
        z: &[T],
        mu: &[f64; 4],
        cov: &[[f64; 4]; 4],
        cur: &[f64; 4],
        ra: f64,
        tc: f64,
    ) -> T {
        let tot = z.iter().fold(T::zero(), |a, &v| a + v.exp());
        let w: Vec<T> = z.iter().map(|&v| v.exp() / tot).collect();
        let mut ret = T::zero();
        let mut var = T::zero();
        let mut turn = T::zero();
        for i in 0..4 {
            ret = ret + w[i] * k(mu[i]);
            for j in 0..4 {
                var = var + w[i] * k(cov[i][j]) * w[j];
            }
            turn = turn + ((w[i] - k(cur[i])).powi(2) + k(1e-8)).sqrt();
        }
        -(ret - k::<T>(0.5 * ra) * var - k::<T>(tc) * turn)
    }

    const MU: [f64; 4] = [0.05, 0.08, 0.03, 0.11];
    const COV: [[f64; 4]; 4] = [
        [0.04, 0.01, 0.00, 0.02],
        [0.01, 0.09, 0.01, 0.03],
        [0.00, 0.01, 0.01, 0.00],
        [0.02, 0.03, 0.00, 0.16],
    ];
    const CUR: [f64; 4] = [0.25, 0.25, 0.25, 0.25];
    const PTS: [[f64; 4]; 3] = [
        [0.0, 0.5, -0.3, 0.2],
        [1.0, -1.0, 0.4, 0.0],
        [-0.2, 0.1, 2.0, -0.7],
    ];

    #[test]
    fn value_matches() {
        for z in PTS {
            assert_eq!(
                grad_neg_utility(&z, &MU, &COV, &CUR, 3.0, 0.01).0,
                neg_utility(&z, &MU, &COV, &CUR, 3.0, 0.01)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for z in PTS {
            let (_, g) = grad_neg_utility(&z, &MU, &COV, &CUR, 3.0, 0.01);
            fd(
                "portfolio",
                |p| neg_utility(&[p[0], p[1], p[2], p[3]], &MU, &COV, &CUR, 3.0, 0.01),
                &z,
                &g,
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for z in PTS {
            let (_, g) = grad_neg_utility(&z, &MU, &COV, &CUR, 3.0, 0.01);
            let tape = Tape::new();
            let v = tape.vars(&z);
            let y = twin(&v, &MU, &COV, &CUR, 3.0, 0.01);
            same("portfolio tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
