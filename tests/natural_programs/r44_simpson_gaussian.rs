//! Numerical integration: P(a < X < b) for X ~ N(μ, σ²) by composite Simpson's rule,
//! odd and even nodes summed with `step_by(2)`, the density a named closure.
use gradus::differentiable;

#[differentiable(wrt(mu, sigma))]
pub fn interval_probability(mu: f64, sigma: f64, a: f64, b: f64, n: usize) -> f64 {
    assert!(n % 2 == 0, "Simpson's rule needs an even number of panels");
    let h = (b - a) / n as f64;
    let pdf = |x: f64| {
        (-0.5 * ((x - mu) / sigma).powi(2)).exp() / (sigma * (2.0 * std::f64::consts::PI).sqrt())
    };
    let mut s = pdf(a) + pdf(b);
    for i in (1..n).step_by(2) {
        s += 4.0 * pdf(a + i as f64 * h);
    }
    for i in (2..n).step_by(2) {
        s += 2.0 * pdf(a + i as f64 * h);
    }
    s * h / 3.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(mu: T, sigma: T, a: f64, b: f64, n: usize) -> T {
        let h = (b - a) / n as f64;
        let norm = sigma * c::<T>((2.0 * std::f64::consts::PI).sqrt());
        let pdf = |x: f64| (c::<T>(-0.5) * ((c::<T>(x) - mu) / sigma).powi(2)).exp() / norm;
        let mut s = pdf(a) + pdf(b);
        for i in 1..n {
            let w = if i % 2 == 1 { 4.0 } else { 2.0 };
            s = s + c::<T>(w) * pdf(a + i as f64 * h);
        }
        s * c(h / 3.0)
    }

    fn points() -> Vec<[f64; 2]> {
        vec![[0.0, 1.0], [0.7, 0.5], [-1.2, 2.0]]
    }

    #[test]
    fn value_matches() {
        for [m, s] in points() {
            assert_eq!(
                grad_interval_probability(m, s, -1.0, 1.5, 20).0,
                interval_probability(m, s, -1.0, 1.5, 20)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [m, s] in points() {
            let (_, (gm, gs)) = grad_interval_probability(m, s, -1.0, 1.5, 20);
            fd(
                "simpson",
                |p| interval_probability(p[0], p[1], -1.0, 1.5, 20),
                &[m, s],
                &[gm, gs],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [m, s] in points() {
            let (_, (gm, gs)) = grad_interval_probability(m, s, -1.0, 1.5, 20);
            let tape = Tape::new();
            let v = tape.vars(&[m, s]);
            let y = twin(v[0], v[1], -1.0, 1.5, 20);
            all_close("simpson tape", &[gm, gs], &tape.gradient(y, &v), 1e-9);
        }
    }
}
