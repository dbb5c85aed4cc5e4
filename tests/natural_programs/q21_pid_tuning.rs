//! Control: PID on a first-order plant τ y' = −y + K u with anti-windup clamp and actuator
//! saturation; time-weighted squared error cost, gains tuned by gradient.
use gradus::differentiable;

const DT: f64 = 0.01;

pub struct Plant {
    pub tau: f64,
    pub gain: f64,
    pub u_max: f64,
}

#[differentiable(wrt(kp, ki, kd))]
pub fn pid_cost(kp: f64, ki: f64, kd: f64, plant: &Plant, setpoint: f64, t_end: f64) -> f64 {
    let n = (t_end / DT) as usize;
    let mut y = 0.0;
    let mut integral = 0.0;
    let mut prev_err = setpoint;
    let mut cost = 0.0;
    for step in 0..n {
        let err = setpoint - y;
        integral = (integral + err * DT).clamp(-5.0, 5.0);
        let deriv = (err - prev_err) / DT;
        let u = (kp * err + ki * integral + kd * deriv).clamp(-plant.u_max, plant.u_max);
        y += DT * (-y + plant.gain * u) / plant.tau;
        prev_err = err;
        let t = step as f64 * DT;
        cost += t * err * err * DT;
    }
    cost
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(kp: T, ki: T, kd: T, pl: &Plant, sp: f64, t_end: f64) -> T {
        let dt = k::<T>(DT);
        let (mut y, mut integ, mut prev) = (T::zero(), T::zero(), k::<T>(sp));
        let mut cost = T::zero();
        for step in 0..(t_end / DT) as usize {
            let err = k::<T>(sp) - y;
            integ = (integ + err * dt).max(k(-5.0)).min(k(5.0));
            let deriv = (err - prev) / dt;
            let u = (kp * err + ki * integ + kd * deriv)
                .max(k(-pl.u_max))
                .min(k(pl.u_max));
            y = y + dt * (-y + k::<T>(pl.gain) * u) / k(pl.tau);
            prev = err;
            cost = cost + k::<T>(step as f64 * DT) * err * err * dt;
        }
        cost
    }

    const PLANT: Plant = Plant {
        tau: 0.5,
        gain: 2.0,
        u_max: 3.0,
    };
    // the second point saturates the actuator for the first steps
    const PTS: [[f64; 3]; 3] = [[0.8, 0.5, 0.01], [4.0, 1.5, 0.002], [0.3, 2.0, 0.05]];

    #[test]
    fn value_matches() {
        for [a, b, c] in PTS {
            assert_eq!(
                grad_pid_cost(a, b, c, &PLANT, 1.0, 3.0).0,
                pid_cost(a, b, c, &PLANT, 1.0, 3.0)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for [a, b, c] in PTS {
            let (_, (ga, gb, gc)) = grad_pid_cost(a, b, c, &PLANT, 1.0, 3.0);
            fd(
                "pid",
                |p| pid_cost(p[0], p[1], p[2], &PLANT, 1.0, 3.0),
                &[a, b, c],
                &[ga, gb, gc],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for [a, b, c] in PTS {
            let (_, (ga, gb, gc)) = grad_pid_cost(a, b, c, &PLANT, 1.0, 3.0);
            let tape = Tape::new();
            let v = tape.vars(&[a, b, c]);
            let y = twin(v[0], v[1], v[2], &PLANT, 1.0, 3.0);
            same("pid tape", &[ga, gb, gc], &tape.gradient(y, &v), 1e-9);
        }
    }
}
