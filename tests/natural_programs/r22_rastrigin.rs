//! Optimisation benchmarks: Rastrigin, f(x) = A n + Σ [x_i² − A cos(2π x_i)].
use gradus::differentiable;
use std::f64::consts::PI;

const A: f64 = 10.0;

#[differentiable]
pub fn rastrigin(x: &[f64]) -> f64 {
    A * x.len() as f64
        + x.iter()
            .map(|&xi| xi * xi - A * (2.0 * PI * xi).cos())
            .sum::<f64>()
}

/// Schwefel 2.26, f(x) = 418.9829 n − Σ x_i sin(√|x_i|).
#[differentiable]
pub fn schwefel(x: &[f64]) -> f64 {
    let n = x.len() as f64;
    418.9829 * n - x.iter().map(|xi| xi * xi.abs().sqrt().sin()).sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(x: &[T]) -> T {
        let mut s = c::<T>(A * x.len() as f64);
        for &xi in x {
            s = s + xi * xi - c::<T>(A) * (c::<T>(2.0 * PI) * xi).cos();
        }
        s
    }

    fn twin_schwefel<T: Float>(x: &[T]) -> T {
        let mut s = c::<T>(418.9829 * x.len() as f64);
        for &xi in x {
            s = s - xi * xi.abs().sqrt().sin();
        }
        s
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.3, -1.7, 2.2],
            vec![4.1, 0.05, -3.3, 1.0],
            vec![-0.6, 0.9],
        ]
    }

    #[test]
    fn value_matches() {
        for x in points() {
            assert_eq!(grad_rastrigin(&x).0, rastrigin(&x));
            assert_eq!(grad_schwefel(&x).0, schwefel(&x));
        }
    }

    #[test]
    fn finite_differences() {
        for x in points() {
            fd("rastrigin", rastrigin, &x, &grad_rastrigin(&x).1);
            fd("schwefel", schwefel, &x, &grad_schwefel(&x).1);
        }
    }

    #[test]
    fn tape_agrees() {
        for x in points() {
            let tape = Tape::new();
            let v = tape.vars(&x);
            let y = twin(&v);
            all_close(
                "rastrigin tape",
                &grad_rastrigin(&x).1,
                &tape.gradient(y, &v),
                1e-9,
            );
            let y2 = twin_schwefel(&v);
            all_close(
                "schwefel tape",
                &grad_schwefel(&x).1,
                &tape.gradient(y2, &v),
                1e-9,
            );
        }
    }
}
