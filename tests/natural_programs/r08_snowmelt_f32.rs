//! Hydrology: degree-day snowmelt with a linear rain/snow partition, in f32 as in a
//! gridded model; squared error of daily runoff.
use gradus::differentiable;

#[derive(Clone, Copy)]
pub struct SnowParams {
    pub t_snow: f32,
    pub t_melt: f32,
}

#[differentiable(wrt(ddf, rain_slope))]
pub fn snowmelt_loss(
    ddf: f32,
    rain_slope: f32,
    temps: &[f32],
    precip: &[f32],
    observed: &[f32],
    p: &SnowParams,
) -> f32 {
    let mut swe = 0.0f32;
    let mut loss = 0.0f32;
    for day in 0..temps.len() {
        let temp = temps[day];
        let pr = precip[day];
        let rain_frac = ((temp - p.t_snow) * rain_slope).clamp(0.0, 1.0);
        swe += pr * (1.0 - rain_frac);
        let potential = (ddf * (temp - p.t_melt)).max(0.0);
        let melt = potential.min(swe);
        swe -= melt;
        let runoff = melt + pr * rain_frac;
        loss += (runoff - observed[day]).powi(2);
    }
    loss
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(
        ddf: T,
        slope: T,
        temps: &[f32],
        precip: &[f32],
        obs: &[f32],
        p: &SnowParams,
    ) -> T {
        let cf = |v: f32| T::from(v).unwrap();
        let mut swe = T::zero();
        let mut loss = T::zero();
        for d in 0..temps.len() {
            let mut rf = (cf(temps[d]) - cf(p.t_snow)) * slope;
            if rf < T::zero() {
                rf = T::zero();
            } else if rf > T::one() {
                rf = T::one();
            }
            swe = swe + cf(precip[d]) * (T::one() - rf);
            let pot = (ddf * (cf(temps[d]) - cf(p.t_melt))).max(T::zero());
            let melt = pot.min(swe);
            swe = swe - melt;
            let r = melt + cf(precip[d]) * rf;
            loss = loss + (r - cf(obs[d])).powi(2);
        }
        loss
    }

    const TEMPS: [f32; 8] = [-5.0, -2.0, 0.5, 1.5, 3.0, 4.5, 2.0, 6.0];
    const PRECIP: [f32; 8] = [10.0, 6.0, 4.0, 2.0, 0.0, 3.0, 5.0, 0.0];
    const OBS: [f32; 8] = [0.0, 0.0, 2.0, 3.5, 6.0, 9.0, 5.0, 8.0];
    const P: SnowParams = SnowParams {
        t_snow: -1.0,
        t_melt: 0.0,
    };

    fn points() -> Vec<[f32; 2]> {
        vec![[2.5, 0.3], [3.2, 0.45], [1.7, 0.2]]
    }

    #[test]
    fn value_matches() {
        for [d, s] in points() {
            assert_eq!(
                grad_snowmelt_loss(d, s, &TEMPS, &PRECIP, &OBS, &P).0,
                snowmelt_loss(d, s, &TEMPS, &PRECIP, &OBS, &P)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [d, s] in points() {
            let (_, (a, b)) = grad_snowmelt_loss(d, s, &TEMPS, &PRECIP, &OBS, &P);
            fd32(
                "snowmelt",
                |x| snowmelt_loss(x[0], x[1], &TEMPS, &PRECIP, &OBS, &P),
                &[d, s],
                &[a, b],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [d, s] in points() {
            let (_, (a, b)) = grad_snowmelt_loss(d, s, &TEMPS, &PRECIP, &OBS, &P);
            let tape = Tape::<f32>::default();
            let v = tape.vars(&[d, s]);
            let y = twin(v[0], v[1], &TEMPS, &PRECIP, &OBS, &P);
            all_close("snowmelt tape", &[a, b], &tape.gradient(y, &v), 1e-5);
        }
    }
}
