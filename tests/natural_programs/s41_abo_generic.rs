//! Population geneticist: ABO blood-group allele frequencies from phenotype counts
//! under Hardy–Weinberg, generic over the float type.
use gradus::{differentiable, Float};

/// `counts` are phenotypes A, B, AB, O; allele frequencies by softmax with O as reference.
#[differentiable]
pub fn abo_loglik<T: Float>(la: T, lb: T, counts: &[u32; 4]) -> T {
    let denom = T::one() + la.exp() + lb.exp();
    let p = la.exp() / denom;
    let q = lb.exp() / denom;
    let r = T::one() / denom;
    let two = T::from(2.0).unwrap();
    let probs = [p * p + two * p * r, q * q + two * q * r, two * p * q, r * r];
    probs
        .iter()
        .zip(counts.iter())
        .fold(T::zero(), |acc, (pr, &n)| {
            acc + T::from(n).unwrap() * pr.ln()
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;

    #[test]
    fn checks() {
        let counts = [186, 38, 13, 284];
        for x in [[-0.9, -2.0], [0.0, 0.0], [-1.5, -1.0]] {
            let (v, (a, b)) = grad_abo_loglik(x[0], x[1], &counts);
            assert_eq!(v, abo_loglik(x[0], x[1], &counts));
            fd("abo", |y| abo_loglik(y[0], y[1], &counts), &x, &[a, b]);
            vs_tape("abo", v, &[a, b], &x, |y| abo_loglik(y[0], y[1], &counts));
            let x32 = [x[0] as f32, x[1] as f32];
            let (v, (a, b)) = grad_abo_loglik(x32[0], x32[1], &counts);
            fd32("abo32", |y| abo_loglik(y[0], y[1], &counts), &x32, &[a, b]);
            vs_tape32("abo32", v, &[a, b], &x32, |y| {
                abo_loglik(y[0], y[1], &counts)
            });
        }
    }
}
