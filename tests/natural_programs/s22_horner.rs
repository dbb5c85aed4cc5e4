//! Numerical methods: least-squares polynomial fit with Horner evaluation and a
//! ridge penalty on the non-constant coefficients.
use gradus::differentiable;

#[differentiable]
pub fn horner(coeffs: &[f64], x: f64) -> f64 {
    coeffs.iter().rev().fold(0.0, |acc, &c| acc * x + c)
}

#[differentiable(wrt(coeffs))]
pub fn poly_fit_loss(coeffs: &[f64], xs: &[f64], ys: &[f64], ridge: f64) -> f64 {
    let mut loss = 0.0;
    for (&x, &y) in xs.iter().zip(ys) {
        let r = horner(coeffs, x) - y;
        loss += r * r;
    }
    loss + ridge * coeffs.iter().skip(1).map(|c| c * c).sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(cs: &[T], xs: &[f64], ys: &[f64], ridge: f64) -> T {
        let mut loss = T::zero();
        for i in 0..xs.len() {
            let mut p = T::zero();
            for k in (0..cs.len()).rev() {
                p = p * c(xs[i]) + cs[k];
            }
            loss = loss + (p - c(ys[i])).powi(2);
        }
        for k in 1..cs.len() {
            loss = loss + c::<T>(ridge) * cs[k] * cs[k];
        }
        loss
    }

    #[test]
    fn checks() {
        let xs: Vec<f64> = (0..15).map(|i| -1.0 + i as f64 / 7.0).collect();
        let ys: Vec<f64> = xs.iter().map(|x| (2.0 * x).sin() + 0.1).collect();
        for s in [0.2, -0.7, 1.5] {
            let cs: Vec<f64> = (0..5).map(|k| s / (k as f64 + 1.0)).collect();
            let (v, g) = grad_poly_fit_loss(&cs, &xs, &ys, 0.01);
            assert_eq!(v, poly_fit_loss(&cs, &xs, &ys, 0.01));
            fd("horner fit", |y| poly_fit_loss(y, &xs, &ys, 0.01), &cs, &g);
            vs_tape("horner fit", v, &g, &cs, |y| twin(y, &xs, &ys, 0.01));
            let (hv, (gc, gx)) = grad_horner(&cs, 0.7);
            assert_eq!(hv, horner(&cs, 0.7));
            let mut x = cs.clone();
            x.push(0.7);
            fd("horner", |y| horner(&y[..5], y[5]), &x, &cat(&[&gc, &[gx]]));
        }
    }
}
