//! Hydraulics: Darcy friction factor from Colebrook–White by fixed-point iteration on
//! 1/√f, `loop` until the update is below 1e-13 (or 100 sweeps).
use gradus::differentiable;

#[differentiable]
pub fn colebrook(rel_roughness: f64, reynolds: f64) -> f64 {
    let mut inv_sqrt_f = 8.0;
    let mut iter = 0;
    loop {
        let next = -2.0 * (rel_roughness / 3.7 + 2.51 * inv_sqrt_f / reynolds).log10();
        let change = (next - inv_sqrt_f).abs();
        inv_sqrt_f = next;
        iter += 1;
        if change < 1e-13 || iter >= 100 {
            break;
        }
    }
    1.0 / (inv_sqrt_f * inv_sqrt_f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(eps: T, re: T) -> T {
        let mut s = k::<T>(8.0);
        for _ in 0..100 {
            let next = k::<T>(-2.0) * (eps / k(3.7) + k::<T>(2.51) * s / re).log10();
            let change = (next - s).abs();
            s = next;
            if change < k(1e-13) {
                break;
            }
        }
        T::one() / (s * s)
    }

    // roughness in units of 1e-4 would be nicer, but this is how the textbook states it
    const PTS: [[f64; 2]; 3] = [[1e-4, 1e5], [2e-3, 4e4], [5e-5, 2e6]];

    #[test]
    fn value_matches() {
        for [e, r] in PTS {
            assert_eq!(grad_colebrook(e, r).0, colebrook(e, r));
        }
    }
    #[test]
    fn finite_differences() {
        for [e, r] in PTS {
            let (_, (ge, gr)) = grad_colebrook(e, r);
            // scale the coordinates so the relative check has teeth on both components
            fd(
                "colebrook",
                |p| colebrook(p[0] * 1e-4, p[1] * 1e4),
                &[e * 1e4, r * 1e-4],
                &[ge * 1e-4, gr * 1e4],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for [e, r] in PTS {
            let (_, (ge, gr)) = grad_colebrook(e, r);
            let tape = Tape::new();
            let v = tape.vars(&[e, r]);
            let y = twin(v[0], v[1]);
            let g = tape.gradient(y, &v);
            // compare scaled, the raw d/dRe is ~1e-8
            same(
                "colebrook tape",
                &[ge * 1e-4, gr * 1e4],
                &[g[0] * 1e-4, g[1] * 1e4],
                1e-9,
            );
        }
    }
}
