//! Astronomer: Kepler's equation solved by Newton iterations, then the residual of
//! relative-orbit positions of a visual binary.
use gradus::differentiable;
use std::f64::consts::PI;

#[differentiable]
pub fn eccentric_anomaly(mean_anomaly: f64, e: f64) -> f64 {
    let mut ea = if e < 0.8 { mean_anomaly } else { PI };
    let mut iter = 0;
    loop {
        let f = ea - e * ea.sin() - mean_anomaly;
        let step = f / (1.0 - e * ea.cos());
        ea -= step;
        iter += 1;
        if step.abs() < 1e-13 || iter >= 50 {
            break;
        }
    }
    ea
}

/// `obs` rows are (epoch in years, x″, y″) in the orbital plane.
#[differentiable(wrt(a, e, period, tau))]
pub fn orbit_residual(
    a: f64,
    e: f64,
    period: f64,
    tau: f64,
    obs: &[(f64, f64, f64)],
    sigma: f64,
) -> f64 {
    let n = 2.0 * PI / period;
    let mut chi2 = 0.0;
    for &(t, x_obs, y_obs) in obs {
        let ea = eccentric_anomaly(n * (t - tau), e);
        let nu =
            2.0 * ((1.0 + e).sqrt() * (ea / 2.0).sin()).atan2((1.0 - e).sqrt() * (ea / 2.0).cos());
        let r = a * (1.0 - e * ea.cos());
        let (s, c) = nu.sin_cos();
        chi2 += ((r * c - x_obs).powi(2) + (r * s - y_obs).powi(2)) / (sigma * sigma);
    }
    chi2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn ecc<T: Float>(m: T, e: T) -> T {
        let mut ea = if e < c(0.8) { m } else { c(PI) };
        for _ in 0..50 {
            let step = (ea - e * ea.sin() - m) / (T::one() - e * ea.cos());
            ea = ea - step;
            if step.abs() < c(1e-13) {
                break;
            }
        }
        ea
    }

    fn twin<T: Float>(p: &[T], obs: &[(f64, f64, f64)], sigma: f64) -> T {
        let (a, e, per, tau) = (p[0], p[1], p[2], p[3]);
        let n = c::<T>(2.0 * PI) / per;
        let mut chi2 = T::zero();
        for &(t, xo, yo) in obs {
            let ea = ecc(n * (c::<T>(t) - tau), e);
            let h = ea / c(2.0);
            let nu = c::<T>(2.0)
                * ((T::one() + e).sqrt() * h.sin()).atan2((T::one() - e).sqrt() * h.cos());
            let r = a * (T::one() - e * ea.cos());
            chi2 = chi2
                + ((r * nu.cos() - c(xo)).powi(2) + (r * nu.sin() - c(yo)).powi(2))
                    / c(sigma * sigma);
        }
        chi2
    }

    #[test]
    fn checks() {
        let obs: Vec<(f64, f64, f64)> = (0..9)
            .map(|i| {
                let t = 2000.0 + 3.1 * i as f64;
                let ea = eccentric_anomaly(2.0 * PI / 31.0 * (t - 1995.0), 0.45);
                let nu = 2.0
                    * (1.45f64.sqrt() * (ea / 2.0).sin()).atan2(0.55f64.sqrt() * (ea / 2.0).cos());
                let r = 0.9 * (1.0 - 0.45 * ea.cos());
                (t, r * nu.cos() + 0.01, r * nu.sin() - 0.01)
            })
            .collect();
        for x in [
            [0.85, 0.4, 30.0, 1994.0],
            [1.0, 0.5, 32.5, 1996.5],
            [0.9, 0.3, 29.0, 1993.0],
        ] {
            let (v, (a, b, cc, d)) = grad_orbit_residual(x[0], x[1], x[2], x[3], &obs, 0.02);
            assert_eq!(v, orbit_residual(x[0], x[1], x[2], x[3], &obs, 0.02));
            let g = [a, b, cc, d];
            // tau ≈ 2000 years: the default step (∛ε·|tau| ≈ 0.01 yr) is too coarse for this
            // curvature, so all coordinates move by 1e-5 instead.
            fd_step(
                "kepler",
                |y| orbit_residual(y[0], y[1], y[2], y[3], &obs, 0.02),
                &x,
                &g,
                1e-5,
                1e-6,
            );
            vs_tape("kepler", v, &g, &x, |y| twin(y, &obs, 0.02));
        }
        for (m, e) in [(0.3, 0.1), (2.0, 0.7), (5.0, 0.9)] {
            let (v, (gm, ge)) = grad_eccentric_anomaly(m, e);
            assert_eq!(v, eccentric_anomaly(m, e));
            // implicit function theorem: dE/dM = 1/(1 - e cos E), dE/de = sin E/(1 - e cos E)
            let den = 1.0 - e * v.cos();
            all_close("kepler ift", &[gm, ge], &[1.0 / den, v.sin() / den], 1e-9);
            fd("ecc", |y| eccentric_anomaly(y[0], y[1]), &[m, e], &[gm, ge]);
            vs_tape("ecc", v, &[gm, ge], &[m, e], |y| ecc(y[0], y[1]));
        }
    }
}
