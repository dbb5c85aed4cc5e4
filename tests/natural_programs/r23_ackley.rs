//! Optimisation benchmarks: Ackley's function in d dimensions.
use gradus::differentiable;
use std::f64::consts::{E, PI};

#[differentiable]
pub fn ackley(x: &[f64]) -> f64 {
    let d = x.len() as f64;
    let sum_sq: f64 = x.iter().map(|v| v * v).sum();
    let sum_cos: f64 = x.iter().map(|v| (2.0 * PI * v).cos()).sum();
    -20.0 * (-0.2 * (sum_sq / d).sqrt()).exp() - (sum_cos / d).exp() + 20.0 + E
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(x: &[T]) -> T {
        let d = c::<T>(x.len() as f64);
        let mut sq = T::zero();
        let mut cs = T::zero();
        for &v in x {
            sq = sq + v * v;
            cs = cs + (c::<T>(2.0 * PI) * v).cos();
        }
        c::<T>(-20.0) * (c::<T>(-0.2) * (sq / d).sqrt()).exp() - (cs / d).exp() + c::<T>(20.0 + E)
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.5, -0.3],
            vec![1.2, 2.5, -0.7],
            vec![-2.0, 0.1, 0.4, 3.3],
        ]
    }

    #[test]
    fn value_matches() {
        for x in points() {
            assert_eq!(grad_ackley(&x).0, ackley(&x));
        }
    }

    #[test]
    fn finite_differences() {
        for x in points() {
            fd("ackley", ackley, &x, &grad_ackley(&x).1);
        }
    }

    #[test]
    fn tape_agrees() {
        for x in points() {
            let tape = Tape::new();
            let v = tape.vars(&x);
            let y = twin(&v);
            all_close(
                "ackley tape",
                &grad_ackley(&x).1,
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
