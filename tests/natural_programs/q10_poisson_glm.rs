//! Statistics: Poisson GLM with log link, an optional common exposure (offset log E) and a
//! ridge penalty; the design matrix comes as rows.
use gradus::differentiable;

#[differentiable(wrt(beta))]
pub fn poisson_nll(
    beta: &[f64],
    x: &[Vec<f64>],
    counts: &[f64],
    exposure: Option<f64>,
    l2: f64,
) -> f64 {
    let log_exposure = match exposure {
        Some(e) => e.ln(),
        None => 0.0,
    };
    let nll: f64 = x
        .iter()
        .zip(counts.iter())
        .map(|(row, &y)| {
            let eta = row.iter().zip(beta.iter()).map(|(a, b)| a * b).sum::<f64>() + log_exposure;
            eta.exp() - y * eta
        })
        .sum();
    nll + 0.5 * l2 * beta.iter().map(|b| b * b).sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(beta: &[T], x: &[Vec<f64>], y: &[f64], exposure: Option<f64>, l2: f64) -> T {
        let off = exposure.map(|e| e.ln()).unwrap_or(0.0);
        let mut nll = T::zero();
        for (row, &yi) in x.iter().zip(y) {
            let mut eta = k::<T>(off);
            for j in 0..beta.len() {
                eta = eta + beta[j] * k(row[j]);
            }
            nll = nll + eta.exp() - k::<T>(yi) * eta;
        }
        nll + k::<T>(0.5 * l2) * beta.iter().fold(T::zero(), |a, &b| a + b * b)
    }

    fn data() -> (Vec<Vec<f64>>, Vec<f64>) {
        let x = (0..8)
            .map(|i| vec![1.0, (i as f64) * 0.25 - 1.0, ((i * i) % 5) as f64 * 0.3])
            .collect();
        (x, vec![0.0, 1.0, 3.0, 2.0, 5.0, 4.0, 8.0, 6.0])
    }
    const CASES: [([f64; 3], Option<f64>); 3] = [
        ([0.5, 0.8, -0.2], None),
        ([1.2, -0.3, 0.4], Some(2.5)),
        ([-0.1, 1.1, 0.0], Some(0.7)),
    ];

    #[test]
    fn value_matches() {
        let (x, y) = data();
        for (b, e) in CASES {
            assert_eq!(
                grad_poisson_nll(&b, &x, &y, e, 0.1).0,
                poisson_nll(&b, &x, &y, e, 0.1)
            );
        }
    }
    #[test]
    fn finite_differences() {
        let (x, y) = data();
        for (b, e) in CASES {
            let (_, g) = grad_poisson_nll(&b, &x, &y, e, 0.1);
            fd("poisson", |p| poisson_nll(p, &x, &y, e, 0.1), &b, &g);
        }
    }
    #[test]
    fn tape_agrees() {
        let (x, y) = data();
        for (b, e) in CASES {
            let (_, g) = grad_poisson_nll(&b, &x, &y, e, 0.1);
            let tape = Tape::new();
            let v = tape.vars(&b);
            let out = twin(&v, &x, &y, e, 0.1);
            same("poisson tape", &g, &tape.gradient(out, &v), 1e-9);
        }
    }
}
