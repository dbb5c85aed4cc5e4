//! Finance: internal rate of return by Newton's method (its sensitivity to each cash flow
//! comes out of the iteration), and NPV by Horner's rule.
use gradus::differentiable;

#[differentiable]
pub fn irr(cash_flows: &[f64]) -> f64 {
    let mut r: f64 = 0.1;
    let mut iter = 0;
    loop {
        let mut npv = 0.0;
        let mut dnpv = 0.0;
        for (t, cf) in cash_flows.iter().enumerate() {
            let disc = (1.0 + r).powi(-(t as i32));
            npv += cf * disc;
            dnpv -= t as f64 * cf * disc / (1.0 + r);
        }
        let step = npv / dnpv;
        r -= step;
        iter += 1;
        if step.abs() < 1e-13 || iter >= 50 {
            break;
        }
    }
    r
}

/// NPV = Σ cf_t / (1 + r)^t, evaluated from the last flow backwards.
#[differentiable]
pub fn npv(rate: f64, flows: &[f64]) -> f64 {
    let v = 1.0 / (1.0 + rate);
    flows.iter().rev().fold(0.0, |acc, cf| acc.mul_add(v, *cf))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin_irr<T: Float>(cf: &[T]) -> T {
        let mut r = c::<T>(0.1);
        let mut it = 0;
        loop {
            let mut f = T::zero();
            let mut df = T::zero();
            for (t, &x) in cf.iter().enumerate() {
                let d = (T::one() + r).powi(-(t as i32));
                f = f + x * d;
                df = df - c::<T>(t as f64) * x * d / (T::one() + r);
            }
            let step = f / df;
            r = r - step;
            it += 1;
            if step.abs() < c(1e-13) || it >= 50 {
                break;
            }
        }
        r
    }

    fn twin_npv<T: Float>(rate: T, flows: &[T]) -> T {
        let v = T::one() / (T::one() + rate);
        flows
            .iter()
            .rev()
            .fold(T::zero(), |acc, &cf| acc.mul_add(v, cf))
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![-100.0, 30.0, 40.0, 50.0, 20.0],
            vec![-250.0, 60.0, 60.0, 60.0, 60.0, 60.0],
            vec![-80.0, 10.0, 50.0, 45.0],
        ]
    }

    #[test]
    fn value_matches() {
        for f in points() {
            assert_eq!(grad_irr(&f).0, irr(&f));
            assert_eq!(grad_npv(0.07, &f).0, npv(0.07, &f));
        }
    }

    #[test]
    fn finite_differences() {
        for f in points() {
            fd("irr", irr, &f, &grad_irr(&f).1);
            let (_, (gr, gf)) = grad_npv(0.07, &f);
            fd(
                "npv",
                |p| npv(p[0], &p[1..]),
                &cat(&[&[0.07], &f]),
                &cat(&[&[gr], &gf]),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for f in points() {
            let tape = Tape::new();
            let v = tape.vars(&f);
            let y = twin_irr(&v);
            all_close("irr tape", &grad_irr(&f).1, &tape.gradient(y, &v), 1e-9);
            let (_, (gr, gf)) = grad_npv(0.07, &f);
            let r = tape.var(0.07);
            let y2 = twin_npv(r, &v);
            let mut all = vec![r];
            all.extend(v.iter().copied());
            all_close(
                "npv tape",
                &cat(&[&[gr], &gf]),
                &tape.gradient(y2, &all),
                1e-9,
            );
        }
    }
}
