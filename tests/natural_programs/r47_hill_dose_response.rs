//! Pharmacology: four-parameter logistic (Hill) dose–response fit on log-dose, parameters
//! in an array destructured at the top, replicate wells skipped when flagged.
use gradus::differentiable;

#[differentiable(wrt(p))]
pub fn hill_sse(p: &[f64; 4], dose: &[f64], response: &[f64], excluded: &[bool]) -> f64 {
    let [bottom, top, log_ec50, hill] = *p;
    let mut sse = 0.0;
    let mut used = 0;
    for i in 0..dose.len() {
        if excluded[i] {
            continue;
        }
        let x = dose[i].log10();
        let pred = bottom + (top - bottom) / (1.0 + 10f64.powf((log_ec50 - x) * hill));
        sse += (response[i] - pred).powi(2);
        used += 1;
    }
    sse / used as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(p: &[T], dose: &[f64], resp: &[f64], ex: &[bool]) -> T {
        let mut s = T::zero();
        let mut used = 0;
        for i in 0..dose.len() {
            if ex[i] {
                continue;
            }
            let x = c::<T>(dose[i].log10());
            let pred = p[0] + (p[1] - p[0]) / (T::one() + c::<T>(10.0).powf((p[2] - x) * p[3]));
            s = s + (c::<T>(resp[i]) - pred).powi(2);
            used += 1;
        }
        s / c(used as f64)
    }

    const DOSE: [f64; 8] = [0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0];
    const RESP: [f64; 8] = [2.0, 5.0, 11.0, 30.0, 55.0, 80.0, 93.0, 97.0];
    const EX: [bool; 8] = [false, false, true, false, false, false, false, false];

    fn points() -> Vec<[f64; 4]> {
        vec![
            [0.0, 100.0, -0.5, 1.0],
            [5.0, 95.0, 0.0, 1.5],
            [-2.0, 105.0, -0.2, 0.8],
        ]
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(
                grad_hill_sse(&p, &DOSE, &RESP, &EX).0,
                hill_sse(&p, &DOSE, &RESP, &EX)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, g) = grad_hill_sse(&p, &DOSE, &RESP, &EX);
            fd(
                "hill",
                |x| hill_sse(&[x[0], x[1], x[2], x[3]], &DOSE, &RESP, &EX),
                &p,
                &g,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, g) = grad_hill_sse(&p, &DOSE, &RESP, &EX);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v, &DOSE, &RESP, &EX);
            all_close("hill tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
