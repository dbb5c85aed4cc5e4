//! Physics: total energy of an N-body system in code units (kinetic + Plummer-softened
//! potential), the invariant a symplectic integrator is judged by. Differentiated w.r.t.
//! positions and velocities; masses are data.
use gradus::differentiable;

const G_NEWTON: f64 = 1.0;
const SOFTENING: f64 = 1e-2;

#[differentiable(wrt(pos, vel))]
pub fn total_energy(pos: &[[f64; 3]], vel: &[[f64; 3]], mass: &[f64]) -> f64 {
    let n = pos.len();
    let mut kinetic = 0.0;
    for i in 0..n {
        let v2: f64 = vel[i].iter().map(|v| v * v).sum();
        kinetic += 0.5 * mass[i] * v2;
    }
    let mut potential = 0.0;
    for i in 0..n {
        for j in i + 1..n {
            let r2 = (0..3).map(|d| (pos[i][d] - pos[j][d]).powi(2)).sum::<f64>()
                + SOFTENING * SOFTENING;
            potential -= G_NEWTON * mass[i] * mass[j] / r2.sqrt();
        }
    }
    kinetic + potential
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(x: &[T], v: &[T], m: &[f64]) -> T {
        let n = m.len();
        let mut e = T::zero();
        for i in 0..n {
            for d in 0..3 {
                e = e + k::<T>(0.5 * m[i]) * v[3 * i + d] * v[3 * i + d];
            }
            for j in i + 1..n {
                let mut r2 = k::<T>(SOFTENING * SOFTENING);
                for d in 0..3 {
                    r2 = r2 + (x[3 * i + d] - x[3 * j + d]).powi(2);
                }
                e = e - k::<T>(G_NEWTON * m[i] * m[j]) / r2.sqrt();
            }
        }
        e
    }

    const M: [f64; 3] = [1.0, 0.5, 0.1];
    fn cases() -> Vec<(Vec<[f64; 3]>, Vec<[f64; 3]>)> {
        vec![
            (
                vec![[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 2.0, 0.1]],
                vec![[0.0, 0.1, 0.0], [0.0, 1.0, 0.0], [-0.7, 0.0, 0.0]],
            ),
            (
                vec![[0.3, -0.2, 0.5], [-1.0, 0.4, 0.0], [0.5, 0.5, -0.5]],
                vec![[0.2, 0.0, -0.1], [0.0, -0.3, 0.4], [1.0, 0.2, 0.0]],
            ),
            (
                vec![[5.0, 0.0, 0.0], [0.0, 5.0, 0.0], [0.0, 0.0, 5.0]],
                vec![[0.0; 3], [0.1, 0.1, 0.1], [0.0, 0.0, -2.0]],
            ),
        ]
    }

    #[test]
    fn value_matches() {
        for (x, v) in cases() {
            assert_eq!(grad_total_energy(&x, &v, &M).0, total_energy(&x, &v, &M));
        }
    }
    #[test]
    fn finite_differences() {
        for (x, v) in cases() {
            let (_, (gx, gv)) = grad_total_energy(&x, &v, &M);
            fd(
                "nbody",
                |p| total_energy(&unflat::<3>(&p[..9]), &unflat::<3>(&p[9..]), &M),
                &[flat(&x), flat(&v)].concat(),
                &[flat(&gx), flat(&gv)].concat(),
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for (x, v) in cases() {
            let (_, (gx, gv)) = grad_total_energy(&x, &v, &M);
            let tape = Tape::new();
            let p = tape.vars(&[flat(&x), flat(&v)].concat());
            let y = twin(&p[..9], &p[9..], &M);
            same(
                "nbody tape",
                &[flat(&gx), flat(&gv)].concat(),
                &tape.gradient(y, &p),
                1e-9,
            );
        }
    }
}
