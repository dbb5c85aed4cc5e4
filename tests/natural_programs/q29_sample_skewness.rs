//! Student: adjusted Fisher–Pearson sample skewness, differentiated with respect to every
//! observation (influence of each point), with the usual sanity assertion.
use gradus::differentiable;

#[differentiable]
pub fn sample_skewness(xs: &[f64]) -> f64 {
    let n = xs.len() as f64;
    assert!(n > 2.0, "need at least three observations");
    let mean = xs.iter().sum::<f64>() / n;
    let m2 = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n;
    let m3 = xs.iter().map(|x| (x - mean).powi(3)).sum::<f64>() / n;
    let g1 = m3 / m2.powf(1.5);
    (n * (n - 1.0)).sqrt() / (n - 2.0) * g1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(xs: &[T]) -> T {
        let n = xs.len() as f64;
        let mean = xs.iter().fold(T::zero(), |a, &v| a + v) / k(n);
        let m2 = xs
            .iter()
            .fold(T::zero(), |a, &v| a + (v - mean) * (v - mean))
            / k(n);
        let m3 = xs
            .iter()
            .fold(T::zero(), |a, &v| a + (v - mean) * (v - mean) * (v - mean))
            / k(n);
        k::<T>((n * (n - 1.0)).sqrt() / (n - 2.0)) * m3 / (m2 * m2.sqrt())
    }

    fn pts() -> Vec<Vec<f64>> {
        vec![
            vec![1.0, 2.0, 2.5, 4.0, 9.0],
            vec![-1.0, 0.3, 0.2, 0.1, -0.4, 2.2, 0.9],
            vec![10.0, 11.5, 9.0, 10.2],
        ]
    }

    #[test]
    fn value_matches() {
        for x in pts() {
            assert_eq!(grad_sample_skewness(&x).0, sample_skewness(&x));
        }
    }
    #[test]
    #[should_panic(expected = "at least three")]
    fn the_assertion_survives() {
        let _ = grad_sample_skewness(&[1.0, 2.0]);
    }
    #[test]
    fn finite_differences() {
        for x in pts() {
            let (_, g) = grad_sample_skewness(&x);
            fd("skewness", sample_skewness, &x, &g);
        }
    }
    #[test]
    fn tape_agrees() {
        for x in pts() {
            let (_, g) = grad_sample_skewness(&x);
            let tape = Tape::new();
            let v = tape.vars(&x);
            let y = twin(&v);
            same("skewness tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
