//! Audio DSP: RBJ-cookbook biquad low-pass in direct form I, mean output power, in f32.
use gradus::differentiable;
use std::f32::consts::PI;

#[differentiable(wrt(cutoff_hz, q))]
pub fn lowpass_power(cutoff_hz: f32, q: f32, sample_rate: f32, input: &[f32]) -> f32 {
    let w0 = 2.0 * PI * cutoff_hz / sample_rate;
    let (sin_w0, cos_w0) = w0.sin_cos();
    let alpha = sin_w0 / (2.0 * q);
    let a0 = 1.0 + alpha;
    let b0 = (1.0 - cos_w0) / 2.0 / a0;
    let b1 = (1.0 - cos_w0) / a0;
    let b2 = b0;
    let a1 = -2.0 * cos_w0 / a0;
    let a2 = (1.0 - alpha) / a0;
    let (mut x1, mut x2, mut y1, mut y2) = (0.0f32, 0.0f32, 0.0f32, 0.0f32);
    let mut energy = 0.0;
    for &x0 in input {
        let y0 = b0 * x0 + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x0;
        y2 = y1;
        y1 = y0;
        energy += y0 * y0;
    }
    energy / input.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(fc: T, q: T, sr: f32, input: &[f32]) -> T {
        let k = |v: f32| T::from(v).unwrap();
        let w0 = k(2.0 * PI) * fc / k(sr);
        let (s, co) = (w0.sin(), w0.cos());
        let alpha = s / (k(2.0) * q);
        let a0 = T::one() + alpha;
        let b0 = (T::one() - co) / k(2.0) / a0;
        let b1 = (T::one() - co) / a0;
        let a1 = k(-2.0) * co / a0;
        let a2 = (T::one() - alpha) / a0;
        let (mut x1, mut x2, mut y1, mut y2) = (T::zero(), T::zero(), T::zero(), T::zero());
        let mut e = T::zero();
        for &x0 in input {
            let x0 = k(x0);
            let y0 = b0 * x0 + b1 * x1 + b0 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x0;
            y2 = y1;
            y1 = y0;
            e = e + y0 * y0;
        }
        e / k(input.len() as f32)
    }

    fn signal() -> Vec<f32> {
        (0..64)
            .map(|n| {
                let t = n as f32 / 8000.0;
                (2.0 * PI * 300.0 * t).sin() + 0.5 * (2.0 * PI * 2500.0 * t).sin()
            })
            .collect()
    }

    fn points() -> Vec<[f32; 2]> {
        vec![[1000.0, 0.707], [600.0, 1.2], [1800.0, 0.5]]
    }

    #[test]
    fn value_matches() {
        let x = signal();
        for [fc, q] in points() {
            assert_eq!(
                grad_lowpass_power(fc, q, 8000.0, &x).0,
                lowpass_power(fc, q, 8000.0, &x)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let x = signal();
        for [fc, q] in points() {
            let (_, (gf, gq)) = grad_lowpass_power(fc, q, 8000.0, &x);
            // f32: the cutoff is in the hundreds of Hz; the default step (scaled by |x|)
            // suits it; q is checked separately with the default step as well.
            fd32(
                "biquad fc",
                |p| lowpass_power(p[0], q, 8000.0, &x),
                &[fc],
                &[gf],
            );
            fd32(
                "biquad q",
                |p| lowpass_power(fc, p[0], 8000.0, &x),
                &[q],
                &[gq],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let x = signal();
        for [fc, q] in points() {
            let (_, (gf, gq)) = grad_lowpass_power(fc, q, 8000.0, &x);
            let tape = Tape::<f32>::default();
            let v = tape.vars(&[fc, q]);
            let y = twin(v[0], v[1], 8000.0, &x);
            all_close("biquad tape", &[gf, gq], &tape.gradient(y, &v), 1e-5);
        }
    }
}
