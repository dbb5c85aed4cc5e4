//! Game dev: the artillery AI aims by gradient on muzzle speed and elevation. Quadratic
//! drag, semi-implicit Euler `while` the shell is above ground, last step interpolated to
//! the ground so the range is a smooth function of the aim.
use gradus::differentiable;

const GRAVITY: f64 = 9.81;

pub struct Ballistics {
    pub drag: f64,
    pub dt: f64,
    pub muzzle_height: f64,
}

#[differentiable(wrt(speed, elevation_deg))]
pub fn shot_range(speed: f64, elevation_deg: f64, b: &Ballistics) -> f64 {
    let (s, c) = elevation_deg.to_radians().sin_cos();
    let (mut x, mut y) = (0.0, b.muzzle_height);
    let (mut vx, mut vy) = (speed * c, speed * s);
    let (mut px, mut py) = (x, y);
    while y >= 0.0 {
        px = x;
        py = y;
        let v = vx.hypot(vy);
        vx -= b.drag * v * vx * b.dt;
        vy -= (GRAVITY + b.drag * v * vy) * b.dt;
        x += vx * b.dt;
        y += vy * b.dt;
    }
    let frac = py / (py - y);
    px + frac * (x - px)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(speed: T, elev: T, b: &Ballistics) -> T {
        let (s, c) = elev.to_radians().sin_cos();
        let dt = k::<T>(b.dt);
        let drag = k::<T>(b.drag);
        let (mut x, mut y) = (T::zero(), k::<T>(b.muzzle_height));
        let (mut vx, mut vy) = (speed * c, speed * s);
        let (mut px, mut py) = (x, y);
        while y >= T::zero() {
            px = x;
            py = y;
            let v = vx.hypot(vy);
            vx = vx - drag * v * vx * dt;
            vy = vy - (k::<T>(GRAVITY) + drag * v * vy) * dt;
            x = x + vx * dt;
            y = y + vy * dt;
        }
        px + py / (py - y) * (x - px)
    }

    const B: Ballistics = Ballistics {
        drag: 0.002,
        dt: 0.01,
        muzzle_height: 2.0,
    };
    const PTS: [[f64; 2]; 3] = [[60.0, 30.0], [95.0, 47.0], [40.0, 12.5]];

    #[test]
    fn value_matches() {
        for [s, e] in PTS {
            assert_eq!(grad_shot_range(s, e, &B).0, shot_range(s, e, &B));
        }
    }
    #[test]
    fn finite_differences() {
        for [s, e] in PTS {
            let (_, (gs, ge)) = grad_shot_range(s, e, &B);
            fd(
                "artillery",
                |p| shot_range(p[0], p[1], &B),
                &[s, e],
                &[gs, ge],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for [s, e] in PTS {
            let (_, (gs, ge)) = grad_shot_range(s, e, &B);
            let tape = Tape::new();
            let v = tape.vars(&[s, e]);
            let y = twin(v[0], v[1], &B);
            same("artillery tape", &[gs, ge], &tape.gradient(y, &v), 1e-9);
        }
    }
}
