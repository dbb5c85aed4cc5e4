//! f32 layer normalisation with a learned scale and shift, squared error to a target.
use gradus::differentiable;

#[differentiable(wrt(x, gamma, beta))]
pub fn layer_norm_loss_f32(x: &[f32], gamma: &[f32], beta: &[f32], target: &[f32]) -> f32 {
    let n = x.len() as f32;
    let mean = x.iter().sum::<f32>() / n;
    let var = x.iter().map(|v| (v - mean).powi(2)).sum::<f32>() / n;
    let inv_std = 1.0 / (var + 1e-5).sqrt();
    let mut loss = 0.0;
    for i in 0..x.len() {
        let y = gamma[i] * (x[i] - mean) * inv_std + beta[i];
        loss += (y - target[i]).powi(2);
    }
    loss
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(x: &[T], gamma: &[T], beta: &[T], target: &[f32]) -> T {
        let f = |v: f32| T::from(v).unwrap();
        let n = f(x.len() as f32);
        let mean = x.iter().copied().sum::<T>() / n;
        let var = x.iter().map(|&v| (v - mean).powi(2)).sum::<T>() / n;
        let inv_std = T::one() / (var + f(1e-5)).sqrt();
        let mut loss = T::zero();
        for i in 0..x.len() {
            let y = gamma[i] * (x[i] - mean) * inv_std + beta[i];
            loss = loss + (y - f(target[i])).powi(2);
        }
        loss
    }

    const TARGET: [f32; 4] = [0.5, -1.0, 1.2, 0.0];

    fn points() -> Vec<Vec<f32>> {
        vec![
            vec![1.0, 2.0, 0.5, -1.0, 1.0, 0.9, 1.1, 1.2, 0.0, 0.1, -0.1, 0.2],
            vec![0.3, -0.7, 2.2, 1.4, 0.5, 1.5, 1.0, 0.8, 0.2, -0.3, 0.0, 0.1],
        ]
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(
                grad_layer_norm_loss_f32(&p[0..4], &p[4..8], &p[8..12], &TARGET).0,
                layer_norm_loss_f32(&p[0..4], &p[4..8], &p[8..12], &TARGET)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, (a, b, cc)) = grad_layer_norm_loss_f32(&p[0..4], &p[4..8], &p[8..12], &TARGET);
            fd32(
                "layer_norm_f32",
                |q| layer_norm_loss_f32(&q[0..4], &q[4..8], &q[8..12], &TARGET),
                &p,
                &[a, b, cc].concat(),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, (a, b, cc)) = grad_layer_norm_loss_f32(&p[0..4], &p[4..8], &p[8..12], &TARGET);
            let tape = Tape::<f32>::default();
            let v = tape.vars(&p);
            let y = twin(&v[0..4], &v[4..8], &v[8..12], &TARGET);
            all_close(
                "layer_norm_f32 tape",
                &[a, b, cc].concat(),
                &tape.gradient(y, &v),
                1e-5,
            );
        }
    }
}
