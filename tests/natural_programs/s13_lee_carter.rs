//! Demographer: Lee–Carter log-mortality surface fitted by penalised least squares
//! (the identifiability constraints as a quadratic penalty).
use gradus::differentiable;

#[differentiable(wrt(a, b, k))]
pub fn lee_carter_loss(a: &[f64], b: &[f64], k: &[f64], log_m: &[Vec<f64>], penalty: f64) -> f64 {
    let ages = a.len();
    let years = k.len();
    let mut sse = 0.0;
    for x in 0..ages {
        for t in 0..years {
            let fitted = a[x] + b[x] * k[t];
            sse += (log_m[x][t] - fitted).powi(2);
        }
    }
    let sum_b: f64 = b.iter().sum();
    let sum_k: f64 = k.iter().sum();
    sse + penalty * ((sum_b - 1.0).powi(2) + sum_k.powi(2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(v: &[T], na: usize, ny: usize, lm: &[Vec<f64>], pen: f64) -> T {
        let (a, b, k) = (&v[..na], &v[na..2 * na], &v[2 * na..2 * na + ny]);
        let mut s = T::zero();
        for x in 0..na {
            for t in 0..ny {
                s = s + (c::<T>(lm[x][t]) - a[x] - b[x] * k[t]).powi(2);
            }
        }
        let sb = b.iter().fold(T::zero(), |acc, &z| acc + z);
        let sk = k.iter().fold(T::zero(), |acc, &z| acc + z);
        s + c::<T>(pen) * ((sb - T::one()).powi(2) + sk.powi(2))
    }

    #[test]
    fn checks() {
        let (na, ny) = (5, 7);
        let lm: Vec<Vec<f64>> = (0..na)
            .map(|x| {
                (0..ny)
                    .map(|t| {
                        -6.0 + 0.8 * x as f64 - 0.05 * t as f64 + 0.01 * ((x * t) as f64).sin()
                    })
                    .collect()
            })
            .collect();
        for s in [0.1, 0.5, -0.3] {
            let x: Vec<f64> = (0..2 * na + ny)
                .map(|i| -2.0 + s * (i as f64 * 0.9).sin())
                .collect();
            let (v, (ga, gb, gk)) =
                grad_lee_carter_loss(&x[..na], &x[na..2 * na], &x[2 * na..], &lm, 10.0);
            assert_eq!(
                v,
                lee_carter_loss(&x[..na], &x[na..2 * na], &x[2 * na..], &lm, 10.0)
            );
            let g = cat(&[&ga, &gb, &gk]);
            fd(
                "lc",
                |y| lee_carter_loss(&y[..na], &y[na..2 * na], &y[2 * na..], &lm, 10.0),
                &x,
                &g,
            );
            vs_tape("lc", v, &g, &x, |y| twin(y, na, ny, &lm, 10.0));
        }
    }
}
