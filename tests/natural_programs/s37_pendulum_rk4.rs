//! Physics student: damped pendulum integrated with classical RK4 (the right-hand
//! side a closure returning a tuple), fitted to a recorded swing.
use gradus::differentiable;

#[differentiable(wrt(length, damping))]
pub fn pendulum_misfit(length: f64, damping: f64, theta0: f64, dt: f64, observed: &[f64]) -> f64 {
    const G: f64 = 9.81;
    let deriv = |th: f64, om: f64| (om, -G / length * th.sin() - damping * om);
    let (mut th, mut om) = (theta0, 0.0);
    let mut sse = 0.0;
    for &obs in observed {
        let (k1t, k1o) = deriv(th, om);
        let (k2t, k2o) = deriv(th + 0.5 * dt * k1t, om + 0.5 * dt * k1o);
        let (k3t, k3o) = deriv(th + 0.5 * dt * k2t, om + 0.5 * dt * k2o);
        let (k4t, k4o) = deriv(th + dt * k3t, om + dt * k3o);
        th += dt / 6.0 * (k1t + 2.0 * k2t + 2.0 * k3t + k4t);
        om += dt / 6.0 * (k1o + 2.0 * k2o + 2.0 * k3o + k4o);
        sse += (th - obs).powi(2);
    }
    sse
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(l: T, d: T, th0: f64, dt: f64, obs: &[f64]) -> T {
        let f = |th: T, om: T| (om, -c::<T>(9.81) / l * th.sin() - d * om);
        let h = c::<T>(dt);
        let half = c::<T>(0.5 * dt);
        let (mut th, mut om, mut s) = (c::<T>(th0), T::zero(), T::zero());
        for &o in obs {
            let (a1, b1) = f(th, om);
            let (a2, b2) = f(th + half * a1, om + half * b1);
            let (a3, b3) = f(th + half * a2, om + half * b2);
            let (a4, b4) = f(th + h * a3, om + h * b3);
            th = th + h / c(6.0) * (a1 + c::<T>(2.0) * a2 + c::<T>(2.0) * a3 + a4);
            om = om + h / c(6.0) * (b1 + c::<T>(2.0) * b2 + c::<T>(2.0) * b3 + b4);
            s = s + (th - c(o)).powi(2);
        }
        s
    }

    #[test]
    fn checks() {
        let obs: Vec<f64> = (1..=40)
            .map(|i| 0.5 * (-0.05 * i as f64 * 0.05).exp() * (3.13 * i as f64 * 0.05).cos())
            .collect();
        for x in [[1.0, 0.1], [0.8, 0.3], [1.3, 0.02]] {
            let (v, (a, b)) = grad_pendulum_misfit(x[0], x[1], 0.5, 0.05, &obs);
            assert_eq!(v, pendulum_misfit(x[0], x[1], 0.5, 0.05, &obs));
            fd(
                "rk4",
                |y| pendulum_misfit(y[0], y[1], 0.5, 0.05, &obs),
                &x,
                &[a, b],
            );
            vs_tape("rk4", v, &[a, b], &x, |y| twin(y[0], y[1], 0.5, 0.05, &obs));
        }
    }
}
