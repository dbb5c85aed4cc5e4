//! Psychometrician: joint maximum a posteriori fit of a 2PL item response model.
use gradus::differentiable;

#[differentiable(wrt(theta, log_a, b))]
pub fn irt_2pl_nll(theta: &[f64], log_a: &[f64], b: &[f64], responses: &[Vec<u8>]) -> f64 {
    let mut nll = 0.0;
    for (p, row) in responses.iter().enumerate() {
        for (j, &resp) in row.iter().enumerate() {
            let z = log_a[j].exp() * (theta[p] - b[j]);
            // log(1 + e^z), written stably
            let log1pexp = if z > 0.0 {
                z + (-z).exp().ln_1p()
            } else {
                z.exp().ln_1p()
            };
            nll += log1pexp - if resp == 1 { z } else { 0.0 };
        }
    }
    // standard normal prior on abilities
    nll + 0.5 * theta.iter().map(|t| t * t).sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(v: &[T], np: usize, ni: usize, resp: &[Vec<u8>]) -> T {
        let (th, la, b) = (&v[..np], &v[np..np + ni], &v[np + ni..]);
        let mut nll = T::zero();
        for p in 0..np {
            for j in 0..ni {
                let z = la[j].exp() * (th[p] - b[j]);
                let l = if z > T::zero() {
                    z + (-z).exp().ln_1p()
                } else {
                    z.exp().ln_1p()
                };
                nll = nll + l - if resp[p][j] == 1 { z } else { T::zero() };
            }
        }
        for p in 0..np {
            nll = nll + c::<T>(0.5) * th[p] * th[p];
        }
        nll
    }

    #[test]
    fn checks() {
        let (np, ni) = (6, 4);
        let resp: Vec<Vec<u8>> = (0..np)
            .map(|p| (0..ni).map(|j| ((p * 3 + j * 5) % 4 < 2) as u8).collect())
            .collect();
        for s in [0.3, -0.8, 1.4] {
            let x: Vec<f64> = (0..np + 2 * ni)
                .map(|k| s * ((k as f64) * 0.77).cos())
                .collect();
            let (v, (gt, ga, gb)) =
                grad_irt_2pl_nll(&x[..np], &x[np..np + ni], &x[np + ni..], &resp);
            assert_eq!(
                v,
                irt_2pl_nll(&x[..np], &x[np..np + ni], &x[np + ni..], &resp)
            );
            let g = cat(&[&gt, &ga, &gb]);
            fd(
                "irt",
                |y| irt_2pl_nll(&y[..np], &y[np..np + ni], &y[np + ni..], &resp),
                &x,
                &g,
            );
            vs_tape("irt", v, &g, &x, |y| twin(y, np, ni, &resp));
        }
    }
}
