//! Personal finance: total interest over a fixed-rate mortgage's amortisation schedule,
//! and the effective annual rate of a nominal rate compounded m times.
use gradus::differentiable;

#[differentiable(wrt(annual_rate))]
pub fn total_interest(principal: f64, annual_rate: f64, years: u32) -> f64 {
    let r = annual_rate / 12.0;
    let n = years * 12;
    let payment = principal * r / (1.0 - (1.0 + r).powi(-(n as i32)));
    let mut balance = principal;
    let mut interest_paid = 0.0;
    for _month in 0..n {
        let interest = balance * r;
        interest_paid += interest;
        balance -= payment - interest;
    }
    interest_paid
}

#[differentiable]
pub fn effective_rate(nominal: f64, periods: f64) -> f64 {
    (periods * (nominal / periods).ln_1p()).exp_m1()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(p: f64, rate: T, years: u32) -> T {
        let r = rate / c::<T>(12.0);
        let n = years * 12;
        let pay = c::<T>(p) * r / (T::one() - (T::one() + r).powi(-(n as i32)));
        let mut bal = c::<T>(p);
        let mut paid = T::zero();
        for _ in 0..n {
            let i = bal * r;
            paid = paid + i;
            bal = bal - (pay - i);
        }
        paid
    }

    #[test]
    fn value_matches() {
        for rate in [0.03, 0.055, 0.08] {
            assert_eq!(
                grad_total_interest(250_000.0, rate, 25).0,
                total_interest(250_000.0, rate, 25)
            );
            assert_eq!(
                grad_effective_rate(rate, 12.0).0,
                effective_rate(rate, 12.0)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for rate in [0.03, 0.055, 0.08] {
            // the rate is of order 1e-2 and the output of order 1e5: a relative step.
            fd_step(
                "loan",
                |p| total_interest(250_000.0, p[0], 25),
                &[rate],
                &[grad_total_interest(250_000.0, rate, 25).1],
                1e-7,
                1e-6,
            );
            let (_, (gn, gm)) = grad_effective_rate(rate, 12.0);
            fd(
                "effective",
                |p| effective_rate(p[0], p[1]),
                &[rate, 12.0],
                &[gn, gm],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for rate in [0.03, 0.055, 0.08] {
            let tape = Tape::new();
            let r = tape.var(rate);
            let y = twin(250_000.0, r, 25);
            all_close(
                "loan tape",
                &[grad_total_interest(250_000.0, rate, 25).1],
                &tape.gradient(y, &[r]),
                1e-9,
            );
            let m = tape.var(12.0);
            let e = (m * (r / m).ln_1p()).exp_m1();
            let (_, (gn, gm)) = grad_effective_rate(rate, 12.0);
            all_close(
                "effective tape",
                &[gn, gm],
                &tape.gradient(e, &[r, m]),
                1e-9,
            );
        }
    }
}
