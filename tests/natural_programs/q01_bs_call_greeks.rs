//! Quant desk: Black–Scholes call with the in-house normal CDF (Abramowitz–Stegun 26.2.17,
//! max error 7.5e-8), differentiated for delta, vega and rho. Strike and expiry are data.
use gradus::differentiable;

const B1: f64 = 0.319381530;
const B2: f64 = -0.356563782;
const B3: f64 = 1.781477937;
const B4: f64 = -1.821255978;
const B5: f64 = 1.330274429;
const P: f64 = 0.2316419;

#[differentiable]
pub fn norm_cdf(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + P * z);
    let poly = t * (B1 + t * (B2 + t * (B3 + t * (B4 + t * B5))));
    let pdf = (-0.5 * z * z).exp() / (2.0 * std::f64::consts::PI).sqrt();
    let tail = pdf * poly;
    if x >= 0.0 {
        1.0 - tail
    } else {
        tail
    }
}

#[differentiable(wrt(spot, vol, rate))]
pub fn bs_call(spot: f64, strike: f64, vol: f64, rate: f64, expiry: f64) -> f64 {
    if expiry <= 0.0 {
        return (spot - strike).max(0.0);
    }
    let sd = vol * expiry.sqrt();
    let d1 = ((spot / strike).ln() + (rate + 0.5 * vol.powi(2)) * expiry) / sd;
    let d2 = d1 - sd;
    let df = (-rate * expiry).exp();
    spot * norm_cdf(d1) - strike * df * norm_cdf(d2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn cdf<T: Float>(x: T) -> T {
        let z = x.abs();
        let t = T::one() / (T::one() + k::<T>(P) * z);
        let poly = t
            * (k::<T>(B1)
                + t * (k::<T>(B2) + t * (k::<T>(B3) + t * (k::<T>(B4) + t * k::<T>(B5)))));
        let pdf = (k::<T>(-0.5) * z * z).exp() / k::<T>((2.0 * std::f64::consts::PI).sqrt());
        let tail = pdf * poly;
        if x >= T::zero() {
            T::one() - tail
        } else {
            tail
        }
    }

    fn twin<T: Float>(spot: T, strike: f64, vol: T, rate: T, expiry: f64) -> T {
        if expiry <= 0.0 {
            return (spot - k(strike)).max(T::zero());
        }
        let sd = vol * k::<T>(expiry.sqrt());
        let d1 = ((spot / k(strike)).ln() + (rate + k::<T>(0.5) * vol.powi(2)) * k(expiry)) / sd;
        let d2 = d1 - sd;
        let df = (-rate * k(expiry)).exp();
        spot * cdf(d1) - k::<T>(strike) * df * cdf(d2)
    }

    const PTS: [[f64; 5]; 4] = [
        [100.0, 100.0, 0.2, 0.03, 1.0],
        [80.0, 105.0, 0.45, 0.01, 0.25],
        [130.0, 90.0, 0.12, 0.05, 3.0],
        [100.0, 95.0, 0.3, 0.02, 0.0],
    ];

    #[test]
    fn value_matches() {
        for [s, kk, v, r, t] in PTS {
            assert_eq!(grad_bs_call(s, kk, v, r, t).0, bs_call(s, kk, v, r, t));
            assert_eq!(grad_norm_cdf(s / 100.0 - 1.1).0, norm_cdf(s / 100.0 - 1.1));
        }
    }

    #[test]
    fn finite_differences() {
        for [s, kk, v, r, t] in PTS {
            let (_, (ds, dv, dr)) = grad_bs_call(s, kk, v, r, t);
            fd(
                "bs_call",
                |p| bs_call(p[0], kk, p[1], p[2], t),
                &[s, v, r],
                &[ds, dv, dr],
            );
            for x in [-1.3, 0.4, 2.2] {
                fd("norm_cdf", |p| norm_cdf(p[0]), &[x], &[grad_norm_cdf(x).1]);
            }
        }
    }

    #[test]
    fn tape_agrees() {
        for [s, kk, v, r, t] in PTS {
            let (_, (ds, dv, dr)) = grad_bs_call(s, kk, v, r, t);
            let tape = Tape::new();
            let x = tape.vars(&[s, v, r]);
            let y = twin(x[0], kk, x[1], x[2], t);
            same("bs_call tape", &[ds, dv, dr], &tape.gradient(y, &x), 1e-9);
        }
    }
}
