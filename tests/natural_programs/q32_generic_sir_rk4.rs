//! Epidemiology, generic over the float type: SIR model (fractions of the population)
//! integrated with RK4 between reporting dates; squared error of the infected fraction
//! against reports, differentiated with respect to β, γ and the initial infected fraction.
use gradus::{differentiable, Float};

#[differentiable]
pub fn new_infections<T: Float>(s: T, i: T, beta: T) -> T {
    beta * s * i
}

#[differentiable(wrt(beta, gamma, i0))]
pub fn sir_fit<T: Float>(
    beta: T,
    gamma: T,
    i0: T,
    report_days: &[f64],
    reported: &[f64],
    substeps: usize,
) -> T {
    let two = T::from(2.0).unwrap();
    let six = T::from(6.0).unwrap();
    let mut s = T::one() - i0;
    let mut i = i0;
    let mut day = 0.0;
    let mut sse = T::zero();
    for (&d, &obs) in report_days.iter().zip(reported) {
        let h = T::from((d - day) / substeps as f64).unwrap();
        for _ in 0..substeps {
            let a1 = new_infections(s, i, beta);
            let (ds1, di1) = (-a1, a1 - gamma * i);
            let a2 = new_infections(s + h / two * ds1, i + h / two * di1, beta);
            let (ds2, di2) = (-a2, a2 - gamma * (i + h / two * di1));
            let a3 = new_infections(s + h / two * ds2, i + h / two * di2, beta);
            let (ds3, di3) = (-a3, a3 - gamma * (i + h / two * di2));
            let a4 = new_infections(s + h * ds3, i + h * di3, beta);
            let (ds4, di4) = (-a4, a4 - gamma * (i + h * di3));
            s = s + h / six * (ds1 + two * ds2 + two * ds3 + ds4);
            i = i + h / six * (di1 + two * di2 + two * di3 + di4);
        }
        day = d;
        sse = sse + (i - T::from(obs).unwrap()).powi(2);
    }
    sse
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::Tape;

    // The twin is the same generic function run on the tape's variables.
    const DAYS: [f64; 5] = [5.0, 10.0, 15.0, 20.0, 30.0];
    const REP: [f64; 5] = [0.02, 0.06, 0.12, 0.15, 0.09];
    const PTS: [[f64; 3]; 3] = [[0.5, 0.2, 0.01], [0.35, 0.1, 0.005], [0.8, 0.4, 0.02]];

    #[test]
    fn value_matches() {
        for [b, g, i] in PTS {
            assert_eq!(
                grad_sir_fit(b, g, i, &DAYS, &REP, 10).0,
                sir_fit(b, g, i, &DAYS, &REP, 10)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for [b, g, i] in PTS {
            let (_, (gb, gg, gi)) = grad_sir_fit(b, g, i, &DAYS, &REP, 10);
            // The initial infected fraction is about 0.005: the default step (6e-6, scaled
            // to max(1, |x|)) is too coarse for it, so the step here is 1e-7.
            let report = gradus::check::check_gradient_with_step(
                |p: &[f64]| sir_fit(p[0], p[1], p[2], &DAYS, &REP, 10),
                &[b, g, i],
                &[gb, gg, gi],
                1e-7,
            )
            .unwrap();
            assert!(report.passes(1e-6), "sir: {report:?}");
        }
    }
    #[test]
    fn tape_agrees() {
        for [b, g, i] in PTS {
            let (_, (gb, gg, gi)) = grad_sir_fit(b, g, i, &DAYS, &REP, 10);
            let tape = Tape::new();
            let v = tape.vars(&[b, g, i]);
            let y = sir_fit(v[0], v[1], v[2], &DAYS, &REP, 10);
            same("sir tape", &[gb, gg, gi], &tape.gradient(y, &v), 1e-9);
            let _ = k::<f64>(0.0);
        }
    }
}
