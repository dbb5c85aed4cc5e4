//! Optimisation benchmarks: the classic two-dimensional test functions behind one switch.
use gradus::differentiable;

#[differentiable(wrt(p))]
pub fn benchmark_2d(p: &[f64; 2], which: u8) -> f64 {
    let (x, y) = (p[0], p[1]);
    match which {
        0 => {
            (1.5 - x + x * y).powi(2)
                + (2.25 - x + x * y * y).powi(2)
                + (2.625 - x + x * y.powi(3)).powi(2)
        } // Beale
        1 => (x * x + y - 11.0).powi(2) + (x + y * y - 7.0).powi(2), // Himmelblau
        2 => (x + 2.0 * y - 7.0).powi(2) + (2.0 * x + y - 5.0).powi(2), // Booth
        3 => 0.26 * (x * x + y * y) - 0.48 * x * y,                  // Matyas
        _ => {
            // Goldstein–Price
            let a = 1.0
                + (x + y + 1.0).powi(2)
                    * (19.0 - 14.0 * x + 3.0 * x * x - 14.0 * y + 6.0 * x * y + 3.0 * y * y);
            let b = 30.0
                + (2.0 * x - 3.0 * y).powi(2)
                    * (18.0 - 32.0 * x + 12.0 * x * x + 48.0 * y - 36.0 * x * y + 27.0 * y * y);
            a * b
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(x: T, y: T, which: u8) -> T {
        let k = |v: f64| c::<T>(v);
        match which {
            0 => {
                (k(1.5) - x + x * y).powi(2)
                    + (k(2.25) - x + x * y * y).powi(2)
                    + (k(2.625) - x + x * y.powi(3)).powi(2)
            }
            1 => (x * x + y - k(11.0)).powi(2) + (x + y * y - k(7.0)).powi(2),
            2 => (x + k(2.0) * y - k(7.0)).powi(2) + (k(2.0) * x + y - k(5.0)).powi(2),
            3 => k(0.26) * (x * x + y * y) - k(0.48) * x * y,
            _ => {
                let a = T::one()
                    + (x + y + T::one()).powi(2)
                        * (k(19.0) - k(14.0) * x + k(3.0) * x * x - k(14.0) * y
                            + k(6.0) * x * y
                            + k(3.0) * y * y);
                let b = k(30.0)
                    + (k(2.0) * x - k(3.0) * y).powi(2)
                        * (k(18.0) - k(32.0) * x + k(12.0) * x * x + k(48.0) * y - k(36.0) * x * y
                            + k(27.0) * y * y);
                a * b
            }
        }
    }

    fn points() -> Vec<[f64; 2]> {
        vec![[0.5, -0.4], [1.7, 0.9], [-1.1, 1.3]]
    }

    #[test]
    fn value_matches() {
        for which in 0..5 {
            for p in points() {
                assert_eq!(grad_benchmark_2d(&p, which).0, benchmark_2d(&p, which));
            }
        }
    }

    #[test]
    fn finite_differences() {
        for which in 0..5 {
            for p in points() {
                let (_, g) = grad_benchmark_2d(&p, which);
                fd(
                    "benchmark 2d",
                    |q| benchmark_2d(&[q[0], q[1]], which),
                    &p,
                    &g,
                );
            }
        }
    }

    #[test]
    fn tape_agrees() {
        for which in 0..5 {
            for p in points() {
                let (_, g) = grad_benchmark_2d(&p, which);
                let tape = Tape::new();
                let v = tape.vars(&p);
                let y = twin(v[0], v[1], which);
                all_close("benchmark 2d tape", &g, &tape.gradient(y, &v), 1e-9);
            }
        }
    }
}
