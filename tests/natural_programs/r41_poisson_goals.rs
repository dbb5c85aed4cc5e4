//! Sports analytics: Maher's independent-Poisson model of football scores, attack and
//! defence ratings per team plus home advantage, soft sum-to-zero on attack.
use gradus::differentiable;

#[differentiable(wrt(attack, defence, home))]
pub fn poisson_goals_nll(
    attack: &[f64],
    defence: &[f64],
    home: f64,
    fixtures: &[[usize; 2]],
    goals: &[[u32; 2]],
) -> f64 {
    let log_fact = |k: u32| (1..=k).map(|j| (j as f64).ln()).sum::<f64>();
    let mut nll = 0.0;
    for (f, g) in fixtures.iter().zip(goals) {
        let (h, a) = (f[0], f[1]);
        let lambda = (home + attack[h] - defence[a]).exp();
        let mu = (attack[a] - defence[h]).exp();
        nll += lambda - g[0] as f64 * lambda.ln() + log_fact(g[0]);
        nll += mu - g[1] as f64 * mu.ln() + log_fact(g[1]);
    }
    let s: f64 = attack.iter().sum();
    nll + 10.0 * s * s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn lf(k: u32) -> f64 {
        (1..=k).map(|j| (j as f64).ln()).sum()
    }

    fn twin<T: Float>(att: &[T], def: &[T], home: T, fx: &[[usize; 2]], goals: &[[u32; 2]]) -> T {
        let mut nll = T::zero();
        for (f, g) in fx.iter().zip(goals) {
            let lam = (home + att[f[0]] - def[f[1]]).exp();
            let mu = (att[f[1]] - def[f[0]]).exp();
            nll = nll + lam - c::<T>(g[0] as f64) * lam.ln() + c::<T>(lf(g[0]));
            nll = nll + mu - c::<T>(g[1] as f64) * mu.ln() + c::<T>(lf(g[1]));
        }
        let s = att.iter().fold(T::zero(), |a, &b| a + b);
        nll + c::<T>(10.0) * s * s
    }

    const FX: [[usize; 2]; 6] = [[0, 1], [2, 3], [1, 2], [3, 0], [0, 2], [1, 3]];
    const GOALS: [[u32; 2]; 6] = [[2, 1], [0, 0], [3, 2], [1, 4], [1, 1], [0, 2]];

    fn points() -> Vec<(Vec<f64>, Vec<f64>, f64)> {
        vec![
            (vec![0.1, 0.2, -0.1, -0.2], vec![0.0, 0.1, -0.1, 0.05], 0.3),
            (vec![0.5, -0.3, 0.2, 0.0], vec![0.2, -0.2, 0.3, 0.1], 0.1),
            (vec![-0.2, 0.0, 0.4, 0.1], vec![-0.3, 0.0, 0.2, 0.4], 0.25),
        ]
    }

    #[test]
    fn value_matches() {
        for (a, d, h) in points() {
            assert_eq!(
                grad_poisson_goals_nll(&a, &d, h, &FX, &GOALS).0,
                poisson_goals_nll(&a, &d, h, &FX, &GOALS)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for (a, d, h) in points() {
            let (_, (ga, gd, gh)) = grad_poisson_goals_nll(&a, &d, h, &FX, &GOALS);
            fd(
                "goals",
                |p| poisson_goals_nll(&p[..4], &p[4..8], p[8], &FX, &GOALS),
                &cat(&[&a, &d, &[h]]),
                &cat(&[&ga, &gd, &[gh]]),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for (a, d, h) in points() {
            let (_, (ga, gd, gh)) = grad_poisson_goals_nll(&a, &d, h, &FX, &GOALS);
            let tape = Tape::new();
            let v = tape.vars(&cat(&[&a, &d, &[h]]));
            let y = twin(&v[..4], &v[4..8], v[8], &FX, &GOALS);
            all_close(
                "goals tape",
                &cat(&[&ga, &gd, &[gh]]),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
