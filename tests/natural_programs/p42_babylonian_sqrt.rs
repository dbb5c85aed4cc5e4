//! Square root by the Babylonian (Newton) iteration, run until converged.
use gradus::differentiable;

#[differentiable]
pub fn babylonian_sqrt(a: f64) -> f64 {
    let mut g = if a > 1.0 { a } else { 1.0 };
    let mut iterations = 0;
    while (g * g - a).abs() > 1e-12 * a && iterations < 100 {
        g = 0.5 * (g + a / g);
        iterations += 1;
    }
    g
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(a: T) -> T {
        let mut g = if a > T::one() { a } else { T::one() };
        let mut iterations = 0;
        while (g * g - a).abs() > c::<T>(1e-12) * a && iterations < 100 {
            g = c::<T>(0.5) * (g + a / g);
            iterations += 1;
        }
        g
    }

    const POINTS: [f64; 4] = [0.3, 2.0, 10.0, 12345.0];

    #[test]
    fn value_matches() {
        for a in POINTS {
            assert_eq!(grad_babylonian_sqrt(a).0, babylonian_sqrt(a));
        }
    }

    #[test]
    fn finite_differences() {
        for a in POINTS {
            let (_, g) = grad_babylonian_sqrt(a);
            fd("babylonian", |p| babylonian_sqrt(p[0]), &[a], &[g]);
        }
    }

    #[test]
    fn tape_agrees() {
        for a in POINTS {
            let (_, g) = grad_babylonian_sqrt(a);
            let tape = Tape::new();
            let v = tape.var(a);
            let y = twin(v);
            all_close("babylonian tape", &[g], &tape.gradient(y, &[v]), 1e-9);
        }
    }
}
