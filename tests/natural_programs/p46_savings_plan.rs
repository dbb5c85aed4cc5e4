//! Balance of a savings account compounded monthly, with a deposit every 12th month.
use gradus::differentiable;

#[differentiable(wrt(rate, principal, deposit))]
pub fn savings_balance(rate: f64, principal: f64, deposit: f64, years: f64) -> f64 {
    let months = (years * 12.0).round() as usize;
    let mut balance = principal;
    for month in 1..=months {
        balance *= 1.0 + rate / 12.0;
        if month % 12 == 0 {
            balance += deposit;
        }
    }
    balance
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(rate: T, principal: T, deposit: T, years: f64) -> T {
        let months = (years * 12.0).round() as usize;
        let mut balance = principal;
        for month in 1..=months {
            balance = balance * (T::one() + rate / c(12.0));
            if month % 12 == 0 {
                balance = balance + deposit;
            }
        }
        balance
    }

    fn points() -> Vec<[f64; 4]> {
        vec![[0.05, 1000.0, 100.0, 10.0], [0.02, 500.0, 1200.0, 3.5]]
    }

    #[test]
    fn value_matches() {
        for [r, p, d, y] in points() {
            assert_eq!(
                grad_savings_balance(r, p, d, y).0,
                savings_balance(r, p, d, y)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [r, p, d, y] in points() {
            let (_, (gr, gp, gd)) = grad_savings_balance(r, p, d, y);
            fd(
                "savings",
                |q| savings_balance(q[0], q[1], q[2], y),
                &[r, p, d],
                &[gr, gp, gd],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [r, p, d, y] in points() {
            let (_, (gr, gp, gd)) = grad_savings_balance(r, p, d, y);
            let tape = Tape::new();
            let v = tape.vars(&[r, p, d]);
            let out = twin(v[0], v[1], v[2], y);
            all_close("savings tape", &[gr, gp, gd], &tape.gradient(out, &v), 1e-9);
        }
    }
}
