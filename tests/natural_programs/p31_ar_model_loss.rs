//! Mean squared one-step prediction error of an AR(p) model with intercept.
use gradus::differentiable;

#[differentiable(wrt(phi, intercept))]
pub fn ar_model_loss(phi: &[f64], intercept: f64, series: &[f64]) -> f64 {
    let p = phi.len();
    let mut loss = 0.0;
    let mut count = 0;
    for window in series.windows(p + 1) {
        // window[p] is predicted from window[p-1], window[p-2], ...
        let pred: f64 = intercept
            + phi
                .iter()
                .zip(window.iter().rev().skip(1))
                .map(|(a, y)| a * y)
                .sum::<f64>();
        let err = window[p] - pred;
        loss += err * err;
        count += 1;
    }
    loss / count as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(phi: &[T], intercept: T, series: &[f64]) -> T {
        let p = phi.len();
        let mut loss = T::zero();
        let mut count = 0;
        for window in series.windows(p + 1) {
            let pred: T = intercept
                + phi
                    .iter()
                    .zip(window.iter().rev().skip(1))
                    .map(|(&a, &y)| a * c::<T>(y))
                    .sum::<T>();
            let err = c::<T>(window[p]) - pred;
            loss = loss + err * err;
            count += 1;
        }
        loss / c(count as f64)
    }

    const SERIES: [f64; 10] = [0.5, 0.8, 0.3, -0.2, 0.1, 0.6, 0.9, 0.4, -0.1, 0.2];

    fn points() -> Vec<Vec<f64>> {
        vec![vec![0.5, -0.2, 0.1, 0.05], vec![0.9, 0.0, -0.3, 0.2]]
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(
                grad_ar_model_loss(&p[..3], p[3], &SERIES).0,
                ar_model_loss(&p[..3], p[3], &SERIES)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, (g, gi)) = grad_ar_model_loss(&p[..3], p[3], &SERIES);
            fd(
                "ar",
                |q| ar_model_loss(&q[..3], q[3], &SERIES),
                &p,
                &[g, vec![gi]].concat(),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, (g, gi)) = grad_ar_model_loss(&p[..3], p[3], &SERIES);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[..3], v[3], &SERIES);
            all_close(
                "ar tape",
                &[g, vec![gi]].concat(),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
