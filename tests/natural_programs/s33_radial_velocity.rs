//! Astronomer: Keplerian radial-velocity curve of a single-planet host star, the
//! Kepler solver reused from the orbit module through its path.
use gradus::differentiable;
use std::f64::consts::PI;

/// `obs` rows are (BJD − 2450000, RV in m/s, σ in m/s).
#[differentiable(wrt(k_amp, e, omega, tau, gamma))]
pub fn rv_chi2(
    k_amp: f64,
    e: f64,
    omega: f64,
    tau: f64,
    gamma: f64,
    period: f64,
    obs: &[(f64, f64, f64)],
) -> f64 {
    let mut chi2 = 0.0;
    for &(t, rv, sigma) in obs {
        let m = (2.0 * PI * (t - tau) / period).rem_euclid(2.0 * PI);
        let ea = crate::s15_kepler::eccentric_anomaly(m, e);
        let nu =
            2.0 * ((1.0 + e).sqrt() * (ea / 2.0).sin()).atan2((1.0 - e).sqrt() * (ea / 2.0).cos());
        let model = gamma + k_amp * ((nu + omega).cos() + e * omega.cos());
        chi2 += ((rv - model) / sigma).powi(2);
    }
    chi2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(p: &[T], period: f64, obs: &[(f64, f64, f64)]) -> T {
        let (k, e, om, tau, gam) = (p[0], p[1], p[2], p[3], p[4]);
        let mut chi2 = T::zero();
        for &(t, rv, sig) in obs {
            let raw = c::<T>(2.0 * PI) * (c::<T>(t) - tau) / c(period);
            let wraps = (raw.to_f64().unwrap() / (2.0 * PI)).floor();
            let m = raw - c(wraps * 2.0 * PI);
            let mut ea = if e < c(0.8) { m } else { c(PI) };
            for _ in 0..50 {
                let step = (ea - e * ea.sin() - m) / (T::one() - e * ea.cos());
                ea = ea - step;
                if step.abs() < c(1e-13) {
                    break;
                }
            }
            let h = ea / c(2.0);
            let nu = c::<T>(2.0)
                * ((T::one() + e).sqrt() * h.sin()).atan2((T::one() - e).sqrt() * h.cos());
            let model = gam + k * ((nu + om).cos() + e * om.cos());
            chi2 = chi2 + ((c::<T>(rv) - model) / c(sig)).powi(2);
        }
        chi2
    }

    #[test]
    fn checks() {
        let obs: Vec<(f64, f64, f64)> = (0..14)
            .map(|i| {
                let t = 5000.0 + 7.3 * i as f64;
                (
                    t,
                    30.0 * ((t * 0.15).sin() + 0.2) - 3.0,
                    2.0 + 0.1 * i as f64,
                )
            })
            .collect();
        let period = 41.9;
        for x in [
            [30.0, 0.2, 1.0, 4990.0, -3.0],
            [25.0, 0.4, -0.5, 5003.0, 0.0],
            [35.0, 0.1, 2.5, 4985.0, 1.0],
        ] {
            let (v, (a, b, cc, d, e)) = grad_rv_chi2(x[0], x[1], x[2], x[3], x[4], period, &obs);
            assert_eq!(v, rv_chi2(x[0], x[1], x[2], x[3], x[4], period, &obs));
            let g = [a, b, cc, d, e];
            // The time of periastron is about 5000: the default step (scaled to it, 0.03)
            // is too coarse for the orbit's curvature, so the step is 1e-5.
            fd_step(
                "rv",
                |y| rv_chi2(y[0], y[1], y[2], y[3], y[4], period, &obs),
                &x,
                &g,
                1e-5,
                1e-6,
            );
            vs_tape("rv", v, &g, &x, |y| twin(y, period, &obs));
        }
    }
}
