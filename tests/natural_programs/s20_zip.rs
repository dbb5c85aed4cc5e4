//! Statistician: zero-inflated Poisson regression (structural zeros with a constant
//! probability, counts log-linear in covariates).
use gradus::differentiable;

#[differentiable(wrt(logit_pi, beta))]
pub fn zip_nll(logit_pi: f64, beta: &[f64], x: &[Vec<f64>], y: &[u32]) -> f64 {
    let pi = 1.0 / (1.0 + (-logit_pi).exp());
    let mut nll = 0.0;
    for (row, &count) in x.iter().zip(y) {
        let eta: f64 = row.iter().zip(beta).map(|(a, b)| a * b).sum();
        let lambda = eta.exp();
        if count == 0 {
            nll -= (pi + (1.0 - pi) * (-lambda).exp()).ln();
        } else {
            let mut log_fact = 0.0;
            for k in 1..=count {
                log_fact += (k as f64).ln();
            }
            nll -= (1.0 - pi).ln() - lambda + count as f64 * eta - log_fact;
        }
    }
    nll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(v: &[T], x: &[Vec<f64>], y: &[u32]) -> T {
        let pi = T::one() / (T::one() + (-v[0]).exp());
        let mut nll = T::zero();
        for (row, &n) in x.iter().zip(y) {
            let mut eta = T::zero();
            for j in 0..row.len() {
                eta = eta + c::<T>(row[j]) * v[1 + j];
            }
            let lam = eta.exp();
            if n == 0 {
                nll = nll - (pi + (T::one() - pi) * (-lam).exp()).ln();
            } else {
                let lf: f64 = (1..=n).map(|k| (k as f64).ln()).sum();
                nll = nll - ((T::one() - pi).ln() - lam + c::<T>(n as f64) * eta - c(lf));
            }
        }
        nll
    }

    #[test]
    fn checks() {
        let x: Vec<Vec<f64>> = (0..12)
            .map(|i| vec![1.0, (i as f64 * 0.5).sin(), i as f64 / 12.0])
            .collect();
        let y = [0, 3, 0, 0, 5, 1, 0, 2, 7, 0, 4, 1];
        for p in [
            [-0.5, 0.4, 0.2, 0.8],
            [0.3, 1.0, -0.3, 0.1],
            [-1.5, 0.0, 0.5, 1.2],
        ] {
            let (v, (gp, gb)) = grad_zip_nll(p[0], &p[1..], &x, &y);
            assert_eq!(v, zip_nll(p[0], &p[1..], &x, &y));
            let g = cat(&[&[gp], &gb]);
            fd("zip", |q| zip_nll(q[0], &q[1..], &x, &y), &p, &g);
            vs_tape("zip", v, &g, &p, |q| twin(q, &x, &y));
        }
    }
}
