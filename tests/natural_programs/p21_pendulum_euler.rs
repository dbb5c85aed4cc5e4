//! Pendulum integrated with explicit Euler; squared miss of the final angle against a
//! measured one. The number of steps comes from the data (t_end / dt).
use gradus::differentiable;

#[differentiable(wrt(theta0, length))]
pub fn pendulum_euler(theta0: f64, length: f64, t_end: f64, dt: f64, measured: f64) -> f64 {
    const G: f64 = 9.81;
    let steps = (t_end / dt) as usize;
    let mut state = [theta0, 0.0];
    for _ in 0..steps {
        let (theta, omega) = (state[0], state[1]);
        state = [theta + dt * omega, omega - dt * G / length * theta.sin()];
    }
    (state[0] - measured).powi(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(theta0: T, length: T, t_end: f64, dt: f64, measured: f64) -> T {
        let g = c::<T>(9.81);
        let steps = (t_end / dt) as usize;
        let dt = c::<T>(dt);
        let mut state = [theta0, T::zero()];
        for _ in 0..steps {
            let (theta, omega) = (state[0], state[1]);
            state = [theta + dt * omega, omega - dt * g / length * theta.sin()];
        }
        (state[0] - c(measured)).powi(2)
    }

    fn points() -> Vec<[f64; 2]> {
        vec![[0.3, 1.0], [1.2, 0.5], [-0.7, 2.0]]
    }

    #[test]
    fn value_matches() {
        for [a, l] in points() {
            assert_eq!(
                grad_pendulum_euler(a, l, 2.0, 0.01, 0.1).0,
                pendulum_euler(a, l, 2.0, 0.01, 0.1)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [a, l] in points() {
            let (_, (ga, gl)) = grad_pendulum_euler(a, l, 2.0, 0.01, 0.1);
            fd(
                "pendulum",
                |p| pendulum_euler(p[0], p[1], 2.0, 0.01, 0.1),
                &[a, l],
                &[ga, gl],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [a, l] in points() {
            let (_, (ga, gl)) = grad_pendulum_euler(a, l, 2.0, 0.01, 0.1);
            let tape = Tape::new();
            let (av, lv) = (tape.var(a), tape.var(l));
            let y = twin(av, lv, 2.0, 0.01, 0.1);
            all_close(
                "pendulum tape",
                &[ga, gl],
                &tape.gradient(y, &[av, lv]),
                1e-9,
            );
        }
    }
}
