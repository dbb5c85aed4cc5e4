//! Sports scientist: Banister fitness–fatigue impulse-response model fitted to the
//! days on which a performance test was done.
use gradus::differentiable;

#[differentiable(wrt(p0, k1, k2, tau1, tau2))]
pub fn banister_sse(
    p0: f64,
    k1: f64,
    k2: f64,
    tau1: f64,
    tau2: f64,
    loads: &[f64],
    perf: &[Option<f64>],
) -> f64 {
    assert_eq!(loads.len(), perf.len());
    let mut fitness = 0.0;
    let mut fatigue = 0.0;
    let mut sse = 0.0;
    let d1 = (-1.0 / tau1).exp();
    let d2 = (-1.0 / tau2).exp();
    for (day, &w) in loads.iter().enumerate() {
        fitness = fitness * d1 + w;
        fatigue = fatigue * d2 + w;
        if let Some(obs) = perf[day] {
            let pred = p0 + k1 * fitness - k2 * fatigue;
            sse += (pred - obs).powi(2);
        }
    }
    sse
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(p: &[T], loads: &[f64], perf: &[Option<f64>]) -> T {
        let (mut fit, mut fat, mut sse) = (T::zero(), T::zero(), T::zero());
        let d1 = (-T::one() / p[3]).exp();
        let d2 = (-T::one() / p[4]).exp();
        for (day, &w) in loads.iter().enumerate() {
            fit = fit * d1 + c(w);
            fat = fat * d2 + c(w);
            if let Some(o) = perf[day] {
                sse = sse + (p[0] + p[1] * fit - p[2] * fat - c(o)).powi(2);
            }
        }
        sse
    }

    #[test]
    fn checks() {
        let loads: Vec<f64> = (0..60)
            .map(|d| {
                if d % 7 == 6 {
                    0.0
                } else {
                    50.0 + 30.0 * ((d as f64) * 0.9).sin().abs()
                }
            })
            .collect();
        let perf: Vec<Option<f64>> = (0..60)
            .map(|d| {
                if d % 5 == 4 {
                    Some(400.0 + d as f64 * 1.5)
                } else {
                    None
                }
            })
            .collect();
        for x in [
            [380.0, 0.1, 0.18, 42.0, 7.0],
            [400.0, 0.08, 0.2, 35.0, 5.0],
            [390.0, 0.12, 0.15, 50.0, 9.0],
        ] {
            let (v, (a, b, cc, d, e)) =
                grad_banister_sse(x[0], x[1], x[2], x[3], x[4], &loads, &perf);
            assert_eq!(v, banister_sse(x[0], x[1], x[2], x[3], x[4], &loads, &perf));
            let g = [a, b, cc, d, e];
            fd(
                "banister",
                |y| banister_sse(y[0], y[1], y[2], y[3], y[4], &loads, &perf),
                &x,
                &g,
            );
            vs_tape("banister", v, &g, &x, |y| twin(y, &loads, &perf));
        }
    }
}
