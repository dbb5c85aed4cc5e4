//! ML: cross-entropy with label smoothing, as `nn.CrossEntropyLoss(label_smoothing=ε,
//! ignore_index=…)`; logits flat row-major [batch × classes], integer targets.
use gradus::differentiable;

pub const IGNORE: usize = usize::MAX;

#[differentiable(wrt(logits))]
pub fn smoothed_ce(logits: &[f64], targets: &[usize], classes: usize, eps: f64) -> f64 {
    let mut total = 0.0;
    let mut counted = 0;
    for (b, &tgt) in targets.iter().enumerate() {
        if tgt == IGNORE {
            continue;
        }
        let row = &logits[b * classes..(b + 1) * classes];
        let m = row.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let lse = m + row.iter().map(|z| (z - m).exp()).sum::<f64>().ln();
        let mean_logit = row.iter().sum::<f64>() / classes as f64;
        total += (1.0 - eps) * (lse - row[tgt]) + eps * (lse - mean_logit);
        counted += 1;
    }
    total / counted as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(z: &[T], tg: &[usize], c: usize, eps: f64) -> T {
        let mut tot = T::zero();
        let mut n = 0.0;
        for (b, &t) in tg.iter().enumerate() {
            if t == IGNORE {
                continue;
            }
            let row = &z[b * c..(b + 1) * c];
            let lse = row.iter().fold(T::zero(), |a, &v| a + v.exp()).ln();
            let mean = row.iter().fold(T::zero(), |a, &v| a + v) / k(c as f64);
            tot = tot + k::<T>(1.0 - eps) * (lse - row[t]) + k::<T>(eps) * (lse - mean);
            n += 1.0;
        }
        tot / k(n)
    }

    const TG: [usize; 4] = [2, IGNORE, 0, 1];
    fn pts() -> Vec<Vec<f64>> {
        (0..3)
            .map(|s| {
                (0..12)
                    .map(|i| ((i * 7 + s * 3) as f64 * 0.61).sin() * 2.0)
                    .collect()
            })
            .collect()
    }

    #[test]
    fn value_matches() {
        for z in pts() {
            assert_eq!(
                grad_smoothed_ce(&z, &TG, 3, 0.1).0,
                smoothed_ce(&z, &TG, 3, 0.1)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for z in pts() {
            let (_, g) = grad_smoothed_ce(&z, &TG, 3, 0.1);
            fd("smoothed ce", |p| smoothed_ce(p, &TG, 3, 0.1), &z, &g);
        }
    }
    #[test]
    fn tape_agrees() {
        for z in pts() {
            let (_, g) = grad_smoothed_ce(&z, &TG, 3, 0.1);
            let tape = Tape::new();
            let v = tape.vars(&z);
            let y = twin(&v, &TG, 3, 0.1);
            same("smoothed ce tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
