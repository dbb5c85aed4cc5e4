//! Statistician: robust location/scale fit with a Student-t likelihood of fixed
//! degrees of freedom (the log-gamma normalisers do not depend on the parameters).
use gradus::differentiable;

#[differentiable(wrt(mu, log_sigma))]
pub fn student_t_nll(mu: f64, log_sigma: f64, nu: f64, ys: &[f64]) -> f64 {
    let sigma = log_sigma.exp();
    let n = ys.len() as f64;
    let half = 0.5 * (nu + 1.0);
    let s: f64 = ys
        .iter()
        .map(|&y| {
            let z = (y - mu) / sigma;
            half * (z * z / nu).ln_1p()
        })
        .sum();
    n * log_sigma + s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(mu: T, ls: T, nu: f64, ys: &[f64]) -> T {
        let sigma = ls.exp();
        let mut s = ls * c(ys.len() as f64);
        for &y in ys {
            let z = (c::<T>(y) - mu) / sigma;
            s = s + c::<T>(0.5 * (nu + 1.0)) * (z * z / c(nu)).ln_1p();
        }
        s
    }

    #[test]
    fn checks() {
        let ys = [1.2, 0.8, 1.1, 9.5, 0.95, 1.3, -4.0, 1.05];
        for x in [[1.0, -1.0], [0.0, 0.5], [2.5, -2.0]] {
            let (v, (a, b)) = grad_student_t_nll(x[0], x[1], 3.0, &ys);
            assert_eq!(v, student_t_nll(x[0], x[1], 3.0, &ys));
            fd("t", |y| student_t_nll(y[0], y[1], 3.0, &ys), &x, &[a, b]);
            vs_tape("t", v, &[a, b], &x, |y| twin(y[0], y[1], 3.0, &ys));
        }
    }
}
