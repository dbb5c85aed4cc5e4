//! Total energy of a 1-D chain of equal masses joined by springs.
use gradus::differentiable;

#[differentiable(wrt(positions, velocities))]
pub fn spring_chain_energy(
    positions: &[f64],
    velocities: &[f64],
    k: f64,
    mass: f64,
    rest: f64,
) -> f64 {
    let kinetic: f64 = velocities.iter().map(|v| 0.5 * mass * v * v).sum();
    let potential: f64 = positions
        .windows(2)
        .map(|p| 0.5 * k * (p[1] - p[0] - rest).powi(2))
        .sum();
    kinetic + potential
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(
        positions: &[T],
        velocities: &[T],
        k: f64,
        mass: f64,
        rest: f64,
    ) -> T {
        let kinetic: T = velocities.iter().map(|&v| c::<T>(0.5 * mass) * v * v).sum();
        let potential: T = positions
            .windows(2)
            .map(|p| c::<T>(0.5 * k) * (p[1] - p[0] - c::<T>(rest)).powi(2))
            .sum();
        kinetic + potential
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.0, 1.1, 1.9, 3.2, 0.1, -0.2, 0.3, 0.0],
            vec![0.5, 1.0, 2.5, 3.0, 1.0, 1.0, -1.0, 0.5],
        ]
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(
                grad_spring_chain_energy(&p[..4], &p[4..], 3.0, 2.0, 1.0).0,
                spring_chain_energy(&p[..4], &p[4..], 3.0, 2.0, 1.0)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, (gx, gv)) = grad_spring_chain_energy(&p[..4], &p[4..], 3.0, 2.0, 1.0);
            fd(
                "spring",
                |q| spring_chain_energy(&q[..4], &q[4..], 3.0, 2.0, 1.0),
                &p,
                &[gx, gv].concat(),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, (gx, gv)) = grad_spring_chain_energy(&p[..4], &p[4..], 3.0, 2.0, 1.0);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[..4], &v[4..], 3.0, 2.0, 1.0);
            all_close(
                "spring tape",
                &[gx, gv].concat(),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
