//! Recommender systems: biased matrix factorisation, the user half of an alternating
//! least-squares sweep (item factors held fixed as data), with L2 over all factors.
use gradus::differentiable;

pub struct Rating {
    pub user: usize,
    pub item: usize,
    pub value: f64,
}

#[differentiable(wrt(user_factors, user_bias))]
pub fn mf_loss(
    user_factors: &[f64],
    user_bias: &[f64],
    item_factors: &[Vec<f64>],
    item_bias: &[f64],
    global_mean: f64,
    ratings: &[Rating],
    rank: usize,
    reg: f64,
) -> f64 {
    let mut sq_err = 0.0;
    for r in ratings {
        let u = &user_factors[r.user * rank..(r.user + 1) * rank];
        let dot: f64 = u
            .iter()
            .zip(item_factors[r.item].iter())
            .map(|(a, b)| a * b)
            .sum();
        let pred = global_mean + user_bias[r.user] + item_bias[r.item] + dot;
        sq_err += (r.value - pred).powi(2);
    }
    let l2_users: f64 = user_factors.iter().map(|x| x * x).sum();
    let l2_items: f64 = item_factors
        .iter()
        .map(|v| v.iter().map(|x| x * x).sum::<f64>())
        .sum();
    let l2_bias = user_bias.iter().map(|b| b * b).sum::<f64>();
    sq_err + reg * (l2_users + l2_items + l2_bias)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(
        uf: &[T],
        ub: &[T],
        items: &[Vec<f64>],
        ib: &[f64],
        mean: f64,
        ratings: &[Rating],
        rank: usize,
        reg: f64,
    ) -> T {
        let mut e = T::zero();
        for r in ratings {
            let mut dot = T::zero();
            for k in 0..rank {
                dot = dot + uf[r.user * rank + k] * c::<T>(items[r.item][k]);
            }
            let pred = c::<T>(mean + ib[r.item]) + ub[r.user] + dot;
            e = e + (c::<T>(r.value) - pred).powi(2);
        }
        let l2u = uf.iter().fold(T::zero(), |s, &x| s + x * x);
        let l2i: f64 = items.iter().flatten().map(|x| x * x).sum();
        let l2b = ub.iter().fold(T::zero(), |s, &x| s + x * x);
        e + c::<T>(reg) * (l2u + c::<T>(l2i) + l2b)
    }

    fn data() -> (Vec<Vec<f64>>, Vec<f64>, Vec<Rating>) {
        let items = vec![
            vec![0.3, -0.2],
            vec![0.8, 0.1],
            vec![-0.5, 0.6],
            vec![0.2, 0.2],
        ];
        let ib = vec![0.1, -0.2, 0.05, 0.3];
        let raw = [
            (0, 0, 4.0),
            (0, 2, 2.5),
            (1, 1, 3.5),
            (1, 3, 5.0),
            (2, 0, 1.0),
            (2, 2, 3.0),
            (2, 3, 4.0),
        ];
        let ratings = raw
            .iter()
            .map(|&(user, item, value)| Rating { user, item, value })
            .collect();
        (items, ib, ratings)
    }

    fn points() -> Vec<(Vec<f64>, Vec<f64>)> {
        vec![
            (vec![0.1, 0.2, -0.3, 0.4, 0.5, 0.0], vec![0.1, 0.0, -0.2]),
            (vec![1.0, -0.5, 0.2, 0.2, -0.7, 0.9], vec![0.5, -0.3, 0.0]),
            (vec![0.0, 0.0, 0.3, -0.3, 0.6, 0.6], vec![-0.1, 0.4, 0.2]),
        ]
    }

    #[test]
    fn value_matches() {
        let (items, ib, ratings) = data();
        for (uf, ub) in points() {
            assert_eq!(
                grad_mf_loss(&uf, &ub, &items, &ib, 3.2, &ratings, 2, 0.05).0,
                mf_loss(&uf, &ub, &items, &ib, 3.2, &ratings, 2, 0.05)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let (items, ib, ratings) = data();
        for (uf, ub) in points() {
            let (_, (gu, gb)) = grad_mf_loss(&uf, &ub, &items, &ib, 3.2, &ratings, 2, 0.05);
            fd(
                "mf",
                |p| mf_loss(&p[..6], &p[6..], &items, &ib, 3.2, &ratings, 2, 0.05),
                &cat(&[&uf, &ub]),
                &cat(&[&gu, &gb]),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let (items, ib, ratings) = data();
        for (uf, ub) in points() {
            let (_, (gu, gb)) = grad_mf_loss(&uf, &ub, &items, &ib, 3.2, &ratings, 2, 0.05);
            let tape = Tape::new();
            let v = tape.vars(&cat(&[&uf, &ub]));
            let y = twin(&v[..6], &v[6..], &items, &ib, 3.2, &ratings, 2, 0.05);
            all_close("mf tape", &cat(&[&gu, &gb]), &tape.gradient(y, &v), 1e-9);
        }
    }
}
