//! Gravitational potential energy of N bodies, positions as [x, y, z] rows.
use gradus::differentiable;

#[differentiable(wrt(positions))]
pub fn gravity_potential(positions: &[[f64; 3]], masses: &[f64]) -> f64 {
    const G: f64 = 1.0; // natural units
    let n = positions.len();
    let mut energy = 0.0;
    for i in 0..n {
        for j in (i + 1)..n {
            let r = (0..3)
                .map(|k| (positions[i][k] - positions[j][k]).powi(2))
                .sum::<f64>()
                .sqrt();
            energy -= G * masses[i] * masses[j] / r;
        }
    }
    energy
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(positions: &[[T; 3]], masses: &[f64]) -> T {
        let n = positions.len();
        let mut energy = T::zero();
        for i in 0..n {
            for j in (i + 1)..n {
                let r = (0..3)
                    .map(|k| (positions[i][k] - positions[j][k]).powi(2))
                    .sum::<T>()
                    .sqrt();
                energy = energy - c::<T>(masses[i] * masses[j]) / r;
            }
        }
        energy
    }

    const M: [f64; 4] = [1.0, 0.5, 2.0, 0.1];

    fn points() -> Vec<Vec<[f64; 3]>> {
        vec![
            vec![
                [0.0, 0.0, 0.0],
                [1.0, 0.2, -0.3],
                [-0.5, 1.5, 0.4],
                [2.0, -1.0, 1.0],
            ],
            vec![
                [0.3, -0.1, 0.0],
                [0.0, 1.0, 1.0],
                [1.5, 1.5, -0.5],
                [-1.0, 0.0, 0.7],
            ],
        ]
    }

    fn flat(p: &[[f64; 3]]) -> Vec<f64> {
        p.iter().flatten().copied().collect()
    }

    fn rows(q: &[f64]) -> Vec<[f64; 3]> {
        q.chunks(3).map(|r| [r[0], r[1], r[2]]).collect()
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(grad_gravity_potential(&p, &M).0, gravity_potential(&p, &M));
        }
    }

    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, g) = grad_gravity_potential(&p, &M);
            fd(
                "gravity",
                |q| gravity_potential(&rows(q), &M),
                &flat(&p),
                &flat(&g),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, g) = grad_gravity_potential(&p, &M);
            let tape = Tape::new();
            let v = tape.vars(&flat(&p));
            let vr: Vec<[_; 3]> = v.chunks(3).map(|r| [r[0], r[1], r[2]]).collect();
            let y = twin(&vr, &M);
            all_close("gravity tape", &flat(&g), &tape.gradient(y, &v), 1e-9);
        }
    }
}
