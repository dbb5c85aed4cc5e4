//! Robotics: inverse kinematics of a planar two-link arm by gradient descent on the
//! joint angles; optional desired bearing of the end effector, soft elbow limit.
use gradus::differentiable;

pub struct Arm {
    pub l1: f64,
    pub l2: f64,
}

pub mod angles {
    use gradus::differentiable;

    /// Wraps an angle into (-π, π].
    #[differentiable]
    pub fn wrap(a: f64) -> f64 {
        a.sin().atan2(a.cos())
    }
}

#[differentiable(wrt(shoulder, elbow))]
pub fn reach_cost(
    shoulder: f64,
    elbow: f64,
    arm: &Arm,
    target: [f64; 2],
    bearing: Option<f64>,
) -> f64 {
    let (s1, c1) = shoulder.sin_cos();
    let (s12, c12) = (shoulder + elbow).sin_cos();
    let x = arm.l1 * c1 + arm.l2 * c12;
    let y = arm.l1 * s1 + arm.l2 * s12;
    let dist = (x - target[0]).hypot(y - target[1]);
    let mut cost = dist * dist;
    if let Some(b) = bearing {
        let err = angles::wrap(y.atan2(x) - b);
        cost += 0.1 * err * err;
    }
    let limit = 150.0_f64.to_radians();
    if elbow.abs() > limit {
        cost += 10.0 * (elbow.abs() - limit).powi(2);
    }
    cost
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(sh: T, el: T, arm: &Arm, target: [f64; 2], bearing: Option<f64>) -> T {
        let x = k::<T>(arm.l1) * sh.cos() + k::<T>(arm.l2) * (sh + el).cos();
        let y = k::<T>(arm.l1) * sh.sin() + k::<T>(arm.l2) * (sh + el).sin();
        let dx = x - k(target[0]);
        let dy = y - k(target[1]);
        let mut cost = dx * dx + dy * dy;
        if let Some(b) = bearing {
            let a = y.atan2(x) - k(b);
            let e = a.sin().atan2(a.cos());
            cost = cost + k::<T>(0.1) * e * e;
        }
        let lim = k::<T>(150.0f64.to_radians());
        if el.abs() > lim {
            cost = cost + k::<T>(10.0) * (el.abs() - lim).powi(2);
        }
        cost
    }

    const ARM: Arm = Arm { l1: 1.0, l2: 0.7 };
    const CASES: [(f64, f64, [f64; 2], Option<f64>); 4] = [
        (0.3, 0.9, [1.2, 0.8], None),
        (-0.5, 1.4, [0.4, -1.1], Some(-1.0)),
        (1.1, -2.8, [0.2, 0.5], Some(3.0)),
        (2.0, 0.2, [-1.0, 1.0], Some(2.5)),
    ];

    #[test]
    fn value_matches() {
        for (s, e, t, b) in CASES {
            assert_eq!(
                grad_reach_cost(s, e, &ARM, t, b).0,
                reach_cost(s, e, &ARM, t, b)
            );
        }
        assert_eq!(angles::grad_wrap(4.0).0, angles::wrap(4.0));
    }
    #[test]
    fn finite_differences() {
        for (s, e, t, b) in CASES {
            let (_, (gs, ge)) = grad_reach_cost(s, e, &ARM, t, b);
            fd(
                "ik",
                |p| reach_cost(p[0], p[1], &ARM, t, b),
                &[s, e],
                &[gs, ge],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for (s, e, t, b) in CASES {
            let (_, (gs, ge)) = grad_reach_cost(s, e, &ARM, t, b);
            let tape = Tape::new();
            let v = tape.vars(&[s, e]);
            let y = twin(v[0], v[1], &ARM, t, b);
            same("ik tape", &[gs, ge], &tape.gradient(y, &v), 1e-9);
        }
    }
}
