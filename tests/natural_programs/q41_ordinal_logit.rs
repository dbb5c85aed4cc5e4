//! Statistics: proportional-odds (ordinal logistic) regression. Cutpoints stay ordered by
//! parameterising the gaps on the log scale; the outer categories use log σ directly.
use gradus::differentiable;

#[differentiable]
fn log_sigmoid(x: f64) -> f64 {
    if x > 0.0 {
        -(-x).exp().ln_1p()
    } else {
        x - x.exp().ln_1p()
    }
}

#[differentiable(wrt(beta, c0, log_gaps))]
pub fn ordinal_nll(beta: &[f64], c0: f64, log_gaps: &[f64], x: &[Vec<f64>], y: &[usize]) -> f64 {
    let n_cat = log_gaps.len() + 2;
    let mut cuts = vec![c0; n_cat - 1];
    for j in 1..n_cat - 1 {
        cuts[j] = cuts[j - 1] + log_gaps[j - 1].exp();
    }
    let mut nll = 0.0;
    for (row, &cat) in x.iter().zip(y) {
        let eta: f64 = row.iter().zip(beta).map(|(a, b)| a * b).sum();
        let lp = match cat {
            0 => log_sigmoid(cuts[0] - eta),
            c if c == n_cat - 1 => log_sigmoid(eta - cuts[c - 1]),
            c => {
                let hi = 1.0 / (1.0 + (eta - cuts[c]).exp());
                let lo = 1.0 / (1.0 + (eta - cuts[c - 1]).exp());
                (hi - lo).ln()
            }
        };
        nll -= lp;
    }
    nll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn sig<T: Float>(x: T) -> T {
        T::one() / (T::one() + (-x).exp())
    }
    fn twin<T: Float>(beta: &[T], c0: T, gaps: &[T], x: &[Vec<f64>], y: &[usize]) -> T {
        let mut cuts = vec![c0];
        for g in gaps {
            let last = *cuts.last().unwrap();
            cuts.push(last + g.exp());
        }
        let kc = cuts.len() + 1;
        let mut nll = T::zero();
        for (row, &cat) in x.iter().zip(y) {
            let eta = (0..beta.len()).fold(T::zero(), |a, j| a + beta[j] * k(row[j]));
            let p = if cat == 0 {
                sig(cuts[0] - eta)
            } else if cat == kc - 1 {
                T::one() - sig(cuts[cat - 1] - eta)
            } else {
                sig(cuts[cat] - eta) - sig(cuts[cat - 1] - eta)
            };
            nll = nll - p.ln();
        }
        nll
    }

    fn data() -> (Vec<Vec<f64>>, Vec<usize>) {
        let x = (0..9)
            .map(|i| vec![(i as f64 * 0.7).sin(), (i as f64 * 0.3).cos() - 0.5])
            .collect();
        (x, vec![0, 1, 3, 2, 2, 1, 0, 3, 2])
    }
    // beta(2), c0, gaps(2)
    const PTS: [[f64; 5]; 3] = [
        [0.5, -0.3, -1.0, 0.0, 0.2],
        [1.2, 0.8, 0.5, -0.5, 0.7],
        [-0.4, 0.1, -0.2, 0.3, -0.1],
    ];

    #[test]
    fn value_matches() {
        let (x, y) = data();
        for p in PTS {
            assert_eq!(
                grad_ordinal_nll(&p[..2], p[2], &p[3..], &x, &y).0,
                ordinal_nll(&p[..2], p[2], &p[3..], &x, &y)
            );
        }
    }
    #[test]
    fn finite_differences() {
        let (x, y) = data();
        for p in PTS {
            let (_, (gb, gc, gg)) = grad_ordinal_nll(&p[..2], p[2], &p[3..], &x, &y);
            fd(
                "ordinal",
                |q| ordinal_nll(&q[..2], q[2], &q[3..], &x, &y),
                &p,
                &[gb, vec![gc], gg].concat(),
            );
        }
    }
    #[test]
    fn tape_agrees() {
        let (x, y) = data();
        for p in PTS {
            let (_, (gb, gc, gg)) = grad_ordinal_nll(&p[..2], p[2], &p[3..], &x, &y);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let out = twin(&v[..2], v[2], &v[3..], &x, &y);
            same(
                "ordinal tape",
                &[gb, vec![gc], gg].concat(),
                &tape.gradient(out, &v),
                1e-9,
            );
        }
    }
}
