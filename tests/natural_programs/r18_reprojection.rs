//! Computer vision: bundle-adjustment style reprojection error of one camera (axis-angle
//! rotation + translation) with a Huber loss on the pixel residual norm.
use gradus::differentiable;

pub struct Intrinsics {
    pub fx: f64,
    pub fy: f64,
    pub cx: f64,
    pub cy: f64,
}

#[differentiable(wrt(pose))]
pub fn reprojection_huber(
    pose: &[f64; 6],
    k: &Intrinsics,
    points: &[[f64; 3]],
    obs: &[[f64; 2]],
    delta: f64,
) -> f64 {
    let (rx, ry, rz) = (pose[0], pose[1], pose[2]);
    let theta = (rx * rx + ry * ry + rz * rz).sqrt();
    let (kx, ky, kz) = (rx / theta, ry / theta, rz / theta);
    let (s, c) = theta.sin_cos();
    let mut total = 0.0;
    for (p, o) in points.iter().zip(obs.iter()) {
        // Rodrigues: p cos θ + (k × p) sin θ + k (k · p)(1 − cos θ)
        let kdotp = kx * p[0] + ky * p[1] + kz * p[2];
        let cross = [
            ky * p[2] - kz * p[1],
            kz * p[0] - kx * p[2],
            kx * p[1] - ky * p[0],
        ];
        let axis = [kx, ky, kz];
        let mut pc = [0.0; 3];
        for a in 0..3 {
            pc[a] = p[a] * c + cross[a] * s + axis[a] * kdotp * (1.0 - c);
        }
        pc[0] += pose[3];
        pc[1] += pose[4];
        pc[2] += pose[5];
        let u = k.fx * pc[0] / pc[2] + k.cx;
        let v = k.fy * pc[1] / pc[2] + k.cy;
        let r = (u - o[0]).hypot(v - o[1]);
        total += if r <= delta {
            0.5 * r * r
        } else {
            delta * (r - 0.5 * delta)
        };
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(
        pose: &[T],
        k: &Intrinsics,
        pts: &[[f64; 3]],
        obs: &[[f64; 2]],
        delta: f64,
    ) -> T {
        let theta = (pose[0] * pose[0] + pose[1] * pose[1] + pose[2] * pose[2]).sqrt();
        let ax = [pose[0] / theta, pose[1] / theta, pose[2] / theta];
        let (s, co) = (theta.sin(), theta.cos());
        let mut total = T::zero();
        for (p, o) in pts.iter().zip(obs) {
            let p: Vec<T> = p.iter().map(|&v| c::<T>(v)).collect();
            let kd = ax[0] * p[0] + ax[1] * p[1] + ax[2] * p[2];
            let cr = [
                ax[1] * p[2] - ax[2] * p[1],
                ax[2] * p[0] - ax[0] * p[2],
                ax[0] * p[1] - ax[1] * p[0],
            ];
            let mut pc = [T::zero(); 3];
            for a in 0..3 {
                pc[a] = p[a] * co + cr[a] * s + ax[a] * kd * (T::one() - co) + pose[3 + a];
            }
            let u = c::<T>(k.fx) * pc[0] / pc[2] + c::<T>(k.cx);
            let v = c::<T>(k.fy) * pc[1] / pc[2] + c::<T>(k.cy);
            let r = (u - c::<T>(o[0])).hypot(v - c::<T>(o[1]));
            let d = c::<T>(delta);
            total = total
                + if r <= d {
                    c::<T>(0.5) * r * r
                } else {
                    d * (r - c::<T>(0.5) * d)
                };
        }
        total
    }

    const K: Intrinsics = Intrinsics {
        fx: 500.0,
        fy: 480.0,
        cx: 320.0,
        cy: 240.0,
    };
    const PTS: [[f64; 3]; 5] = [
        [0.1, 0.2, 4.0],
        [-0.5, 0.3, 5.0],
        [0.7, -0.4, 6.0],
        [0.0, 0.0, 3.5],
        [-0.2, -0.6, 4.5],
    ];
    const OBS: [[f64; 2]; 5] = [
        [335.0, 262.0],
        [268.0, 270.0],
        [380.0, 205.0],
        [322.0, 238.0],
        [300.0, 175.0],
    ];

    fn points() -> Vec<[f64; 6]> {
        vec![
            [0.02, -0.01, 0.03, 0.05, -0.02, 0.1],
            [0.1, 0.05, -0.08, -0.1, 0.05, 0.0],
            [-0.05, 0.12, 0.02, 0.0, 0.1, -0.2],
        ]
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(
                grad_reprojection_huber(&p, &K, &PTS, &OBS, 5.0).0,
                reprojection_huber(&p, &K, &PTS, &OBS, 5.0)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, g) = grad_reprojection_huber(&p, &K, &PTS, &OBS, 5.0);
            fd(
                "reprojection",
                |x| reprojection_huber(&[x[0], x[1], x[2], x[3], x[4], x[5]], &K, &PTS, &OBS, 5.0),
                &p,
                &g,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, g) = grad_reprojection_huber(&p, &K, &PTS, &OBS, 5.0);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v, &K, &PTS, &OBS, 5.0);
            all_close("reprojection tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
