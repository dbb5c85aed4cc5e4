//! Interior-point log-barrier objective t·cᵀx − Σ ln xᵢ, infinite outside x > 0.
use gradus::differentiable;

#[differentiable(wrt(x))]
pub fn log_barrier(x: &[f64], c: &[f64], t: f64) -> f64 {
    for &xi in x {
        if xi <= 0.0 {
            return f64::INFINITY;
        }
    }
    let linear: f64 = c.iter().zip(x).map(|(ci, xi)| ci * xi).sum();
    t * linear - x.iter().map(|xi| xi.ln()).sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(x: &[T], cs: &[f64], t: f64) -> T {
        for &xi in x {
            if xi <= T::zero() {
                return T::infinity();
            }
        }
        let linear: T = cs.iter().zip(x).map(|(&ci, &xi)| c::<T>(ci) * xi).sum();
        c::<T>(t) * linear - x.iter().map(|xi| xi.ln()).sum::<T>()
    }

    const C: [f64; 3] = [1.0, -0.5, 2.0];

    fn points() -> Vec<Vec<f64>> {
        vec![vec![0.5, 1.0, 2.0], vec![3.0, 0.1, 0.7]]
    }

    #[test]
    fn value_matches() {
        for x in points() {
            assert_eq!(grad_log_barrier(&x, &C, 2.0).0, log_barrier(&x, &C, 2.0));
        }
        let (v, g) = grad_log_barrier(&[1.0, -1.0, 1.0], &C, 2.0);
        assert_eq!(v, f64::INFINITY);
        assert_eq!(g, vec![0.0, 0.0, 0.0]);
    }

    #[test]
    fn finite_differences() {
        for x in points() {
            let (_, g) = grad_log_barrier(&x, &C, 2.0);
            fd("barrier", |p| log_barrier(p, &C, 2.0), &x, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        for x in points() {
            let (_, g) = grad_log_barrier(&x, &C, 2.0);
            let tape = Tape::new();
            let v = tape.vars(&x);
            let y = twin(&v, &C, 2.0);
            all_close("barrier tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
