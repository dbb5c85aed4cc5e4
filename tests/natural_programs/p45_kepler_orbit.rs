//! Orbital position: solve Kepler's equation E - e sin E = M by Newton's method (fixed
//! number of iterations), return the radius a (1 - e cos E).
use gradus::differentiable;

#[differentiable]
pub fn kepler_radius(semi_major: f64, eccentricity: f64, mean_anomaly: f64) -> f64 {
    let mut e_anom = if eccentricity > 0.8 {
        std::f64::consts::PI
    } else {
        mean_anomaly
    };
    for _ in 0..30 {
        let f = e_anom - eccentricity * e_anom.sin() - mean_anomaly;
        let df = 1.0 - eccentricity * e_anom.cos();
        e_anom -= f / df;
    }
    semi_major * (1.0 - eccentricity * e_anom.cos())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(semi_major: T, eccentricity: T, mean_anomaly: T) -> T {
        let mut e_anom = if eccentricity > c(0.8) {
            c::<T>(std::f64::consts::PI)
        } else {
            mean_anomaly
        };
        for _ in 0..30 {
            let f = e_anom - eccentricity * e_anom.sin() - mean_anomaly;
            let df = T::one() - eccentricity * e_anom.cos();
            e_anom = e_anom - f / df;
        }
        semi_major * (T::one() - eccentricity * e_anom.cos())
    }

    fn points() -> Vec<[f64; 3]> {
        vec![[1.0, 0.1, 0.5], [1.5, 0.5, 2.0], [2.0, 0.3, 4.0]]
    }

    #[test]
    fn value_matches() {
        for [a, e, m] in points() {
            assert_eq!(grad_kepler_radius(a, e, m).0, kepler_radius(a, e, m));
        }
    }

    #[test]
    fn finite_differences() {
        for [a, e, m] in points() {
            let (_, (ga, ge, gm)) = grad_kepler_radius(a, e, m);
            fd(
                "kepler",
                |p| kepler_radius(p[0], p[1], p[2]),
                &[a, e, m],
                &[ga, ge, gm],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [a, e, m] in points() {
            let (_, (ga, ge, gm)) = grad_kepler_radius(a, e, m);
            let tape = Tape::new();
            let v = tape.vars(&[a, e, m]);
            let y = twin(v[0], v[1], v[2]);
            all_close("kepler tape", &[ga, ge, gm], &tape.gradient(y, &v), 1e-9);
        }
    }
}
