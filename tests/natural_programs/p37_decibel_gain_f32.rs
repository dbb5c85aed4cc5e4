//! f32 audio: a gain of `octaves` doublings applied to a signal of given power,
//! expressed in decibels and limited to ±60 dB.
use gradus::differentiable;

#[differentiable]
pub fn decibel_gain_f32(octaves: f32, power: f32) -> f32 {
    let amplitude = 2.0_f32.powf(octaves);
    let db = 10.0 * (amplitude * amplitude * power).log(10.0);
    db.clamp(-60.0, 60.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(octaves: T, power: T) -> T {
        let f = |v: f32| T::from(v).unwrap();
        let amplitude = f(2.0).powf(octaves);
        let db = f(10.0) * (amplitude * amplitude * power).log(f(10.0));
        db.clamp(f(-60.0), f(60.0))
    }

    fn points() -> Vec<[f32; 2]> {
        vec![[0.5, 2.0], [-1.5, 0.3], [3.0, 10.0]]
    }

    #[test]
    fn value_matches() {
        for [o, p] in points() {
            assert_eq!(grad_decibel_gain_f32(o, p).0, decibel_gain_f32(o, p));
        }
    }

    #[test]
    fn finite_differences() {
        for [o, p] in points() {
            let (_, (go, gp)) = grad_decibel_gain_f32(o, p);
            fd32(
                "decibel_f32",
                |q| decibel_gain_f32(q[0], q[1]),
                &[o, p],
                &[go, gp],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [o, p] in points() {
            let (_, (go, gp)) = grad_decibel_gain_f32(o, p);
            let tape = Tape::<f32>::default();
            let v = tape.vars(&[o, p]);
            let y = twin(v[0], v[1]);
            all_close("decibel_f32 tape", &[go, gp], &tape.gradient(y, &v), 1e-5);
        }
    }
}
