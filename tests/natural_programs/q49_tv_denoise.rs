//! Imaging: 1-D total-variation denoising objective, Charbonnier-smoothed TV plus an L1
//! fidelity on the observed (even) samples only, picked with `.step_by(2)`.
use gradus::differentiable;

#[differentiable(wrt(u))]
pub fn tv_objective(u: &[f64], f: &[f64], lambda: f64) -> f64 {
    let fidelity: f64 = u
        .iter()
        .zip(f.iter())
        .step_by(2)
        .map(|(a, b)| (a - b).abs())
        .sum();
    let tv: f64 = u
        .windows(2)
        .map(|w| ((w[1] - w[0]).powi(2) + 1e-6).sqrt())
        .sum();
    fidelity + lambda * tv
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(u: &[T], f: &[f64], lambda: f64) -> T {
        let mut s = T::zero();
        for i in (0..u.len()).step_by(2) {
            s = s + (u[i] - k(f[i])).abs();
        }
        for i in 1..u.len() {
            s = s + k::<T>(lambda) * ((u[i] - u[i - 1]).powi(2) + k(1e-6)).sqrt();
        }
        s
    }

    const F: [f64; 7] = [0.0, 0.1, 0.9, 1.1, 1.0, 0.2, 0.0];
    const PTS: [[f64; 7]; 3] = [
        [0.05, 0.2, 0.8, 1.0, 0.95, 0.3, 0.1],
        [-0.1, 0.0, 1.0, 1.2, 1.3, 0.0, -0.2],
        [0.3, 0.5, 0.5, 0.6, 0.7, 0.4, 0.25],
    ];

    #[test]
    fn value_matches() {
        for u in PTS {
            assert_eq!(grad_tv_objective(&u, &F, 0.5).0, tv_objective(&u, &F, 0.5));
        }
    }
    #[test]
    fn finite_differences() {
        for u in PTS {
            let (_, g) = grad_tv_objective(&u, &F, 0.5);
            fd("tv", |p| tv_objective(p, &F, 0.5), &u, &g);
        }
    }
    #[test]
    fn tape_agrees() {
        for u in PTS {
            let (_, g) = grad_tv_objective(&u, &F, 0.5);
            let tape = Tape::new();
            let v = tape.vars(&u);
            let y = twin(&v, &F, 0.5);
            same("tv tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
