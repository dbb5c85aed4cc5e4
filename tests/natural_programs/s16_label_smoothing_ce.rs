//! NLP engineer: temperature scaling plus per-class bias of a frozen classifier's
//! logits, under cross-entropy with label smoothing.
use gradus::differentiable;

#[differentiable(wrt(temperature, bias))]
pub fn calibrated_ce(
    temperature: f64,
    bias: &[f64],
    logits: &[Vec<f64>],
    targets: &[usize],
    smoothing: f64,
) -> f64 {
    let k = bias.len();
    let mut total = 0.0;
    for (row, &y) in logits.iter().zip(targets) {
        let z = row
            .iter()
            .zip(bias)
            .map(|(l, b)| l / temperature + b)
            .collect::<Vec<f64>>();
        let m = z.iter().fold(f64::NEG_INFINITY, |a, &b| a.max(b));
        let lse = m + z.iter().map(|v| (v - m).exp()).sum::<f64>().ln();
        let mut loss = 0.0;
        for (j, zj) in z.iter().enumerate() {
            let q = if j == y {
                1.0 - smoothing + smoothing / k as f64
            } else {
                smoothing / k as f64
            };
            loss -= q * (zj - lse);
        }
        total += loss;
    }
    total / targets.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(v: &[T], logits: &[Vec<f64>], targets: &[usize], eps: f64) -> T {
        let k = v.len() - 1;
        let mut total = T::zero();
        for (row, &y) in logits.iter().zip(targets) {
            let z: Vec<T> = (0..k).map(|j| c::<T>(row[j]) / v[0] + v[1 + j]).collect();
            let mut s = T::zero();
            for j in 0..k {
                s = s + z[j].exp();
            }
            let lse = s.ln();
            for j in 0..k {
                let q = if j == y {
                    1.0 - eps + eps / k as f64
                } else {
                    eps / k as f64
                };
                total = total - c::<T>(q) * (z[j] - lse);
            }
        }
        total / c(targets.len() as f64)
    }

    #[test]
    fn checks() {
        let logits: Vec<Vec<f64>> = (0..7)
            .map(|i| {
                (0..5)
                    .map(|j| 3.0 * ((i * 5 + j) as f64 * 0.61).sin())
                    .collect()
            })
            .collect();
        let targets = [0, 3, 1, 4, 2, 2, 0];
        for x in [
            [1.0, 0.0, 0.1, -0.1, 0.2, 0.0],
            [1.7, 0.3, -0.2, 0.0, 0.1, 0.4],
            [0.6, -0.5, 0.5, 0.2, -0.3, 0.1],
        ] {
            let (v, (gt, gb)) = grad_calibrated_ce(x[0], &x[1..], &logits, &targets, 0.1);
            assert_eq!(v, calibrated_ce(x[0], &x[1..], &logits, &targets, 0.1));
            let g = cat(&[&[gt], &gb]);
            fd(
                "ls-ce",
                |y| calibrated_ce(y[0], &y[1..], &logits, &targets, 0.1),
                &x,
                &g,
            );
            vs_tape("ls-ce", v, &g, &x, |y| twin(y, &logits, &targets, 0.1));
        }
    }
}
