//! Bioinformatician: fit a logistic growth curve to plate-reader OD readings.
use gradus::differentiable;

/// One plate-reader measurement.
pub struct Reading {
    pub hours: f64,
    pub od: f64,
}

#[differentiable]
pub fn logistic(t: f64, r: f64, k: f64, n0: f64) -> f64 {
    k / (1.0 + (k / n0 - 1.0) * (-r * t).exp())
}

/// Mean squared relative error of the fitted curve (parameters on a log scale).
#[differentiable(wrt(log_r, log_k, log_n0))]
pub fn growth_sse(log_r: f64, log_k: f64, log_n0: f64, readings: &[Reading], blank: f64) -> f64 {
    let r = log_r.exp();
    let k = log_k.exp();
    let n0 = log_n0.exp();
    let mut sse = 0.0;
    for rd in readings {
        let pred = logistic(rd.hours, r, k, n0) + blank;
        let resid = (rd.od - pred) / rd.od.max(0.05);
        sse += resid * resid;
    }
    sse / readings.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(p: &[T], readings: &[Reading], blank: f64) -> T {
        let (r, k, n0) = (p[0].exp(), p[1].exp(), p[2].exp());
        let mut sse = T::zero();
        for rd in readings {
            let pred =
                k / (T::one() + (k / n0 - T::one()) * (-r * c::<T>(rd.hours)).exp()) + c(blank);
            let resid = (c::<T>(rd.od) - pred) / c(rd.od.max(0.05));
            sse = sse + resid * resid;
        }
        sse / c(readings.len() as f64)
    }

    fn data() -> Vec<Reading> {
        [
            (0.0, 0.08),
            (2.0, 0.11),
            (4.0, 0.21),
            (6.0, 0.42),
            (8.0, 0.71),
            (10.0, 0.95),
            (12.0, 1.08),
            (16.0, 1.17),
        ]
        .iter()
        .map(|&(hours, od)| Reading { hours, od })
        .collect()
    }

    #[test]
    fn checks() {
        let d = data();
        for p in [[-0.7, 0.2, -3.0], [-1.2, 0.0, -2.5], [-0.4, 0.5, -4.0]] {
            let (v, (a, b, cc)) = grad_growth_sse(p[0], p[1], p[2], &d, 0.03);
            assert_eq!(v, growth_sse(p[0], p[1], p[2], &d, 0.03));
            let g = [a, b, cc];
            fd(
                "growth_sse",
                |q| growth_sse(q[0], q[1], q[2], &d, 0.03),
                &p,
                &g,
            );
            vs_tape("growth_sse", v, &g, &p, |q| twin(q, &d, 0.03));
        }
    }
}
