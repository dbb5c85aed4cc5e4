//! Black–Scholes price of a European call; the normal CDF comes through a module path.
use gradus::differentiable;

#[differentiable]
pub fn black_scholes_call(spot: f64, strike: f64, rate: f64, vol: f64, expiry: f64) -> f64 {
    let sqrt_t = expiry.sqrt();
    let d1 = ((spot / strike).ln() + (rate + 0.5 * vol * vol) * expiry) / (vol * sqrt_t);
    let d2 = d1 - vol * sqrt_t;
    spot * crate::p13_normal_cdf::norm_cdf(d1)
        - strike * (-rate * expiry).exp() * crate::p13_normal_cdf::norm_cdf(d2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::p13_normal_cdf::tests::twin as ncdf;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(spot: T, strike: T, rate: T, vol: T, expiry: T) -> T {
        let sqrt_t = expiry.sqrt();
        let d1 =
            ((spot / strike).ln() + (rate + c::<T>(0.5) * vol * vol) * expiry) / (vol * sqrt_t);
        let d2 = d1 - vol * sqrt_t;
        spot * ncdf(d1) - strike * (-rate * expiry).exp() * ncdf(d2)
    }

    fn points() -> Vec<[f64; 5]> {
        vec![
            [100.0, 100.0, 0.05, 0.2, 1.0],
            [90.0, 110.0, 0.01, 0.35, 0.5],
            [120.0, 95.0, 0.03, 0.15, 2.0],
        ]
    }

    #[test]
    fn value_matches() {
        for [s, k, r, v, t] in points() {
            assert_eq!(
                grad_black_scholes_call(s, k, r, v, t).0,
                black_scholes_call(s, k, r, v, t)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [s, k, r, v, t] in points() {
            let (_, (a, b, cc, d, e)) = grad_black_scholes_call(s, k, r, v, t);
            fd(
                "bs_call",
                |p| black_scholes_call(p[0], p[1], p[2], p[3], p[4]),
                &[s, k, r, v, t],
                &[a, b, cc, d, e],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [s, k, r, v, t] in points() {
            let (_, (a, b, cc, d, e)) = grad_black_scholes_call(s, k, r, v, t);
            let tape = Tape::new();
            let vs = tape.vars(&[s, k, r, v, t]);
            let y = twin(vs[0], vs[1], vs[2], vs[3], vs[4]);
            all_close(
                "bs_call tape",
                &[a, b, cc, d, e],
                &tape.gradient(y, &vs),
                1e-9,
            );
        }
    }
}
