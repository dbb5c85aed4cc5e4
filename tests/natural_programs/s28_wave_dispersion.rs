//! Coastal engineer: linear-wave dispersion ω² = gk·tanh(kh) solved by Newton for k,
//! then water depth estimated from observed wave celerities.
use gradus::differentiable;

const G: f64 = 9.81;

#[differentiable(wrt(depth))]
pub fn wavenumber(period: f64, depth: f64) -> f64 {
    let omega = 2.0 * std::f64::consts::PI / period;
    let mut k = omega * omega / G; // deep-water guess
    for _ in 0..100 {
        let th = (k * depth).tanh();
        let f = G * k * th - omega * omega;
        let df = G * th + G * k * depth * (1.0 - th * th);
        let step = f / df;
        k -= step;
        if step.abs() < 1e-14 * k {
            break;
        }
    }
    k
}

#[differentiable(wrt(depth))]
pub fn celerity_misfit(depth: f64, periods: &[f64], observed_celerity: &[f64]) -> f64 {
    let mut s = 0.0;
    for (t, c_obs) in periods.iter().zip(observed_celerity) {
        let k = wavenumber(*t, depth);
        let celerity = 2.0 * std::f64::consts::PI / (t * k);
        s += (celerity - c_obs).powi(2);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn wk<T: Float>(period: f64, h: T) -> T {
        let om = 2.0 * std::f64::consts::PI / period;
        let mut k = c::<T>(om * om / G);
        for _ in 0..100 {
            let th = (k * h).tanh();
            let step = (c::<T>(G) * k * th - c(om * om))
                / (c::<T>(G) * th + c::<T>(G) * k * h * (T::one() - th * th));
            k = k - step;
            if step.abs() < c::<T>(1e-14) * k {
                break;
            }
        }
        k
    }

    fn twin<T: Float>(h: T, periods: &[f64], obs: &[f64]) -> T {
        let mut s = T::zero();
        for (t, co) in periods.iter().zip(obs) {
            s = s + (c::<T>(2.0 * std::f64::consts::PI / t) / wk(*t, h) - c(*co)).powi(2);
        }
        s
    }

    #[test]
    fn checks() {
        let periods = [4.0, 6.0, 8.0, 10.0, 12.0];
        let obs = [5.9, 7.8, 8.9, 9.6, 10.1];
        for h in [5.0, 12.0, 30.0] {
            let (v, g) = grad_celerity_misfit(h, &periods, &obs);
            assert_eq!(v, celerity_misfit(h, &periods, &obs));
            fd(
                "dispersion",
                |y| celerity_misfit(y[0], &periods, &obs),
                &[h],
                &[g],
            );
            vs_tape("dispersion", v, &[g], &[h], |y| twin(y[0], &periods, &obs));
        }
    }
}
