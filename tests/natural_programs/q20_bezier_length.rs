//! Graphics: arc length of a cubic Bézier by summing chords over uniform samples (used to
//! reparametrise a camera path to constant speed); control points are differentiated.
use gradus::differentiable;

#[differentiable]
pub fn bezier_length(ctrl: &[[f64; 2]; 4], samples: usize) -> f64 {
    let mut len = 0.0;
    let mut prev = ctrl[0];
    for s in 1..=samples {
        let t = s as f64 / samples as f64;
        let u = 1.0 - t;
        let b = [u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t];
        let mut p = [0.0; 2];
        for (w, c) in b.iter().zip(ctrl.iter()) {
            p[0] += w * c[0];
            p[1] += w * c[1];
        }
        len += (p[0] - prev[0]).hypot(p[1] - prev[1]);
        prev = p;
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(c: &[T], samples: usize) -> T {
        let mut len = T::zero();
        let (mut px, mut py) = (c[0], c[1]);
        for s in 1..=samples {
            let t = s as f64 / samples as f64;
            let u = 1.0 - t;
            let b = [u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t];
            let (mut x, mut y) = (T::zero(), T::zero());
            for i in 0..4 {
                x = x + k::<T>(b[i]) * c[2 * i];
                y = y + k::<T>(b[i]) * c[2 * i + 1];
            }
            len = len + (x - px).hypot(y - py);
            px = x;
            py = y;
        }
        len
    }

    fn to_arr(p: &[f64]) -> [[f64; 2]; 4] {
        [[p[0], p[1]], [p[2], p[3]], [p[4], p[5]], [p[6], p[7]]]
    }
    const PTS: [[f64; 8]; 3] = [
        [0.0, 0.0, 1.0, 2.0, 3.0, 2.0, 4.0, 0.0],
        [0.0, 0.0, 0.5, -1.0, 1.5, 3.0, 2.0, 1.0],
        [-1.0, 1.0, 2.0, 1.5, -0.5, -2.0, 3.0, -1.0],
    ];

    #[test]
    fn value_matches() {
        for p in PTS {
            assert_eq!(
                grad_bezier_length(&to_arr(&p), 24).0,
                bezier_length(&to_arr(&p), 24)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for p in PTS {
            let (_, g) = grad_bezier_length(&to_arr(&p), 24);
            fd("bezier", |q| bezier_length(&to_arr(q), 24), &p, &flat(&g));
        }
    }
    #[test]
    fn tape_agrees() {
        for p in PTS {
            let (_, g) = grad_bezier_length(&to_arr(&p), 24);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v, 24);
            same("bezier tape", &flat(&g), &tape.gradient(y, &v), 1e-9);
        }
    }
}
