//! Sports analytics: Bradley–Terry strengths with home advantage and Davidson's draw
//! parameter, Gaussian prior on the strengths.
use gradus::differentiable;

pub enum Outcome {
    HomeWin,
    AwayWin,
    Draw,
}

pub struct Game {
    pub home: usize,
    pub away: usize,
    pub outcome: Outcome,
}

#[differentiable(wrt(strength, home_adv, log_nu))]
pub fn davidson_nll(
    strength: &[f64],
    home_adv: f64,
    log_nu: f64,
    games: &[Game],
    prior_sd: f64,
) -> f64 {
    let nu = log_nu.exp();
    let mut nll = 0.0;
    for g in games {
        let a = strength[g.home] + home_adv;
        let b = strength[g.away];
        // Davidson (1970): P(home) = π_h / (π_h + π_a + ν √(π_h π_a)), π = eˢ
        let m = a.max(b);
        let pa = (a - m).exp();
        let pb = (b - m).exp();
        let denom = pa + pb + nu * (pa * pb).sqrt();
        let num = match g.outcome {
            Outcome::HomeWin => pa,
            Outcome::AwayWin => pb,
            Outcome::Draw => nu * (pa * pb).sqrt(),
        };
        nll -= (num / denom).ln();
    }
    let prior: f64 = strength.iter().map(|s| s * s).sum::<f64>() / (2.0 * prior_sd * prior_sd);
    nll + prior
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(s: &[T], h: T, lnu: T, games: &[Game], sd: f64) -> T {
        let nu = lnu.exp();
        let mut nll = T::zero();
        for g in games {
            let a = s[g.home] + h;
            let b = s[g.away];
            // no max-shift here: the twin uses the unshifted form, equal in exact arithmetic
            let (pa, pb) = (a.exp(), b.exp());
            let d = pa + pb + nu * (pa * pb).sqrt();
            let num = match g.outcome {
                Outcome::HomeWin => pa,
                Outcome::AwayWin => pb,
                Outcome::Draw => nu * (pa * pb).sqrt(),
            };
            nll = nll - (num / d).ln();
        }
        nll + s.iter().fold(T::zero(), |acc, &x| acc + x * x) / c(2.0 * sd * sd)
    }

    fn games() -> Vec<Game> {
        use Outcome::*;
        [
            (0, 1, HomeWin),
            (1, 2, Draw),
            (2, 0, AwayWin),
            (3, 1, HomeWin),
            (0, 3, Draw),
            (2, 3, HomeWin),
            (1, 0, AwayWin),
        ]
        .into_iter()
        .map(|(home, away, outcome)| Game {
            home,
            away,
            outcome,
        })
        .collect()
    }

    fn points() -> Vec<(Vec<f64>, f64, f64)> {
        vec![
            (vec![0.1, -0.2, 0.3, 0.0], 0.25, -1.0),
            (vec![1.0, 0.5, -0.5, -1.0], 0.1, 0.0),
            (vec![-0.3, 0.6, 0.2, 0.4], 0.4, -0.5),
        ]
    }

    #[test]
    fn value_matches() {
        let g = games();
        for (s, h, n) in points() {
            assert_eq!(
                grad_davidson_nll(&s, h, n, &g, 1.5).0,
                davidson_nll(&s, h, n, &g, 1.5)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let g = games();
        for (s, h, n) in points() {
            let (_, (gs, gh, gn)) = grad_davidson_nll(&s, h, n, &g, 1.5);
            fd(
                "bt",
                |p| davidson_nll(&p[..4], p[4], p[5], &g, 1.5),
                &cat(&[&s, &[h, n]]),
                &cat(&[&gs, &[gh, gn]]),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let g = games();
        for (s, h, n) in points() {
            let (_, (gs, gh, gn)) = grad_davidson_nll(&s, h, n, &g, 1.5);
            let tape = Tape::new();
            let v = tape.vars(&cat(&[&s, &[h, n]]));
            let y = twin(&v[..4], v[4], v[5], &g, 1.5);
            all_close(
                "bt tape",
                &cat(&[&gs, &[gh, gn]]),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
