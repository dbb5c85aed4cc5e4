//! Robust statistics: Huber M-estimation of a linear model with a MAD scale fixed in
//! advance, written once over `T: Float` (Huber's k = 1.345).
use gradus::differentiable;
use gradus::Float;

#[differentiable(wrt(coef))]
pub fn huber_regression<T: Float>(coef: &[T], x: &[T], y: &[T], n_features: usize, scale: T) -> T {
    let k = T::from(1.345).unwrap();
    let half = T::from(0.5).unwrap();
    let mut loss = T::zero();
    for (row, &yi) in x.chunks(n_features).zip(y.iter()) {
        let mut fitted = coef[0];
        for j in 0..n_features {
            fitted = fitted + coef[j + 1] * row[j];
        }
        let u = (yi - fitted) / scale;
        loss = loss
            + if u.abs() <= k {
                half * u * u
            } else {
                k * u.abs() - half * k * k
            };
    }
    loss / T::from(y.len()).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::Tape;

    const X: [f64; 12] = [
        0.5, 1.0, 1.5, -0.2, 2.5, 0.3, -1.0, 0.8, 0.0, 0.0, 3.0, -1.5,
    ];
    const Y: [f64; 6] = [1.2, 2.0, 3.9, -0.4, 0.9, 9.0];

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.1, 1.0, 0.5],
            vec![0.5, 0.8, -0.3],
            vec![-0.2, 1.5, 0.9],
        ]
    }

    #[test]
    fn value_matches() {
        for c0 in points() {
            assert_eq!(
                grad_huber_regression(&c0, &X, &Y, 2, 0.8).0,
                huber_regression(&c0, &X, &Y, 2, 0.8)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for c0 in points() {
            let (_, g) = grad_huber_regression(&c0, &X, &Y, 2, 0.8);
            fd(
                "huber regression",
                |p| huber_regression(p, &X, &Y, 2, 0.8),
                &c0,
                &g,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for c0 in points() {
            let (_, g) = grad_huber_regression(&c0, &X, &Y, 2, 0.8);
            let tape = Tape::new();
            let v = tape.vars(&c0);
            let xs: Vec<_> = X.iter().map(|&x| tape.constant(x)).collect();
            let ys: Vec<_> = Y.iter().map(|&x| tape.constant(x)).collect();
            let out = huber_regression(&v, &xs, &ys, 2, tape.constant(0.8));
            all_close("huber regression tape", &g, &tape.gradient(out, &v), 1e-9);
        }
    }
}
