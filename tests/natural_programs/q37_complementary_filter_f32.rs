//! Robotics (f32): complementary filter fusing gyro rate and accelerometer tilt on a
//! drone IMU; blend factor α and the gyro bias are fitted against motion-capture angles.
//! IMU rows are [gyro_rate, acc_x, acc_z].
use gradus::differentiable;

#[differentiable(wrt(alpha, gyro_bias))]
pub fn tilt_rmse(alpha: f32, gyro_bias: f32, imu: &[[f32; 3]], truth: &[f32], dt: f32) -> f32 {
    let mut angle = imu[0][1].atan2(imu[0][2]);
    let mut err = 0.0;
    for (row, &gt) in imu.iter().zip(truth).skip(1) {
        let acc_angle = row[1].atan2(row[2]);
        angle = alpha * (angle + (row[0] - gyro_bias) * dt) + (1.0 - alpha) * acc_angle;
        err += (angle - gt).powi(2);
    }
    (err / (truth.len() - 1) as f32).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(alpha: T, bias: T, imu: &[[f32; 3]], truth: &[f32], dt: f32) -> T {
        let f = |v: f32| k::<T>(v as f64);
        let mut angle = f(imu[0][1].atan2(imu[0][2]));
        let mut err = T::zero();
        for i in 1..truth.len() {
            let acc = f(imu[i][1].atan2(imu[i][2]));
            angle = alpha * (angle + (f(imu[i][0]) - bias) * f(dt)) + (T::one() - alpha) * acc;
            err = err + (angle - f(truth[i])).powi(2);
        }
        (err / k(truth.len() as f64 - 1.0)).sqrt()
    }

    fn data() -> (Vec<[f32; 3]>, Vec<f32>) {
        let dt = 0.01f32;
        let truth: Vec<f32> = (0..50).map(|i| 0.4 * (i as f32 * dt * 3.0).sin()).collect();
        let imu = (0..50)
            .map(|i| {
                let a = truth[i];
                let rate = 1.2 * (i as f32 * dt * 3.0).cos() + 0.05;
                let noise = 0.03 * (i as f32 * 7.1).sin();
                [rate, (a + noise).sin(), (a + noise).cos()]
            })
            .collect();
        (imu, truth)
    }
    const PTS: [[f32; 2]; 3] = [[0.98, 0.0], [0.9, 0.05], [0.97, -0.1]];

    #[test]
    fn value_matches() {
        let (imu, t) = data();
        for [a, b] in PTS {
            assert_eq!(
                grad_tilt_rmse(a, b, &imu, &t, 0.01).0,
                tilt_rmse(a, b, &imu, &t, 0.01)
            );
        }
    }
    #[test]
    fn finite_differences() {
        let (imu, t) = data();
        for [a, b] in PTS {
            let (_, (ga, gb)) = grad_tilt_rmse(a, b, &imu, &t, 0.01);
            fd32(
                "complementary",
                |p| tilt_rmse(p[0], p[1], &imu, &t, 0.01),
                &[a, b],
                &[ga, gb],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        let (imu, t) = data();
        for [a, b] in PTS {
            let (_, (ga, gb)) = grad_tilt_rmse(a, b, &imu, &t, 0.01);
            let tape = Tape::<f32>::default();
            let v = tape.vars(&[a, b]);
            let y = twin(v[0], v[1], &imu, &t, 0.01);
            same("complementary tape", &[ga, gb], &tape.gradient(y, &v), 1e-5);
        }
    }
}
