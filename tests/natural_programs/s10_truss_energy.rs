//! Structural engineer: total potential energy of a pin-jointed truss with
//! geometrically nonlinear (Green-free, engineering) strain.
use gradus::differentiable;

/// `u` holds (ux, uy) per node; members are (node i, node j, EA).
#[differentiable(wrt(u))]
pub fn truss_potential(
    u: &[f64],
    nodes: &[(f64, f64)],
    members: &[(usize, usize, f64)],
    loads: &[f64],
) -> f64 {
    let mut energy = 0.0;
    for &(i, j, ea) in members {
        let (xi, yi) = nodes[i];
        let (xj, yj) = nodes[j];
        let l0 = (xj - xi).hypot(yj - yi);
        let dx = xj + u[2 * j] - xi - u[2 * i];
        let dy = yj + u[2 * j + 1] - yi - u[2 * i + 1];
        let l = dx.hypot(dy);
        let strain = (l - l0) / l0;
        energy += 0.5 * ea * l0 * strain * strain;
    }
    let work: f64 = u.iter().zip(loads).map(|(ui, fi)| ui * fi).sum();
    energy - work
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(
        u: &[T],
        nodes: &[(f64, f64)],
        members: &[(usize, usize, f64)],
        loads: &[f64],
    ) -> T {
        let mut e = T::zero();
        for &(i, j, ea) in members {
            let (xi, yi) = nodes[i];
            let (xj, yj) = nodes[j];
            let l0 = (xj - xi).hypot(yj - yi);
            let dx = c::<T>(xj - xi) + u[2 * j] - u[2 * i];
            let dy = c::<T>(yj - yi) + u[2 * j + 1] - u[2 * i + 1];
            let s = (dx.hypot(dy) - c(l0)) / c(l0);
            e = e + c::<T>(0.5 * ea * l0) * s * s;
        }
        for k in 0..u.len() {
            e = e - u[k] * c(loads[k]);
        }
        e
    }

    #[test]
    fn checks() {
        let nodes = [(0.0, 0.0), (2.0, 0.0), (4.0, 0.0), (1.0, 1.5), (3.0, 1.5)];
        let members = [
            (0, 1, 2e3),
            (1, 2, 2e3),
            (0, 3, 1.5e3),
            (3, 1, 1.5e3),
            (1, 4, 1.5e3),
            (4, 2, 1.5e3),
            (3, 4, 2e3),
        ];
        let loads = [0.0, 0.0, 0.0, -10.0, 0.0, 0.0, 2.0, -5.0, 0.0, -5.0];
        for s in [0.001, -0.004, 0.02] {
            let u: Vec<f64> = (0..10).map(|k| s * ((k as f64) * 1.3).sin()).collect();
            let (v, g) = grad_truss_potential(&u, &nodes, &members, &loads);
            assert_eq!(v, truss_potential(&u, &nodes, &members, &loads));
            fd(
                "truss",
                |y| truss_potential(y, &nodes, &members, &loads),
                &u,
                &g,
            );
            vs_tape("truss", v, &g, &u, |y| twin(y, &nodes, &members, &loads));
        }
    }
}
