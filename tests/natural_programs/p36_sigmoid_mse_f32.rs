//! f32: a two-input sigmoid unit trained with mean squared error.
use gradus::differentiable;

#[differentiable(wrt(w, b))]
pub fn sigmoid_mse_f32(w: &[f32; 2], b: f32, xs: &[[f32; 2]], ys: &[f32]) -> f32 {
    let mut loss = 0.0f32;
    for i in 0..xs.len() {
        let z = w[0] * xs[i][0] + w[1] * xs[i][1] + b;
        let p = 1.0 / (1.0 + (-z).exp());
        loss += (p - ys[i]).powi(2);
    }
    loss / xs.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(w: &[T], b: T, xs: &[[f32; 2]], ys: &[f32]) -> T {
        let f = |v: f32| T::from(v).unwrap();
        let mut loss = T::zero();
        for i in 0..xs.len() {
            let z = w[0] * f(xs[i][0]) + w[1] * f(xs[i][1]) + b;
            let p = T::one() / (T::one() + (-z).exp());
            loss = loss + (p - f(ys[i])).powi(2);
        }
        loss / f(xs.len() as f32)
    }

    const XS: [[f32; 2]; 4] = [[0.5, 1.0], [-1.0, 0.2], [1.5, -0.7], [0.0, 0.3]];
    const YS: [f32; 4] = [1.0, 0.0, 1.0, 0.0];

    fn points() -> Vec<[f32; 3]> {
        vec![[0.4, -0.3, 0.1], [1.2, 0.8, -0.5]]
    }

    #[test]
    fn value_matches() {
        for [a, bb, b] in points() {
            assert_eq!(
                grad_sigmoid_mse_f32(&[a, bb], b, &XS, &YS).0,
                sigmoid_mse_f32(&[a, bb], b, &XS, &YS)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [a, bb, b] in points() {
            let (_, (gw, gb)) = grad_sigmoid_mse_f32(&[a, bb], b, &XS, &YS);
            fd32(
                "sigmoid_mse_f32",
                |q| sigmoid_mse_f32(&[q[0], q[1]], q[2], &XS, &YS),
                &[a, bb, b],
                &[gw[0], gw[1], gb],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [a, bb, b] in points() {
            let (_, (gw, gb)) = grad_sigmoid_mse_f32(&[a, bb], b, &XS, &YS);
            let tape = Tape::<f32>::default();
            let v = tape.vars(&[a, bb, b]);
            let y = twin(&v[..2], v[2], &XS, &YS);
            all_close(
                "sigmoid_mse_f32 tape",
                &[gw[0], gw[1], gb],
                &tape.gradient(y, &v),
                1e-5,
            );
        }
    }
}
