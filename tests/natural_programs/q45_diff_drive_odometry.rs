//! Robotics: differential-drive odometry calibration. Wheel radius and track width are
//! fitted so that dead reckoning from encoder ticks ends at the surveyed pose.
use gradus::differentiable;

#[differentiable(wrt(wheel_radius, track))]
pub fn odometry_error(
    wheel_radius: f64,
    track: f64,
    ticks: &[[i32; 2]],
    ticks_per_rev: f64,
    goal: [f64; 3],
) -> f64 {
    let rad_per_tick = 2.0 * std::f64::consts::PI / ticks_per_rev;
    let (mut x, mut y, mut th) = (0.0, 0.0, 0.0);
    for t in ticks {
        let dl = t[0] as f64 * rad_per_tick * wheel_radius;
        let dr = t[1] as f64 * rad_per_tick * wheel_radius;
        let ds = 0.5 * (dl + dr);
        let dth = (dr - dl) / track;
        let mid = th + 0.5 * dth;
        x += ds * mid.cos();
        y += ds * mid.sin();
        th += dth;
    }
    let dth = (th - goal[2]).sin().atan2((th - goal[2]).cos());
    (x - goal[0]).powi(2) + (y - goal[1]).powi(2) + 0.5 * dth * dth
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(r: T, b: T, ticks: &[[i32; 2]], tpr: f64, goal: [f64; 3]) -> T {
        let c = k::<T>(2.0 * std::f64::consts::PI / tpr);
        let (mut x, mut y, mut th) = (T::zero(), T::zero(), T::zero());
        for t in ticks {
            let dl = k::<T>(t[0] as f64) * c * r;
            let dr = k::<T>(t[1] as f64) * c * r;
            let ds = (dl + dr) / k(2.0);
            let dth = (dr - dl) / b;
            x = x + ds * (th + dth / k(2.0)).cos();
            y = y + ds * (th + dth / k(2.0)).sin();
            th = th + dth;
        }
        let e = th - k(goal[2]);
        let w = e.sin().atan2(e.cos());
        (x - k(goal[0])).powi(2) + (y - k(goal[1])).powi(2) + k::<T>(0.5) * w * w
    }

    fn ticks() -> Vec<[i32; 2]> {
        (0..40)
            .map(|i| {
                [
                    100 + (i % 7) * 3,
                    110 + (i % 5) * 4 - if i > 25 { 30 } else { 0 },
                ]
            })
            .collect()
    }
    const GOAL: [f64; 3] = [4.0, 1.5, 0.9];
    const PTS: [[f64; 2]; 3] = [[0.05, 0.3], [0.045, 0.28], [0.055, 0.4]];

    #[test]
    fn value_matches() {
        let t = ticks();
        for [r, b] in PTS {
            assert_eq!(
                grad_odometry_error(r, b, &t, 1024.0, GOAL).0,
                odometry_error(r, b, &t, 1024.0, GOAL)
            );
        }
    }
    #[test]
    fn finite_differences() {
        let t = ticks();
        for [r, b] in PTS {
            let (_, (gr, gb)) = grad_odometry_error(r, b, &t, 1024.0, GOAL);
            fd(
                "odometry",
                |p| odometry_error(p[0], p[1], &t, 1024.0, GOAL),
                &[r, b],
                &[gr, gb],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        let t = ticks();
        for [r, b] in PTS {
            let (_, (gr, gb)) = grad_odometry_error(r, b, &t, 1024.0, GOAL);
            let tape = Tape::new();
            let v = tape.vars(&[r, b]);
            let y = twin(v[0], v[1], &t, 1024.0, GOAL);
            same("odometry tape", &[gr, gb], &tape.gradient(y, &v), 1e-9);
        }
    }
}
