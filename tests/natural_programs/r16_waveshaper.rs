//! Audio DSP: waveshaping distortion with a choice of curve, output RMS after makeup gain.
use gradus::differentiable;

pub enum Shape {
    Tanh,
    Cubic,
    Hard { threshold: f64 },
    Asym { bias: f64 },
}

#[differentiable(wrt(drive, makeup))]
pub fn shaped_rms(drive: f64, makeup: f64, shape: &Shape, input: &[f64]) -> f64 {
    let mut acc = 0.0;
    for &x in input {
        let u = drive * x;
        let y = match shape {
            Shape::Tanh => u.tanh(),
            Shape::Cubic => {
                if u.abs() >= 1.0 {
                    u.signum() * 2.0 / 3.0
                } else {
                    u - u.powi(3) / 3.0
                }
            }
            Shape::Hard { threshold } => u.clamp(-threshold, *threshold),
            Shape::Asym { bias } => (u + bias).tanh() - bias.tanh(),
        };
        acc += (makeup * y).powi(2);
    }
    (acc / input.len() as f64).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(drive: T, makeup: T, shape: &Shape, input: &[f64]) -> T {
        let mut acc = T::zero();
        for &x in input {
            let u = drive * c::<T>(x);
            let y = match shape {
                Shape::Tanh => u.tanh(),
                Shape::Cubic => {
                    if u.abs() >= T::one() {
                        u.signum() * c::<T>(2.0 / 3.0)
                    } else {
                        u - u.powi(3) / c::<T>(3.0)
                    }
                }
                Shape::Hard { threshold } => u.max(c(-threshold)).min(c(*threshold)),
                Shape::Asym { bias } => (u + c::<T>(*bias)).tanh() - c::<T>(bias.tanh()),
            };
            acc = acc + (makeup * y).powi(2);
        }
        (acc / c(input.len() as f64)).sqrt()
    }

    fn input() -> Vec<f64> {
        (0..32)
            .map(|n| 0.9 * (n as f64 * 0.37).sin() + 0.05)
            .collect()
    }

    fn shapes() -> Vec<Shape> {
        vec![
            Shape::Tanh,
            Shape::Cubic,
            Shape::Hard { threshold: 0.63 },
            Shape::Asym { bias: 0.2 },
        ]
    }

    fn points() -> Vec<[f64; 2]> {
        vec![[1.3, 0.8], [2.1, 0.5], [0.7, 1.4]]
    }

    #[test]
    fn value_matches() {
        let x = input();
        for s in shapes() {
            for [d, m] in points() {
                assert_eq!(grad_shaped_rms(d, m, &s, &x).0, shaped_rms(d, m, &s, &x));
            }
        }
    }

    #[test]
    fn finite_differences() {
        let x = input();
        for s in shapes() {
            for [d, m] in points() {
                let (_, (gd, gm)) = grad_shaped_rms(d, m, &s, &x);
                fd(
                    "waveshaper",
                    |p| shaped_rms(p[0], p[1], &s, &x),
                    &[d, m],
                    &[gd, gm],
                );
            }
        }
    }

    #[test]
    fn tape_agrees() {
        let x = input();
        for s in shapes() {
            for [d, m] in points() {
                let (_, (gd, gm)) = grad_shaped_rms(d, m, &s, &x);
                let tape = Tape::new();
                let v = tape.vars(&[d, m]);
                let y = twin(v[0], v[1], &s, &x);
                all_close("waveshaper tape", &[gd, gm], &tape.gradient(y, &v), 1e-9);
            }
        }
    }
}
