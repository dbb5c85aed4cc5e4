//! Bioinformatician: Gompertz tumour/culture growth, written once over `T: Float`
//! and used in f64 on the workstation and f32 on the instrument.
use gradus::{differentiable, Float};

#[differentiable]
pub fn gompertz<T: Float>(t: T, a: T, b: T, c: T) -> T {
    a * (-b * (-c * t).exp()).exp()
}

#[differentiable(wrt(a, b, c))]
pub fn gompertz_loss<T: Float>(a: T, b: T, c: T, times: &[T], sizes: &[T]) -> T {
    let mut loss = T::zero();
    for i in 0..times.len() {
        let r = gompertz(times[i], a, b, c) - sizes[i];
        loss = loss + r * r;
    }
    loss / T::from(times.len()).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;

    #[test]
    fn checks() {
        let times: Vec<f64> = (0..10).map(|i| i as f64 * 1.5).collect();
        let sizes: Vec<f64> = times
            .iter()
            .map(|t| 2.0 * (-3.0 * (-0.3 * t).exp()).exp() + 0.01 * t.sin())
            .collect();
        for x in [[2.0, 3.0, 0.3], [1.5, 2.0, 0.5], [2.5, 4.0, 0.2]] {
            let (v, (a, b, cc)) = grad_gompertz_loss(x[0], x[1], x[2], &times, &sizes);
            assert_eq!(v, gompertz_loss(x[0], x[1], x[2], &times, &sizes));
            let g = [a, b, cc];
            fd(
                "gompertz",
                |y| gompertz_loss(y[0], y[1], y[2], &times, &sizes),
                &x,
                &g,
            );
            vs_tape("gompertz", v, &g, &x, |y| {
                let tv: Vec<_> = times.iter().map(|&t| c(t)).collect();
                let sv: Vec<_> = sizes.iter().map(|&s| c(s)).collect();
                gompertz_loss(y[0], y[1], y[2], &tv, &sv)
            });
        }
        let t32: Vec<f32> = times.iter().map(|&t| t as f32).collect();
        let s32: Vec<f32> = sizes.iter().map(|&t| t as f32).collect();
        for x in [[2.0f32, 3.0, 0.3], [1.5, 2.0, 0.5], [2.5, 4.0, 0.2]] {
            let (v, (a, b, cc)) = grad_gompertz_loss(x[0], x[1], x[2], &t32, &s32);
            assert_eq!(v, gompertz_loss(x[0], x[1], x[2], &t32, &s32));
            // c ≈ 0.2 sits in exp(−c·t) with t up to 13.5: the default f32 step (∛ε ≈ 5e-3)
            // is 2.5% of c, so a step of 1e-3 (still far above f32 rounding) is used.
            fd32_step(
                "gompertz32",
                |y| gompertz_loss(y[0], y[1], y[2], &t32, &s32),
                &x,
                &[a, b, cc],
                1e-3,
            );
            vs_tape32("gompertz32", v, &[a, b, cc], &x, |y| {
                let tv: Vec<_> = t32.iter().map(|&t| gradus::Var::constant(t)).collect();
                let sv: Vec<_> = s32.iter().map(|&s| gradus::Var::constant(s)).collect();
                gompertz_loss(y[0], y[1], y[2], &tv, &sv)
            });
        }
    }
}
