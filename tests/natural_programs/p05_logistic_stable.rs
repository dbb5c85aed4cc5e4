//! Logistic regression with a numerically stable log-sigmoid; labels are bools.
use gradus::differentiable;

#[differentiable]
fn softplus(z: f64) -> f64 {
    // log(1 + e^z) without overflow
    if z > 0.0 {
        z + (-z).exp().ln_1p()
    } else {
        z.exp().ln_1p()
    }
}

#[differentiable(wrt(w, b))]
pub fn logistic_stable(w: &[f64], b: f64, xs: &[[f64; 2]], labels: &[bool]) -> f64 {
    debug_assert_eq!(xs.len(), labels.len());
    let mut loss = 0.0;
    for (x, &label) in xs.iter().zip(labels.iter()) {
        let z = w[0] * x[0] + w[1] * x[1] + b;
        loss += match label {
            true => softplus(-z),
            false => softplus(z),
        };
    }
    loss / xs.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn sp<T: Float>(z: T) -> T {
        if z > T::zero() {
            z + (-z).exp().ln_1p()
        } else {
            z.exp().ln_1p()
        }
    }

    fn twin<T: Float>(w: &[T], b: T, xs: &[[f64; 2]], labels: &[bool]) -> T {
        let mut loss = T::zero();
        for (x, &label) in xs.iter().zip(labels.iter()) {
            let z = w[0] * c::<T>(x[0]) + w[1] * c::<T>(x[1]) + b;
            loss = loss + if label { sp(-z) } else { sp(z) };
        }
        loss / c(xs.len() as f64)
    }

    fn data() -> (Vec<[f64; 2]>, Vec<bool>) {
        (
            vec![
                [2.0, 1.0],
                [-1.5, 0.5],
                [0.3, -2.0],
                [10.0, 30.0],
                [-20.0, 1.0],
            ],
            vec![true, false, true, false, true],
        )
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.4, -0.3, 0.1],
            vec![-1.2, 0.8, 0.5],
            vec![0.05, 0.02, -0.9],
        ]
    }

    #[test]
    fn value_matches() {
        let (xs, ls) = data();
        for p in points() {
            assert_eq!(
                grad_logistic_stable(&p[..2], p[2], &xs, &ls).0,
                logistic_stable(&p[..2], p[2], &xs, &ls)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let (xs, ls) = data();
        for p in points() {
            let (_, (gw, gb)) = grad_logistic_stable(&p[..2], p[2], &xs, &ls);
            let g = [gw, vec![gb]].concat();
            fd(
                "logistic_stable",
                |q| logistic_stable(&q[..2], q[2], &xs, &ls),
                &p,
                &g,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let (xs, ls) = data();
        for p in points() {
            let (_, (gw, gb)) = grad_logistic_stable(&p[..2], p[2], &xs, &ls);
            let g = [gw, vec![gb]].concat();
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[..2], v[2], &xs, &ls);
            all_close("logistic_stable tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
