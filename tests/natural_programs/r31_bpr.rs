//! Recommender systems: Bayesian personalised ranking for one user's embedding, item
//! embeddings held fixed, −ln σ(score(pos) − score(neg)) per sampled pair.
use gradus::differentiable;

#[differentiable(wrt(user))]
pub fn bpr_loss(user: &[f64], items: &[Vec<f64>], pairs: &[(usize, usize)], reg: f64) -> f64 {
    let score = |j: usize| user.iter().zip(&items[j]).map(|(a, b)| a * b).sum::<f64>();
    let mut loss = 0.0;
    for &(pos, neg) in pairs {
        let x = score(pos) - score(neg);
        loss += (-x).exp().ln_1p(); // −ln σ(x)
    }
    loss + reg * user.iter().map(|u| u * u).sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(user: &[T], items: &[Vec<f64>], pairs: &[(usize, usize)], reg: f64) -> T {
        let score = |j: usize| {
            user.iter()
                .zip(&items[j])
                .fold(T::zero(), |s, (&a, &b)| s + a * c::<T>(b))
        };
        let mut loss = T::zero();
        for &(p, n) in pairs {
            let x = score(p) - score(n);
            loss = loss + (-x).exp().ln_1p();
        }
        loss + c::<T>(reg) * user.iter().fold(T::zero(), |s, &u| s + u * u)
    }

    fn items() -> Vec<Vec<f64>> {
        vec![
            vec![0.2, 0.5, -0.1],
            vec![-0.4, 0.1, 0.3],
            vec![0.9, -0.2, 0.0],
            vec![0.0, 0.7, 0.6],
        ]
    }

    const PAIRS: [(usize, usize); 5] = [(0, 1), (2, 1), (3, 0), (2, 3), (0, 1)];

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.1, 0.2, 0.3],
            vec![-1.0, 0.5, 2.0],
            vec![0.7, -0.7, 0.0],
        ]
    }

    #[test]
    fn value_matches() {
        let it = items();
        for u in points() {
            assert_eq!(
                grad_bpr_loss(&u, &it, &PAIRS, 0.01).0,
                bpr_loss(&u, &it, &PAIRS, 0.01)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let it = items();
        for u in points() {
            let (_, g) = grad_bpr_loss(&u, &it, &PAIRS, 0.01);
            fd("bpr", |p| bpr_loss(p, &it, &PAIRS, 0.01), &u, &g);
        }
    }

    #[test]
    fn tape_agrees() {
        let it = items();
        for u in points() {
            let (_, g) = grad_bpr_loss(&u, &it, &PAIRS, 0.01);
            let tape = Tape::new();
            let v = tape.vars(&u);
            let y = twin(&v, &it, &PAIRS, 0.01);
            all_close("bpr tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
