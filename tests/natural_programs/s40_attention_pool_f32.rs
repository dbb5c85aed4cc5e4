//! NLP engineer (f32): attention pooling of token embeddings with a learned query,
//! then a logistic head; binary cross-entropy for one example.
use gradus::differentiable;

#[differentiable(wrt(query, w_out))]
pub fn pooled_bce(query: &[f32; 4], w_out: &[f32; 4], tokens: &[[f32; 4]], label: f32) -> f32 {
    let scale = 0.5f32; // 1/sqrt(d)
    let logits: Vec<f32> = tokens
        .iter()
        .map(|t| t.iter().zip(query.iter()).map(|(a, b)| a * b).sum::<f32>() * scale)
        .collect();
    let m = logits.iter().copied().fold(f32::MIN, f32::max);
    let ws: Vec<f32> = logits.iter().map(|l| (l - m).exp()).collect();
    let z: f32 = ws.iter().sum();
    let mut pooled = [0.0f32; 4];
    for (w, t) in ws.iter().zip(tokens) {
        for d in 0..4 {
            pooled[d] += w / z * t[d];
        }
    }
    let score: f32 = pooled.iter().zip(w_out).map(|(p, w)| p * w).sum();
    let p = 1.0 / (1.0 + (-score).exp());
    -(label * p.ln() + (1.0 - label) * (1.0 - p).ln())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(v: &[T], tokens: &[[f32; 4]], label: f32) -> T {
        let cf = |x: f32| T::from(x).unwrap();
        let ls: Vec<T> = tokens
            .iter()
            .map(|t| (0..4).fold(T::zero(), |a, d| a + cf(t[d]) * v[d]) * cf(0.5))
            .collect();
        let ws: Vec<T> = ls.iter().map(|l| l.exp()).collect();
        let z = ws.iter().fold(T::zero(), |a, &b| a + b);
        let mut score = T::zero();
        for d in 0..4 {
            let mut p = T::zero();
            for (w, t) in ws.iter().zip(tokens) {
                p = p + *w / z * cf(t[d]);
            }
            score = score + p * v[4 + d];
        }
        let p = T::one() / (T::one() + (-score).exp());
        -(cf(label) * p.ln() + (T::one() - cf(label)) * (T::one() - p).ln())
    }

    #[test]
    fn checks() {
        let tokens: Vec<[f32; 4]> = (0..6)
            .map(|i| {
                let f = i as f32;
                [f.sin(), (0.5 * f).cos(), 0.2 * f - 0.5, (1.3 * f).sin()]
            })
            .collect();
        for (s, label) in [(0.5f32, 1.0f32), (-0.8, 0.0), (1.2, 1.0)] {
            let x: Vec<f32> = (0..8).map(|i| s * ((i as f32) * 0.9).cos()).collect();
            let (q, w) = ([x[0], x[1], x[2], x[3]], [x[4], x[5], x[6], x[7]]);
            let (v, (gq, gw)) = grad_pooled_bce(&q, &w, &tokens, label);
            assert_eq!(v, pooled_bce(&q, &w, &tokens, label));
            let g: Vec<f32> = gq.iter().chain(gw.iter()).copied().collect();
            fd32(
                "pool",
                |y| {
                    pooled_bce(
                        &[y[0], y[1], y[2], y[3]],
                        &[y[4], y[5], y[6], y[7]],
                        &tokens,
                        label,
                    )
                },
                &x,
                &g,
            );
            vs_tape32("pool", v, &g, &x, |y| twin(y, &tokens, label));
        }
    }
}
