//! Physics: driven damped oscillator x'' + 2ζω x' + ω² x = F cos(1.3 t), classic RK4 with
//! the step count from the experiment log; the objective is the squared miss of the
//! measured final state.
use gradus::differentiable;

#[differentiable]
pub fn accel(x: f64, v: f64, t: f64, omega: f64, zeta: f64, drive: f64) -> f64 {
    drive * (1.3 * t).cos() - 2.0 * zeta * omega * v - omega * omega * x
}

#[differentiable(wrt(omega, zeta, drive))]
pub fn final_state_miss(
    omega: f64,
    zeta: f64,
    drive: f64,
    t_end: f64,
    steps: usize,
    target: (f64, f64),
) -> f64 {
    let h = t_end / steps as f64;
    let (mut x, mut v) = (1.0, 0.0);
    let mut t = 0.0;
    for _ in 0..steps {
        let (k1x, k1v) = (v, accel(x, v, t, omega, zeta, drive));
        let (k2x, k2v) = (
            v + 0.5 * h * k1v,
            accel(
                x + 0.5 * h * k1x,
                v + 0.5 * h * k1v,
                t + 0.5 * h,
                omega,
                zeta,
                drive,
            ),
        );
        let (k3x, k3v) = (
            v + 0.5 * h * k2v,
            accel(
                x + 0.5 * h * k2x,
                v + 0.5 * h * k2v,
                t + 0.5 * h,
                omega,
                zeta,
                drive,
            ),
        );
        let (k4x, k4v) = (
            v + h * k3v,
            accel(x + h * k3x, v + h * k3v, t + h, omega, zeta, drive),
        );
        x += h / 6.0 * (k1x + 2.0 * k2x + 2.0 * k3x + k4x);
        v += h / 6.0 * (k1v + 2.0 * k2v + 2.0 * k3v + k4v);
        t += h;
    }
    (x - target.0).powi(2) + (v - target.1).powi(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn acc<T: Float>(x: T, v: T, t: f64, w: T, z: T, f: T) -> T {
        f * k::<T>((1.3 * t).cos()) - k::<T>(2.0) * z * w * v - w * w * x
    }
    fn twin<T: Float>(w: T, z: T, f: T, t_end: f64, steps: usize, target: (f64, f64)) -> T {
        let hf = t_end / steps as f64;
        let h = k::<T>(hf);
        let half = k::<T>(0.5);
        let (mut x, mut v) = (T::one(), T::zero());
        let mut t = 0.0;
        for _ in 0..steps {
            let (k1x, k1v) = (v, acc(x, v, t, w, z, f));
            let (k2x, k2v) = (
                v + half * h * k1v,
                acc(
                    x + half * h * k1x,
                    v + half * h * k1v,
                    t + 0.5 * hf,
                    w,
                    z,
                    f,
                ),
            );
            let (k3x, k3v) = (
                v + half * h * k2v,
                acc(
                    x + half * h * k2x,
                    v + half * h * k2v,
                    t + 0.5 * hf,
                    w,
                    z,
                    f,
                ),
            );
            let (k4x, k4v) = (v + h * k3v, acc(x + h * k3x, v + h * k3v, t + hf, w, z, f));
            let two = k::<T>(2.0);
            x = x + h / k(6.0) * (k1x + two * k2x + two * k3x + k4x);
            v = v + h / k(6.0) * (k1v + two * k2v + two * k3v + k4v);
            t += hf;
        }
        (x - k(target.0)).powi(2) + (v - k(target.1)).powi(2)
    }

    const PTS: [[f64; 3]; 3] = [[2.0, 0.1, 0.5], [1.3, 0.4, 1.2], [3.1, 0.05, -0.7]];
    const TGT: (f64, f64) = (0.3, -0.8);

    #[test]
    fn value_matches() {
        for [w, z, f] in PTS {
            assert_eq!(
                grad_final_state_miss(w, z, f, 4.0, 80, TGT).0,
                final_state_miss(w, z, f, 4.0, 80, TGT)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for [w, z, f] in PTS {
            let (_, (a, b, c)) = grad_final_state_miss(w, z, f, 4.0, 80, TGT);
            fd(
                "rk4",
                |p| final_state_miss(p[0], p[1], p[2], 4.0, 80, TGT),
                &[w, z, f],
                &[a, b, c],
            );
            let (_, g) = grad_accel(0.4, -0.2, 1.0, w, z, f);
            fd(
                "accel",
                |p| accel(p[0], p[1], p[2], p[3], p[4], p[5]),
                &[0.4, -0.2, 1.0, w, z, f],
                &[g.0, g.1, g.2, g.3, g.4, g.5],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for [w, z, f] in PTS {
            let (_, (a, b, c)) = grad_final_state_miss(w, z, f, 4.0, 80, TGT);
            let tape = Tape::new();
            let v = tape.vars(&[w, z, f]);
            let y = twin(v[0], v[1], v[2], 4.0, 80, TGT);
            same("rk4 tape", &[a, b, c], &tape.gradient(y, &v), 1e-9);
        }
    }
}
