//! Robotics: constant-velocity Kalman filter on 1-D position fixes. The negative
//! log-likelihood of the innovations is what we minimise to tune the process noise `q`
//! and the measurement noise `r` (instead of hand-tuning them in filterpy).
use gradus::differentiable;

#[differentiable(wrt(q, r))]
pub fn kalman_nll(q: f64, r: f64, zs: &[f64], dt: f64) -> f64 {
    let mut x = [zs[0], 0.0];
    let mut p = [[r, 0.0], [0.0, 1.0]];
    let mut nll = 0.0;
    for &z in zs.iter().skip(1) {
        // predict with F = [[1, dt], [0, 1]] and white-acceleration Q
        let xp = [x[0] + dt * x[1], x[1]];
        let p00 = p[0][0] + dt * (p[1][0] + p[0][1]) + dt * dt * p[1][1] + q * dt.powi(3) / 3.0;
        let p01 = p[0][1] + dt * p[1][1] + q * dt * dt / 2.0;
        let p10 = p[1][0] + dt * p[1][1] + q * dt * dt / 2.0;
        let p11 = p[1][1] + q * dt;
        // update with H = [1, 0]
        let innov = z - xp[0];
        let s = p00 + r;
        let (k0, k1) = (p00 / s, p10 / s);
        nll += 0.5 * (s.ln() + innov * innov / s + (2.0 * std::f64::consts::PI).ln());
        x = [xp[0] + k0 * innov, xp[1] + k1 * innov];
        p = [
            [(1.0 - k0) * p00, (1.0 - k0) * p01],
            [p10 - k1 * p00, p11 - k1 * p01],
        ];
    }
    nll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(q: T, r: T, zs: &[f64], dt: f64) -> T {
        let dt_ = k::<T>(dt);
        let (mut x0, mut x1) = (k::<T>(zs[0]), T::zero());
        let (mut a, mut b, mut c, mut d) = (r, T::zero(), T::zero(), T::one());
        let mut nll = T::zero();
        for &z in &zs[1..] {
            let xp0 = x0 + dt_ * x1;
            let xp1 = x1;
            let p00 = a + dt_ * (c + b) + dt_ * dt_ * d + q * k(dt.powi(3) / 3.0);
            let p01 = b + dt_ * d + q * k(dt * dt / 2.0);
            let p10 = c + dt_ * d + q * k(dt * dt / 2.0);
            let p11 = d + q * dt_;
            let innov = k::<T>(z) - xp0;
            let s = p00 + r;
            let (k0, k1) = (p00 / s, p10 / s);
            nll = nll
                + k::<T>(0.5) * (s.ln() + innov * innov / s + k((2.0 * std::f64::consts::PI).ln()));
            x0 = xp0 + k0 * innov;
            x1 = xp1 + k1 * innov;
            a = (T::one() - k0) * p00;
            b = (T::one() - k0) * p01;
            c = p10 - k1 * p00;
            d = p11 - k1 * p01;
        }
        nll
    }

    fn zs() -> Vec<f64> {
        (0..25)
            .map(|i| {
                0.3 * i as f64 + 0.05 * (i as f64 * 1.7).sin() + 0.02 * (i as f64 * 0.31).cos()
            })
            .collect()
    }
    const PTS: [[f64; 2]; 3] = [[0.01, 0.05], [0.2, 0.01], [1.5, 0.3]];

    #[test]
    fn value_matches() {
        let z = zs();
        for [q, r] in PTS {
            assert_eq!(grad_kalman_nll(q, r, &z, 0.1).0, kalman_nll(q, r, &z, 0.1));
        }
    }
    #[test]
    fn finite_differences() {
        let z = zs();
        for [q, r] in PTS {
            let (_, (gq, gr)) = grad_kalman_nll(q, r, &z, 0.1);
            fd(
                "kalman",
                |p| kalman_nll(p[0], p[1], &z, 0.1),
                &[q, r],
                &[gq, gr],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        let z = zs();
        for [q, r] in PTS {
            let (_, (gq, gr)) = grad_kalman_nll(q, r, &z, 0.1);
            let tape = Tape::new();
            let v = tape.vars(&[q, r]);
            let y = twin(v[0], v[1], &z, 0.1);
            same("kalman tape", &[gq, gr], &tape.gradient(y, &v), 1e-9);
        }
    }
}
