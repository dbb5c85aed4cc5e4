//! Audio DSP (f32): virtual-analog model of a guitar pedal stage, a one-pole low-pass
//! followed by a normalised tanh soft clipper; cutoff (kHz) and drive are fitted so the model
//! matches a recorded output.
use gradus::differentiable;

const SAMPLE_RATE: f32 = 48_000.0;

#[differentiable(wrt(cutoff_khz, drive))]
pub fn filter_fit(cutoff_khz: f32, drive: f32, input: &[f32], recorded: &[f32]) -> f32 {
    let g = 1.0 - (-2.0 * std::f32::consts::PI * cutoff_khz * 1000.0 / SAMPLE_RATE).exp();
    let mut state = 0.0f32;
    let mut err = 0.0f32;
    for (x, r) in input.iter().zip(recorded.iter()) {
        state += g * (x - state);
        let y = (drive * state).tanh() / drive.tanh();
        err += (y - r) * (y - r);
    }
    err / input.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(fc: T, drive: T, input: &[f32], rec: &[f32]) -> T {
        let g = T::one()
            - (k::<T>(-2.0 * std::f64::consts::PI * 1000.0 / SAMPLE_RATE as f64) * fc).exp();
        let mut s = T::zero();
        let mut e = T::zero();
        for (&x, &r) in input.iter().zip(rec) {
            s = s + g * (k::<T>(x as f64) - s);
            let y = (drive * s).tanh() / drive.tanh();
            e = e + (y - k(r as f64)) * (y - k(r as f64));
        }
        e / k(input.len() as f64)
    }

    fn signal() -> (Vec<f32>, Vec<f32>) {
        let x: Vec<f32> = (0..64)
            .map(|i| (i as f32 * 0.37).sin() + 0.3 * (i as f32 * 1.9).sin())
            .collect();
        let r: Vec<f32> = x.iter().map(|v| (0.8 * v).tanh() * 0.9).collect();
        (x, r)
    }
    const PTS: [[f32; 2]; 3] = [[2.0, 1.5], [5.0, 3.0], [0.8, 0.7]];

    #[test]
    fn value_matches() {
        let (x, r) = signal();
        for [c, d] in PTS {
            assert_eq!(grad_filter_fit(c, d, &x, &r).0, filter_fit(c, d, &x, &r));
        }
    }
    #[test]
    fn finite_differences() {
        let (x, r) = signal();
        for [c, d] in PTS {
            let (_, (gc, gd)) = grad_filter_fit(c, d, &x, &r);
            fd32(
                "filter",
                |p| filter_fit(p[0], p[1], &x, &r),
                &[c, d],
                &[gc, gd],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        let (x, r) = signal();
        for [c, d] in PTS {
            let (_, (gc, gd)) = grad_filter_fit(c, d, &x, &r);
            let tape = Tape::<f32>::default();
            let v = tape.vars(&[c, d]);
            let y = twin(v[0], v[1], &x, &r);
            same("filter tape", &[gc, gd], &tape.gradient(y, &v), 1e-5);
        }
    }
}
