//! A tiny 1-D "pooling" readout: split a signal into blocks of 3, take mean + max of
//! each block, weight, sum, squash with tanh.
use gradus::differentiable;

#[differentiable]
pub fn chunk_pooling(signal: &[f64], weights: &[f64]) -> f64 {
    const POOL: usize = 3;
    let mut out = 0.0;
    for (chunk, w) in signal.chunks(POOL).zip(weights) {
        let mean = chunk.iter().sum::<f64>() / chunk.len() as f64;
        let peak = chunk.iter().fold(f64::NEG_INFINITY, |a, &b| a.max(b));
        out += w * (mean + peak);
    }
    out.tanh()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(signal: &[T], weights: &[T]) -> T {
        let mut out = T::zero();
        for (chunk, &w) in signal.chunks(3).zip(weights) {
            let mean = chunk.iter().copied().sum::<T>() / c(chunk.len() as f64);
            let peak = chunk.iter().fold(T::neg_infinity(), |a, &b| a.max(b));
            out = out + w * (mean + peak);
        }
        out.tanh()
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.1, 0.5, -0.2, 0.3, -0.4, 0.0, 0.8, 0.2, 0.4, -0.3, 0.25],
            vec![-1.0, 0.2, 0.3, 0.9, 0.6, -0.5, 0.1, 0.05, 0.1, 0.2, 0.3],
        ]
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(
                grad_chunk_pooling(&p[..8], &p[8..]).0,
                chunk_pooling(&p[..8], &p[8..])
            );
        }
    }

    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, (gs, gw)) = grad_chunk_pooling(&p[..8], &p[8..]);
            fd(
                "pooling",
                |q| chunk_pooling(&q[..8], &q[8..]),
                &p,
                &[gs, gw].concat(),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, (gs, gw)) = grad_chunk_pooling(&p[..8], &p[8..]);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[..8], &v[8..]);
            all_close(
                "pooling tape",
                &[gs, gw].concat(),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
