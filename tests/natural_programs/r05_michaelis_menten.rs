//! Biochemistry: weighted least-squares fit of Michaelis–Menten kinetics, optionally with
//! substrate inhibition v = Vmax S / (Km + S + S²/Ki).
use gradus::differentiable;

#[differentiable(wrt(vmax, km))]
pub fn mm_weighted_sse(
    vmax: f64,
    km: f64,
    substrate: &[f64],
    velocity: &[f64],
    weights: Option<&[f64]>,
    ki: Option<f64>,
) -> f64 {
    assert_eq!(substrate.len(), velocity.len());
    let mut sse = 0.0;
    for i in 0..substrate.len() {
        let s = substrate[i];
        let mut denom = km + s;
        if let Some(ki) = ki {
            denom += s * s / ki;
        }
        let predicted = vmax * s / denom;
        let resid = velocity[i] - predicted;
        let w = if let Some(ws) = weights { ws[i] } else { 1.0 };
        sse += w * resid * resid;
    }
    sse / substrate.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(
        vmax: T,
        km: T,
        s: &[f64],
        v: &[f64],
        w: Option<&[f64]>,
        ki: Option<f64>,
    ) -> T {
        let mut sse = T::zero();
        for i in 0..s.len() {
            let si = c::<T>(s[i]);
            let mut d = km + si;
            if let Some(ki) = ki {
                d = d + c::<T>(s[i] * s[i] / ki);
            }
            let r = c::<T>(v[i]) - vmax * si / d;
            let wi = w.map(|w| w[i]).unwrap_or(1.0);
            sse = sse + c::<T>(wi) * r * r;
        }
        sse / c(s.len() as f64)
    }

    const S: [f64; 6] = [0.5, 1.0, 2.0, 5.0, 10.0, 20.0];
    const V: [f64; 6] = [0.9, 1.6, 2.5, 3.4, 3.7, 3.5];
    const W: [f64; 6] = [1.0, 1.0, 0.8, 0.5, 0.4, 0.3];

    fn cases() -> Vec<(f64, f64, Option<&'static [f64]>, Option<f64>)> {
        vec![
            (4.0, 2.0, None, None),
            (5.0, 3.0, Some(&W[..]), None),
            (4.5, 1.5, Some(&W[..]), Some(30.0)),
        ]
    }

    #[test]
    fn value_matches() {
        for (vm, km, w, ki) in cases() {
            assert_eq!(
                grad_mm_weighted_sse(vm, km, &S, &V, w, ki).0,
                mm_weighted_sse(vm, km, &S, &V, w, ki)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for (vm, km, w, ki) in cases() {
            let (_, (a, b)) = grad_mm_weighted_sse(vm, km, &S, &V, w, ki);
            fd(
                "mm",
                |p| mm_weighted_sse(p[0], p[1], &S, &V, w, ki),
                &[vm, km],
                &[a, b],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for (vm, km, w, ki) in cases() {
            let (_, (a, b)) = grad_mm_weighted_sse(vm, km, &S, &V, w, ki);
            let tape = Tape::new();
            let x = tape.vars(&[vm, km]);
            let y = twin(x[0], x[1], &S, &V, w, ki);
            all_close("mm tape", &[a, b], &tape.gradient(y, &x), 1e-9);
        }
    }
}
