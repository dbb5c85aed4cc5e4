//! Control: linear state feedback on a discretised double integrator with a soft actuator
//! limit; the gain is found by gradient descent on the rollout cost (model-based policy
//! gradient). The plant description is a plain struct, `self` is data here.
use gradus::differentiable;

pub struct DoubleIntegrator {
    pub dt: f64,
    pub q_pos: f64,
    pub q_vel: f64,
    pub r: f64,
    pub horizon: usize,
}

impl DoubleIntegrator {
    #[differentiable]
    pub fn soft_sat(u: f64) -> f64 {
        2.0 * (u / 2.0).tanh()
    }

    #[differentiable(wrt(pos, vel, u))]
    pub fn stage_cost(&self, pos: f64, vel: f64, u: f64) -> f64 {
        self.q_pos * pos * pos + self.q_vel * vel * vel + self.r * u * u
    }

    #[differentiable(wrt(gain))]
    pub fn rollout_cost(&self, gain: [f64; 2], x0: [f64; 2]) -> f64 {
        let [mut p, mut v] = x0;
        let mut total = 0.0;
        for _ in 0..self.horizon {
            let u = Self::soft_sat(-(gain[0] * p + gain[1] * v));
            total += self.stage_cost(p, v, u);
            p += self.dt * v + 0.5 * self.dt * self.dt * u;
            v += self.dt * u;
        }
        total + 10.0 * self.stage_cost(p, v, 0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(sys: &DoubleIntegrator, g: &[T], x0: [f64; 2]) -> T {
        let dt = k::<T>(sys.dt);
        let cost = |p: T, v: T, u: T| {
            k::<T>(sys.q_pos) * p * p + k::<T>(sys.q_vel) * v * v + k::<T>(sys.r) * u * u
        };
        let (mut p, mut v) = (k::<T>(x0[0]), k::<T>(x0[1]));
        let mut total = T::zero();
        for _ in 0..sys.horizon {
            let raw = -(g[0] * p + g[1] * v);
            let u = k::<T>(2.0) * (raw / k(2.0)).tanh();
            total = total + cost(p, v, u);
            p = p + dt * v + k::<T>(0.5) * dt * dt * u;
            v = v + dt * u;
        }
        total + k::<T>(10.0) * cost(p, v, T::zero())
    }

    const SYS: DoubleIntegrator = DoubleIntegrator {
        dt: 0.05,
        q_pos: 1.0,
        q_vel: 0.1,
        r: 0.01,
        horizon: 60,
    };
    const CASES: [([f64; 2], [f64; 2]); 3] = [
        ([1.0, 1.5], [1.0, 0.0]),
        ([3.0, 2.0], [-0.5, 1.0]),
        ([0.4, 0.2], [2.0, -1.0]),
    ];

    #[test]
    fn value_matches() {
        for (g, x0) in CASES {
            assert_eq!(SYS.grad_rollout_cost(g, x0).0, SYS.rollout_cost(g, x0));
        }
        assert_eq!(
            DoubleIntegrator::grad_soft_sat(1.3).0,
            DoubleIntegrator::soft_sat(1.3)
        );
    }
    #[test]
    fn finite_differences() {
        for (g, x0) in CASES {
            let (_, d) = SYS.grad_rollout_cost(g, x0);
            fd("rollout", |p| SYS.rollout_cost([p[0], p[1]], x0), &g, &d);
        }
    }
    #[test]
    fn tape_agrees() {
        for (g, x0) in CASES {
            let (_, d) = SYS.grad_rollout_cost(g, x0);
            let tape = Tape::new();
            let v = tape.vars(&g);
            let y = twin(&SYS, &v, x0);
            same("rollout tape", &d, &tape.gradient(y, &v), 1e-9);
        }
    }
}
