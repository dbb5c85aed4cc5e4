//! Numerical methods: composite 5-point Gauss–Legendre quadrature of a damped cosine,
//! with constant node and weight tables.
use gradus::differentiable;

const NODES: [f64; 5] = [
    -0.906_179_845_938_664,
    -0.538_469_310_105_683,
    0.0,
    0.538_469_310_105_683,
    0.906_179_845_938_664,
];
const WEIGHTS: [f64; 5] = [
    0.236_926_885_056_189,
    0.478_628_670_499_366,
    0.568_888_888_888_889,
    0.478_628_670_499_366,
    0.236_926_885_056_189,
];

/// ∫ₐᵇ exp(−αx²) cos(ωx) dx
#[differentiable(wrt(alpha, omega))]
pub fn damped_cosine_integral(alpha: f64, omega: f64, a: f64, b: f64, panels: usize) -> f64 {
    let h = (b - a) / panels as f64;
    let mut total = 0.0;
    for p in 0..panels {
        let mid = a + (p as f64 + 0.5) * h;
        for (xi, wi) in NODES.iter().zip(WEIGHTS.iter()) {
            let x = mid + 0.5 * h * xi;
            total += wi * (-alpha * x * x).exp() * (omega * x).cos();
        }
    }
    0.5 * h * total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(al: T, om: T, a: f64, b: f64, panels: usize) -> T {
        let h = (b - a) / panels as f64;
        let mut t = T::zero();
        for p in 0..panels {
            for k in 0..5 {
                let x = a + (p as f64 + 0.5) * h + 0.5 * h * NODES[k];
                t = t + c::<T>(WEIGHTS[k]) * (-al * c(x * x)).exp() * (om * c(x)).cos();
            }
        }
        t * c(0.5 * h)
    }

    #[test]
    fn checks() {
        // on a wide interval the integral approaches sqrt(pi/alpha) exp(-omega²/4alpha)
        let (v, _) = grad_damped_cosine_integral(1.0, 1.0, -8.0, 8.0, 16);
        assert!(
            (v - std::f64::consts::PI.sqrt() * (-0.25f64).exp()).abs() < 1e-6,
            "{v}"
        ); // 5-point GL on unit panels errs by ~5e-8
        for x in [[1.0, 1.0], [0.5, 2.0], [2.0, 0.3]] {
            let (v, (a, b)) = grad_damped_cosine_integral(x[0], x[1], -3.0, 4.0, 8);
            assert_eq!(v, damped_cosine_integral(x[0], x[1], -3.0, 4.0, 8));
            fd(
                "gl",
                |y| damped_cosine_integral(y[0], y[1], -3.0, 4.0, 8),
                &x,
                &[a, b],
            );
            vs_tape("gl", v, &[a, b], &x, |y| twin(y[0], y[1], -3.0, 4.0, 8));
        }
    }
}
