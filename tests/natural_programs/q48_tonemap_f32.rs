//! Graphics (f32): exposure and white point of an extended-Reinhard tone mapper fitted so
//! that sRGB-encoded luminance of HDR pixels matches an LDR reference (L1 error).
use gradus::differentiable;

const LUMA: [f32; 3] = [0.2126, 0.7152, 0.0722];

#[differentiable]
pub fn srgb_encode(c: f32) -> f32 {
    if c <= 0.0031308 {
        12.92 * c
    } else {
        1.055 * c.powf(1.0 / 2.4) - 0.055
    }
}

#[differentiable(wrt(exposure, white))]
pub fn tonemap_error(exposure: f32, white: f32, hdr: &[[f32; 3]], reference: &[f32]) -> f32 {
    let mut err = 0.0f32;
    for (px, &want) in hdr.iter().zip(reference) {
        let lum: f32 = px.iter().zip(LUMA.iter()).map(|(c, w)| c * w).sum::<f32>() * exposure;
        let mapped = lum * (1.0 + lum / (white * white)) / (1.0 + lum);
        let out = srgb_encode(mapped.min(1.0));
        err += (out - want).abs();
    }
    err / reference.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(ex: T, wh: T, hdr: &[[f32; 3]], refr: &[f32]) -> T {
        let mut err = T::zero();
        for (px, &want) in hdr.iter().zip(refr) {
            let l0: f32 = px[0] * LUMA[0] + px[1] * LUMA[1] + px[2] * LUMA[2];
            let lum = k::<T>(l0 as f64) * ex;
            let m = (lum * (T::one() + lum / (wh * wh)) / (T::one() + lum)).min(T::one());
            let out = if m <= k(0.0031308) {
                k::<T>(12.92) * m
            } else {
                k::<T>(1.055) * m.powf(k::<T>(1.0) / k(2.4)) - k(0.055)
            };
            err = err + (out - k(want as f64)).abs();
        }
        err / k(refr.len() as f64)
    }

    const HDR: [[f32; 3]; 5] = [
        [0.1, 0.2, 0.05],
        [1.5, 1.2, 0.9],
        [4.0, 3.0, 2.0],
        [0.01, 0.02, 0.03],
        [0.6, 0.4, 0.7],
    ];
    const REF: [f32; 5] = [0.3, 0.8, 0.95, 0.02, 0.6];
    const PTS: [[f32; 2]; 3] = [[1.0, 2.0], [0.6, 3.5], [1.4, 1.8]];

    #[test]
    fn value_matches() {
        for [e, w] in PTS {
            assert_eq!(
                grad_tonemap_error(e, w, &HDR, &REF).0,
                tonemap_error(e, w, &HDR, &REF)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for [e, w] in PTS {
            let (_, (ge, gw)) = grad_tonemap_error(e, w, &HDR, &REF);
            fd32(
                "tonemap",
                |p| tonemap_error(p[0], p[1], &HDR, &REF),
                &[e, w],
                &[ge, gw],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for [e, w] in PTS {
            let (_, (ge, gw)) = grad_tonemap_error(e, w, &HDR, &REF);
            let tape = Tape::<f32>::default();
            let v = tape.vars(&[e, w]);
            let y = twin(v[0], v[1], &HDR, &REF);
            same("tonemap tape", &[ge, gw], &tape.gradient(y, &v), 1e-5);
        }
    }
}
