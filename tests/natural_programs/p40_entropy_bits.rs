//! Shannon entropy in bits of an (unnormalised) histogram, normalised first.
use gradus::differentiable;

#[differentiable]
pub fn entropy_bits(counts: &[f64]) -> f64 {
    let total: f64 = counts.iter().sum();
    counts
        .iter()
        .map(|&c| {
            let p = c / total;
            if p > 0.0 {
                -p * p.log(2.0)
            } else {
                0.0
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(counts: &[T]) -> T {
        let total: T = counts.iter().copied().sum();
        counts
            .iter()
            .map(|&co| {
                let p = co / total;
                if p > T::zero() {
                    -p * p.log(c(2.0))
                } else {
                    T::zero()
                }
            })
            .sum()
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![1.0, 2.0, 3.0, 4.0],
            vec![0.5, 0.5],
            vec![10.0, 0.0, 3.0],
        ]
    }

    #[test]
    fn value_matches() {
        for x in points() {
            assert_eq!(grad_entropy_bits(&x).0, entropy_bits(&x));
        }
    }

    #[test]
    fn finite_differences() {
        // (at an exact zero count the one-sided kink defeats central differences; skip it)
        for x in points().into_iter().take(2) {
            let (_, g) = grad_entropy_bits(&x);
            fd("entropy", |p| entropy_bits(p), &x, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        for x in points() {
            let (_, g) = grad_entropy_bits(&x);
            let tape = Tape::new();
            let v = tape.vars(&x);
            let y = twin(&v);
            all_close("entropy tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
