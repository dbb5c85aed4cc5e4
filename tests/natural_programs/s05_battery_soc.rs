//! Energy engineer: coulomb-counting state-of-charge model with an OCV polynomial and
//! a series resistance, fitted to a logged drive cycle.
use gradus::differentiable;

/// Open-circuit voltage polynomial in SoC, lowest order first.
const OCV_COEFFS: [f64; 5] = [3.2, 1.35, -1.6, 1.3, -0.35];

#[differentiable]
pub fn ocv(soc: f64) -> f64 {
    OCV_COEFFS.iter().rev().fold(0.0, |acc, &c| acc * soc + c)
}

/// `samples` are (current in A, discharge positive; measured terminal voltage).
#[differentiable(wrt(capacity_ah, r0, eta))]
pub fn voltage_misfit(
    capacity_ah: f64,
    r0: f64,
    eta: f64,
    soc0: f64,
    samples: &[(f64, f64)],
    dt_s: f64,
) -> f64 {
    let mut soc = soc0;
    let mut err = 0.0;
    for &(current, v_meas) in samples {
        // charging is not lossless
        let eff = if current < 0.0 { eta } else { 1.0 };
        soc -= eff * current * dt_s / (3600.0 * capacity_ah);
        soc = soc.clamp(0.0, 1.0);
        let v = ocv(soc) - r0 * current;
        err += (v - v_meas).powi(2);
    }
    err / samples.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(cap: T, r0: T, eta: T, soc0: f64, s: &[(f64, f64)], dt: f64) -> T {
        let mut soc = c::<T>(soc0);
        let mut err = T::zero();
        for &(i, vm) in s {
            let eff = if i < 0.0 { eta } else { T::one() };
            soc = soc - eff * c(i * dt) / (c::<T>(3600.0) * cap);
            soc = soc.max(T::zero()).min(T::one());
            let mut o = T::zero();
            for k in (0..5).rev() {
                o = o * soc + c(OCV_COEFFS[k]);
            }
            let v = o - r0 * c(i);
            err = err + (v - c(vm)).powi(2);
        }
        err / c(s.len() as f64)
    }

    #[test]
    fn checks() {
        let s: Vec<(f64, f64)> = (0..40)
            .map(|k| {
                let i = if k % 7 == 3 {
                    -8.0
                } else {
                    5.0 + (k as f64 * 0.3).sin() * 3.0
                };
                (i, 3.9 - 0.012 * k as f64 - 0.02 * i)
            })
            .collect();
        for x in [[2.5, 0.03, 0.97], [3.0, 0.05, 0.9], [2.0, 0.02, 0.99]] {
            let (v, (a, b, e)) = grad_voltage_misfit(x[0], x[1], x[2], 0.9, &s, 10.0);
            assert_eq!(v, voltage_misfit(x[0], x[1], x[2], 0.9, &s, 10.0));
            let g = [a, b, e];
            fd(
                "soc",
                |y| voltage_misfit(y[0], y[1], y[2], 0.9, &s, 10.0),
                &x,
                &g,
            );
            vs_tape("soc", v, &g, &x, |y| twin(y[0], y[1], y[2], 0.9, &s, 10.0));
        }
    }
}
