//! Linear regression loss with an optional fixed bias and a loss chosen by a code
//! (0 squared, 1 absolute, 2 log-cosh).
use gradus::differentiable;

#[differentiable(wrt(w))]
pub fn regression_loss(w: &[f64], xs: &[Vec<f64>], ys: &[f64], bias: Option<f64>, mode: u8) -> f64 {
    let mut total = 0.0;
    for (x, &y) in xs.iter().zip(ys) {
        let mut pred = 0.0;
        for (wi, xi) in w.iter().zip(x) {
            pred += wi * xi;
        }
        if let Some(b) = bias {
            pred += b;
        }
        let r = pred - y;
        total += match mode {
            0 => r * r,
            1 => r.abs(),
            2 => r.cosh().ln(),
            _ => panic!("unknown loss mode {mode}"),
        };
    }
    total / xs.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(w: &[T], xs: &[Vec<f64>], ys: &[f64], bias: Option<f64>, mode: u8) -> T {
        let mut total = T::zero();
        for (x, &y) in xs.iter().zip(ys) {
            let mut pred = T::zero();
            for (&wi, &xi) in w.iter().zip(x) {
                pred = pred + wi * c::<T>(xi);
            }
            if let Some(b) = bias {
                pred = pred + c::<T>(b);
            }
            let r = pred - c::<T>(y);
            total = total
                + match mode {
                    0 => r * r,
                    1 => r.abs(),
                    2 => r.cosh().ln(),
                    _ => panic!(),
                };
        }
        total / c(xs.len() as f64)
    }

    fn data() -> (Vec<Vec<f64>>, Vec<f64>) {
        (
            vec![
                vec![1.0, 0.4],
                vec![-0.6, 1.2],
                vec![0.9, -1.1],
                vec![2.0, 0.3],
            ],
            vec![1.3, -0.8, 2.1, 0.4],
        )
    }

    fn cases() -> Vec<(Vec<f64>, Option<f64>, u8)> {
        vec![
            (vec![0.3, -0.2], None, 0),
            (vec![0.3, -0.2], Some(0.5), 0),
            (vec![0.7, 0.1], Some(-0.3), 1),
            (vec![-0.4, 0.9], None, 2),
            (vec![1.1, 0.6], Some(0.2), 2),
        ]
    }

    #[test]
    fn value_matches() {
        let (xs, ys) = data();
        for (w, b, m) in cases() {
            assert_eq!(
                grad_regression_loss(&w, &xs, &ys, b, m).0,
                regression_loss(&w, &xs, &ys, b, m)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let (xs, ys) = data();
        for (w, b, m) in cases() {
            let (_, g) = grad_regression_loss(&w, &xs, &ys, b, m);
            fd(
                "regression_modes",
                |p| regression_loss(p, &xs, &ys, b, m),
                &w,
                &g,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let (xs, ys) = data();
        for (w, b, m) in cases() {
            let (_, g) = grad_regression_loss(&w, &xs, &ys, b, m);
            let tape = Tape::new();
            let v = tape.vars(&w);
            let y = twin(&v, &xs, &ys, b, m);
            all_close("regression_modes tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
