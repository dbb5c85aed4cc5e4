//! Energy engineer (embedded, f32): first-order RC model of a room fitted to a
//! logged CSV flattened as rows of (outdoor °C, heater kW, irradiance kW/m², indoor °C).
use gradus::differentiable;

#[differentiable(wrt(r_wall, c_air, solar_gain))]
pub fn rc_misfit(r_wall: f32, c_air: f32, solar_gain: f32, t0: f32, log: &[f32], dt_h: f32) -> f32 {
    let mut t_in = t0;
    let mut sse = 0.0f32;
    for row in log.chunks(4) {
        let (t_out, heat, irr, t_meas) = (row[0], row[1], row[2], row[3]);
        let q = (t_out - t_in) / r_wall + heat + solar_gain * irr;
        t_in += dt_h * q / c_air;
        sse += (t_in - t_meas) * (t_in - t_meas);
    }
    sse / (log.len() / 4) as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(p: &[T], t0: f32, log: &[f32], dt: f32) -> T {
        let cf = |v: f32| T::from(v).unwrap();
        let mut t = cf(t0);
        let mut s = T::zero();
        for k in 0..log.len() / 4 {
            let q = (cf(log[4 * k]) - t) / p[0] + cf(log[4 * k + 1]) + p[2] * cf(log[4 * k + 2]);
            t = t + cf(dt) * q / p[1];
            s = s + (t - cf(log[4 * k + 3])) * (t - cf(log[4 * k + 3]));
        }
        s / cf((log.len() / 4) as f32)
    }

    #[test]
    fn checks() {
        let mut log = Vec::new();
        for h in 0..24 {
            let hf = h as f32;
            log.extend_from_slice(&[
                5.0 + 4.0 * (hf / 4.0).sin(),
                if h % 6 < 3 { 2.0 } else { 0.0 },
                (0.8 * (hf / 24.0 * 3.1).sin()).max(0.0),
                19.0 + 0.3 * (hf / 3.0).cos(),
            ]);
        }
        for x in [[5.0f32, 3.0, 1.5], [4.0, 2.5, 2.0], [6.0, 4.0, 1.0]] {
            let (v, (a, b, s)) = grad_rc_misfit(x[0], x[1], x[2], 19.0, &log, 0.5);
            assert_eq!(v, rc_misfit(x[0], x[1], x[2], 19.0, &log, 0.5));
            let g = [a, b, s];
            fd32(
                "rc",
                |y| rc_misfit(y[0], y[1], y[2], 19.0, &log, 0.5),
                &x,
                &g,
            );
            vs_tape32("rc", v, &g, &x, |y| twin(y, 19.0, &log, 0.5));
        }
    }
}
