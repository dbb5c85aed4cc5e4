//! Chemistry: A → B → C first-order consecutive reactions integrated with explicit Euler,
//! fitted to measurements of the intermediate B.
use gradus::differentiable;

pub struct Schedule {
    pub dt: f64,
    pub t_end: f64,
}

#[differentiable(wrt(k1, k2))]
pub fn intermediate_fit(
    k1: f64,
    k2: f64,
    a0: f64,
    sched: &Schedule,
    obs_steps: &[usize],
    obs_b: &[f64],
) -> f64 {
    let steps = (sched.t_end / sched.dt) as usize;
    let mut a = a0;
    let mut b = 0.0;
    let mut trajectory = vec![0.0; steps + 1];
    trajectory[0] = b;
    for step in 1..=steps {
        let ra = k1 * a;
        let rb = k2 * b;
        a -= sched.dt * ra;
        b += sched.dt * (ra - rb);
        trajectory[step] = b;
    }
    let mut loss = 0.0;
    for (&idx, &ob) in obs_steps.iter().zip(obs_b) {
        let d = trajectory[idx] - ob;
        loss += d * d;
    }
    loss
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(k1: T, k2: T, a0: f64, s: &Schedule, idx: &[usize], ob: &[f64]) -> T {
        let steps = (s.t_end / s.dt) as usize;
        let dt = c::<T>(s.dt);
        let mut a = c::<T>(a0);
        let mut b = T::zero();
        let mut tr = vec![T::zero(); steps + 1];
        for step in 1..=steps {
            let ra = k1 * a;
            let rb = k2 * b;
            a = a - dt * ra;
            b = b + dt * (ra - rb);
            tr[step] = b;
        }
        let mut l = T::zero();
        for (&i, &o) in idx.iter().zip(ob) {
            let d = tr[i] - c::<T>(o);
            l = l + d * d;
        }
        l
    }

    const SCHED: Schedule = Schedule {
        dt: 0.05,
        t_end: 5.0,
    };
    const IDX: [usize; 5] = [10, 20, 40, 60, 100];
    const OB: [f64; 5] = [0.35, 0.5, 0.48, 0.36, 0.18];

    fn points() -> Vec<[f64; 2]> {
        vec![[1.0, 0.5], [0.7, 0.3], [1.5, 0.8]]
    }

    #[test]
    fn value_matches() {
        for [k1, k2] in points() {
            assert_eq!(
                grad_intermediate_fit(k1, k2, 1.0, &SCHED, &IDX, &OB).0,
                intermediate_fit(k1, k2, 1.0, &SCHED, &IDX, &OB)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [k1, k2] in points() {
            let (_, (g1, g2)) = grad_intermediate_fit(k1, k2, 1.0, &SCHED, &IDX, &OB);
            fd(
                "reactions",
                |p| intermediate_fit(p[0], p[1], 1.0, &SCHED, &IDX, &OB),
                &[k1, k2],
                &[g1, g2],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [k1, k2] in points() {
            let (_, (g1, g2)) = grad_intermediate_fit(k1, k2, 1.0, &SCHED, &IDX, &OB);
            let tape = Tape::new();
            let v = tape.vars(&[k1, k2]);
            let y = twin(v[0], v[1], 1.0, &SCHED, &IDX, &OB);
            all_close("reactions tape", &[g1, g2], &tape.gradient(y, &v), 1e-9);
        }
    }
}
