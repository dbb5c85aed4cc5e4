//! Forecasting: multi-quantile pinball loss for a model that predicts the 10/50/90 %
//! quantiles per row, plus a hinge penalty when predicted quantiles cross.
use gradus::differentiable;

const QUANTILES: [f64; 3] = [0.1, 0.5, 0.9];
const CROSSING_WEIGHT: f64 = 10.0;

#[differentiable(wrt(pred))]
pub fn pinball_loss(pred: &[[f64; 3]], y: &[f64]) -> f64 {
    let mut total = 0.0;
    for (row, &target) in pred.iter().zip(y.iter()) {
        for (q, &tau) in QUANTILES.iter().enumerate() {
            let diff = target - row[q];
            total += if diff >= 0.0 {
                tau * diff
            } else {
                (tau - 1.0) * diff
            };
        }
        for w in row.windows(2) {
            total += CROSSING_WEIGHT * (w[0] - w[1]).max(0.0);
        }
    }
    total / (y.len() * QUANTILES.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(p: &[T], y: &[f64]) -> T {
        let mut tot = T::zero();
        for (r, &t) in y.iter().enumerate() {
            for q in 0..3 {
                let d = k::<T>(t) - p[3 * r + q];
                let tau = k::<T>(QUANTILES[q]);
                tot = tot
                    + if d >= T::zero() {
                        tau * d
                    } else {
                        (tau - T::one()) * d
                    };
            }
            for q in 0..2 {
                tot = tot
                    + k::<T>(CROSSING_WEIGHT) * (p[3 * r + q] - p[3 * r + q + 1]).max(T::zero());
            }
        }
        tot / k((y.len() * 3) as f64)
    }

    const Y: [f64; 4] = [1.0, 2.5, -0.3, 0.8];
    fn points() -> Vec<Vec<[f64; 3]>> {
        vec![
            vec![
                [0.5, 1.1, 1.9],
                [1.7, 2.4, 3.3],
                [-1.0, -0.2, 0.4],
                [0.1, 0.7, 1.5],
            ],
            vec![
                [1.2, 1.05, 2.2],
                [2.6, 2.9, 3.1],
                [-0.5, -0.35, 0.2],
                [0.9, 0.6, 0.95],
            ],
            vec![
                [-0.3, 0.2, 0.7],
                [0.4, 1.0, 2.0],
                [0.0, 0.3, 0.6],
                [1.1, 1.4, 1.3],
            ],
        ]
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(grad_pinball_loss(&p, &Y).0, pinball_loss(&p, &Y));
        }
    }
    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, g) = grad_pinball_loss(&p, &Y);
            fd(
                "pinball",
                |q| pinball_loss(&unflat::<3>(q), &Y),
                &flat(&p),
                &flat(&g),
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, g) = grad_pinball_loss(&p, &Y);
            let tape = Tape::new();
            let v = tape.vars(&flat(&p));
            let out = twin(&v, &Y);
            same("pinball tape", &flat(&g), &tape.gradient(out, &v), 1e-9);
        }
    }
}
