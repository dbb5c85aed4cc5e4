//! Quant: RiskMetrics EWMA variance on log returns, Gaussian NLL as a function of the decay
//! λ, warm-started from the sample variance of the first few returns.
use gradus::differentiable;

#[differentiable(wrt(lambda))]
pub fn ewma_nll(lambda: f64, prices: &[f64]) -> f64 {
    let rets: Vec<f64> = prices.windows(2).map(|w| (w[1] / w[0]).ln()).collect();
    let warmup = 5;
    let mut var = rets.iter().take(warmup).map(|r| r * r).sum::<f64>() / warmup as f64;
    let mut nll = 0.0;
    for r in rets.iter().skip(warmup) {
        let v = var.max(1e-12);
        nll += 0.5 * (v.ln() + r * r / v);
        var = lambda * var + (1.0 - lambda) * r * r;
    }
    nll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(lam: T, prices: &[f64]) -> T {
        let rets: Vec<f64> = (1..prices.len())
            .map(|i| (prices[i] / prices[i - 1]).ln())
            .collect();
        let mut var = k::<T>(rets[..5].iter().map(|r| r * r).sum::<f64>() / 5.0);
        let mut nll = T::zero();
        for &r in &rets[5..] {
            let v = var.max(k(1e-12));
            nll = nll + k::<T>(0.5) * (v.ln() + k::<T>(r * r) / v);
            var = lam * var + (T::one() - lam) * k(r * r);
        }
        nll
    }

    fn prices() -> Vec<f64> {
        let mut p = vec![100.0];
        for i in 1..40 {
            let shock = 0.01 * (i as f64 * 2.1).sin()
                + 0.02 * ((i * i) as f64 * 0.37).cos() * if i > 20 { 2.0 } else { 1.0 };
            p.push(p[i - 1] * (1.0 + shock));
        }
        p
    }

    #[test]
    fn value_matches() {
        let p = prices();
        for l in [0.94, 0.8, 0.97] {
            assert_eq!(grad_ewma_nll(l, &p).0, ewma_nll(l, &p));
        }
    }
    #[test]
    fn finite_differences() {
        let p = prices();
        for l in [0.94, 0.8, 0.97] {
            let (_, g) = grad_ewma_nll(l, &p);
            fd("ewma", |q| ewma_nll(q[0], &p), &[l], &[g]);
        }
    }
    #[test]
    fn tape_agrees() {
        let p = prices();
        for l in [0.94, 0.8, 0.97] {
            let (_, g) = grad_ewma_nll(l, &p);
            let tape = Tape::new();
            let v = tape.vars(&[l]);
            let y = twin(v[0], &p);
            same("ewma tape", &[g], &tape.gradient(y, &v), 1e-9);
        }
    }
}
