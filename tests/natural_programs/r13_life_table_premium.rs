//! Actuarial: net level annual premium of an n-year term insurance from a life table,
//! as a function of the valuation interest rate.
use gradus::differentiable;

#[differentiable(wrt(i))]
pub fn net_premium(i: f64, qx: &[f64], age: usize, term: usize, sum_assured: f64) -> f64 {
    let v = (1.0 + i).recip();
    let q = &qx[age..age + term];
    let mut insurance = 0.0;
    let mut annuity = 0.0;
    for (t, &qt) in q.iter().enumerate() {
        let tpx: f64 = q.iter().take(t).map(|&qs| 1.0 - qs).product();
        annuity += v.powi(t as i32) * tpx;
        insurance += v.powi(t as i32 + 1) * tpx * qt;
    }
    sum_assured * insurance / annuity
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(i: T, qx: &[f64], age: usize, term: usize, sa: f64) -> T {
        let v = T::one() / (T::one() + i);
        let mut ins = T::zero();
        let mut ann = T::zero();
        let mut tpx = 1.0;
        for t in 0..term {
            let qt = qx[age + t];
            ann = ann + v.powi(t as i32) * c::<T>(tpx);
            ins = ins + v.powi(t as i32 + 1) * c::<T>(tpx * qt);
            tpx *= 1.0 - qt;
        }
        c::<T>(sa) * ins / ann
    }

    fn table() -> Vec<f64> {
        (0..100)
            .map(|x| 0.0005 * (0.09 * x as f64).exp())
            .map(|q: f64| q.min(0.9))
            .collect()
    }

    #[test]
    fn value_matches() {
        let q = table();
        for i in [0.02, 0.035, 0.06] {
            assert_eq!(
                grad_net_premium(i, &q, 40, 20, 1e5).0,
                net_premium(i, &q, 40, 20, 1e5)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let q = table();
        for i in [0.02, 0.035, 0.06] {
            let (_, g) = grad_net_premium(i, &q, 40, 20, 1e5);
            fd(
                "premium",
                |p| net_premium(p[0], &q, 40, 20, 1e5),
                &[i],
                &[g],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let q = table();
        for i in [0.02, 0.035, 0.06] {
            let (_, g) = grad_net_premium(i, &q, 40, 20, 1e5);
            let tape = Tape::new();
            let v = tape.var(i);
            let y = twin(v, &q, 40, 20, 1e5);
            all_close("premium tape", &[g], &tape.gradient(y, &[v]), 1e-9);
        }
    }
}
