//! Quant: arithmetic-average Asian call by Monte Carlo under GBM with supplied normals;
//! pathwise delta and vega. Each path is priced in a closure and the payoffs collected.
use gradus::differentiable;

#[differentiable(wrt(spot, sigma))]
pub fn asian_call(
    spot: f64,
    sigma: f64,
    strike: f64,
    rate: f64,
    expiry: f64,
    normals: &[Vec<f64>],
) -> f64 {
    let n_fix = normals[0].len();
    let dt = expiry / n_fix as f64;
    let drift = (rate - 0.5 * sigma * sigma) * dt;
    let vol = sigma * dt.sqrt();
    let payoffs: Vec<f64> = normals
        .iter()
        .map(|zs| {
            let mut s = spot;
            let mut sum = 0.0;
            for z in zs {
                s *= (drift + vol * z).exp();
                sum += s;
            }
            (sum / n_fix as f64 - strike).max(0.0)
        })
        .collect();
    (-rate * expiry).exp() * payoffs.iter().sum::<f64>() / payoffs.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(
        spot: T,
        sigma: T,
        strike: f64,
        rate: f64,
        expiry: f64,
        zs: &[Vec<f64>],
    ) -> T {
        let n = zs[0].len() as f64;
        let dt = expiry / n;
        let drift = (k::<T>(rate) - k::<T>(0.5) * sigma * sigma) * k(dt);
        let vol = sigma * k(dt.sqrt());
        let mut tot = T::zero();
        for path in zs {
            let mut s = spot;
            let mut sum = T::zero();
            for &z in path {
                s = s * (drift + vol * k(z)).exp();
                sum = sum + s;
            }
            tot = tot + (sum / k(n) - k(strike)).max(T::zero());
        }
        k::<T>((-rate * expiry).exp()) * tot / k(zs.len() as f64)
    }

    const PTS: [[f64; 2]; 3] = [[100.0, 0.2], [90.0, 0.35], [110.0, 0.1]];

    #[test]
    fn value_matches() {
        let z = normals(3, 16, 12);
        for [s, v] in PTS {
            assert_eq!(
                grad_asian_call(s, v, 100.0, 0.03, 1.0, &z).0,
                asian_call(s, v, 100.0, 0.03, 1.0, &z)
            );
        }
    }
    #[test]
    fn finite_differences() {
        let z = normals(3, 16, 12);
        for [s, v] in PTS {
            let (_, (gs, gv)) = grad_asian_call(s, v, 100.0, 0.03, 1.0, &z);
            fd(
                "asian",
                |p| asian_call(p[0], p[1], 100.0, 0.03, 1.0, &z),
                &[s, v],
                &[gs, gv],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        let z = normals(3, 16, 12);
        for [s, v] in PTS {
            let (_, (gs, gv)) = grad_asian_call(s, v, 100.0, 0.03, 1.0, &z);
            let tape = Tape::new();
            let x = tape.vars(&[s, v]);
            let y = twin(x[0], x[1], 100.0, 0.03, 1.0, &z);
            same("asian tape", &[gs, gv], &tape.gradient(y, &x), 1e-9);
        }
    }
}
