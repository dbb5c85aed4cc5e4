//! Computer vision: sub-pixel template alignment by bilinear interpolation (the inner loop
//! of Lucas–Kanade), sum of squared differences as a function of the shift.
use gradus::differentiable;

pub struct Image<'a> {
    pub data: &'a [f64],
    pub width: usize,
    pub height: usize,
}

#[differentiable(wrt(dx, dy))]
pub fn template_ssd(
    dx: f64,
    dy: f64,
    img: &Image,
    template: &[f64],
    tw: usize,
    th: usize,
    x0: f64,
    y0: f64,
) -> f64 {
    let mut ssd = 0.0;
    for r in 0..th {
        for c in 0..tw {
            let u = x0 + c as f64 + dx;
            let v = y0 + r as f64 + dy;
            let ui = u.floor() as usize;
            let vi = v.floor() as usize;
            assert!(
                ui + 1 < img.width && vi + 1 < img.height,
                "sample outside the image"
            );
            let fu = u - ui as f64;
            let fv = v - vi as f64;
            let i00 = img.data[vi * img.width + ui];
            let i01 = img.data[vi * img.width + ui + 1];
            let i10 = img.data[(vi + 1) * img.width + ui];
            let i11 = img.data[(vi + 1) * img.width + ui + 1];
            let val = (1.0 - fu) * (1.0 - fv) * i00
                + fu * (1.0 - fv) * i01
                + (1.0 - fu) * fv * i10
                + fu * fv * i11;
            let diff = val - template[r * tw + c];
            ssd += diff * diff;
        }
    }
    ssd
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(
        dx: T,
        dy: T,
        img: &Image,
        tpl: &[f64],
        tw: usize,
        th: usize,
        x0: f64,
        y0: f64,
    ) -> T {
        let mut ssd = T::zero();
        for r in 0..th {
            for col in 0..tw {
                let u = c::<T>(x0 + col as f64) + dx;
                let v = c::<T>(y0 + r as f64) + dy;
                let ui = u.floor().to_usize().unwrap();
                let vi = v.floor().to_usize().unwrap();
                let fu = u - c::<T>(ui as f64);
                let fv = v - c::<T>(vi as f64);
                let w = img.width;
                let px = |k: usize| c::<T>(img.data[k]);
                let val = (T::one() - fu) * (T::one() - fv) * px(vi * w + ui)
                    + fu * (T::one() - fv) * px(vi * w + ui + 1)
                    + (T::one() - fu) * fv * px((vi + 1) * w + ui)
                    + fu * fv * px((vi + 1) * w + ui + 1);
                let d = val - c::<T>(tpl[r * tw + col]);
                ssd = ssd + d * d;
            }
        }
        ssd
    }

    fn image() -> Vec<f64> {
        let (w, h) = (12, 10);
        (0..w * h)
            .map(|k| {
                let (x, y) = ((k % w) as f64, (k / w) as f64);
                (0.5 * x).sin() + (0.3 * y).cos() + 0.02 * x * y
            })
            .collect()
    }

    fn template() -> Vec<f64> {
        (0..16).map(|k| 0.8 + 0.1 * (k as f64).sin()).collect()
    }

    fn points() -> Vec<[f64; 2]> {
        vec![[0.3, 0.6], [0.75, 0.15], [1.4, 0.45]]
    }

    #[test]
    fn value_matches() {
        let data = image();
        let img = Image {
            data: &data,
            width: 12,
            height: 10,
        };
        let t = template();
        for [dx, dy] in points() {
            assert_eq!(
                grad_template_ssd(dx, dy, &img, &t, 4, 4, 2.0, 3.0).0,
                template_ssd(dx, dy, &img, &t, 4, 4, 2.0, 3.0)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let data = image();
        let img = Image {
            data: &data,
            width: 12,
            height: 10,
        };
        let t = template();
        for [dx, dy] in points() {
            let (_, (gx, gy)) = grad_template_ssd(dx, dy, &img, &t, 4, 4, 2.0, 3.0);
            fd(
                "bilinear",
                |p| template_ssd(p[0], p[1], &img, &t, 4, 4, 2.0, 3.0),
                &[dx, dy],
                &[gx, gy],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let data = image();
        let img = Image {
            data: &data,
            width: 12,
            height: 10,
        };
        let t = template();
        for [dx, dy] in points() {
            let (_, (gx, gy)) = grad_template_ssd(dx, dy, &img, &t, 4, 4, 2.0, 3.0);
            let tape = Tape::new();
            let v = tape.vars(&[dx, dy]);
            let y = twin(v[0], v[1], &img, &t, 4, 4, 2.0, 3.0);
            all_close("bilinear tape", &[gx, gy], &tape.gradient(y, &v), 1e-9);
        }
    }
}
