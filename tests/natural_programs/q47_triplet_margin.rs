//! ML: triplet margin loss (FaceNet) over a batch of embeddings stored as flat rows; the
//! distances come from a three-way zip over the row slices.
use gradus::differentiable;

#[differentiable(wrt(anchor, positive, negative))]
pub fn triplet_loss(
    anchor: &[f64],
    positive: &[f64],
    negative: &[f64],
    dim: usize,
    margin: f64,
) -> f64 {
    let batch = anchor.len() / dim;
    let mut total = 0.0;
    for b in 0..batch {
        let lo = b * dim;
        let (mut dap, mut dan) = (0.0, 0.0);
        for ((a, p), n) in anchor[lo..lo + dim]
            .iter()
            .zip(&positive[lo..lo + dim])
            .zip(&negative[lo..lo + dim])
        {
            dap += (a - p).powi(2);
            dan += (a - n).powi(2);
        }
        total += (dap.sqrt() - dan.sqrt() + margin).max(0.0);
    }
    total / batch as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(a: &[T], p: &[T], n: &[T], dim: usize, margin: f64) -> T {
        let batch = a.len() / dim;
        let mut tot = T::zero();
        for b in 0..batch {
            let (mut x, mut y) = (T::zero(), T::zero());
            for j in b * dim..(b + 1) * dim {
                x = x + (a[j] - p[j]) * (a[j] - p[j]);
                y = y + (a[j] - n[j]) * (a[j] - n[j]);
            }
            tot = tot + (x.sqrt() - y.sqrt() + k(margin)).max(T::zero());
        }
        tot / k(batch as f64)
    }

    fn pts() -> Vec<Vec<f64>> {
        (0..3)
            .map(|s| {
                (0..18)
                    .map(|i| ((i * 5 + s * 11) as f64 * 0.43).sin())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn value_matches() {
        for p in pts() {
            assert_eq!(
                grad_triplet_loss(&p[..6], &p[6..12], &p[12..], 3, 0.5).0,
                triplet_loss(&p[..6], &p[6..12], &p[12..], 3, 0.5)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for p in pts() {
            let (_, (a, b, c)) = grad_triplet_loss(&p[..6], &p[6..12], &p[12..], 3, 0.5);
            fd(
                "triplet",
                |q| triplet_loss(&q[..6], &q[6..12], &q[12..], 3, 0.5),
                &p,
                &[a, b, c].concat(),
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for p in pts() {
            let (_, (a, b, c)) = grad_triplet_loss(&p[..6], &p[6..12], &p[12..], 3, 0.5);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[..6], &v[6..12], &v[12..], 3, 0.5);
            same(
                "triplet tape",
                &[a, b, c].concat(),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
