//! Seismologist: locate an event from P and S picks with a Huber travel-time misfit
//! in a homogeneous half-space.
use gradus::differentiable;

pub struct Station {
    pub x_km: f64,
    pub y_km: f64,
    pub elev_km: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Phase {
    P,
    S,
}

pub struct Pick {
    pub station: usize,
    pub t_obs: f64,
    pub phase: Phase,
}

#[differentiable(wrt(ex, ey, depth, t0))]
pub fn travel_time_misfit(
    ex: f64,
    ey: f64,
    depth: f64,
    t0: f64,
    vp: f64,
    vp_vs: f64,
    stations: &[Station],
    picks: &[Pick],
) -> f64 {
    let mut misfit = 0.0;
    for pick in picks {
        let s = &stations[pick.station];
        let epi = (s.x_km - ex).hypot(s.y_km - ey);
        let dist = epi.hypot(depth + s.elev_km);
        let v = match pick.phase {
            Phase::P => vp,
            Phase::S => vp / vp_vs,
        };
        let r = pick.t_obs - (t0 + dist / v);
        // Huber with a 0.2 s threshold
        misfit += if r.abs() <= 0.2 {
            0.5 * r * r
        } else {
            0.2 * (r.abs() - 0.1)
        };
    }
    misfit
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(p: &[T], vp: f64, k: f64, st: &[Station], picks: &[Pick]) -> T {
        let mut m = T::zero();
        for pk in picks {
            let s = &st[pk.station];
            let epi = (c::<T>(s.x_km) - p[0]).hypot(c::<T>(s.y_km) - p[1]);
            let dist = epi.hypot(p[2] + c(s.elev_km));
            let v = if pk.phase == Phase::P { vp } else { vp / k };
            let r = c::<T>(pk.t_obs) - (p[3] + dist / c(v));
            m = m + if r.abs() <= c(0.2) {
                c::<T>(0.5) * r * r
            } else {
                c::<T>(0.2) * (r.abs() - c(0.1))
            };
        }
        m
    }

    #[test]
    fn checks() {
        let st: Vec<Station> = [
            (0.0, 0.0, 0.1),
            (30.0, 5.0, 0.3),
            (-12.0, 25.0, 0.0),
            (18.0, -22.0, 0.5),
            (40.0, 40.0, 0.2),
        ]
        .iter()
        .map(|&(x_km, y_km, elev_km)| Station {
            x_km,
            y_km,
            elev_km,
        })
        .collect();
        let truth = [8.0, 6.0, 10.0, 0.0];
        let mut picks = vec![];
        for (i, s) in st.iter().enumerate() {
            let d = (s.x_km - truth[0])
                .hypot(s.y_km - truth[1])
                .hypot(truth[2] + s.elev_km);
            picks.push(Pick {
                station: i,
                t_obs: d / 6.0 + 0.05 * (i as f64 - 2.0),
                phase: Phase::P,
            });
            picks.push(Pick {
                station: i,
                t_obs: d / (6.0 / 1.73) - 0.1 * (i as f64 - 2.0),
                phase: Phase::S,
            });
        }
        for x in [
            [7.0, 5.0, 12.0, 0.3],
            [10.0, 8.0, 8.0, -0.2],
            [2.0, 1.0, 15.0, 1.0],
        ] {
            let (v, (a, b, cc, d)) =
                grad_travel_time_misfit(x[0], x[1], x[2], x[3], 6.0, 1.73, &st, &picks);
            assert_eq!(
                v,
                travel_time_misfit(x[0], x[1], x[2], x[3], 6.0, 1.73, &st, &picks)
            );
            let g = [a, b, cc, d];
            fd(
                "tt",
                |y| travel_time_misfit(y[0], y[1], y[2], y[3], 6.0, 1.73, &st, &picks),
                &x,
                &g,
            );
            vs_tape("tt", v, &g, &x, |y| twin(y, 6.0, 1.73, &st, &picks));
        }
    }
}
