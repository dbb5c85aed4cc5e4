//! ML (f32): a tanh feature followed by BatchNorm1d in training mode (biased batch
//! variance, eps = 1e-5, as PyTorch) and a scalar readout; everything before the loss is
//! learned, the batch is data.
use gradus::differentiable;

const EPS: f32 = 1e-5;

#[differentiable(wrt(a, c, gamma, beta, w))]
pub fn bn_readout_loss(
    a: f32,
    c: f32,
    gamma: f32,
    beta: f32,
    w: f32,
    batch: &[f32],
    target: &[f32],
) -> f32 {
    let n = batch.len() as f32;
    let h: Vec<f32> = batch.iter().map(|x| (a * x + c).tanh()).collect();
    let mean = h.iter().sum::<f32>() / n;
    let var = h.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / n;
    let inv_std = 1.0 / (var + EPS).sqrt();
    let mut loss = 0.0f32;
    for (hi, t) in h.iter().zip(target) {
        let y = w * (gamma * (hi - mean) * inv_std + beta);
        loss += (y - t).powi(2);
    }
    loss / n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(p: &[T], batch: &[f32], target: &[f32]) -> T {
        let n = k::<T>(batch.len() as f64);
        let h: Vec<T> = batch
            .iter()
            .map(|&x| (p[0] * k(x as f64) + p[1]).tanh())
            .collect();
        let mean = h.iter().fold(T::zero(), |s, &v| s + v) / n;
        let var = h
            .iter()
            .fold(T::zero(), |s, &v| s + (v - mean) * (v - mean))
            / n;
        let inv = T::one() / (var + k(EPS as f64)).sqrt();
        let mut loss = T::zero();
        for (i, &hi) in h.iter().enumerate() {
            let y = p[4] * (p[2] * (hi - mean) * inv + p[3]);
            loss = loss + (y - k(target[i] as f64)).powi(2);
        }
        loss / n
    }

    const BATCH: [f32; 6] = [-1.2, -0.4, 0.1, 0.5, 0.9, 1.7];
    const TARGET: [f32; 6] = [-0.9, -0.3, 0.0, 0.2, 0.7, 1.1];
    const PTS: [[f32; 5]; 3] = [
        [0.8, 0.1, 1.0, 0.0, 0.9],
        [1.5, -0.3, 0.7, 0.2, 1.2],
        [0.4, 0.5, 1.3, -0.1, 0.6],
    ];

    #[test]
    fn value_matches() {
        for p in PTS {
            assert_eq!(
                grad_bn_readout_loss(p[0], p[1], p[2], p[3], p[4], &BATCH, &TARGET).0,
                bn_readout_loss(p[0], p[1], p[2], p[3], p[4], &BATCH, &TARGET)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for p in PTS {
            let (_, (g0, g1, g2, g3, g4)) =
                grad_bn_readout_loss(p[0], p[1], p[2], p[3], p[4], &BATCH, &TARGET);
            fd32(
                "bn",
                |q| bn_readout_loss(q[0], q[1], q[2], q[3], q[4], &BATCH, &TARGET),
                &p,
                &[g0, g1, g2, g3, g4],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for p in PTS {
            let (_, (g0, g1, g2, g3, g4)) =
                grad_bn_readout_loss(p[0], p[1], p[2], p[3], p[4], &BATCH, &TARGET);
            let tape = Tape::<f32>::default();
            let v = tape.vars(&p);
            let y = twin(&v, &BATCH, &TARGET);
            same(
                "bn tape",
                &[g0, g1, g2, g3, g4],
                &tape.gradient(y, &v),
                1e-5,
            );
        }
    }
}
