//! Control engineer: discounted LQR cost of a scalar plant under u = −kx, generic
//! over the float type (the same code runs on the controller in f32).
use gradus::{differentiable, Float};

#[differentiable]
pub fn scalar_lqr<T: Float>(k: T, a: T, b: T, x0: T, q: T, r: T, steps: usize) -> T {
    let gamma = T::from(0.98).unwrap();
    let mut x = x0;
    let mut j = T::zero();
    let mut disc = T::one();
    for _ in 0..steps {
        let u = -k * x;
        j = j + disc * (q * x * x + r * u * u);
        x = a * x + b * u;
        disc = disc * gamma;
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;

    #[test]
    fn checks() {
        for x in [
            [0.5, 1.05, 0.5, 1.0, 1.0, 0.1],
            [1.2, 0.9, 0.3, -2.0, 2.0, 0.5],
            [0.1, 1.0, 1.0, 0.5, 0.5, 0.01],
        ] {
            let (v, (g0, g1, g2, g3, g4, g5)) =
                grad_scalar_lqr(x[0], x[1], x[2], x[3], x[4], x[5], 30);
            assert_eq!(v, scalar_lqr(x[0], x[1], x[2], x[3], x[4], x[5], 30));
            let g = [g0, g1, g2, g3, g4, g5];
            fd(
                "lqr1",
                |y| scalar_lqr(y[0], y[1], y[2], y[3], y[4], y[5], 30),
                &x,
                &g,
            );
            vs_tape("lqr1", v, &g, &x, |y| {
                scalar_lqr(y[0], y[1], y[2], y[3], y[4], y[5], 30)
            });
            let x32: Vec<f32> = x.iter().map(|&v| v as f32).collect();
            let (v, (g0, g1, g2, g3, g4, g5)) =
                grad_scalar_lqr(x32[0], x32[1], x32[2], x32[3], x32[4], x32[5], 30);
            assert_eq!(
                v,
                scalar_lqr(x32[0], x32[1], x32[2], x32[3], x32[4], x32[5], 30)
            );
            let g = [g0, g1, g2, g3, g4, g5];
            // 30 steps of a product of gains: the default f32 step (5e-3 on a gain of 0.1)
            // has a truncation error above 1e-3, so a step of 1e-3 is used.
            fd32_step(
                "lqr1 f32",
                |y| scalar_lqr(y[0], y[1], y[2], y[3], y[4], y[5], 30),
                &x32,
                &g,
                1e-3,
            );
            vs_tape32("lqr1 f32", v, &g, &x32, |y| {
                scalar_lqr(y[0], y[1], y[2], y[3], y[4], y[5], 30)
            });
        }
    }
}
