//! Energy engineer: daily energy of a tilted PV array from sun positions and weather,
//! as a function of module efficiency, temperature coefficient and tilt.
use gradus::differentiable;

pub struct Panel {
    pub area_m2: f64,
    pub azimuth_deg: f64,
    pub noct: f64,
}

/// `sun` rows are (elevation°, azimuth°, GHI W/m², ambient °C), hourly.
#[differentiable(wrt(eff_stc, temp_coeff, tilt_deg))]
pub fn daily_energy(
    eff_stc: f64,
    temp_coeff: f64,
    tilt_deg: f64,
    panel: &Panel,
    sun: &[(f64, f64, f64, f64)],
) -> f64 {
    let tilt = tilt_deg.to_radians();
    let (st, ct) = tilt.sin_cos();
    let mut wh = 0.0;
    for &(elev, az, ghi, t_amb) in sun.iter() {
        if elev <= 0.0 {
            continue;
        }
        let zen = (90.0 - elev).to_radians();
        let (sz, cz) = zen.sin_cos();
        let cos_inc = (cz * ct + sz * st * (az - panel.azimuth_deg).to_radians().cos()).max(0.0);
        let poa = ghi * cos_inc / cz.max(0.087);
        let t_cell = t_amb + (panel.noct - 20.0) / 800.0 * poa;
        let eff = eff_stc * (1.0 + temp_coeff * (t_cell - 25.0));
        wh += panel.area_m2 * poa * eff.clamp(0.0, 0.3);
    }
    wh
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(e: T, tc: T, tilt_deg: T, p: &Panel, sun: &[(f64, f64, f64, f64)]) -> T {
        let tilt = tilt_deg * c(std::f64::consts::PI / 180.0);
        let (st, ct) = (tilt.sin(), tilt.cos());
        let mut wh = T::zero();
        for &(elev, az, ghi, ta) in sun {
            if elev <= 0.0 {
                continue;
            }
            let zen = (90.0 - elev).to_radians();
            let (sz, cz) = zen.sin_cos();
            let ci =
                (ct * c(cz) + st * c(sz * (az - p.azimuth_deg).to_radians().cos())).max(T::zero());
            let poa = ci * c(ghi / cz.max(0.087));
            let tcell = c::<T>(ta) + c::<T>((p.noct - 20.0) / 800.0) * poa;
            let eff = e * (T::one() + tc * (tcell - c(25.0)));
            wh = wh + c::<T>(p.area_m2) * poa * eff.max(T::zero()).min(c(0.3));
        }
        wh
    }

    #[test]
    fn checks() {
        let p = Panel {
            area_m2: 1.7,
            azimuth_deg: 180.0,
            noct: 45.0,
        };
        let sun: Vec<(f64, f64, f64, f64)> = (5..20)
            .map(|h| {
                let x = (h as f64 - 12.5) / 7.0;
                let elev = 55.0 * (1.0 - x * x) - 4.0;
                (
                    elev,
                    180.0 + 100.0 * x,
                    (900.0 * (1.0 - x * x)).max(0.0),
                    18.0 + 8.0 * (1.0 - x * x),
                )
            })
            .collect();
        for x in [
            [0.2, -0.004, 30.0],
            [0.18, -0.0035, 20.0],
            [0.21, -0.005, 40.0],
        ] {
            let (v, (a, b, t)) = grad_daily_energy(x[0], x[1], x[2], &p, &sun);
            assert_eq!(v, daily_energy(x[0], x[1], x[2], &p, &sun));
            let g = [a, b, t];
            fd("pv", |y| daily_energy(y[0], y[1], y[2], &p, &sun), &x, &g);
            vs_tape("pv", v, &g, &x, |y| twin(y[0], y[1], y[2], &p, &sun));
        }
    }
}
