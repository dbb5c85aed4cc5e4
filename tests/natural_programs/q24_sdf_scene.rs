//! Game dev: signed distance to a small scene of primitives blended with the polynomial
//! smooth-min (Quilez); the gradient with respect to the query point is the surface normal
//! used by the ray marcher and the character controller.
use gradus::differentiable;

#[derive(Clone, Copy)]
pub enum Prim {
    Sphere { r: f64 },
    Box { half: [f64; 3] },
    Plane { h: f64 },
}

#[differentiable(wrt(p))]
pub fn scene_sdf(p: [f64; 3], prims: &[Prim], centers: &[[f64; 3]], k: f64) -> f64 {
    let mut d = 1e9;
    for (prim, c) in prims.iter().zip(centers) {
        let q = [p[0] - c[0], p[1] - c[1], p[2] - c[2]];
        let di = match prim {
            Prim::Sphere { r } => (q[0] * q[0] + q[1] * q[1] + q[2] * q[2]).sqrt() - r,
            Prim::Box { half } => {
                let dx = q[0].abs() - half[0];
                let dy = q[1].abs() - half[1];
                let dz = q[2].abs() - half[2];
                let (ox, oy, oz) = (dx.max(0.0), dy.max(0.0), dz.max(0.0));
                (ox * ox + oy * oy + oz * oz).sqrt() + dx.max(dy.max(dz)).min(0.0)
            }
            Prim::Plane { h } => q[1] - h,
        };
        let hh = (0.5 + 0.5 * (di - d) / k).clamp(0.0, 1.0);
        d = di + (d - di) * hh - k * hh * (1.0 - hh);
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::{fd, same};
    use gradus::{Float, Tape};

    fn c<T: Float>(v: f64) -> T {
        T::from(v).unwrap()
    }
    fn twin<T: Float>(p: &[T], prims: &[Prim], centers: &[[f64; 3]], kk: f64) -> T {
        let z = T::zero();
        let mut d = c::<T>(1e9);
        for (prim, ctr) in prims.iter().zip(centers) {
            let q: Vec<T> = (0..3).map(|i| p[i] - c(ctr[i])).collect();
            let di = match *prim {
                Prim::Sphere { r } => (q[0] * q[0] + q[1] * q[1] + q[2] * q[2]).sqrt() - c(r),
                Prim::Box { half } => {
                    let dd: Vec<T> = (0..3).map(|i| q[i].abs() - c(half[i])).collect();
                    let o: Vec<T> = dd.iter().map(|v| v.max(z)).collect();
                    (o[0] * o[0] + o[1] * o[1] + o[2] * o[2]).sqrt()
                        + dd[0].max(dd[1].max(dd[2])).min(z)
                }
                Prim::Plane { h } => q[1] - c(h),
            };
            let hh = (c::<T>(0.5) + c::<T>(0.5) * (di - d) / c(kk))
                .max(z)
                .min(T::one());
            d = di + (d - di) * hh - c::<T>(kk) * hh * (T::one() - hh);
        }
        d
    }

    const PRIMS: [Prim; 3] = [
        Prim::Sphere { r: 1.0 },
        Prim::Box {
            half: [0.5, 0.8, 0.5],
        },
        Prim::Plane { h: -1.0 },
    ];
    const CENTERS: [[f64; 3]; 3] = [[0.0, 0.0, 0.0], [1.6, 0.0, 0.3], [0.0, 0.0, 0.0]];
    const PTS: [[f64; 3]; 4] = [
        [0.5, 1.5, 0.2],
        [2.5, 1.2, 0.9],
        [0.9, -0.5, 0.1],
        [-1.2, -0.3, -0.8],
    ];

    #[test]
    fn value_matches() {
        for p in PTS {
            assert_eq!(
                grad_scene_sdf(p, &PRIMS, &CENTERS, 0.3).0,
                scene_sdf(p, &PRIMS, &CENTERS, 0.3)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for p in PTS {
            let (_, g) = grad_scene_sdf(p, &PRIMS, &CENTERS, 0.3);
            fd(
                "sdf",
                |q| scene_sdf([q[0], q[1], q[2]], &PRIMS, &CENTERS, 0.3),
                &p,
                &g,
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for p in PTS {
            let (_, g) = grad_scene_sdf(p, &PRIMS, &CENTERS, 0.3);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v, &PRIMS, &CENTERS, 0.3);
            same("sdf tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
