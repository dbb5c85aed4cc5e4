//! Audio DSP: peak envelope follower with separate attack and release time constants,
//! RMS error against a reference envelope.
use gradus::differentiable;

#[differentiable(wrt(attack_ms, release_ms))]
pub fn envelope_error(
    attack_ms: f64,
    release_ms: f64,
    sample_rate: f64,
    signal: &[f64],
    target: &[f64],
) -> f64 {
    let coeff = |ms: f64| (-1.0 / (ms * 0.001 * sample_rate)).exp();
    let att = coeff(attack_ms);
    let rel = coeff(release_ms);
    let mut env = 0.0;
    let mut err = 0.0;
    for (x, t) in signal.iter().zip(target) {
        let level = x.abs();
        let c = if level > env { att } else { rel };
        env = c * env + (1.0 - c) * level;
        err += (env - t).powi(2);
    }
    (err / signal.len() as f64).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(a_ms: T, r_ms: T, sr: f64, sig: &[f64], tgt: &[f64]) -> T {
        let att = (-T::one() / (a_ms * c::<T>(0.001 * sr))).exp();
        let rel = (-T::one() / (r_ms * c::<T>(0.001 * sr))).exp();
        let mut env = T::zero();
        let mut err = T::zero();
        for (x, t) in sig.iter().zip(tgt) {
            let level = c::<T>(x.abs());
            let k = if level > env { att } else { rel };
            env = k * env + (T::one() - k) * level;
            err = err + (env - c::<T>(*t)).powi(2);
        }
        (err / c(sig.len() as f64)).sqrt()
    }

    fn data() -> (Vec<f64>, Vec<f64>) {
        let sig: Vec<f64> = (0..200)
            .map(|n| {
                let burst = if (40..90).contains(&n) { 1.0 } else { 0.2 };
                burst * (n as f64 * 0.7).sin()
            })
            .collect();
        let tgt: Vec<f64> = (0..200)
            .map(|n| if (45..95).contains(&n) { 0.6 } else { 0.12 })
            .collect();
        (sig, tgt)
    }

    fn points() -> Vec<[f64; 2]> {
        vec![[1.0, 20.0], [0.5, 50.0], [3.0, 10.0]]
    }

    #[test]
    fn value_matches() {
        let (s, t) = data();
        for [a, r] in points() {
            assert_eq!(
                grad_envelope_error(a, r, 8000.0, &s, &t).0,
                envelope_error(a, r, 8000.0, &s, &t)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let (s, t) = data();
        for [a, r] in points() {
            let (_, (ga, gr)) = grad_envelope_error(a, r, 8000.0, &s, &t);
            fd(
                "envelope",
                |p| envelope_error(p[0], p[1], 8000.0, &s, &t),
                &[a, r],
                &[ga, gr],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let (s, t) = data();
        for [a, r] in points() {
            let (_, (ga, gr)) = grad_envelope_error(a, r, 8000.0, &s, &t);
            let tape = Tape::new();
            let v = tape.vars(&[a, r]);
            let y = twin(v[0], v[1], 8000.0, &s, &t);
            all_close("envelope tape", &[ga, gr], &tape.gradient(y, &v), 1e-9);
        }
    }
}
