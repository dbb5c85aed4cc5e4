//! Simple exponential smoothing: one-step-ahead squared forecast errors, the level
//! initialised as the mean of the first `warmup` observations.
use gradus::differentiable;

#[differentiable(wrt(alpha))]
pub fn exp_smoothing_sse(alpha: f64, series: &[f64], warmup: usize) -> f64 {
    let mut level = series.iter().take(warmup).sum::<f64>() / warmup as f64;
    let mut sse = 0.0;
    for &y in series.iter().skip(warmup) {
        let err = y - level;
        sse += err * err;
        level = alpha * y + (1.0 - alpha) * level;
    }
    sse
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(alpha: T, series: &[f64], warmup: usize) -> T {
        let mut level = c::<T>(series.iter().take(warmup).sum::<f64>() / warmup as f64);
        let mut sse = T::zero();
        for &y in series.iter().skip(warmup) {
            let y = c::<T>(y);
            let err = y - level;
            sse = sse + err * err;
            level = alpha * y + (T::one() - alpha) * level;
        }
        sse
    }

    const SERIES: [f64; 10] = [3.0, 3.4, 2.9, 3.8, 4.1, 3.7, 4.6, 5.0, 4.4, 5.3];

    #[test]
    fn value_matches() {
        for a in [0.1, 0.5, 0.9] {
            assert_eq!(
                grad_exp_smoothing_sse(a, &SERIES, 3).0,
                exp_smoothing_sse(a, &SERIES, 3)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for a in [0.1, 0.5, 0.9] {
            let (_, g) = grad_exp_smoothing_sse(a, &SERIES, 3);
            fd(
                "exp_smoothing",
                |p| exp_smoothing_sse(p[0], &SERIES, 3),
                &[a],
                &[g],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for a in [0.1, 0.5, 0.9] {
            let (_, g) = grad_exp_smoothing_sse(a, &SERIES, 3);
            let tape = Tape::new();
            let v = tape.var(a);
            let y = twin(v, &SERIES, 3);
            all_close("exp_smoothing tape", &[g], &tape.gradient(y, &[v]), 1e-9);
        }
    }
}
