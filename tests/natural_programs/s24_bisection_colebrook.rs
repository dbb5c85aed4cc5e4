//! Fluid/pipe engineer: Colebrook friction factor by bisection in a `while` loop,
//! polished by one Newton step, then the Darcy–Weisbach pressure drop.
use gradus::differentiable;

pub struct Fluid {
    pub rho: f64,
    pub mu: f64,
}

#[differentiable(wrt(roughness_mm, diameter_m))]
pub fn pressure_drop(
    roughness_mm: f64,
    diameter_m: f64,
    flow_m3s: f64,
    length_m: f64,
    fluid: &Fluid,
) -> f64 {
    let area = std::f64::consts::PI * diameter_m * diameter_m / 4.0;
    let v = flow_m3s / area;
    let re = fluid.rho * v * diameter_m / fluid.mu;
    assert!(re > 4000.0, "Colebrook is for turbulent flow");
    let rel = roughness_mm / 1000.0 / (3.7 * diameter_m);
    // s = 1/sqrt(f) solves g(s) = 0, g increasing
    let g = |s: f64| s + 2.0 * (rel + 2.51 * s / re).log10();
    let (mut lo, mut hi) = (1.0, 30.0);
    while hi - lo > 1e-6 {
        let mid = 0.5 * (lo + hi);
        if g(mid) > 0.0 {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    let s0 = 0.5 * (lo + hi);
    let dg = 1.0 + 2.0 / std::f64::consts::LN_10 * (2.51 / re) / (rel + 2.51 * s0 / re);
    let s = s0 - g(s0) / dg;
    let f = 1.0 / (s * s);
    f * length_m / diameter_m * 0.5 * fluid.rho * v * v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(eps: T, d: T, q: f64, l: f64, fl: &Fluid) -> T {
        let v = c::<T>(q) / (c::<T>(std::f64::consts::PI / 4.0) * d * d);
        let re = c::<T>(fl.rho / fl.mu) * v * d;
        let rel = eps / c(1000.0) / (c::<T>(3.7) * d);
        let g = |s: T| s + c::<T>(2.0) * (rel + c::<T>(2.51) * s / re).log10();
        let (mut lo, mut hi) = (1.0, 30.0);
        while hi - lo > 1e-6 {
            let mid = 0.5 * (lo + hi);
            if g(c(mid)) > T::zero() {
                hi = mid
            } else {
                lo = mid
            }
        }
        let s0 = c::<T>(0.5 * (lo + hi));
        let dg = T::one()
            + c::<T>(2.0 / std::f64::consts::LN_10) * (c::<T>(2.51) / re)
                / (rel + c::<T>(2.51) * s0 / re);
        let s = s0 - g(s0) / dg;
        T::one() / (s * s) * c::<T>(l) / d * c(0.5 * fl.rho) * v * v
    }

    #[test]
    fn checks() {
        let water = Fluid {
            rho: 998.0,
            mu: 1.0e-3,
        };
        for x in [[0.045, 0.1], [0.15, 0.2], [0.01, 0.05]] {
            let (v, (ge, gd)) = grad_pressure_drop(x[0], x[1], 0.02, 100.0, &water);
            assert_eq!(v, pressure_drop(x[0], x[1], 0.02, 100.0, &water));
            // a step of 1e-6 moves the Colebrook root far less than the bisection
            // tolerance, so the bracket (a step function of the inputs) stays put
            fd_step(
                "colebrook",
                |y| pressure_drop(y[0], y[1], 0.02, 100.0, &water),
                &x,
                &[ge, gd],
                1e-7,
                1e-6,
            );
            vs_tape("colebrook", v, &[ge, gd], &x, |y| {
                twin(y[0], y[1], 0.02, 100.0, &water)
            });
        }
    }
}
