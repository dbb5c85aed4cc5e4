//! Log-likelihood of 1-D data under a Gaussian mixture; weights are a softmax of logits,
//! components' scales are exp(log_sigma).
use gradus::differentiable;

#[differentiable(wrt(logits, means, log_sigmas))]
pub fn gmm_loglik(logits: &[f64], means: &[f64], log_sigmas: &[f64], data: &[f64]) -> f64 {
    let k = logits.len();
    assert!(means.len() == k && log_sigmas.len() == k);
    let log_norm = logits.iter().map(|l| l.exp()).sum::<f64>().ln();
    let half_log_2pi = 0.5 * (2.0 * std::f64::consts::PI).ln();
    let mut total = 0.0;
    for &x in data {
        // log sum_k pi_k N(x | mu_k, sigma_k), by log-sum-exp
        let mut terms = vec![0.0; k];
        for (j, ((&l, &mu), &ls)) in logits.iter().zip(means).zip(log_sigmas).enumerate() {
            let z = (x - mu) / ls.exp();
            terms[j] = l - log_norm - ls - half_log_2pi - 0.5 * z * z;
        }
        let m = terms.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        total += m + terms.iter().map(|t| (t - m).exp()).sum::<f64>().ln();
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(
        logits: &[T],
        means: &[T],
        log_sigmas: &[T],
        data: &[f64],
    ) -> T {
        let k = logits.len();
        let log_norm = logits.iter().map(|l| l.exp()).sum::<T>().ln();
        let half_log_2pi = c::<T>(0.5 * (2.0 * std::f64::consts::PI).ln());
        let mut total = T::zero();
        for &x in data {
            let mut terms = vec![T::zero(); k];
            for (j, ((&l, &mu), &ls)) in logits.iter().zip(means).zip(log_sigmas).enumerate() {
                let z = (c::<T>(x) - mu) / ls.exp();
                terms[j] = l - log_norm - ls - half_log_2pi - c::<T>(0.5) * z * z;
            }
            let m = terms.iter().cloned().fold(T::neg_infinity(), T::max);
            total = total + m + terms.iter().map(|&t| (t - m).exp()).sum::<T>().ln();
        }
        total
    }

    const DATA: [f64; 7] = [-1.0, -0.6, 0.1, 1.9, 2.3, 2.0, 5.0];

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.0, 0.3, -0.2, -1.0, 2.0, 4.0, 0.0, -0.3, 0.5],
            vec![1.0, -1.0, 0.0, 0.0, 1.0, 2.0, 0.2, 0.1, -0.1],
        ]
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(
                grad_gmm_loglik(&p[0..3], &p[3..6], &p[6..9], &DATA).0,
                gmm_loglik(&p[0..3], &p[3..6], &p[6..9], &DATA)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, (a, b, cc)) = grad_gmm_loglik(&p[0..3], &p[3..6], &p[6..9], &DATA);
            fd(
                "gmm",
                |q| gmm_loglik(&q[0..3], &q[3..6], &q[6..9], &DATA),
                &p,
                &[a, b, cc].concat(),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, (a, b, cc)) = grad_gmm_loglik(&p[0..3], &p[3..6], &p[6..9], &DATA);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[0..3], &v[3..6], &v[6..9], &DATA);
            all_close(
                "gmm tape",
                &[a, b, cc].concat(),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
