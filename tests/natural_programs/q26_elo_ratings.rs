//! Game dev / statistics: fit player ratings (Bradley–Terry on the Elo scale, with home
//! advantage) from match results; a draw counts half a win each. Gaussian prior around the
//! mean rating.
use crate::q25_activations::log_sigmoid;
use gradus::differentiable;

const ELO_SCALE: f64 = 400.0;

#[differentiable(wrt(ratings))]
pub fn rating_nll(
    ratings: &[f64],
    home: &[usize],
    away: &[usize],
    outcome: &[u8],
    home_adv: f64,
    prior_sd: f64,
) -> f64 {
    let ln10 = std::f64::consts::LN_10;
    let mut nll = 0.0;
    for g in 0..home.len() {
        let diff = (ratings[home[g]] + home_adv - ratings[away[g]]) * ln10 / ELO_SCALE;
        let lp_home = log_sigmoid(diff);
        let lp_away = log_sigmoid(-diff);
        nll -= match outcome[g] {
            2 => lp_home,
            0 => lp_away,
            _ => 0.5 * (lp_home + lp_away),
        };
    }
    let mean = ratings.iter().sum::<f64>() / ratings.len() as f64;
    nll + 0.5
        * ratings
            .iter()
            .map(|r| ((r - mean) / prior_sd).powi(2))
            .sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn ls<T: Float>(x: T) -> T {
        -(T::one() + (-x).exp()).ln()
    }
    fn twin<T: Float>(r: &[T], home: &[usize], away: &[usize], out: &[u8], adv: f64, sd: f64) -> T {
        let mut nll = T::zero();
        for g in 0..home.len() {
            let d = (r[home[g]] + k(adv) - r[away[g]]) * k(std::f64::consts::LN_10 / ELO_SCALE);
            nll = nll
                - match out[g] {
                    2 => ls(d),
                    0 => ls(-d),
                    _ => k::<T>(0.5) * (ls(d) + ls(-d)),
                };
        }
        let mean = r.iter().fold(T::zero(), |a, &v| a + v) / k(r.len() as f64);
        nll + k::<T>(0.5)
            * r.iter()
                .fold(T::zero(), |a, &v| a + ((v - mean) / k(sd)).powi(2))
    }

    const HOME: [usize; 7] = [0, 1, 2, 3, 0, 2, 1];
    const AWAY: [usize; 7] = [1, 2, 3, 0, 2, 1, 3];
    const OUT: [u8; 7] = [2, 1, 0, 2, 2, 0, 1];
    const PTS: [[f64; 4]; 3] = [
        [1500.0, 1450.0, 1600.0, 1520.0],
        [1200.0, 1800.0, 1500.0, 1500.0],
        [1510.0, 1490.0, 1505.0, 1495.0],
    ];

    #[test]
    fn value_matches() {
        for r in PTS {
            assert_eq!(
                grad_rating_nll(&r, &HOME, &AWAY, &OUT, 35.0, 200.0).0,
                rating_nll(&r, &HOME, &AWAY, &OUT, 35.0, 200.0)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for r in PTS {
            let (_, g) = grad_rating_nll(&r, &HOME, &AWAY, &OUT, 35.0, 200.0);
            // ratings in hundreds so that the check is relative on meaningful numbers
            let gs: Vec<f64> = g.iter().map(|v| v * 100.0).collect();
            let rs: Vec<f64> = r.iter().map(|v| v / 100.0).collect();
            fd(
                "elo",
                |p| {
                    rating_nll(
                        &p.iter().map(|v| v * 100.0).collect::<Vec<_>>(),
                        &HOME,
                        &AWAY,
                        &OUT,
                        35.0,
                        200.0,
                    )
                },
                &rs,
                &gs,
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for r in PTS {
            let (_, g) = grad_rating_nll(&r, &HOME, &AWAY, &OUT, 35.0, 200.0);
            let tape = Tape::new();
            let v = tape.vars(&r);
            let y = twin(&v, &HOME, &AWAY, &OUT, 35.0, 200.0);
            let t = tape.gradient(y, &v);
            same(
                "elo tape",
                &g.iter().map(|v| v * 100.0).collect::<Vec<_>>(),
                &t.iter().map(|v| v * 100.0).collect::<Vec<_>>(),
                1e-9,
            );
        }
    }
}
