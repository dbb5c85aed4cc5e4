//! 1-D heat equation by explicit finite differences (fixed ends); squared misfit of the
//! final temperature profile against observations. Differentiated in the initial
//! profile and the diffusivity.
use gradus::differentiable;

#[differentiable(wrt(u0, alpha))]
pub fn heat_equation(
    u0: &[f64],
    alpha: f64,
    dx: f64,
    dt: f64,
    steps: usize,
    observed: &[f64],
) -> f64 {
    let n = u0.len();
    let r = alpha * dt / (dx * dx);
    let mut u = u0.to_vec();
    for _ in 0..steps {
        let mut next = u.clone();
        for i in 1..n - 1 {
            next[i] = u[i] + r * (u[i - 1] - 2.0 * u[i] + u[i + 1]);
        }
        u = next;
    }
    let mut misfit = 0.0;
    for i in 0..n {
        misfit += (u[i] - observed[i]).powi(2);
    }
    misfit
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(u0: &[T], alpha: T, dx: f64, dt: f64, steps: usize, observed: &[f64]) -> T {
        let n = u0.len();
        let r = alpha * c::<T>(dt / (dx * dx));
        let mut u = u0.to_vec();
        for _ in 0..steps {
            let mut next = u.clone();
            for i in 1..n - 1 {
                next[i] = u[i] + r * (u[i - 1] - c::<T>(2.0) * u[i] + u[i + 1]);
            }
            u = next;
        }
        let mut misfit = T::zero();
        for i in 0..n {
            misfit = misfit + (u[i] - c::<T>(observed[i])).powi(2);
        }
        misfit
    }

    const OBS: [f64; 6] = [0.0, 0.2, 0.35, 0.3, 0.15, 0.0];

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.0, 0.1, 0.9, 0.5, 0.2, 0.0, 0.8],
            vec![0.0, 0.5, 0.5, 0.5, 0.5, 0.0, 0.3],
        ]
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(
                grad_heat_equation(&p[..6], p[6], 0.2, 0.01, 20, &OBS).0,
                heat_equation(&p[..6], p[6], 0.2, 0.01, 20, &OBS)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, (gu, ga)) = grad_heat_equation(&p[..6], p[6], 0.2, 0.01, 20, &OBS);
            fd(
                "heat",
                |q| heat_equation(&q[..6], q[6], 0.2, 0.01, 20, &OBS),
                &p,
                &[gu, vec![ga]].concat(),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, (gu, ga)) = grad_heat_equation(&p[..6], p[6], 0.2, 0.01, 20, &OBS);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[..6], v[6], 0.2, 0.01, 20, &OBS);
            all_close(
                "heat tape",
                &[gu, vec![ga]].concat(),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
