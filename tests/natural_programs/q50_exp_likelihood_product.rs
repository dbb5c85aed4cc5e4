//! Student: likelihood of exponential waiting times written as a product (as on the
//! whiteboard), then its log; annotated without `wrt`, so the waits get a gradient too.
use gradus::differentiable;

#[differentiable]
pub fn exp_log_likelihood(rate: f64, waits: &[f64]) -> f64 {
    let lik: f64 = waits.iter().map(|&w| rate * (-rate * w).exp()).product();
    lik.ln()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(rate: T, w: &[T]) -> T {
        w.iter()
            .fold(T::one(), |acc, &wi| acc * rate * (-rate * wi).exp())
            .ln()
    }

    const W: [f64; 5] = [0.4, 1.3, 0.2, 2.2, 0.9];

    #[test]
    fn value_matches() {
        for r in [0.5, 1.0, 2.3] {
            assert_eq!(grad_exp_log_likelihood(r, &W).0, exp_log_likelihood(r, &W));
        }
    }
    #[test]
    fn finite_differences() {
        for r in [0.5, 1.0, 2.3] {
            let (_, (gr, gw)) = grad_exp_log_likelihood(r, &W);
            fd(
                "exp lik",
                |p| exp_log_likelihood(p[0], &p[1..]),
                &[&[r][..], &W[..]].concat(),
                &[vec![gr], gw].concat(),
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for r in [0.5, 1.0, 2.3] {
            let (_, (gr, gw)) = grad_exp_log_likelihood(r, &W);
            let tape = Tape::new();
            let v = tape.vars(&[&[r][..], &W[..]].concat());
            let y = twin(v[0], &v[1..]);
            same(
                "exp lik tape",
                &[vec![gr], gw].concat(),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
