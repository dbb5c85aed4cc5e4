//! Range of a projectile launched from height h at speed v and angle (degrees).
use gradus::differentiable;

#[differentiable]
pub fn projectile_range(speed: f64, angle_deg: f64, height: f64) -> f64 {
    const G: f64 = 9.81;
    let theta = angle_deg.to_radians();
    let (s, c) = theta.sin_cos();
    let vx = speed * c;
    let vy = speed * s;
    let flight_time = (vy + (vy * vy + 2.0 * G * height).sqrt()) / G;
    vx * flight_time
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(speed: T, angle_deg: T, height: T) -> T {
        let g = c::<T>(9.81);
        let theta = angle_deg.to_radians();
        let (s, co) = theta.sin_cos();
        let vx = speed * co;
        let vy = speed * s;
        let flight_time = (vy + (vy * vy + c::<T>(2.0) * g * height).sqrt()) / g;
        vx * flight_time
    }

    fn points() -> Vec<[f64; 3]> {
        vec![[20.0, 45.0, 0.0], [35.0, 30.0, 10.0], [12.0, 70.0, 2.5]]
    }

    #[test]
    fn value_matches() {
        for [v, a, h] in points() {
            assert_eq!(grad_projectile_range(v, a, h).0, projectile_range(v, a, h));
        }
    }

    #[test]
    fn finite_differences() {
        for [v, a, h] in points() {
            let (_, (gv, ga, gh)) = grad_projectile_range(v, a, h);
            fd(
                "projectile",
                |p| projectile_range(p[0], p[1], p[2]),
                &[v, a, h],
                &[gv, ga, gh],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [v, a, h] in points() {
            let (_, (gv, ga, gh)) = grad_projectile_range(v, a, h);
            let tape = Tape::new();
            let vs = tape.vars(&[v, a, h]);
            let y = twin(vs[0], vs[1], vs[2]);
            all_close(
                "projectile tape",
                &[gv, ga, gh],
                &tape.gradient(y, &vs),
                1e-9,
            );
        }
    }
}
