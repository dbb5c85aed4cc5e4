//! Epidemiology: negative-binomial regression of case counts on a covariate with an
//! exposure offset; ln Γ(y + r) − ln Γ(r) written as the finite sum it is for integer y.
use gradus::differentiable;

#[differentiable(wrt(intercept, slope, log_r))]
pub fn negbin_nll(
    intercept: f64,
    slope: f64,
    log_r: f64,
    exposure: &[f64],
    x: &[f64],
    counts: &[usize],
) -> f64 {
    let r = log_r.exp();
    let mut ll = 0.0;
    for i in 0..counts.len() {
        let mu = exposure[i] * (intercept + slope * x[i]).exp();
        let y = counts[i];
        for j in 0..y {
            ll += (r + j as f64).ln();
        }
        ll -= (1..=y).map(|j| (j as f64).ln()).sum::<f64>();
        ll += r * (r / (r + mu)).ln() + y as f64 * (mu / (r + mu)).ln();
    }
    -ll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(b0: T, b1: T, lr: T, exposure: &[f64], x: &[f64], counts: &[usize]) -> T {
        let r = lr.exp();
        let mut ll = T::zero();
        for i in 0..counts.len() {
            let mu = c::<T>(exposure[i]) * (b0 + b1 * c::<T>(x[i])).exp();
            let y = counts[i];
            for j in 0..y {
                ll = ll + (r + c::<T>(j as f64)).ln();
            }
            let lf: f64 = (1..=y).map(|j| (j as f64).ln()).sum();
            ll = ll - c::<T>(lf);
            ll = ll + r * (r / (r + mu)).ln() + c::<T>(y as f64) * (mu / (r + mu)).ln();
        }
        -ll
    }

    const EXPO: [f64; 6] = [1.0, 2.0, 1.5, 3.0, 0.5, 2.5];
    const X: [f64; 6] = [0.1, -0.5, 0.8, 1.2, -1.0, 0.3];
    const Y: [usize; 6] = [2, 0, 5, 11, 1, 4];

    fn points() -> Vec<[f64; 3]> {
        vec![[0.3, 0.5, 0.0], [0.1, 0.9, 1.2], [0.6, 0.2, -0.5]]
    }

    #[test]
    fn value_matches() {
        for [a, b, r] in points() {
            assert_eq!(
                grad_negbin_nll(a, b, r, &EXPO, &X, &Y).0,
                negbin_nll(a, b, r, &EXPO, &X, &Y)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [a, b, r] in points() {
            let (_, (ga, gb, gr)) = grad_negbin_nll(a, b, r, &EXPO, &X, &Y);
            fd(
                "negbin",
                |p| negbin_nll(p[0], p[1], p[2], &EXPO, &X, &Y),
                &[a, b, r],
                &[ga, gb, gr],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [a, b, r] in points() {
            let (_, (ga, gb, gr)) = grad_negbin_nll(a, b, r, &EXPO, &X, &Y);
            let tape = Tape::new();
            let v = tape.vars(&[a, b, r]);
            let y = twin(v[0], v[1], v[2], &EXPO, &X, &Y);
            all_close("negbin tape", &[ga, gb, gr], &tape.gradient(y, &v), 1e-9);
        }
    }
}
