//! Physics: large-amplitude pendulum by velocity Verlet, run in a `loop` until the simulated
//! time reaches t_end; returns the final angle, differentiated w.r.t. the release angle and
//! g/L (dt and t_end are data).
use gradus::differentiable;

#[differentiable(wrt(theta0, g_over_l))]
pub fn pendulum_angle(theta0: f64, g_over_l: f64, dt: f64, t_end: f64) -> f64 {
    let mut theta = theta0;
    let mut omega = 0.0;
    let mut t = 0.0;
    let mut acc = -g_over_l * theta.sin();
    loop {
        if t >= t_end - 0.5 * dt {
            break;
        }
        theta += omega * dt + 0.5 * acc * dt * dt;
        let new_acc = -g_over_l * theta.sin();
        omega += 0.5 * (acc + new_acc) * dt;
        acc = new_acc;
        t += dt;
    }
    theta
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(th0: T, gl: T, dt: f64, t_end: f64) -> T {
        let h = k::<T>(dt);
        let (mut th, mut om) = (th0, T::zero());
        let mut acc = -gl * th.sin();
        let mut t = 0.0;
        while t < t_end - 0.5 * dt {
            th = th + om * h + k::<T>(0.5) * acc * h * h;
            let na = -gl * th.sin();
            om = om + k::<T>(0.5) * (acc + na) * h;
            acc = na;
            t += dt;
        }
        th
    }

    const PTS: [[f64; 2]; 3] = [[0.5, 9.81], [2.5, 4.0], [-1.2, 20.0]];

    #[test]
    fn value_matches() {
        for [a, g] in PTS {
            assert_eq!(
                grad_pendulum_angle(a, g, 0.01, 2.0).0,
                pendulum_angle(a, g, 0.01, 2.0)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for [a, g] in PTS {
            let (_, (ga, gg)) = grad_pendulum_angle(a, g, 0.01, 2.0);
            fd(
                "pendulum",
                |p| pendulum_angle(p[0], p[1], 0.01, 2.0),
                &[a, g],
                &[ga, gg],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for [a, g] in PTS {
            let (_, (ga, gg)) = grad_pendulum_angle(a, g, 0.01, 2.0);
            let tape = Tape::new();
            let v = tape.vars(&[a, g]);
            let y = twin(v[0], v[1], 0.01, 2.0);
            same("pendulum tape", &[ga, gg], &tape.gradient(y, &v), 1e-9);
        }
    }
}
