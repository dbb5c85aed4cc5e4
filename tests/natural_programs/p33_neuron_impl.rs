//! A single GELU neuron, written as associated functions of a unit struct; the batch
//! loss is a free function calling `Neuron::loss`, which calls `Self::gelu`.
use gradus::differentiable;
use std::f64::consts::PI;

pub struct Neuron;

impl Neuron {
    #[differentiable]
    pub fn gelu(z: f64) -> f64 {
        0.5 * z * (1.0 + ((2.0 / PI).sqrt() * (z + 0.044715 * z.powi(3))).tanh())
    }

    #[differentiable(wrt(w, b))]
    pub fn loss(w: &[f64], b: f64, x: &[f64], target: f64) -> f64 {
        let mut z = b;
        for i in 0..w.len() {
            z += w[i] * x[i];
        }
        (Self::gelu(z) - target).powi(2)
    }
}

#[differentiable(wrt(w, b))]
pub fn neuron_batch_loss(w: &[f64], b: f64, xs: &[Vec<f64>], targets: &[f64]) -> f64 {
    let mut total = 0.0;
    for i in 0..xs.len() {
        total += Neuron::loss(w, b, &xs[i], targets[i]);
    }
    total / xs.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn gelu<T: Float>(z: T) -> T {
        c::<T>(0.5)
            * z
            * (T::one() + (c::<T>((2.0 / PI).sqrt()) * (z + c::<T>(0.044715) * z.powi(3))).tanh())
    }

    fn twin<T: Float>(w: &[T], b: T, xs: &[Vec<f64>], targets: &[f64]) -> T {
        let mut total = T::zero();
        for i in 0..xs.len() {
            let mut z = b;
            for j in 0..w.len() {
                z = z + w[j] * c::<T>(xs[i][j]);
            }
            total = total + (gelu(z) - c::<T>(targets[i])).powi(2);
        }
        total / c(xs.len() as f64)
    }

    fn data() -> (Vec<Vec<f64>>, Vec<f64>) {
        (
            vec![vec![1.0, -0.5], vec![0.3, 0.8], vec![-1.2, 0.4]],
            vec![0.7, 0.2, -0.1],
        )
    }

    fn points() -> Vec<Vec<f64>> {
        vec![vec![0.5, -0.3, 0.1], vec![-0.8, 1.1, 0.4]]
    }

    #[test]
    fn value_matches() {
        let (xs, ts) = data();
        for p in points() {
            assert_eq!(
                grad_neuron_batch_loss(&p[..2], p[2], &xs, &ts).0,
                neuron_batch_loss(&p[..2], p[2], &xs, &ts)
            );
            assert_eq!(
                Neuron::grad_loss(&p[..2], p[2], &xs[0], ts[0]).0,
                Neuron::loss(&p[..2], p[2], &xs[0], ts[0])
            );
            assert_eq!(Neuron::grad_gelu(p[0]).0, Neuron::gelu(p[0]));
        }
    }

    #[test]
    fn finite_differences() {
        let (xs, ts) = data();
        for p in points() {
            let (_, (gw, gb)) = grad_neuron_batch_loss(&p[..2], p[2], &xs, &ts);
            fd(
                "neuron batch",
                |q| neuron_batch_loss(&q[..2], q[2], &xs, &ts),
                &p,
                &[gw, vec![gb]].concat(),
            );
            let (_, g) = Neuron::grad_gelu(p[0]);
            fd("gelu", |q| Neuron::gelu(q[0]), &[p[0]], &[g]);
        }
    }

    #[test]
    fn tape_agrees() {
        let (xs, ts) = data();
        for p in points() {
            let (_, (gw, gb)) = grad_neuron_batch_loss(&p[..2], p[2], &xs, &ts);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[..2], v[2], &xs, &ts);
            all_close(
                "neuron tape",
                &[gw, vec![gb]].concat(),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
