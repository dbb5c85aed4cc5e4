//! Marketing analyst: media-mix model with geometric adstock and Hill saturation.
use gradus::differentiable;

pub struct Channel {
    pub half_sat: f64,
    pub shape: f64,
}

#[differentiable(wrt(betas, decays, base))]
pub fn mmm_loss(
    betas: &[f64],
    decays: &[f64],
    base: f64,
    channels: &[Channel],
    spend: &[Vec<f64>],
    sales: &[f64],
) -> f64 {
    let weeks = sales.len();
    let mut pred = vec![base; weeks];
    for (c, ch) in channels.iter().enumerate() {
        let mut carry = 0.0;
        for t in 0..weeks {
            carry = spend[c][t] + decays[c] * carry;
            let x = carry.powf(ch.shape);
            let sat = x / (x + ch.half_sat.powf(ch.shape));
            pred[t] += betas[c] * sat;
        }
    }
    pred.iter()
        .zip(sales)
        .map(|(p, s)| (p - s).powi(2))
        .sum::<f64>()
        / weeks as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(v: &[T], chs: &[Channel], spend: &[Vec<f64>], sales: &[f64]) -> T {
        let n = chs.len();
        let w = sales.len();
        let mut pred = vec![v[2 * n]; w];
        for (ci, ch) in chs.iter().enumerate() {
            let mut carry = T::zero();
            for t in 0..w {
                carry = c::<T>(spend[ci][t]) + v[n + ci] * carry;
                let x = carry.powf(c(ch.shape));
                pred[t] = pred[t] + v[ci] * x / (x + c(ch.half_sat.powf(ch.shape)));
            }
        }
        let mut s = T::zero();
        for t in 0..w {
            s = s + (pred[t] - c(sales[t])).powi(2);
        }
        s / c(w as f64)
    }

    #[test]
    fn checks() {
        let chs = [
            Channel {
                half_sat: 40.0,
                shape: 1.5,
            },
            Channel {
                half_sat: 15.0,
                shape: 2.2,
            },
        ];
        let spend: Vec<Vec<f64>> = vec![
            (0..20)
                .map(|t| 20.0 + 15.0 * ((t as f64) * 0.7).cos().abs())
                .collect(),
            (0..20)
                .map(|t| if t % 4 == 0 { 30.0 } else { 2.0 })
                .collect(),
        ];
        let sales: Vec<f64> = (0..20).map(|t| 120.0 + 3.0 * t as f64).collect();
        for x in [
            [60.0, 30.0, 0.5, 0.3, 90.0],
            [40.0, 50.0, 0.7, 0.1, 100.0],
            [80.0, 20.0, 0.2, 0.6, 70.0],
        ] {
            let (v, (gb, gd, g0)) = grad_mmm_loss(&x[0..2], &x[2..4], x[4], &chs, &spend, &sales);
            assert_eq!(v, mmm_loss(&x[0..2], &x[2..4], x[4], &chs, &spend, &sales));
            let g = cat(&[&gb, &gd, &[g0]]);
            fd(
                "mmm",
                |y| mmm_loss(&y[0..2], &y[2..4], y[4], &chs, &spend, &sales),
                &x,
                &g,
            );
            vs_tape("mmm", v, &g, &x, |y| twin(y, &chs, &spend, &sales));
        }
    }
}
