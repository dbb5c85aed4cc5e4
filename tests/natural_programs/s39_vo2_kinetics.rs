//! Sports scientist: mono-exponential VO₂ on-kinetics with a time delay, fitted to
//! breath-by-breath data.
use gradus::differentiable;

#[differentiable(wrt(baseline, amplitude, delay, tau))]
pub fn vo2_sse(baseline: f64, amplitude: f64, delay: f64, tau: f64, breaths: &[(f64, f64)]) -> f64 {
    breaths
        .iter()
        .map(|&(t, vo2)| {
            let model = if t < delay {
                baseline
            } else {
                baseline + amplitude * -(-(t - delay) / tau).exp_m1()
            };
            (vo2 - model).powi(2)
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(p: &[T], br: &[(f64, f64)]) -> T {
        let mut s = T::zero();
        for &(t, v) in br {
            let m = if c::<T>(t) < p[2] {
                p[0]
            } else {
                p[0] + p[1] * (T::one() - (-(c::<T>(t) - p[2]) / p[3]).exp())
            };
            s = s + (c::<T>(v) - m).powi(2);
        }
        s
    }

    #[test]
    fn checks() {
        let br: Vec<(f64, f64)> = (0..60)
            .map(|i| {
                let t = 3.37 * i as f64 + 0.41;
                (
                    t,
                    if t < 15.0 {
                        0.9
                    } else {
                        0.9 + 2.1 * (1.0 - (-(t - 15.0) / 28.0).exp())
                    } + 0.03 * (i as f64).sin(),
                )
            })
            .collect();
        // delays chosen at least 0.1 s away from every breath time (the kink)
        for x in [
            [0.9, 2.0, 14.0, 25.0],
            [1.0, 2.3, 16.2, 30.0],
            [0.8, 1.8, 12.0, 20.0],
        ] {
            let (v, (a, b, cc, d)) = grad_vo2_sse(x[0], x[1], x[2], x[3], &br);
            assert_eq!(v, vo2_sse(x[0], x[1], x[2], x[3], &br));
            let g = [a, b, cc, d];
            fd("vo2", |y| vo2_sse(y[0], y[1], y[2], y[3], &br), &x, &g);
            vs_tape("vo2", v, &g, &x, |y| twin(y, &br));
        }
    }
}
