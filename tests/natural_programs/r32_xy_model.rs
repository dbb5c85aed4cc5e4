//! Statistical physics: energy of the classical XY model (continuous Ising spins) on an
//! L × L periodic lattice, E = −J Σ_<ij> cos(θ_i − θ_j) − h Σ_i cos θ_i.
use gradus::differentiable;

#[differentiable(wrt(theta))]
pub fn xy_energy(theta: &[f64], l: usize, coupling: f64, field: f64) -> f64 {
    let mut e = 0.0;
    for row in 0..l {
        for col in 0..l {
            let i = row * l + col;
            let right = row * l + (col + 1) % l;
            let down = ((row + 1) % l) * l + col;
            e -= coupling * ((theta[i] - theta[right]).cos() + (theta[i] - theta[down]).cos());
            e -= field * theta[i].cos();
        }
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(th: &[T], l: usize, j: f64, h: f64) -> T {
        let mut e = T::zero();
        for r in 0..l {
            for cc in 0..l {
                let i = r * l + cc;
                let a = r * l + (cc + 1) % l;
                let b = ((r + 1) % l) * l + cc;
                e = e
                    - c::<T>(j) * ((th[i] - th[a]).cos() + (th[i] - th[b]).cos())
                    - c::<T>(h) * th[i].cos();
            }
        }
        e
    }

    fn points() -> Vec<Vec<f64>> {
        (0..3)
            .map(|s| {
                (0..16)
                    .map(|k| ((k * 7 + s * 3) % 11) as f64 * 0.57 - 2.0)
                    .collect()
            })
            .collect()
    }

    #[test]
    fn value_matches() {
        for t in points() {
            assert_eq!(
                grad_xy_energy(&t, 4, 1.0, 0.3).0,
                xy_energy(&t, 4, 1.0, 0.3)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for t in points() {
            let (_, g) = grad_xy_energy(&t, 4, 1.0, 0.3);
            fd("xy", |p| xy_energy(p, 4, 1.0, 0.3), &t, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        for t in points() {
            let (_, g) = grad_xy_energy(&t, 4, 1.0, 0.3);
            let tape = Tape::new();
            let v = tape.vars(&t);
            let y = twin(&v, 4, 1.0, 0.3);
            all_close("xy tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
