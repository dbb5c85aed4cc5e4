//! Supply-chain analyst: Holt's linear exponential smoothing of weekly demand, the
//! smoothing constants tuned on one-step-ahead squared error.
use gradus::differentiable;

#[differentiable(wrt(a_logit, b_logit))]
pub fn holt_sse(a_logit: f64, b_logit: f64, demand: &[f64]) -> f64 {
    let alpha = 1.0 / (1.0 + (-a_logit).exp());
    let beta = 1.0 / (1.0 + (-b_logit).exp());
    let init_trend = demand.windows(2).take(4).map(|w| w[1] - w[0]).sum::<f64>() / 4.0;
    let mut level = demand[0];
    let mut trend = init_trend;
    let mut sse = 0.0;
    for &y in &demand[1..] {
        let forecast = level + trend;
        sse += (y - forecast).powi(2);
        let prev_level = level;
        level = alpha * y + (1.0 - alpha) * forecast;
        trend = beta * (level - prev_level) + (1.0 - beta) * trend;
    }
    sse
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(la: T, lb: T, d: &[f64]) -> T {
        let al = T::one() / (T::one() + (-la).exp());
        let be = T::one() / (T::one() + (-lb).exp());
        let tr0: f64 = (0..4).map(|i| d[i + 1] - d[i]).sum::<f64>() / 4.0;
        let (mut l, mut tr, mut s) = (c::<T>(d[0]), c::<T>(tr0), T::zero());
        for &y in &d[1..] {
            let f = l + tr;
            s = s + (c::<T>(y) - f).powi(2);
            let pl = l;
            l = al * c(y) + (T::one() - al) * f;
            tr = be * (l - pl) + (T::one() - be) * tr;
        }
        s
    }

    #[test]
    fn checks() {
        let d: Vec<f64> = (0..30)
            .map(|w| 100.0 + 2.0 * w as f64 + 8.0 * ((w as f64) * 1.1).sin())
            .collect();
        for x in [[0.0, -1.0], [-1.5, 0.5], [1.0, -2.0]] {
            let (v, (a, b)) = grad_holt_sse(x[0], x[1], &d);
            assert_eq!(v, holt_sse(x[0], x[1], &d));
            fd("holt", |y| holt_sse(y[0], y[1], &d), &x, &[a, b]);
            vs_tape("holt", v, &[a, b], &x, |y| twin(y[0], y[1], &d));
        }
    }
}
