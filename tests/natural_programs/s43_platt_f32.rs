//! ML engineer (f32): Platt scaling of classifier scores with Platt's smoothed targets,
//! the affine map written with `mul_add`.
use gradus::differentiable;

#[differentiable(wrt(a, b))]
pub fn platt_nll(a: f32, b: f32, scores: &[f32], labels: &[bool]) -> f32 {
    let n_pos = labels.iter().filter(|&&l| l).count() as f32;
    let n_neg = labels.len() as f32 - n_pos;
    let hi = (n_pos + 1.0) / (n_pos + 2.0);
    let lo = 1.0 / (n_neg + 2.0);
    let mut nll = 0.0;
    for (s, &l) in scores.iter().zip(labels) {
        let t = if l { hi } else { lo };
        let z = a.mul_add(*s, b);
        // log(1 + e^z) − t·z, stably
        nll += z.max(0.0) + (-z.abs()).exp().ln_1p() - t * z;
    }
    nll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(a: T, b: T, scores: &[f32], labels: &[bool]) -> T {
        let np = labels.iter().filter(|&&l| l).count() as f32;
        let nn = labels.len() as f32 - np;
        let mut s = T::zero();
        for (x, &l) in scores.iter().zip(labels) {
            let t = if l {
                (np + 1.0) / (np + 2.0)
            } else {
                1.0 / (nn + 2.0)
            };
            let z = a * T::from(*x).unwrap() + b;
            s = s + z.max(T::zero()) + (-z.abs()).exp().ln_1p() - T::from(t).unwrap() * z;
        }
        s
    }

    #[test]
    fn checks() {
        let scores: Vec<f32> = (0..20)
            .map(|i| ((i as f32) * 0.7).sin() * 3.0 + 0.13)
            .collect();
        let labels: Vec<bool> = (0..20)
            .map(|i| ((i * 7) % 5) < 2 || scores[i] > 2.0)
            .collect();
        for x in [[1.0f32, 0.1], [-0.5, 0.7], [2.0, -1.3]] {
            let (v, (ga, gb)) = grad_platt_nll(x[0], x[1], &scores, &labels);
            assert_eq!(v, platt_nll(x[0], x[1], &scores, &labels));
            fd32(
                "platt",
                |y| platt_nll(y[0], y[1], &scores, &labels),
                &x,
                &[ga, gb],
            );
            vs_tape32("platt", v, &[ga, gb], &x, |y| {
                twin(y[0], y[1], &scores, &labels)
            });
        }
    }
}
