//! Computer vision: focal length and depth-offset calibration, written with associated
//! functions of a unit struct, called through `Self::` and `Type::`.
use gradus::differentiable;

pub struct Pinhole;

impl Pinhole {
    #[differentiable]
    pub fn project_x(f: f64, x: f64, z: f64) -> f64 {
        f * x / z
    }

    #[differentiable(wrt(focal, depth_offset))]
    pub fn calibration_loss(
        focal: f64,
        depth_offset: f64,
        xs: &[f64],
        zs: &[f64],
        us: &[f64],
    ) -> f64 {
        let mut s = 0.0;
        for k in 0..xs.len() {
            let u = Self::project_x(focal, xs[k], zs[k] + depth_offset);
            s += (u - us[k]).powi(2);
        }
        s
    }
}

#[differentiable(wrt(focal, depth_offset))]
pub fn regularized_calibration(
    focal: f64,
    depth_offset: f64,
    xs: &[f64],
    zs: &[f64],
    us: &[f64],
    prior_focal: f64,
) -> f64 {
    Pinhole::calibration_loss(focal, depth_offset, xs, zs, us)
        + 1e-3 * (focal - prior_focal).powi(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(f: T, dz: T, xs: &[f64], zs: &[f64], us: &[f64], prior: f64) -> T {
        let mut s = T::zero();
        for k in 0..xs.len() {
            let u = f * c::<T>(xs[k]) / (c::<T>(zs[k]) + dz);
            s = s + (u - c::<T>(us[k])).powi(2);
        }
        s + c::<T>(1e-3) * (f - c::<T>(prior)).powi(2)
    }

    const XS: [f64; 5] = [0.1, -0.3, 0.5, 0.8, -0.6];
    const ZS: [f64; 5] = [2.0, 3.0, 4.0, 2.5, 5.0];
    const US: [f64; 5] = [24.0, -48.0, 62.0, 150.0, -60.0];

    fn points() -> Vec<[f64; 2]> {
        vec![[500.0, 0.1], [450.0, -0.2], [520.0, 0.3]]
    }

    #[test]
    fn value_matches() {
        for [f, d] in points() {
            assert_eq!(
                grad_regularized_calibration(f, d, &XS, &ZS, &US, 480.0).0,
                regularized_calibration(f, d, &XS, &ZS, &US, 480.0)
            );
            assert_eq!(
                Pinhole::grad_calibration_loss(f, d, &XS, &ZS, &US).0,
                Pinhole::calibration_loss(f, d, &XS, &ZS, &US)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [f, d] in points() {
            let (_, (gf, gd)) = grad_regularized_calibration(f, d, &XS, &ZS, &US, 480.0);
            fd(
                "pinhole",
                |p| regularized_calibration(p[0], p[1], &XS, &ZS, &US, 480.0),
                &[f, d],
                &[gf, gd],
            );
            let (_, (a, b, cz)) = Pinhole::grad_project_x(f, 0.4, 3.0 + d);
            fd(
                "project",
                |p| Pinhole::project_x(p[0], p[1], p[2]),
                &[f, 0.4, 3.0 + d],
                &[a, b, cz],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [f, d] in points() {
            let (_, (gf, gd)) = grad_regularized_calibration(f, d, &XS, &ZS, &US, 480.0);
            let tape = Tape::new();
            let v = tape.vars(&[f, d]);
            let y = twin(v[0], v[1], &XS, &ZS, &US, 480.0);
            all_close("pinhole tape", &[gf, gd], &tape.gradient(y, &v), 1e-9);
        }
    }
}
