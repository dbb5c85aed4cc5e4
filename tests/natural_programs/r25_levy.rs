//! Optimisation benchmarks: the Levy function, with w_i = 1 + (x_i − 1)/4 collected first.
use gradus::differentiable;
use std::f64::consts::PI;

#[differentiable]
pub fn levy(x: &[f64]) -> f64 {
    let w: Vec<f64> = x.iter().map(|xi| 1.0 + (xi - 1.0) / 4.0).collect();
    let n = w.len();
    let head = (PI * w[0]).sin().powi(2);
    let mid: f64 = w[..n - 1]
        .iter()
        .map(|wi| (wi - 1.0).powi(2) * (1.0 + 10.0 * (PI * wi + 1.0).sin().powi(2)))
        .sum();
    let tail = (w[n - 1] - 1.0).powi(2) * (1.0 + (2.0 * PI * w[n - 1]).sin().powi(2));
    head + mid + tail
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(x: &[T]) -> T {
        let pi = c::<T>(PI);
        let w: Vec<T> = x
            .iter()
            .map(|&xi| T::one() + (xi - T::one()) / c::<T>(4.0))
            .collect();
        let n = w.len();
        let mut f = (pi * w[0]).sin().powi(2);
        for i in 0..n - 1 {
            f = f
                + (w[i] - T::one()).powi(2)
                    * (T::one() + c::<T>(10.0) * (pi * w[i] + T::one()).sin().powi(2));
        }
        f + (w[n - 1] - T::one()).powi(2) * (T::one() + (c::<T>(2.0) * pi * w[n - 1]).sin().powi(2))
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.3, 2.1, -1.5],
            vec![4.0, -2.2, 0.7, 1.9],
            vec![-3.1, 5.5],
        ]
    }

    #[test]
    fn value_matches() {
        for x in points() {
            assert_eq!(grad_levy(&x).0, levy(&x));
        }
    }

    #[test]
    fn finite_differences() {
        for x in points() {
            fd("levy", levy, &x, &grad_levy(&x).1);
        }
    }

    #[test]
    fn tape_agrees() {
        for x in points() {
            let tape = Tape::new();
            let v = tape.vars(&x);
            let y = twin(&v);
            all_close("levy tape", &grad_levy(&x).1, &tape.gradient(y, &v), 1e-9);
        }
    }
}
