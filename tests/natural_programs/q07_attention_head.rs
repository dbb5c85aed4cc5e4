//! ML, ported from a PyTorch module: one head of scaled dot-product attention for a single
//! query over `n` tokens; projection weights stored row-major like `nn.Linear.weight`
//! (`w[i * d_in + j]`). Loss is the MSE of the attended output against a target.
use gradus::differentiable;

#[differentiable(wrt(w_q, w_k, w_v))]
pub fn attention_loss(
    w_q: &[f64],
    w_k: &[f64],
    w_v: &[f64],
    query: &[f64],
    tokens: &[Vec<f64>],
    target: &[f64],
    d_in: usize,
    d_head: usize,
) -> f64 {
    let mut q = vec![0.0; d_head];
    for i in 0..d_head {
        for j in 0..d_in {
            q[i] += w_q[i * d_in + j] * query[j];
        }
    }
    let scale = 1.0 / (d_head as f64).sqrt();
    let n = tokens.len();
    let mut scores = vec![0.0; n];
    let mut vals = vec![0.0; n * d_head];
    for t in 0..n {
        for i in 0..d_head {
            let mut kt = 0.0;
            let mut vt = 0.0;
            for j in 0..d_in {
                kt += w_k[i * d_in + j] * tokens[t][j];
                vt += w_v[i * d_in + j] * tokens[t][j];
            }
            scores[t] += q[i] * kt * scale;
            vals[t * d_head + i] = vt;
        }
    }
    let m = scores.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let exps: Vec<f64> = scores.iter().map(|s| (s - m).exp()).collect();
    let z: f64 = exps.iter().sum();
    let mut loss = 0.0;
    for i in 0..d_head {
        let mut out = 0.0;
        for t in 0..n {
            out += exps[t] / z * vals[t * d_head + i];
        }
        loss += (out - target[i]).powi(2);
    }
    loss / d_head as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(
        wq: &[T],
        wk: &[T],
        wv: &[T],
        query: &[f64],
        toks: &[Vec<f64>],
        target: &[f64],
        d_in: usize,
        dh: usize,
    ) -> T {
        let q: Vec<T> = (0..dh)
            .map(|i| (0..d_in).fold(T::zero(), |a, j| a + wq[i * d_in + j] * k(query[j])))
            .collect();
        let scale = k::<T>(1.0 / (dh as f64).sqrt());
        let mut scores = Vec::new();
        let mut vals = Vec::new();
        for tok in toks {
            let mut s = T::zero();
            let mut row = Vec::new();
            for i in 0..dh {
                let kt = (0..d_in).fold(T::zero(), |a, j| a + wk[i * d_in + j] * k(tok[j]));
                let vt = (0..d_in).fold(T::zero(), |a, j| a + wv[i * d_in + j] * k(tok[j]));
                s = s + q[i] * kt * scale;
                row.push(vt);
            }
            scores.push(s);
            vals.push(row);
        }
        let z = scores.iter().fold(T::zero(), |a, &s| a + s.exp());
        let mut loss = T::zero();
        for i in 0..dh {
            let mut out = T::zero();
            for t in 0..toks.len() {
                out = out + scores[t].exp() / z * vals[t][i];
            }
            loss = loss + (out - k(target[i])).powi(2);
        }
        loss / k(dh as f64)
    }

    fn data() -> (Vec<f64>, Vec<Vec<f64>>, Vec<f64>) {
        let toks = (0..4)
            .map(|t| (0..3).map(|j| ((t * 3 + j) as f64 * 0.77).sin()).collect())
            .collect();
        (vec![0.5, -1.0, 0.25], toks, vec![0.3, -0.2])
    }
    fn params(seed: f64) -> Vec<f64> {
        (0..18)
            .map(|i| (i as f64 * 1.3 + seed).cos() * 0.8)
            .collect()
    }

    #[test]
    fn value_matches() {
        let (qv, toks, tgt) = data();
        for s in [0.0, 1.0, 2.5] {
            let p = params(s);
            assert_eq!(
                grad_attention_loss(&p[..6], &p[6..12], &p[12..], &qv, &toks, &tgt, 3, 2).0,
                attention_loss(&p[..6], &p[6..12], &p[12..], &qv, &toks, &tgt, 3, 2)
            );
        }
    }
    #[test]
    fn finite_differences() {
        let (qv, toks, tgt) = data();
        for s in [0.0, 1.0, 2.5] {
            let p = params(s);
            let (_, (a, b, c)) =
                grad_attention_loss(&p[..6], &p[6..12], &p[12..], &qv, &toks, &tgt, 3, 2);
            fd(
                "attention",
                |x| attention_loss(&x[..6], &x[6..12], &x[12..], &qv, &toks, &tgt, 3, 2),
                &p,
                &[a, b, c].concat(),
            );
        }
    }
    #[test]
    fn tape_agrees() {
        let (qv, toks, tgt) = data();
        for s in [0.0, 1.0, 2.5] {
            let p = params(s);
            let (_, (a, b, c)) =
                grad_attention_loss(&p[..6], &p[6..12], &p[12..], &qv, &toks, &tgt, 3, 2);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[..6], &v[6..12], &v[12..], &qv, &toks, &tgt, 3, 2);
            same(
                "attention tape",
                &[a, b, c].concat(),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
