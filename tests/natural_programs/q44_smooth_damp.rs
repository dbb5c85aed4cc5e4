//! Game dev: Unity-style SmoothDamp camera follow (critically damped spring with the
//! rational approximation of e^{−x}, speed-limited), replayed over recorded player
//! positions; smooth_time is tuned so the camera trails the player by a desired lag.
use gradus::differentiable;

#[differentiable(wrt(smooth_time))]
pub fn follow_lag_cost(
    smooth_time: f64,
    targets: &[f64],
    dt: f64,
    max_speed: f64,
    desired_lag: f64,
) -> f64 {
    let omega = 2.0 / smooth_time;
    let x = omega * dt;
    let exp = 1.0 / (1.0 + x + 0.48 * x * x + 0.235 * x * x * x);
    let mut cam = targets[0];
    let mut vel = 0.0;
    let mut cost = 0.0;
    for &target in &targets[1..] {
        let max_change = max_speed * smooth_time;
        let change = (cam - target).clamp(-max_change, max_change);
        let temp = (vel + omega * change) * dt;
        vel = (vel - omega * temp) * exp;
        cam = (cam - change) + (change + temp) * exp;
        let lag = target - cam;
        cost += (lag - desired_lag).powi(2);
    }
    cost / (targets.len() - 1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(st: T, targets: &[f64], dt: f64, max_speed: f64, lag0: f64) -> T {
        let omega = k::<T>(2.0) / st;
        let x = omega * k(dt);
        let e = T::one() / (T::one() + x + k::<T>(0.48) * x * x + k::<T>(0.235) * x * x * x);
        let mut cam = k::<T>(targets[0]);
        let mut vel = T::zero();
        let mut cost = T::zero();
        for &t in &targets[1..] {
            let mc = k::<T>(max_speed) * st;
            let change = (cam - k(t)).max(-mc).min(mc);
            let temp = (vel + omega * change) * k(dt);
            vel = (vel - omega * temp) * e;
            cam = (cam - change) + (change + temp) * e;
            cost = cost + (k::<T>(t) - cam - k(lag0)).powi(2);
        }
        cost / k((targets.len() - 1) as f64)
    }

    fn targets() -> Vec<f64> {
        (0..90)
            .map(|i| {
                let t = i as f64 / 60.0;
                3.0 * t + 0.5 * (4.0 * t).sin()
            })
            .collect()
    }
    // the third point hits the speed limit
    const PTS: [[f64; 2]; 3] = [[0.3, 50.0], [0.15, 50.0], [0.5, 0.5]];

    #[test]
    fn value_matches() {
        let t = targets();
        for [s, m] in PTS {
            assert_eq!(
                grad_follow_lag_cost(s, &t, 1.0 / 60.0, m, 0.4).0,
                follow_lag_cost(s, &t, 1.0 / 60.0, m, 0.4)
            );
        }
    }
    #[test]
    fn finite_differences() {
        let t = targets();
        for [s, m] in PTS {
            let (_, g) = grad_follow_lag_cost(s, &t, 1.0 / 60.0, m, 0.4);
            fd(
                "smooth damp",
                |p| follow_lag_cost(p[0], &t, 1.0 / 60.0, m, 0.4),
                &[s],
                &[g],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        let t = targets();
        for [s, m] in PTS {
            let (_, g) = grad_follow_lag_cost(s, &t, 1.0 / 60.0, m, 0.4);
            let tape = Tape::new();
            let v = tape.vars(&[s]);
            let y = twin(v[0], &t, 1.0 / 60.0, m, 0.4);
            same("smooth damp tape", &[g], &tape.gradient(y, &v), 1e-9);
        }
    }
}
