//! Black–Scholes European put, with the normal CDF imported by `use`.
use crate::p13_normal_cdf::norm_cdf;
use gradus::differentiable;

#[differentiable(wrt(spot, vol))]
pub fn black_scholes_put(spot: f64, strike: f64, rate: f64, vol: f64, expiry: f64) -> f64 {
    let d1 = ((spot / strike).ln() + (rate + vol.powi(2) / 2.0) * expiry) / (vol * expiry.sqrt());
    let d2 = d1 - vol * expiry.sqrt();
    strike * (-rate * expiry).exp() * norm_cdf(-d2) - spot * norm_cdf(-d1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::p13_normal_cdf::tests::twin as ncdf;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(spot: T, strike: f64, rate: f64, vol: T, expiry: f64) -> T {
        let (k, r, t) = (c::<T>(strike), c::<T>(rate), c::<T>(expiry));
        let d1 = ((spot / k).ln() + (r + vol.powi(2) / c(2.0)) * t) / (vol * t.sqrt());
        let d2 = d1 - vol * t.sqrt();
        k * (-r * t).exp() * ncdf(-d2) - spot * ncdf(-d1)
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
                grad_black_scholes_put(s, k, r, v, t).0,
                black_scholes_put(s, k, r, v, t)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [s, k, r, v, t] in points() {
            let (_, (gs, gv)) = grad_black_scholes_put(s, k, r, v, t);
            fd(
                "bs_put",
                |p| black_scholes_put(p[0], k, r, p[1], t),
                &[s, v],
                &[gs, gv],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [s, k, r, v, t] in points() {
            let (_, (gs, gv)) = grad_black_scholes_put(s, k, r, v, t);
            let tape = Tape::new();
            let (sv, vv) = (tape.var(s), tape.var(v));
            let y = twin(sv, k, r, vv, t);
            all_close("bs_put tape", &[gs, gv], &tape.gradient(y, &[sv, vv]), 1e-9);
        }
    }
}
