//! Portfolio variance w^T Σ w with the covariance matrix as data (Vec of rows).
use gradus::differentiable;

#[differentiable(wrt(weights))]
pub fn portfolio_variance(weights: &[f64], cov: &[Vec<f64>]) -> f64 {
    assert_eq!(weights.len(), cov.len());
    let mut var = 0.0;
    for (i, wi) in weights.iter().enumerate() {
        for (j, wj) in weights.iter().enumerate() {
            var += wi * wj * cov[i][j];
        }
    }
    var
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(weights: &[T], cov: &[Vec<f64>]) -> T {
        let mut var = T::zero();
        for (i, &wi) in weights.iter().enumerate() {
            for (j, &wj) in weights.iter().enumerate() {
                var = var + wi * wj * c::<T>(cov[i][j]);
            }
        }
        var
    }

    fn cov() -> Vec<Vec<f64>> {
        vec![
            vec![0.04, 0.006, -0.002],
            vec![0.006, 0.09, 0.01],
            vec![-0.002, 0.01, 0.0225],
        ]
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.3, 0.3, 0.4],
            vec![0.6, -0.1, 0.5],
            vec![1.0, 0.0, 0.0],
        ]
    }

    #[test]
    fn value_matches() {
        let s = cov();
        for w in points() {
            assert_eq!(
                grad_portfolio_variance(&w, &s).0,
                portfolio_variance(&w, &s)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let s = cov();
        for w in points() {
            let (_, g) = grad_portfolio_variance(&w, &s);
            fd("portfolio", |p| portfolio_variance(p, &s), &w, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        let s = cov();
        for w in points() {
            let (_, g) = grad_portfolio_variance(&w, &s);
            let tape = Tape::new();
            let v = tape.vars(&w);
            let y = twin(&v, &s);
            all_close("portfolio tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
