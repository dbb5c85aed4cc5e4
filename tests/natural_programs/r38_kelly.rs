//! Finance: Kelly criterion, expected log growth of a portfolio of bets over discrete
//! scenarios (negated, to minimise), and the single-bet textbook form.
use gradus::differentiable;

#[differentiable(wrt(fractions))]
pub fn neg_log_growth(fractions: &[f64], scenarios: &[Vec<f64>], probs: &[f64]) -> f64 {
    assert!(
        scenarios.len() == probs.len(),
        "one probability per scenario"
    );
    let mut g = 0.0;
    for (s, scen) in scenarios.iter().enumerate() {
        let port: f64 = fractions.iter().zip(scen).map(|(f, r)| f * r).sum();
        g += probs[s] * port.ln_1p();
    }
    -g
}

#[differentiable(wrt(f))]
pub fn kelly_single(f: f64, p: f64, b: f64) -> f64 {
    p * (1.0 + b * f).ln() + (1.0 - p) * (1.0 - f).ln()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(f: &[T], sc: &[Vec<f64>], pr: &[f64]) -> T {
        let mut g = T::zero();
        for (s, row) in sc.iter().enumerate() {
            let port = f
                .iter()
                .zip(row)
                .fold(T::zero(), |a, (&fi, &r)| a + fi * c::<T>(r));
            g = g + c::<T>(pr[s]) * port.ln_1p();
        }
        -g
    }

    fn scen() -> (Vec<Vec<f64>>, Vec<f64>) {
        (
            vec![
                vec![0.5, -0.2, 0.1],
                vec![-0.3, 0.4, 0.05],
                vec![0.1, 0.1, -0.5],
                vec![-0.6, -0.1, 0.3],
            ],
            vec![0.3, 0.3, 0.25, 0.15],
        )
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.2, 0.1, 0.1],
            vec![0.5, 0.3, -0.2],
            vec![0.0, 0.6, 0.3],
        ]
    }

    #[test]
    fn value_matches() {
        let (s, p) = scen();
        for f in points() {
            assert_eq!(
                grad_neg_log_growth(&f, &s, &p).0,
                neg_log_growth(&f, &s, &p)
            );
            assert_eq!(
                grad_kelly_single(f[1], 0.55, 1.5).0,
                kelly_single(f[1], 0.55, 1.5)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let (s, p) = scen();
        for f in points() {
            fd(
                "kelly",
                |x| neg_log_growth(x, &s, &p),
                &f,
                &grad_neg_log_growth(&f, &s, &p).1,
            );
            fd(
                "kelly single",
                |x| kelly_single(x[0], 0.55, 1.5),
                &[f[1]],
                &[grad_kelly_single(f[1], 0.55, 1.5).1],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let (s, p) = scen();
        for f in points() {
            let tape = Tape::new();
            let v = tape.vars(&f);
            let y = twin(&v, &s, &p);
            all_close(
                "kelly tape",
                &grad_neg_log_growth(&f, &s, &p).1,
                &tape.gradient(y, &v),
                1e-9,
            );
            let x = tape.var(f[1]);
            let k = c::<gradus::Var<f64>>(0.55) * (x * 1.5 + 1.0).ln() + 0.45 * (1.0 - x).ln();
            all_close(
                "kelly single tape",
                &[grad_kelly_single(f[1], 0.55, 1.5).1],
                &tape.gradient(k, &[x]),
                1e-9,
            );
        }
    }
}
