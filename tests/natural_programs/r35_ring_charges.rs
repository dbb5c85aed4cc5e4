//! Electrostatics: potential at a probe from point charges spaced on a ring, angles given
//! in degrees, plus a small angular term (a toy "alignment" penalty).
use gradus::differentiable;

#[differentiable(wrt(charges, probe_x, probe_y))]
pub fn ring_potential(
    charges: &[f64],
    radius: f64,
    probe_x: f64,
    probe_y: f64,
    offset_deg: f64,
) -> f64 {
    let n = charges.len();
    let mut phi = 0.0;
    for (k, q) in charges.iter().enumerate() {
        let angle = (offset_deg + 360.0 * k as f64 / n as f64).to_radians();
        let (s, c) = angle.sin_cos();
        let r = (probe_x - radius * c).hypot(probe_y - radius * s);
        phi += q / r;
    }
    phi + 0.01 * probe_y.atan2(probe_x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(q: &[T], radius: f64, px: T, py: T, off: f64) -> T {
        let n = q.len();
        let mut phi = T::zero();
        for k in 0..n {
            let ang = (off + 360.0 * k as f64 / n as f64).to_radians();
            let dx = px - c::<T>(radius * ang.cos());
            let dy = py - c::<T>(radius * ang.sin());
            phi = phi + q[k] / (dx * dx + dy * dy).sqrt();
        }
        phi + c::<T>(0.01) * py.atan2(px)
    }

    fn points() -> Vec<(Vec<f64>, f64, f64)> {
        vec![
            (vec![1.0, -0.5, 0.3, 0.8, -1.2], 0.4, 0.3),
            (vec![0.2, 0.2, 0.2, -0.7, 1.5], -1.3, 2.1),
            (vec![-1.0, 0.9, 0.4, 0.0, 0.6], 2.5, -0.8),
        ]
    }

    #[test]
    fn value_matches() {
        for (q, x, y) in points() {
            assert_eq!(
                grad_ring_potential(&q, 1.5, x, y, 15.0).0,
                ring_potential(&q, 1.5, x, y, 15.0)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for (q, x, y) in points() {
            let (_, (gq, gx, gy)) = grad_ring_potential(&q, 1.5, x, y, 15.0);
            fd(
                "ring",
                |p| ring_potential(&p[..5], 1.5, p[5], p[6], 15.0),
                &cat(&[&q, &[x, y]]),
                &cat(&[&gq, &[gx, gy]]),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for (q, x, y) in points() {
            let (_, (gq, gx, gy)) = grad_ring_potential(&q, 1.5, x, y, 15.0);
            let tape = Tape::new();
            let v = tape.vars(&cat(&[&q, &[x, y]]));
            let out = twin(&v[..5], 1.5, v[5], v[6], 15.0);
            all_close(
                "ring tape",
                &cat(&[&gq, &[gx, gy]]),
                &tape.gradient(out, &v),
                1e-9,
            );
        }
    }
}
