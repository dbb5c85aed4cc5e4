//! Negative Sharpe ratio of a portfolio over a history of asset returns (rows = days).
use gradus::differentiable;

#[differentiable(wrt(weights))]
pub fn neg_sharpe_ratio(weights: &[f64], returns: &[Vec<f64>], risk_free: f64) -> f64 {
    let portfolio: Vec<f64> = returns
        .iter()
        .map(|day| day.iter().zip(weights).map(|(r, w)| r * w).sum())
        .collect();
    let n = portfolio.len() as f64;
    let mean = portfolio.iter().sum::<f64>() / n;
    let var = portfolio.iter().map(|p| (p - mean).powi(2)).sum::<f64>() / (n - 1.0);
    -(mean - risk_free) / var.sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(weights: &[T], returns: &[Vec<f64>], risk_free: f64) -> T {
        let portfolio: Vec<T> = returns
            .iter()
            .map(|day| day.iter().zip(weights).map(|(&r, &w)| c::<T>(r) * w).sum())
            .collect();
        let n = c::<T>(portfolio.len() as f64);
        let mean = portfolio.iter().copied().sum::<T>() / n;
        let var = portfolio.iter().map(|&p| (p - mean).powi(2)).sum::<T>() / (n - T::one());
        -(mean - c(risk_free)) / var.sqrt()
    }

    fn returns() -> Vec<Vec<f64>> {
        vec![
            vec![0.010, -0.004, 0.002],
            vec![-0.006, 0.012, 0.001],
            vec![0.004, 0.003, -0.002],
            vec![0.015, -0.010, 0.004],
            vec![-0.002, 0.006, 0.003],
        ]
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.4, 0.4, 0.2],
            vec![0.7, 0.1, 0.2],
            vec![0.2, 0.5, 0.3],
        ]
    }

    #[test]
    fn value_matches() {
        let r = returns();
        for w in points() {
            assert_eq!(
                grad_neg_sharpe_ratio(&w, &r, 0.0001).0,
                neg_sharpe_ratio(&w, &r, 0.0001)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let r = returns();
        for w in points() {
            let (_, g) = grad_neg_sharpe_ratio(&w, &r, 0.0001);
            fd("sharpe", |p| neg_sharpe_ratio(p, &r, 0.0001), &w, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        let r = returns();
        for w in points() {
            let (_, g) = grad_neg_sharpe_ratio(&w, &r, 0.0001);
            let tape = Tape::new();
            let v = tape.vars(&w);
            let y = twin(&v, &r, 0.0001);
            all_close("sharpe tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
