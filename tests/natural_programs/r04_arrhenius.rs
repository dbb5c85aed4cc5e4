//! Chemistry: fitting the Arrhenius equation k = A exp(−Ea / RT) to measured rate constants.
use gradus::differentiable;

const R_GAS: f64 = 8.314462618; // J / (mol K)

/// Sum of squared errors in ln k. Temperatures in °C, activation energy in kJ/mol.
#[differentiable(wrt(ln_a, ea_kj))]
pub fn arrhenius_sse(ln_a: f64, ea_kj: f64, temps_c: &[f64], rates: &[f64]) -> f64 {
    temps_c
        .iter()
        .zip(rates)
        .map(|(&tc, &k)| {
            let t = tc + 273.15;
            let ln_k_model = ln_a - ea_kj * 1000.0 / (R_GAS * t);
            let r = ln_k_model - k.ln();
            r * r
        })
        .sum()
}

/// Half-life of a first-order reaction at a given temperature.
#[differentiable(wrt(ln_a, ea_kj))]
pub fn half_life(ln_a: f64, ea_kj: f64, temp_c: f64) -> f64 {
    let k = (ln_a - ea_kj * 1e3 / (R_GAS * (temp_c + 273.15))).exp();
    std::f64::consts::LN_2 / k
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(ln_a: T, ea: T, temps: &[f64], rates: &[f64]) -> T {
        let mut s = T::zero();
        for (&tc, &k) in temps.iter().zip(rates) {
            let t = c::<T>(tc + 273.15);
            let r = ln_a - ea * c::<T>(1000.0) / (c::<T>(R_GAS) * t) - c::<T>(k.ln());
            s = s + r * r;
        }
        s
    }

    const T_C: [f64; 5] = [20.0, 30.0, 40.0, 50.0, 60.0];
    const K: [f64; 5] = [1.2e-4, 3.1e-4, 7.9e-4, 1.8e-3, 4.3e-3];

    fn points() -> Vec<[f64; 2]> {
        vec![[20.0, 70.0], [25.0, 80.0], [15.0, 55.0]]
    }

    #[test]
    fn value_matches() {
        for [la, ea] in points() {
            assert_eq!(
                grad_arrhenius_sse(la, ea, &T_C, &K).0,
                arrhenius_sse(la, ea, &T_C, &K)
            );
            assert_eq!(grad_half_life(la, ea, 37.0).0, half_life(la, ea, 37.0));
        }
    }

    #[test]
    fn finite_differences() {
        for [la, ea] in points() {
            let (_, (g1, g2)) = grad_arrhenius_sse(la, ea, &T_C, &K);
            fd(
                "arrhenius",
                |p| arrhenius_sse(p[0], p[1], &T_C, &K),
                &[la, ea],
                &[g1, g2],
            );
            let (_, (h1, h2)) = grad_half_life(la, ea, 37.0);
            fd(
                "half life",
                |p| half_life(p[0], p[1], 37.0),
                &[la, ea],
                &[h1, h2],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [la, ea] in points() {
            let (_, (g1, g2)) = grad_arrhenius_sse(la, ea, &T_C, &K);
            let tape = Tape::new();
            let v = tape.vars(&[la, ea]);
            let y = twin(v[0], v[1], &T_C, &K);
            all_close("arrhenius tape", &[g1, g2], &tape.gradient(y, &v), 1e-9);
        }
    }
}
