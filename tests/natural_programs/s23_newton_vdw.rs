//! Numerical methods / chemistry: molar volume from the van der Waals equation by
//! Newton–Raphson in a `loop`, then a fit of (a, b) to measured volumes.
use gradus::differentiable;

const R: f64 = 8.314;

#[differentiable(wrt(a, b))]
pub fn vdw_volume(a: f64, b: f64, pressure: f64, temp: f64) -> f64 {
    // start from the ideal gas
    let mut v = R * temp / pressure;
    loop {
        let f = R * temp / (v - b) - a / (v * v) - pressure;
        let df = -R * temp / ((v - b) * (v - b)) + 2.0 * a / (v * v * v);
        let dv = f / df;
        v -= dv;
        if (dv / v).abs() < 1e-12 {
            break;
        }
    }
    v
}

/// `data` rows are (P in Pa, T in K, measured V in m³/mol).
#[differentiable(wrt(a, b))]
pub fn vdw_fit(a: f64, b: f64, data: &[(f64, f64, f64)]) -> f64 {
    data.iter()
        .map(|&(p, t, v)| ((vdw_volume(a, b, p, t) - v) / v).powi(2))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn vol<T: Float>(a: T, b: T, p: f64, t: f64) -> T {
        let mut v = c::<T>(R * t / p);
        loop {
            let f = c::<T>(R * t) / (v - b) - a / (v * v) - c(p);
            let df = -c::<T>(R * t) / ((v - b) * (v - b)) + c::<T>(2.0) * a / (v * v * v);
            let dv = f / df;
            v = v - dv;
            if (dv / v).abs() < c(1e-12) {
                break;
            }
        }
        v
    }

    fn twin<T: Float>(a: T, b: T, data: &[(f64, f64, f64)]) -> T {
        data.iter().fold(T::zero(), |s, &(p, t, v)| {
            s + ((vol(a, b, p, t) - c(v)) / c(v)).powi(2)
        })
    }

    #[test]
    fn checks() {
        // CO2-like gas
        let data = [
            (1.0e6, 300.0, 2.30e-3),
            (3.0e6, 320.0, 7.6e-4),
            (5.0e6, 350.0, 4.9e-4),
        ];
        for (a, b) in [(0.364, 4.27e-5), (0.30, 3.5e-5), (0.40, 5.0e-5)] {
            let (v, (ga, gb)) = grad_vdw_fit(a, b, &data);
            assert_eq!(v, vdw_fit(a, b, &data));
            // a is O(0.1): the default step; b is O(1e-5), far below the default
            // step's floor of ∛ε ≈ 6e-6, so it gets its own step of 1e-10.
            fd("vdw a", |y| vdw_fit(y[0], b, &data), &[a], &[ga]);
            fd_step(
                "vdw b",
                |y| vdw_fit(a, y[0], &data),
                &[b],
                &[gb],
                1e-10,
                1e-6,
            );
            vs_tape("vdw", v, &[ga, gb], &[a, b], |y| twin(y[0], y[1], &data));
            let (vv, (va, vb)) = grad_vdw_volume(a, b, 2.0e6, 310.0);
            assert_eq!(vv, vdw_volume(a, b, 2.0e6, 310.0));
            vs_tape("vdw volume", vv, &[va, vb], &[a, b], |y| {
                vol(y[0], y[1], 2.0e6, 310.0)
            });
        }
    }
}
