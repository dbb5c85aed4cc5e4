//! Personal finance: after-tax income under progressive brackets held in a `const` table of
//! (upper limit, marginal rate) tuples, with an early return once the income is covered.
use gradus::differentiable;

const BRACKETS: [(f64, f64); 4] = [
    (10_000.0, 0.0),
    (40_000.0, 0.2),
    (100_000.0, 0.4),
    (f64::INFINITY, 0.45),
];

#[differentiable(wrt(gross, pension_share))]
pub fn net_income(gross: f64, pension_share: f64, allowance: f64) -> f64 {
    let pension = gross * pension_share.clamp(0.0, 0.4);
    let taxable = (gross - pension - allowance).max(0.0);
    let mut tax = 0.0;
    let mut lower = 0.0;
    for &(upper, rate) in BRACKETS.iter() {
        if taxable <= upper {
            tax += (taxable - lower) * rate;
            return gross - pension - tax;
        }
        tax += (upper - lower) * rate;
        lower = upper;
    }
    gross - pension - tax
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(gross: T, share: T, allowance: f64) -> T {
        let s = share.max(T::zero()).min(c(0.4));
        let pension = gross * s;
        let taxable = (gross - pension - c::<T>(allowance)).max(T::zero());
        let mut tax = T::zero();
        let mut lower = 0.0;
        for &(upper, rate) in BRACKETS.iter() {
            if taxable <= c(upper) {
                tax = tax + (taxable - c::<T>(lower)) * c::<T>(rate);
                return gross - pension - tax;
            }
            tax = tax + c::<T>((upper - lower) * rate);
            lower = upper;
        }
        gross - pension - tax
    }

    fn points() -> Vec<[f64; 2]> {
        // one point per bracket, away from the bracket edges and the clamp bounds
        vec![[15_000.0, 0.05], [62_000.0, 0.1], [180_000.0, 0.25]]
    }

    #[test]
    fn value_matches() {
        for [g, s] in points() {
            assert_eq!(grad_net_income(g, s, 2_000.0).0, net_income(g, s, 2_000.0));
        }
    }

    #[test]
    fn finite_differences() {
        for [g, s] in points() {
            let (_, (gg, gs)) = grad_net_income(g, s, 2_000.0);
            // piecewise linear: the default step (scaled by |gross| ~ 1e5, i.e. ~0.6) stays
            // inside a bracket; the share moves by 6e-6.
            fd(
                "tax",
                |p| net_income(p[0], p[1], 2_000.0),
                &[g, s],
                &[gg, gs],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [g, s] in points() {
            let (_, (gg, gs)) = grad_net_income(g, s, 2_000.0);
            let tape = Tape::new();
            let v = tape.vars(&[g, s]);
            let y = twin(v[0], v[1], 2_000.0);
            all_close("tax tape", &[gg, gs], &tape.gradient(y, &v), 1e-9);
        }
    }
}
