//! Epidemiology: SIR model with Euler sub-steps, Poisson likelihood of daily case counts.
use gradus::differentiable;

#[differentiable(wrt(beta, gamma))]
pub fn sir_poisson_nll(
    beta: f64,
    gamma: f64,
    population: f64,
    i0: f64,
    cases: &[u32],
    substeps: usize,
) -> f64 {
    let dt = 1.0 / substeps as f64;
    let mut s = (population - i0) / population;
    let mut i = i0 / population;
    let mut nll = 0.0;
    for &observed in cases {
        let mut new_inf = 0.0;
        for _ in 0..substeps {
            let infections = beta * s * i * dt;
            let recoveries = gamma * i * dt;
            s -= infections;
            i += infections - recoveries;
            new_inf += infections;
        }
        let lambda = (new_inf * population).max(1e-9);
        let k = observed as f64;
        nll += lambda - k * lambda.ln();
    }
    nll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(beta: T, gamma: T, pop: f64, i0: f64, cases: &[u32], sub: usize) -> T {
        let dt = c::<T>(1.0 / sub as f64);
        let mut s = c::<T>((pop - i0) / pop);
        let mut i = c::<T>(i0 / pop);
        let mut nll = T::zero();
        for &k in cases {
            let mut ni = T::zero();
            for _ in 0..sub {
                let inf = beta * s * i * dt;
                let rec = gamma * i * dt;
                s = s - inf;
                i = i + inf - rec;
                ni = ni + inf;
            }
            let lam = (ni * c::<T>(pop)).max(c(1e-9));
            nll = nll + lam - c::<T>(k as f64) * lam.ln();
        }
        nll
    }

    const CASES: [u32; 10] = [3, 5, 8, 12, 20, 28, 41, 55, 70, 86];

    fn points() -> Vec<[f64; 2]> {
        vec![[0.45, 0.1], [0.6, 0.2], [0.35, 0.05]]
    }

    #[test]
    fn value_matches() {
        for [b, g] in points() {
            assert_eq!(
                grad_sir_poisson_nll(b, g, 10_000.0, 10.0, &CASES, 4).0,
                sir_poisson_nll(b, g, 10_000.0, 10.0, &CASES, 4)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [b, g] in points() {
            let (_, (gb, gg)) = grad_sir_poisson_nll(b, g, 10_000.0, 10.0, &CASES, 4);
            fd(
                "sir",
                |p| sir_poisson_nll(p[0], p[1], 10_000.0, 10.0, &CASES, 4),
                &[b, g],
                &[gb, gg],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [b, g] in points() {
            let (_, (gb, gg)) = grad_sir_poisson_nll(b, g, 10_000.0, 10.0, &CASES, 4);
            let tape = Tape::new();
            let v = tape.vars(&[b, g]);
            let y = twin(v[0], v[1], 10_000.0, 10.0, &CASES, 4);
            all_close("sir tape", &[gb, gg], &tape.gradient(y, &v), 1e-9);
        }
    }
}
