//! Lennard-Jones energy of a cluster; coordinates flat as x[3*i + k].
use gradus::differentiable;

#[differentiable(wrt(coords))]
pub fn lennard_jones(coords: &[f64], epsilon: f64, sigma: f64) -> f64 {
    let n = coords.len() / 3;
    let mut energy = 0.0;
    for i in 0..n {
        for j in i + 1..n {
            let dx = coords[3 * i] - coords[3 * j];
            let dy = coords[3 * i + 1] - coords[3 * j + 1];
            let dz = coords[3 * i + 2] - coords[3 * j + 2];
            let r2 = dx * dx + dy * dy + dz * dz;
            let s6 = (sigma * sigma / r2).powi(3);
            energy += 4.0 * epsilon * (s6 * s6 - s6);
        }
    }
    energy
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(coords: &[T], epsilon: f64, sigma: f64) -> T {
        let n = coords.len() / 3;
        let mut energy = T::zero();
        for i in 0..n {
            for j in i + 1..n {
                let dx = coords[3 * i] - coords[3 * j];
                let dy = coords[3 * i + 1] - coords[3 * j + 1];
                let dz = coords[3 * i + 2] - coords[3 * j + 2];
                let r2 = dx * dx + dy * dy + dz * dz;
                let s6 = (c::<T>(sigma * sigma) / r2).powi(3);
                energy = energy + c::<T>(4.0 * epsilon) * (s6 * s6 - s6);
            }
        }
        energy
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.0, 0.0, 0.0, 1.1, 0.0, 0.0, 0.5, 1.0, 0.1, 0.4, 0.3, 1.0],
            vec![
                0.1, -0.2, 0.0, 1.3, 0.1, 0.2, -0.4, 1.2, -0.3, 0.6, 0.5, -1.0,
            ],
        ]
    }

    #[test]
    fn value_matches() {
        for x in points() {
            assert_eq!(
                grad_lennard_jones(&x, 1.0, 1.0).0,
                lennard_jones(&x, 1.0, 1.0)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for x in points() {
            let (_, g) = grad_lennard_jones(&x, 1.0, 1.0);
            fd("lj", |p| lennard_jones(p, 1.0, 1.0), &x, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        for x in points() {
            let (_, g) = grad_lennard_jones(&x, 1.0, 1.0);
            let tape = Tape::new();
            let v = tape.vars(&x);
            let y = twin(&v, 1.0, 1.0);
            all_close("lj tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
