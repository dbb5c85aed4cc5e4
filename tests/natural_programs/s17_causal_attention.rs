//! NLP engineer: one head of causal self-attention on a short sequence, trained to
//! reproduce target outputs.
use gradus::differentiable;

const D: usize = 4;

#[differentiable(wrt(wq, wk, wv))]
pub fn attention_loss(
    wq: &[[f64; D]; D],
    wk: &[[f64; D]; D],
    wv: &[[f64; D]; D],
    tokens: &[[f64; D]],
    target: &[[f64; D]],
) -> f64 {
    let n = tokens.len();
    let scale = 1.0 / (D as f64).sqrt();
    let mut q = vec![[0.0; D]; n];
    let mut k = vec![[0.0; D]; n];
    let mut v = vec![[0.0; D]; n];
    for t in 0..n {
        for r in 0..D {
            for c in 0..D {
                q[t][r] += wq[r][c] * tokens[t][c];
                k[t][r] += wk[r][c] * tokens[t][c];
                v[t][r] += wv[r][c] * tokens[t][c];
            }
        }
    }
    let mut loss = 0.0;
    for i in 0..n {
        // causal mask: position i only attends to 0..=i
        let mut scores = Vec::new();
        for j in 0..=i {
            let s: f64 = (0..D).map(|d| q[i][d] * k[j][d]).sum();
            scores.push(s * scale);
        }
        let m = scores.iter().cloned().fold(f64::MIN, f64::max);
        let exps: Vec<f64> = scores.iter().map(|s| (s - m).exp()).collect();
        let z: f64 = exps.iter().sum();
        for d in 0..D {
            let mut out = 0.0;
            for j in 0..=i {
                out += exps[j] / z * v[j][d];
            }
            loss += (out - target[i][d]).powi(2);
        }
    }
    loss / n as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(w: &[T], tokens: &[[f64; D]], target: &[[f64; D]]) -> T {
        let n = tokens.len();
        let proj = |off: usize, t: usize, r: usize| {
            let mut s = T::zero();
            for cc in 0..D {
                s = s + w[off + r * D + cc] * c(tokens[t][cc]);
            }
            s
        };
        let q: Vec<Vec<T>> = (0..n)
            .map(|t| (0..D).map(|r| proj(0, t, r)).collect())
            .collect();
        let k: Vec<Vec<T>> = (0..n)
            .map(|t| (0..D).map(|r| proj(D * D, t, r)).collect())
            .collect();
        let v: Vec<Vec<T>> = (0..n)
            .map(|t| (0..D).map(|r| proj(2 * D * D, t, r)).collect())
            .collect();
        let mut loss = T::zero();
        for i in 0..n {
            let sc: Vec<T> = (0..=i)
                .map(|j| (0..D).fold(T::zero(), |a, d| a + q[i][d] * k[j][d]) * c(0.5))
                .collect();
            let ex: Vec<T> = sc.iter().map(|s| s.exp()).collect();
            let z = ex.iter().fold(T::zero(), |a, &b| a + b);
            for d in 0..D {
                let o = (0..=i).fold(T::zero(), |a, j| a + ex[j] / z * v[j][d]);
                loss = loss + (o - c(target[i][d])).powi(2);
            }
        }
        loss / c(n as f64)
    }

    fn unflat(x: &[f64]) -> [[f64; D]; D] {
        let mut m = [[0.0; D]; D];
        for r in 0..D {
            for cc in 0..D {
                m[r][cc] = x[r * D + cc];
            }
        }
        m
    }

    #[test]
    fn checks() {
        let tokens: Vec<[f64; D]> = (0..5)
            .map(|t| {
                [
                    ((t * 4) as f64).sin(),
                    ((t * 4 + 1) as f64).sin(),
                    ((t * 4 + 2) as f64).cos(),
                    0.3 * t as f64,
                ]
            })
            .collect();
        let target: Vec<[f64; D]> = (0..5)
            .map(|t| [0.1 * t as f64, -0.2, 0.3, (t as f64).cos()])
            .collect();
        let f = |y: &[f64]| {
            attention_loss(
                &unflat(&y[..16]),
                &unflat(&y[16..32]),
                &unflat(&y[32..]),
                &tokens,
                &target,
            )
        };
        for s in [0.5, -0.9, 1.3] {
            let x: Vec<f64> = (0..48).map(|i| s * ((i as f64) * 0.37).sin()).collect();
            let (wq, wk, wv) = (unflat(&x[..16]), unflat(&x[16..32]), unflat(&x[32..]));
            let (v, (gq, gk, gv)) = grad_attention_loss(&wq, &wk, &wv, &tokens, &target);
            assert_eq!(v, f(&x));
            let g: Vec<f64> = [gq, gk, gv]
                .iter()
                .flat_map(|m| m.iter().flat_map(|r| r.iter().copied()))
                .collect();
            fd("attn", f, &x, &g);
            vs_tape("attn", v, &g, &x, |y| twin(y, &tokens, &target));
        }
    }
}
