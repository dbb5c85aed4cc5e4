//! Demographer: Gompertz–Makeham hazard fitted to death counts and exposures by
//! Poisson maximum likelihood.
use gradus::differentiable;

#[differentiable(wrt(log_a, b, makeham))]
pub fn mortality_nll(
    log_a: f64,
    b: f64,
    makeham: f64,
    deaths: &[f64],
    exposure: &[f64],
    first_age: usize,
) -> f64 {
    let mut nll = 0.0;
    for (i, (&d, &e)) in deaths.iter().zip(exposure.iter()).enumerate() {
        if e <= 0.0 {
            continue;
        }
        let age = (first_age + i) as f64 + 0.5;
        let mu = makeham + (log_a + b * age).exp();
        nll += mu * e - d * mu.ln();
    }
    nll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(p: &[T], d: &[f64], e: &[f64], first: usize) -> T {
        let mut s = T::zero();
        for i in 0..d.len() {
            if e[i] <= 0.0 {
                continue;
            }
            let mu = p[2] + (p[0] + p[1] * c((first + i) as f64 + 0.5)).exp();
            s = s + mu * c(e[i]) - c::<T>(d[i]) * mu.ln();
        }
        s
    }

    #[test]
    fn checks() {
        let exposure: Vec<f64> = (0..40)
            .map(|i| {
                if i == 7 {
                    0.0
                } else {
                    10000.0 - 150.0 * i as f64
                }
            })
            .collect();
        let deaths: Vec<f64> = (0..40)
            .map(|i| (exposure[i] * (0.0005 + (-9.5 + 0.09 * (40 + i) as f64).exp())).round())
            .collect();
        for x in [
            [-9.5, 0.09, 0.0005],
            [-10.0, 0.1, 0.001],
            [-9.0, 0.08, 0.0002],
        ] {
            let (v, (a, b, m)) = grad_mortality_nll(x[0], x[1], x[2], &deaths, &exposure, 40);
            assert_eq!(v, mortality_nll(x[0], x[1], x[2], &deaths, &exposure, 40));
            let g = [a, b, m];
            // the Makeham term is O(1e-3): its default step (∛ε) would be 1% of it,
            // so every coordinate moves by 1e-7 instead.
            fd_step(
                "gm",
                |y| mortality_nll(y[0], y[1], y[2], &deaths, &exposure, 40),
                &x,
                &g,
                1e-7,
                1e-6,
            );
            vs_tape("gm", v, &g, &x, |y| twin(y, &deaths, &exposure, 40));
        }
    }
}
