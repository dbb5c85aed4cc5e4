//! Standard normal CDF (Abramowitz & Stegun 26.2.17), a helper for option pricing.
use gradus::differentiable;

#[differentiable]
pub fn norm_cdf(x: f64) -> f64 {
    // |error| < 7.5e-8
    let t = 1.0 / (1.0 + 0.2316419 * x.abs());
    let poly = t
        * (0.319381530
            + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    let pdf = (-0.5 * x * x).exp() / (2.0 * std::f64::consts::PI).sqrt();
    let upper = pdf * poly;
    if x >= 0.0 {
        1.0 - upper
    } else {
        upper
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    pub fn twin<T: Float>(x: T) -> T {
        let t = T::one() / (T::one() + c::<T>(0.2316419) * x.abs());
        let poly = t
            * (c::<T>(0.319381530)
                + t * (c::<T>(-0.356563782)
                    + t * (c::<T>(1.781477937)
                        + t * (c::<T>(-1.821255978) + t * c::<T>(1.330274429)))));
        let pdf = (c::<T>(-0.5) * x * x).exp() / c::<T>(2.0 * std::f64::consts::PI).sqrt();
        let upper = pdf * poly;
        if x >= T::zero() {
            T::one() - upper
        } else {
            upper
        }
    }

    const POINTS: [f64; 5] = [-2.0, -0.3, 0.4, 1.0, 2.5];

    #[test]
    fn value_matches() {
        for x in POINTS {
            assert_eq!(grad_norm_cdf(x).0, norm_cdf(x));
        }
    }

    #[test]
    fn finite_differences() {
        for x in POINTS {
            let (_, g) = grad_norm_cdf(x);
            fd("norm_cdf", |p| norm_cdf(p[0]), &[x], &[g]);
        }
    }

    #[test]
    fn tape_agrees() {
        for x in POINTS {
            let (_, g) = grad_norm_cdf(x);
            let tape = Tape::new();
            let v = tape.var(x);
            let y = twin(v);
            all_close("norm_cdf tape", &[g], &tape.gradient(y, &[v]), 1e-9);
        }
    }
}
