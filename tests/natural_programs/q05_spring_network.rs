//! Physics: potential energy of a 2-D mass–spring cloth patch under gravity. The gradient
//! with respect to the node positions is minus the force; topology is data.
use gradus::differentiable;

pub const G: f64 = 9.81;

#[differentiable(wrt(pos))]
pub fn network_energy(
    pos: &[[f64; 2]],
    edges: &[(usize, usize)],
    rest: &[f64],
    stiffness: f64,
    mass: f64,
    pinned: &[bool],
) -> f64 {
    let mut e = 0.0;
    for (n, &(i, j)) in edges.iter().enumerate() {
        let dx = pos[j][0] - pos[i][0];
        let dy = pos[j][1] - pos[i][1];
        let len = (dx * dx + dy * dy).sqrt();
        let stretch = len - rest[n];
        e += 0.5 * stiffness * stretch * stretch;
    }
    for (i, p) in pos.iter().enumerate() {
        if pinned[i] {
            continue;
        }
        e += mass * G * p[1];
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(
        pos: &[T],
        edges: &[(usize, usize)],
        rest: &[f64],
        kk: f64,
        m: f64,
        pinned: &[bool],
    ) -> T {
        let mut e = T::zero();
        for (n, &(i, j)) in edges.iter().enumerate() {
            let dx = pos[2 * j] - pos[2 * i];
            let dy = pos[2 * j + 1] - pos[2 * i + 1];
            let s = (dx * dx + dy * dy).sqrt() - k(rest[n]);
            e = e + k::<T>(0.5 * kk) * s * s;
        }
        for i in 0..pos.len() / 2 {
            if !pinned[i] {
                e = e + k::<T>(m * G) * pos[2 * i + 1];
            }
        }
        e
    }

    const EDGES: [(usize, usize); 6] = [(0, 1), (1, 2), (2, 3), (3, 0), (0, 2), (1, 3)];
    const REST: [f64; 6] = [1.0, 1.0, 1.0, 1.0, 1.41, 1.41];
    const PINNED: [bool; 4] = [true, false, false, true];

    fn points() -> Vec<Vec<[f64; 2]>> {
        vec![
            vec![[0.0, 0.0], [1.1, 0.05], [0.95, -1.02], [0.02, -0.9]],
            vec![[0.1, 0.2], [1.3, 0.1], [1.2, -1.3], [-0.2, -1.1]],
            vec![[-0.3, 0.4], [0.8, 0.6], [0.7, -0.7], [0.1, -1.4]],
        ]
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(
                grad_network_energy(&p, &EDGES, &REST, 40.0, 0.2, &PINNED).0,
                network_energy(&p, &EDGES, &REST, 40.0, 0.2, &PINNED)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, g) = grad_network_energy(&p, &EDGES, &REST, 40.0, 0.2, &PINNED);
            fd(
                "springs",
                |q| network_energy(&unflat::<2>(q), &EDGES, &REST, 40.0, 0.2, &PINNED),
                &flat(&p),
                &flat(&g),
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, g) = grad_network_energy(&p, &EDGES, &REST, 40.0, 0.2, &PINNED);
            let tape = Tape::new();
            let v = tape.vars(&flat(&p));
            let y = twin(&v, &EDGES, &REST, 40.0, 0.2, &PINNED);
            same("springs tape", &flat(&g), &tape.gradient(y, &v), 1e-9);
        }
    }
}
