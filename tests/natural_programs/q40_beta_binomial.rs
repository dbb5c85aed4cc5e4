//! Statistics: beta-binomial negative log-likelihood for overdispersed counts; the Beta
//! function ratios are written as finite products over the integer counts (no lgamma),
//! with loop bounds straight from the data.
use gradus::differentiable;

#[differentiable(wrt(log_a, log_b))]
pub fn beta_binomial_nll(log_a: f64, log_b: f64, successes: &[u32], trials: &[u32]) -> f64 {
    let a = log_a.exp();
    let b = log_b.exp();
    let mut nll = 0.0;
    for (&k, &n) in successes.iter().zip(trials.iter()) {
        for i in 0..k {
            nll -= (a + i as f64).ln();
        }
        for i in 0..(n - k) {
            nll -= (b + f64::from(i)).ln();
        }
        for i in 0..n {
            nll += (a + b + i as f64).ln();
        }
    }
    nll
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::{fd, same};
    use gradus::{Float, Tape};

    fn c<T: Float>(v: f64) -> T {
        T::from(v).unwrap()
    }
    fn twin<T: Float>(la: T, lb: T, s: &[u32], t: &[u32]) -> T {
        let (a, b) = (la.exp(), lb.exp());
        let mut nll = T::zero();
        for j in 0..s.len() {
            for i in 0..s[j] {
                nll = nll - (a + c(i as f64)).ln();
            }
            for i in 0..t[j] - s[j] {
                nll = nll - (b + c(i as f64)).ln();
            }
            for i in 0..t[j] {
                nll = nll + (a + b + c(i as f64)).ln();
            }
        }
        nll
    }

    const S: [u32; 5] = [3, 0, 7, 5, 10];
    const N: [u32; 5] = [10, 8, 12, 5, 20];
    const PTS: [[f64; 2]; 3] = [[0.0, 0.0], [1.2, 0.4], [-0.7, 2.0]];

    #[test]
    fn value_matches() {
        for [a, b] in PTS {
            assert_eq!(
                grad_beta_binomial_nll(a, b, &S, &N).0,
                beta_binomial_nll(a, b, &S, &N)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for [a, b] in PTS {
            let (_, (ga, gb)) = grad_beta_binomial_nll(a, b, &S, &N);
            fd(
                "beta-binomial",
                |p| beta_binomial_nll(p[0], p[1], &S, &N),
                &[a, b],
                &[ga, gb],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for [a, b] in PTS {
            let (_, (ga, gb)) = grad_beta_binomial_nll(a, b, &S, &N);
            let tape = Tape::new();
            let v = tape.vars(&[a, b]);
            let y = twin(v[0], v[1], &S, &N);
            same("beta-binomial tape", &[ga, gb], &tape.gradient(y, &v), 1e-9);
        }
    }
}
