//! Poisson regression negative log-likelihood with a log link, including log(y!).
use gradus::differentiable;

#[differentiable(wrt(w))]
pub fn poisson_nll(w: &[f64], features: &[Vec<f64>], counts: &[u32]) -> f64 {
    let mut nll = 0.0;
    for (i, &y) in counts.iter().enumerate() {
        let mut eta = 0.0;
        for j in 0..w.len() {
            eta += w[j] * features[i][j];
        }
        let rate = eta.exp();
        let mut log_fact = 0.0;
        for k in 1..=counts[i] {
            log_fact += (k as f64).ln();
        }
        nll += rate - y as f64 * eta + log_fact;
    }
    nll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(w: &[T], features: &[Vec<f64>], counts: &[u32]) -> T {
        let mut nll = T::zero();
        for (i, &y) in counts.iter().enumerate() {
            let mut eta = T::zero();
            for j in 0..w.len() {
                eta = eta + w[j] * c::<T>(features[i][j]);
            }
            let rate = eta.exp();
            let mut log_fact = T::zero();
            for k in 1..=counts[i] {
                log_fact = log_fact + c::<T>(k as f64).ln();
            }
            nll = nll + rate - c::<T>(y as f64) * eta + log_fact;
        }
        nll
    }

    fn data() -> (Vec<Vec<f64>>, Vec<u32>) {
        (
            vec![
                vec![1.0, 0.2],
                vec![1.0, -0.5],
                vec![1.0, 1.3],
                vec![1.0, 0.0],
            ],
            vec![3, 0, 7, 2],
        )
    }

    fn points() -> Vec<Vec<f64>> {
        vec![vec![0.5, 0.8], vec![1.0, -0.2], vec![-0.3, 1.5]]
    }

    #[test]
    fn value_matches() {
        let (f, y) = data();
        for w in points() {
            assert_eq!(grad_poisson_nll(&w, &f, &y).0, poisson_nll(&w, &f, &y));
        }
    }

    #[test]
    fn finite_differences() {
        let (f, y) = data();
        for w in points() {
            let (_, g) = grad_poisson_nll(&w, &f, &y);
            fd("poisson", |p| poisson_nll(p, &f, &y), &w, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        let (f, y) = data();
        for w in points() {
            let (_, g) = grad_poisson_nll(&w, &f, &y);
            let tape = Tape::new();
            let v = tape.vars(&w);
            let out = twin(&v, &f, &y);
            all_close("poisson tape", &g, &tape.gradient(out, &v), 1e-9);
        }
    }
}
