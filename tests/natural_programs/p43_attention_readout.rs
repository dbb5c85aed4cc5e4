//! Single-query dot-product attention over 4-dim keys/values, then squared error of the
//! first output coordinate against a target.
use gradus::differentiable;

#[differentiable(wrt(query))]
pub fn attention_readout(
    query: &[f64; 4],
    keys: &[[f64; 4]],
    values: &[[f64; 4]],
    target: f64,
) -> f64 {
    let n = keys.len();
    let scale = 1.0 / (4.0_f64).sqrt();
    let mut scores = vec![0.0; n];
    for i in 0..n {
        let mut s = 0.0;
        for d in 0..4 {
            s += query[d] * keys[i][d];
        }
        scores[i] = s * scale;
    }
    let max = scores.iter().cloned().fold(f64::MIN, f64::max);
    let mut denom = 0.0;
    for i in 0..n {
        denom += (scores[i] - max).exp();
    }
    let mut out = 0.0;
    for i in 0..n {
        out += (scores[i] - max).exp() / denom * values[i][0];
    }
    (out - target).powi(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(query: &[T], keys: &[[f64; 4]], values: &[[f64; 4]], target: f64) -> T {
        let n = keys.len();
        let scale = c::<T>(0.5);
        let mut scores = vec![T::zero(); n];
        for i in 0..n {
            let mut s = T::zero();
            for d in 0..4 {
                s = s + query[d] * c::<T>(keys[i][d]);
            }
            scores[i] = s * scale;
        }
        let max = scores.iter().cloned().fold(T::min_value(), T::max);
        let mut denom = T::zero();
        for i in 0..n {
            denom = denom + (scores[i] - max).exp();
        }
        let mut out = T::zero();
        for i in 0..n {
            out = out + (scores[i] - max).exp() / denom * c::<T>(values[i][0]);
        }
        (out - c(target)).powi(2)
    }

    const K: [[f64; 4]; 3] = [
        [1.0, 0.0, 0.5, -0.2],
        [0.3, 1.2, -0.7, 0.1],
        [-0.5, 0.4, 0.9, 1.0],
    ];
    const V: [[f64; 4]; 3] = [
        [1.0, 2.0, 0.0, 0.0],
        [-0.5, 0.0, 1.0, 0.0],
        [2.0, 0.0, 0.0, 1.0],
    ];

    fn points() -> Vec<[f64; 4]> {
        vec![[0.2, -0.1, 0.4, 0.3], [1.0, 0.5, -0.5, 0.0]]
    }

    #[test]
    fn value_matches() {
        for q in points() {
            assert_eq!(
                grad_attention_readout(&q, &K, &V, 0.7).0,
                attention_readout(&q, &K, &V, 0.7)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for q in points() {
            let (_, g) = grad_attention_readout(&q, &K, &V, 0.7);
            fd(
                "attention",
                |p| attention_readout(&[p[0], p[1], p[2], p[3]], &K, &V, 0.7),
                &q,
                &g,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for q in points() {
            let (_, g) = grad_attention_readout(&q, &K, &V, 0.7);
            let tape = Tape::new();
            let v = tape.vars(&q);
            let y = twin(&v, &K, &V, 0.7);
            all_close("attention tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
