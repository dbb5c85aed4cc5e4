//! Cosine similarity between two embedding vectors.
use gradus::differentiable;

#[differentiable]
pub fn cosine_similarity(a: &[f64], b: &[f64]) -> f64 {
    assert_eq!(a.len(), b.len(), "embeddings must have the same dimension");
    let dot: f64 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let norm_a = a.iter().map(|x| x * x).sum::<f64>().sqrt();
    let norm_b = b.iter().map(|x| x * x).sum::<f64>().sqrt();
    dot / (norm_a * norm_b).max(1e-12)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(a: &[T], b: &[T]) -> T {
        let dot: T = a.iter().zip(b).map(|(&x, &y)| x * y).sum();
        let norm_a = a.iter().map(|&x| x * x).sum::<T>().sqrt();
        let norm_b = b.iter().map(|&x| x * x).sum::<T>().sqrt();
        dot / (norm_a * norm_b).max(c(1e-12))
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![1.0, 2.0, 3.0, -1.0, 0.5, 2.0],
            vec![0.3, -0.7, 0.2, 0.9, 0.1, -0.4],
        ]
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(
                grad_cosine_similarity(&p[..3], &p[3..]).0,
                cosine_similarity(&p[..3], &p[3..])
            );
        }
    }

    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, (ga, gb)) = grad_cosine_similarity(&p[..3], &p[3..]);
            fd(
                "cosine",
                |q| cosine_similarity(&q[..3], &q[3..]),
                &p,
                &[ga, gb].concat(),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, (ga, gb)) = grad_cosine_similarity(&p[..3], &p[3..]);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[..3], &v[3..]);
            all_close(
                "cosine tape",
                &[ga, gb].concat(),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
