//! Polynomial c0 + c1 x + ... + cn x^n evaluated by Horner's rule with a fold.
use gradus::differentiable;

#[differentiable]
pub fn horner(coeffs: &[f64], x: f64) -> f64 {
    coeffs.iter().rev().fold(0.0, |acc, &c| acc * x + c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(coeffs: &[T], x: T) -> T {
        coeffs.iter().rev().fold(T::zero(), |acc, &co| acc * x + co)
    }

    fn points() -> Vec<(Vec<f64>, f64)> {
        vec![
            (vec![1.0, -2.0, 0.5, 3.0], 0.7),
            (vec![0.3, 0.0, 1.0, -1.0, 0.25], -1.4),
            (vec![2.0], 5.0),
        ]
    }

    #[test]
    fn value_matches() {
        for (cs, x) in points() {
            assert_eq!(grad_horner(&cs, x).0, horner(&cs, x));
        }
    }

    #[test]
    fn finite_differences() {
        for (cs, x) in points() {
            let (_, (gc, gx)) = grad_horner(&cs, x);
            let n = cs.len();
            let mut p = cs.clone();
            p.push(x);
            fd(
                "horner",
                |q| horner(&q[..n], q[n]),
                &p,
                &[gc, vec![gx]].concat(),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for (cs, x) in points() {
            let (_, (gc, gx)) = grad_horner(&cs, x);
            let n = cs.len();
            let tape = Tape::new();
            let mut p = cs.clone();
            p.push(x);
            let v = tape.vars(&p);
            let y = twin(&v[..n], v[n]);
            all_close(
                "horner tape",
                &[gc, vec![gx]].concat(),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
