//! Finance: coupon bond priced off the Vasicek short-rate model's closed-form discount
//! factors; the model parameters are the array (a, θ, σ, r₀).
use gradus::differentiable;

pub mod vasicek {
    use gradus::differentiable;

    /// P(0, τ) = A(τ) exp(−B(τ) r₀), B = (1 − e^{−aτ}) / a.
    #[differentiable(wrt(a, theta, sigma, r0))]
    pub fn zcb(a: f64, theta: f64, sigma: f64, r0: f64, tau: f64) -> f64 {
        let b = -(-a * tau).exp_m1() / a;
        let ln_a =
            (theta - sigma * sigma / (2.0 * a * a)) * (b - tau) - sigma * sigma * b * b / (4.0 * a);
        (ln_a - b * r0).exp()
    }
}

#[differentiable(wrt(params))]
pub fn coupon_bond(params: &[f64; 4], coupon: f64, maturity_years: usize, freq: usize) -> f64 {
    let dt = 1.0 / freq as f64;
    let n = maturity_years * freq;
    let mut price = 0.0;
    for k in 1..=n {
        let t = k as f64 * dt;
        let df =
            crate::r37_vasicek_bond::vasicek::zcb(params[0], params[1], params[2], params[3], t);
        price += coupon * dt * df;
        if k == n {
            price += df;
        }
    }
    price * 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn zcb_t<T: Float>(a: T, th: T, s: T, r0: T, tau: f64) -> T {
        let tau = c::<T>(tau);
        let b = -(-a * tau).exp_m1() / a;
        let two = c::<T>(2.0);
        let la = (th - s * s / (two * a * a)) * (b - tau) - s * s * b * b / (c::<T>(4.0) * a);
        (la - b * r0).exp()
    }

    fn twin<T: Float>(p: &[T], coupon: f64, years: usize, freq: usize) -> T {
        let dt = 1.0 / freq as f64;
        let n = years * freq;
        let mut price = T::zero();
        for k in 1..=n {
            let df = zcb_t(p[0], p[1], p[2], p[3], k as f64 * dt);
            price = price + c::<T>(coupon * dt) * df;
            if k == n {
                price = price + df;
            }
        }
        price * c(100.0)
    }

    fn points() -> Vec<[f64; 4]> {
        vec![
            [0.3, 0.05, 0.02, 0.03],
            [0.8, 0.04, 0.015, 0.05],
            [0.15, 0.06, 0.03, 0.01],
        ]
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(
                grad_coupon_bond(&p, 0.05, 5, 2).0,
                coupon_bond(&p, 0.05, 5, 2)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, g) = grad_coupon_bond(&p, 0.05, 5, 2);
            // parameters are of order 1e-2: the default step (6e-6) is fine relative to 1,
            // but a step of 1e-7 keeps σ and r₀ well inside their scale.
            fd_step(
                "vasicek",
                |x| coupon_bond(&[x[0], x[1], x[2], x[3]], 0.05, 5, 2),
                &p,
                &g,
                1e-7,
                1e-6,
            );
            let (_, (ga, gt, gs, gr)) = vasicek::grad_zcb(p[0], p[1], p[2], p[3], 3.0);
            fd_step(
                "zcb",
                |x| vasicek::zcb(x[0], x[1], x[2], x[3], 3.0),
                &p,
                &[ga, gt, gs, gr],
                1e-7,
                1e-6,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, g) = grad_coupon_bond(&p, 0.05, 5, 2);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v, 0.05, 5, 2);
            all_close("vasicek tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
