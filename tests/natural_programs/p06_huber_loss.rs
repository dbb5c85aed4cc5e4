//! Mean Huber loss of a linear model's predictions.
use gradus::differentiable;

#[differentiable(wrt(w, b))]
pub fn huber_loss(w: f64, b: f64, xs: &[f64], ys: &[f64]) -> f64 {
    const DELTA: f64 = 1.0;
    assert_eq!(xs.len(), ys.len());
    let mut total = 0.0;
    for (&x, &y) in xs.iter().zip(ys.iter()) {
        let r = w * x + b - y;
        if r.abs() <= DELTA {
            total += 0.5 * r * r;
        } else {
            total += DELTA * (r.abs() - 0.5 * DELTA);
        }
    }
    total / xs.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(w: T, b: T, xs: &[f64], ys: &[f64]) -> T {
        let delta = T::one();
        let half = c::<T>(0.5);
        let mut total = T::zero();
        for (&x, &y) in xs.iter().zip(ys.iter()) {
            let r = w * c::<T>(x) + b - c::<T>(y);
            if r.abs() <= delta {
                total = total + half * r * r;
            } else {
                total = total + delta * (r.abs() - half * delta);
            }
        }
        total / c(xs.len() as f64)
    }

    const XS: [f64; 5] = [0.0, 1.0, 2.0, 3.0, 4.0];
    const YS: [f64; 5] = [0.9, 3.1, 4.8, 7.2, 20.0];

    fn points() -> Vec<[f64; 2]> {
        vec![[2.0, 1.0], [1.5, 0.3], [-0.5, 2.2]]
    }

    #[test]
    fn value_matches() {
        for [w, b] in points() {
            assert_eq!(
                grad_huber_loss(w, b, &XS, &YS).0,
                huber_loss(w, b, &XS, &YS)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [w, b] in points() {
            let (_, (gw, gb)) = grad_huber_loss(w, b, &XS, &YS);
            fd(
                "huber",
                |p| huber_loss(p[0], p[1], &XS, &YS),
                &[w, b],
                &[gw, gb],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [w, b] in points() {
            let (_, (gw, gb)) = grad_huber_loss(w, b, &XS, &YS);
            let tape = Tape::new();
            let (wv, bv) = (tape.var(w), tape.var(b));
            let y = twin(wv, bv, &XS, &YS);
            all_close("huber tape", &[gw, gb], &tape.gradient(y, &[wv, bv]), 1e-9);
        }
    }
}
