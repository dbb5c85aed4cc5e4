//! Price of a bond from its yield: discounted cash flows at `freq` payments per year.
use gradus::differentiable;

#[differentiable(wrt(yield_rate))]
pub fn bond_price(yield_rate: f64, cashflows: &[f64], freq: u32) -> f64 {
    let per_period = yield_rate / freq as f64;
    cashflows
        .iter()
        .enumerate()
        .map(|(i, cf)| cf / (1.0 + per_period).powi(i as i32 + 1))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(yield_rate: T, cashflows: &[f64], freq: u32) -> T {
        let per_period = yield_rate / c(freq as f64);
        cashflows
            .iter()
            .enumerate()
            .map(|(i, &cf)| c::<T>(cf) / (T::one() + per_period).powi(i as i32 + 1))
            .sum()
    }

    fn cashflows() -> Vec<f64> {
        let mut cf = vec![2.5; 10];
        cf[9] += 100.0;
        cf
    }

    #[test]
    fn value_matches() {
        let cf = cashflows();
        for y in [0.01, 0.05, 0.12] {
            assert_eq!(grad_bond_price(y, &cf, 2).0, bond_price(y, &cf, 2));
        }
    }

    #[test]
    fn finite_differences() {
        let cf = cashflows();
        for y in [0.01, 0.05, 0.12] {
            let (_, g) = grad_bond_price(y, &cf, 2);
            fd("bond", |p| bond_price(p[0], &cf, 2), &[y], &[g]);
        }
    }

    #[test]
    fn tape_agrees() {
        let cf = cashflows();
        for y in [0.01, 0.05, 0.12] {
            let (_, g) = grad_bond_price(y, &cf, 2);
            let tape = Tape::new();
            let v = tape.var(y);
            let out = twin(v, &cf, 2);
            all_close("bond tape", &[g], &tape.gradient(out, &[v]), 1e-9);
        }
    }
}
