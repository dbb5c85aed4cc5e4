//! ML: a 3-4-1 MLP whose parameters live in one flat vector (as after
//! `torch.nn.utils.parameters_to_vector`), unpacked by constant offsets; samples arrive in
//! one flat buffer walked with `.chunks(IN)`. SiLU hidden activation, MSE loss.
use gradus::differentiable;

const IN: usize = 3;
const HID: usize = 4;
const W1: usize = 0;
const B1: usize = W1 + IN * HID;
const W2: usize = B1 + HID;
const B2: usize = W2 + HID;
pub const N_PARAMS: usize = B2 + 1;

#[differentiable(wrt(theta))]
pub fn mlp_mse(theta: &[f64], inputs: &[f64], targets: &[f64]) -> f64 {
    debug_assert_eq!(theta.len(), N_PARAMS);
    let mut se = 0.0;
    for (n, x) in inputs.chunks(IN).enumerate() {
        let mut out = theta[B2];
        for h in 0..HID {
            let mut a = theta[B1 + h];
            for i in 0..IN {
                a += theta[W1 + h * IN + i] * x[i];
            }
            let silu = a / (1.0 + (-a).exp());
            out += theta[W2 + h] * silu;
        }
        se += (out - targets[n]).powi(2);
    }
    se / targets.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(th: &[T], inputs: &[f64], targets: &[f64]) -> T {
        let mut se = T::zero();
        for n in 0..targets.len() {
            let x = &inputs[n * IN..(n + 1) * IN];
            let mut out = th[N_PARAMS - 1];
            for h in 0..HID {
                let mut a = th[IN * HID + h];
                for i in 0..IN {
                    a = a + th[h * IN + i] * k(x[i]);
                }
                out = out + th[IN * HID + HID + h] * (a / (T::one() + (-a).exp()));
            }
            se = se + (out - k(targets[n])).powi(2);
        }
        se / k(targets.len() as f64)
    }

    fn inputs() -> Vec<f64> {
        (0..15).map(|i| ((i as f64) * 0.53).sin() * 1.5).collect()
    }
    const TGT: [f64; 5] = [0.2, -0.4, 0.9, 0.1, -0.7];
    fn theta(s: f64) -> Vec<f64> {
        (0..N_PARAMS)
            .map(|i| 0.7 * ((i as f64) * 1.71 + s).cos())
            .collect()
    }

    #[test]
    fn value_matches() {
        let x = inputs();
        for s in [0.0, 1.0, 2.0] {
            let t = theta(s);
            assert_eq!(grad_mlp_mse(&t, &x, &TGT).0, mlp_mse(&t, &x, &TGT));
        }
    }
    #[test]
    fn finite_differences() {
        let x = inputs();
        for s in [0.0, 1.0, 2.0] {
            let t = theta(s);
            let (_, g) = grad_mlp_mse(&t, &x, &TGT);
            fd("flat mlp", |p| mlp_mse(p, &x, &TGT), &t, &g);
        }
    }
    #[test]
    fn tape_agrees() {
        let x = inputs();
        for s in [0.0, 1.0, 2.0] {
            let t = theta(s);
            let (_, g) = grad_mlp_mse(&t, &x, &TGT);
            let tape = Tape::new();
            let v = tape.vars(&t);
            let y = twin(&v, &x, &TGT);
            same("flat mlp tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
