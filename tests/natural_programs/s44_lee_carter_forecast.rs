//! Demographer: life expectancy and survival from a fitted Lee–Carter model at a
//! forecast mortality index, and the drift that reaches a target e₀.
use gradus::differentiable;

pub struct LeeCarter {
    pub a: Vec<f64>,
    pub b: Vec<f64>,
    pub k_last: f64,
}

impl LeeCarter {
    /// Death probability from a central death rate (deaths at mid-interval).
    #[differentiable]
    fn q_from_m(m: f64) -> f64 {
        m / (1.0 + 0.5 * m)
    }

    #[differentiable(wrt(kt))]
    pub fn life_expectancy(&self, kt: f64) -> f64 {
        let mut survivors = 1.0;
        let mut e0 = 0.0;
        for (ax, bx) in self.a.iter().zip(&self.b) {
            let q = Self::q_from_m((ax + bx * kt).exp());
            e0 += survivors * (1.0 - 0.5 * q);
            survivors *= 1.0 - q;
        }
        e0
    }

    #[differentiable(wrt(kt))]
    pub fn survival_to(&self, kt: f64, age: usize) -> f64 {
        self.a
            .iter()
            .zip(self.b.iter())
            .take(age)
            .map(|(ax, bx)| 1.0 - Self::q_from_m((ax + bx * kt).exp()))
            .product()
    }

    #[differentiable(wrt(drift))]
    pub fn e0_gap(&self, drift: f64, horizon: usize, target_e0: f64) -> f64 {
        let kt = self.k_last + drift * horizon as f64;
        (self.life_expectancy(kt) - target_e0).powi(2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn e0<T: Float>(lc: &LeeCarter, kt: T) -> T {
        let (mut s, mut e) = (T::one(), T::zero());
        for x in 0..lc.a.len() {
            let m = (c::<T>(lc.a[x]) + c::<T>(lc.b[x]) * kt).exp();
            let q = m / (T::one() + c::<T>(0.5) * m);
            e = e + s * (T::one() - c::<T>(0.5) * q);
            s = s * (T::one() - q);
        }
        e
    }

    fn surv<T: Float>(lc: &LeeCarter, kt: T, age: usize) -> T {
        let mut s = T::one();
        for x in 0..age.min(lc.a.len()) {
            let m = (c::<T>(lc.a[x]) + c::<T>(lc.b[x]) * kt).exp();
            s = s * (T::one() - m / (T::one() + c::<T>(0.5) * m));
        }
        s
    }

    fn gap<T: Float>(lc: &LeeCarter, d: T) -> T {
        (e0(lc, c::<T>(lc.k_last) + d * c(20.0)) - c(82.0)).powi(2)
    }

    #[test]
    fn checks() {
        let lc = LeeCarter {
            a: (0..100)
                .map(|x| -9.0 + 0.085 * x as f64 + if x == 0 { 3.0 } else { 0.0 })
                .collect(),
            b: (0..100)
                .map(|x| 0.01 + 0.005 * (x as f64 / 20.0).sin().abs())
                .collect(),
            k_last: -10.0,
        };
        for kt in [-10.0, -25.0, 5.0] {
            let (v, g) = lc.grad_life_expectancy(kt);
            assert_eq!(v, lc.life_expectancy(kt));
            fd("e0", |y| lc.life_expectancy(y[0]), &[kt], &[g]);
            vs_tape("e0", v, &[g], &[kt], |y| e0(&lc, y[0]));
            let (v, g) = lc.grad_survival_to(kt, 65);
            assert_eq!(v, lc.survival_to(kt, 65));
            fd("surv", |y| lc.survival_to(y[0], 65), &[kt], &[g]);
            vs_tape("surv", v, &[g], &[kt], |y| surv(&lc, y[0], 65));
            let drift = kt / 20.0;
            let (v, g) = lc.grad_e0_gap(drift, 20, 82.0);
            assert_eq!(v, lc.e0_gap(drift, 20, 82.0));
            fd("gap", |y| lc.e0_gap(y[0], 20, 82.0), &[drift], &[g]);
            vs_tape("gap", v, &[g], &[drift], |y| gap(&lc, y[0]));
        }
    }
}
