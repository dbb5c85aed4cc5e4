//! Audio DSP: static gain computer of a soft-knee compressor (Giannoulis et al.), applied
//! sample by sample; output RMS level, in f32.
use gradus::differentiable;

#[differentiable(wrt(threshold_db, ratio, knee_db))]
pub fn compressed_rms(threshold_db: f32, ratio: f32, knee_db: f32, input: &[f32]) -> f32 {
    let mut out_energy = 0.0f32;
    for &x in input {
        let level_db = 20.0 * x.abs().max(1e-6).log10();
        let over = level_db - threshold_db;
        let gain_db = if 2.0 * over < -knee_db {
            0.0
        } else if 2.0 * over.abs() <= knee_db {
            (1.0 / ratio - 1.0) * (over + knee_db / 2.0).powi(2) / (2.0 * knee_db)
        } else {
            (1.0 / ratio - 1.0) * over
        };
        let g = 10f32.powf(gain_db / 20.0);
        out_energy += (g * x).powi(2);
    }
    (out_energy / input.len() as f32).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(th: T, ratio: T, knee: T, input: &[f32]) -> T {
        let k = |v: f32| T::from(v).unwrap();
        let mut e = T::zero();
        for &x in input {
            let level = k(20.0) * k(x.abs().max(1e-6)).log10();
            let over = level - th;
            let gain = if k(2.0) * over < -knee {
                T::zero()
            } else if k(2.0) * over.abs() <= knee {
                (T::one() / ratio - T::one()) * (over + knee / k(2.0)).powi(2) / (k(2.0) * knee)
            } else {
                (T::one() / ratio - T::one()) * over
            };
            let g = k(10.0).powf(gain / k(20.0));
            e = e + (g * k(x)).powi(2);
        }
        (e / k(input.len() as f32)).sqrt()
    }

    fn input() -> Vec<f32> {
        (0..48)
            .map(|n| (0.05 + 0.02 * n as f32) * (n as f32 * 0.9).sin())
            .collect()
    }

    fn points() -> Vec<[f32; 3]> {
        vec![[-12.0, 4.0, 6.0], [-20.0, 2.5, 10.0], [-8.0, 8.0, 3.0]]
    }

    #[test]
    fn value_matches() {
        let x = input();
        for [t, r, k] in points() {
            assert_eq!(
                grad_compressed_rms(t, r, k, &x).0,
                compressed_rms(t, r, k, &x)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let x = input();
        for [t, r, k] in points() {
            let (_, (gt, gr, gk)) = grad_compressed_rms(t, r, k, &x);
            fd32(
                "compressor",
                |p| compressed_rms(p[0], p[1], p[2], &x),
                &[t, r, k],
                &[gt, gr, gk],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let x = input();
        for [t, r, k] in points() {
            let (_, (gt, gr, gk)) = grad_compressed_rms(t, r, k, &x);
            let tape = Tape::<f32>::default();
            let v = tape.vars(&[t, r, k]);
            let y = twin(v[0], v[1], v[2], &x);
            all_close(
                "compressor tape",
                &[gt, gr, gk],
                &tape.gradient(y, &v),
                1e-5,
            );
        }
    }
}
