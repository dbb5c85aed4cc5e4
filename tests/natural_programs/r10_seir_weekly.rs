//! Epidemiology: daily SEIR, compared with weekly reported totals on a log scale.
use gradus::differentiable;

pub struct SeirConfig {
    pub days: usize,
    pub sigma: f64,
    pub gamma: f64,
    pub n: f64,
}

#[differentiable(wrt(r0, e0))]
pub fn seir_weekly_sse(r0: f64, e0: f64, cfg: &SeirConfig, weekly: &[f64]) -> f64 {
    let beta = r0 * cfg.gamma;
    let (mut s, mut e, mut i) = (1.0 - e0, e0, 0.0);
    let mut week_total = 0.0;
    let mut week = 0;
    let mut loss = 0.0;
    for day in 1..=cfg.days {
        let new_exposed = beta * s * i;
        let new_infectious = cfg.sigma * e;
        let new_recovered = cfg.gamma * i;
        s -= new_exposed;
        e += new_exposed - new_infectious;
        i += new_infectious - new_recovered;
        week_total += new_infectious * cfg.n;
        if day % 7 != 0 {
            continue;
        }
        if week >= weekly.len() {
            break;
        }
        let d = (week_total + 1.0).ln() - (weekly[week] + 1.0).ln();
        loss += d * d;
        week_total = 0.0;
        week += 1;
    }
    loss
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(r0: T, e0: T, cfg: &SeirConfig, weekly: &[f64]) -> T {
        let beta = r0 * c::<T>(cfg.gamma);
        let (mut s, mut e, mut i) = (T::one() - e0, e0, T::zero());
        let mut wt = T::zero();
        let mut week = 0;
        let mut loss = T::zero();
        for day in 1..=cfg.days {
            let ne = beta * s * i;
            let ni = c::<T>(cfg.sigma) * e;
            let nr = c::<T>(cfg.gamma) * i;
            s = s - ne;
            e = e + ne - ni;
            i = i + ni - nr;
            wt = wt + ni * c::<T>(cfg.n);
            if day % 7 != 0 {
                continue;
            }
            if week >= weekly.len() {
                break;
            }
            let d = (wt + T::one()).ln() - c::<T>((weekly[week] + 1.0).ln());
            loss = loss + d * d;
            wt = T::zero();
            week += 1;
        }
        loss
    }

    const CFG: SeirConfig = SeirConfig {
        days: 60,
        sigma: 0.2,
        gamma: 0.1,
        n: 1e5,
    };
    const WEEKLY: [f64; 6] = [40.0, 90.0, 210.0, 480.0, 1000.0, 1900.0];

    fn points() -> Vec<[f64; 2]> {
        vec![[2.5, 1e-3], [1.8, 5e-4], [3.1, 2e-4]]
    }

    #[test]
    fn value_matches() {
        for [r, e] in points() {
            assert_eq!(
                grad_seir_weekly_sse(r, e, &CFG, &WEEKLY).0,
                seir_weekly_sse(r, e, &CFG, &WEEKLY)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [r, e] in points() {
            let (_, (gr, ge)) = grad_seir_weekly_sse(r, e, &CFG, &WEEKLY);
            fd(
                "seir r0",
                |p| seir_weekly_sse(p[0], e, &CFG, &WEEKLY),
                &[r],
                &[gr],
            );
            // e0 is of order 1e-3: the default step would move it by half its value.
            fd_step(
                "seir e0",
                |p| seir_weekly_sse(r, p[0], &CFG, &WEEKLY),
                &[e],
                &[ge],
                1e-8,
                1e-6,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [r, e] in points() {
            let (_, (gr, ge)) = grad_seir_weekly_sse(r, e, &CFG, &WEEKLY);
            let tape = Tape::new();
            let v = tape.vars(&[r, e]);
            let y = twin(v[0], v[1], &CFG, &WEEKLY);
            all_close("seir tape", &[gr, ge], &tape.gradient(y, &v), 1e-9);
        }
    }
}
