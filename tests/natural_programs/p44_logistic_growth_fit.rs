//! Least-squares fit of a logistic growth curve K / (1 + exp(-r (t - t0))) to
//! observations taken every `dt` days.
use gradus::differentiable;

#[differentiable(wrt(capacity, rate, midpoint))]
pub fn logistic_growth_sse(
    capacity: f64,
    rate: f64,
    midpoint: f64,
    observations: &[f64],
    dt: f64,
) -> f64 {
    let mut sse = 0.0;
    for (i, &obs) in observations.iter().enumerate() {
        let t = i as f64 * dt;
        let model = capacity / (1.0 + (-rate * (t - midpoint)).exp());
        sse += (model - obs).powi(2);
    }
    sse
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(capacity: T, rate: T, midpoint: T, observations: &[f64], dt: f64) -> T {
        let mut sse = T::zero();
        for (i, &obs) in observations.iter().enumerate() {
            let t = c::<T>(i as f64 * dt);
            let model = capacity / (T::one() + (-rate * (t - midpoint)).exp());
            sse = sse + (model - c::<T>(obs)).powi(2);
        }
        sse
    }

    const OBS: [f64; 8] = [2.0, 4.1, 8.3, 15.0, 24.8, 33.0, 38.1, 40.2];

    fn points() -> Vec<[f64; 3]> {
        vec![[40.0, 0.3, 8.0], [45.0, 0.5, 6.0]]
    }

    #[test]
    fn value_matches() {
        for [k, r, m] in points() {
            assert_eq!(
                grad_logistic_growth_sse(k, r, m, &OBS, 2.0).0,
                logistic_growth_sse(k, r, m, &OBS, 2.0)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [k, r, m] in points() {
            let (_, (a, b, cc)) = grad_logistic_growth_sse(k, r, m, &OBS, 2.0);
            fd(
                "growth",
                |p| logistic_growth_sse(p[0], p[1], p[2], &OBS, 2.0),
                &[k, r, m],
                &[a, b, cc],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [k, r, m] in points() {
            let (_, (a, b, cc)) = grad_logistic_growth_sse(k, r, m, &OBS, 2.0);
            let tape = Tape::new();
            let v = tape.vars(&[k, r, m]);
            let y = twin(v[0], v[1], v[2], &OBS, 2.0);
            all_close("growth tape", &[a, b, cc], &tape.gradient(y, &v), 1e-9);
        }
    }
}
