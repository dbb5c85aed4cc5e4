//! Econometrics: Tobit (type I, left-censored) regression likelihood.
use gradus::differentiable;

pub mod normal {
    use gradus::differentiable;

    const LN_SQRT_2PI: f64 = 0.9189385332046727;

    #[differentiable]
    pub fn log_pdf(z: f64) -> f64 {
        -0.5 * z * z - LN_SQRT_2PI
    }

    /// Logistic approximation to Φ (Bowling et al., 2009).
    #[differentiable]
    pub fn cdf(z: f64) -> f64 {
        1.0 / (1.0 + (-(1.5976 * z + 0.070566 * z.powi(3))).exp())
    }
}

/// Negative log-likelihood of y = max(lower, x·β + σ ε).
#[differentiable(wrt(beta, log_sigma))]
pub fn tobit_nll(beta: &[f64], log_sigma: f64, x: &[Vec<f64>], y: &[f64], lower: f64) -> f64 {
    let sigma = log_sigma.exp();
    let mut nll = 0.0;
    for (row, &yi) in x.iter().zip(y.iter()) {
        let xb: f64 = row.iter().zip(beta.iter()).map(|(a, b)| a * b).sum();
        let censored = yi <= lower;
        match censored {
            true => {
                let z = (lower - xb) / sigma;
                nll -= normal::cdf(z).ln();
            }
            false => {
                let z = (yi - xb) / sigma;
                nll -= normal::log_pdf(z) - log_sigma;
            }
        }
    }
    nll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(beta: &[T], log_sigma: T, x: &[Vec<f64>], y: &[f64], lower: f64) -> T {
        let sigma = log_sigma.exp();
        let mut nll = T::zero();
        for (row, &yi) in x.iter().zip(y) {
            let mut xb = T::zero();
            for (a, &b) in row.iter().zip(beta) {
                xb = xb + c::<T>(*a) * b;
            }
            if yi <= lower {
                let z = (c::<T>(lower) - xb) / sigma;
                let cdf = T::one()
                    / (T::one() + (-(c::<T>(1.5976) * z + c::<T>(0.070566) * z.powi(3))).exp());
                nll = nll - cdf.ln();
            } else {
                let z = (c::<T>(yi) - xb) / sigma;
                let lp = c::<T>(-0.5) * z * z - c(0.9189385332046727);
                nll = nll - (lp - log_sigma);
            }
        }
        nll
    }

    fn data() -> (Vec<Vec<f64>>, Vec<f64>) {
        let x = vec![
            vec![1.0, 0.3],
            vec![1.0, -1.2],
            vec![1.0, 0.8],
            vec![1.0, 2.1],
            vec![1.0, -0.4],
            vec![1.0, 1.5],
        ];
        let y = vec![0.7, 0.0, 1.1, 2.6, 0.0, 1.9];
        (x, y)
    }

    fn points() -> Vec<(Vec<f64>, f64)> {
        vec![
            (vec![0.2, 0.9], -0.3),
            (vec![0.5, 0.4], 0.1),
            (vec![-0.1, 1.3], -0.8),
        ]
    }

    #[test]
    fn value_matches() {
        let (x, y) = data();
        for (b, ls) in points() {
            assert_eq!(
                grad_tobit_nll(&b, ls, &x, &y, 0.0).0,
                tobit_nll(&b, ls, &x, &y, 0.0)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let (x, y) = data();
        for (b, ls) in points() {
            let (_, (gb, gs)) = grad_tobit_nll(&b, ls, &x, &y, 0.0);
            fd(
                "tobit",
                |p| tobit_nll(&p[..2], p[2], &x, &y, 0.0),
                &[b[0], b[1], ls],
                &cat(&[&gb, &[gs]]),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let (x, y) = data();
        for (b, ls) in points() {
            let (_, (gb, gs)) = grad_tobit_nll(&b, ls, &x, &y, 0.0);
            let tape = Tape::new();
            let v = tape.vars(&[b[0], b[1], ls]);
            let out = twin(&v[..2], v[2], &x, &y, 0.0);
            all_close(
                "tobit tape",
                &cat(&[&gb, &[gs]]),
                &tape.gradient(out, &v),
                1e-9,
            );
        }
    }
}
