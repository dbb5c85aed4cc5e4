//! Econometrics: probit log-likelihood, with Φ from the Abramowitz–Stegun erf (7.1.26).
use gradus::differentiable;
use std::f64::consts::FRAC_1_SQRT_2;

/// Standard normal CDF.
#[differentiable]
pub fn phi(z: f64) -> f64 {
    let x = z * FRAC_1_SQRT_2;
    let sign = if x < 0.0 { -1.0 } else { 1.0 };
    let x = x.abs();
    let t = 1.0 / (1.0 + 0.3275911 * x);
    let poly = t
        * (0.254829592
            + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    let erf = 1.0 - poly * (-x * x).exp();
    0.5 * (1.0 + sign * erf)
}

/// Negative log-likelihood; `x` is n × k row-major, `y` the binary outcomes.
#[differentiable(wrt(beta))]
pub fn probit_nll(beta: &[f64], x: &[f64], y: &[bool], k: usize) -> f64 {
    let n = y.len();
    let mut ll = 0.0;
    for i in 0..n {
        let mut xb = 0.0;
        for j in 0..k {
            xb += x[i * k + j] * beta[j];
        }
        let p = phi(xb).clamp(1e-12, 1.0 - 1e-12);
        ll += if y[i] { p.ln() } else { (1.0 - p).ln() };
    }
    -ll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn phi_t<T: Float>(z: T) -> T {
        let x = z * c::<T>(FRAC_1_SQRT_2);
        let sign = if x < T::zero() { -T::one() } else { T::one() };
        let x = x.abs();
        let t = T::one() / (T::one() + c::<T>(0.3275911) * x);
        let poly = t
            * (c::<T>(0.254829592)
                + t * (c::<T>(-0.284496736)
                    + t * (c::<T>(1.421413741)
                        + t * (c::<T>(-1.453152027) + t * c::<T>(1.061405429)))));
        let erf = T::one() - poly * (-x * x).exp();
        c::<T>(0.5) * (T::one() + sign * erf)
    }

    fn twin<T: Float>(beta: &[T], x: &[f64], y: &[bool], k: usize) -> T {
        let mut ll = T::zero();
        for i in 0..y.len() {
            let mut xb = T::zero();
            for j in 0..k {
                xb = xb + c::<T>(x[i * k + j]) * beta[j];
            }
            let p = phi_t(xb).max(c(1e-12)).min(c(1.0 - 1e-12));
            ll = ll + if y[i] { p.ln() } else { (T::one() - p).ln() };
        }
        -ll
    }

    const X: [f64; 18] = [
        1.0, 0.5, -1.2, 1.0, -0.3, 0.8, 1.0, 1.7, 0.1, 1.0, -1.1, -0.4, 1.0, 0.2, 2.0, 1.0, 0.9,
        -0.7,
    ];
    const Y: [bool; 6] = [true, false, true, false, true, true];

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.1, 0.4, -0.3],
            vec![-0.2, 1.1, 0.5],
            vec![0.7, -0.6, 0.25],
        ]
    }

    #[test]
    fn value_matches() {
        for b in points() {
            assert_eq!(grad_probit_nll(&b, &X, &Y, 3).0, probit_nll(&b, &X, &Y, 3));
            assert_eq!(grad_phi(b[1]).0, phi(b[1]));
        }
    }

    #[test]
    fn finite_differences() {
        for b in points() {
            let (_, g) = grad_probit_nll(&b, &X, &Y, 3);
            fd("probit", |p| probit_nll(p, &X, &Y, 3), &b, &g);
            let (_, gp) = grad_phi(b[0] + 0.3);
            fd("phi", |p| phi(p[0]), &[b[0] + 0.3], &[gp]);
        }
    }

    #[test]
    fn tape_agrees() {
        for b in points() {
            let (_, g) = grad_probit_nll(&b, &X, &Y, 3);
            let tape = Tape::new();
            let v = tape.vars(&b);
            let y = twin(&v, &X, &Y, 3);
            all_close("probit tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
