//! Quant: Heston model by full-truncation Euler with the normal draws supplied (common
//! random numbers), so the Monte Carlo price is smooth in the model parameters and the
//! calibration desk can get parameter sensitivities pathwise.
use gradus::differentiable;

pub struct MarketData {
    pub spot: f64,
    pub strike: f64,
    pub rate: f64,
    pub maturity: f64,
    pub dt: f64,
}

#[differentiable(wrt(v0, kappa, theta, xi, rho))]
pub fn heston_call_mc(
    v0: f64,
    kappa: f64,
    theta: f64,
    xi: f64,
    rho: f64,
    mkt: &MarketData,
    z1: &[Vec<f64>],
    z2: &[Vec<f64>],
) -> f64 {
    let n_steps = (mkt.maturity / mkt.dt).round() as usize;
    let n_paths = z1.len();
    let sq_dt = mkt.dt.sqrt();
    let rho_bar = (1.0 - rho * rho).sqrt();
    let mut payoff_sum = 0.0;
    for p in 0..n_paths {
        let mut log_s = mkt.spot.ln();
        let mut v = v0;
        for t in 0..n_steps {
            let v_pos = v.max(0.0);
            let dw1 = z1[p][t] * sq_dt;
            let dw2 = (rho * z1[p][t] + rho_bar * z2[p][t]) * sq_dt;
            log_s += (mkt.rate - 0.5 * v_pos) * mkt.dt + v_pos.sqrt() * dw1;
            v += kappa * (theta - v_pos) * mkt.dt + xi * v_pos.sqrt() * dw2;
        }
        let s_t = log_s.exp();
        payoff_sum += (s_t - mkt.strike).max(0.0);
    }
    (-mkt.rate * mkt.maturity).exp() * payoff_sum / n_paths as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(p: &[T], mkt: &MarketData, z1: &[Vec<f64>], z2: &[Vec<f64>]) -> T {
        let (v0, kappa, theta, xi, rho) = (p[0], p[1], p[2], p[3], p[4]);
        let n_steps = (mkt.maturity / mkt.dt).round() as usize;
        let sq_dt = mkt.dt.sqrt();
        let rho_bar = (T::one() - rho * rho).sqrt();
        let mut sum = T::zero();
        for q in 0..z1.len() {
            let mut log_s = k::<T>(mkt.spot.ln());
            let mut v = v0;
            for t in 0..n_steps {
                let vp = v.max(T::zero());
                let dw1 = k::<T>(z1[q][t] * sq_dt);
                let dw2 = (rho * k(z1[q][t]) + rho_bar * k(z2[q][t])) * k(sq_dt);
                log_s = log_s + (k::<T>(mkt.rate) - k::<T>(0.5) * vp) * k(mkt.dt) + vp.sqrt() * dw1;
                v = v + kappa * (theta - vp) * k(mkt.dt) + xi * vp.sqrt() * dw2;
            }
            sum = sum + (log_s.exp() - k(mkt.strike)).max(T::zero());
        }
        k::<T>((-mkt.rate * mkt.maturity).exp()) * sum / k(z1.len() as f64)
    }

    fn setup() -> (MarketData, Vec<Vec<f64>>, Vec<Vec<f64>>) {
        let mkt = MarketData {
            spot: 100.0,
            strike: 95.0,
            rate: 0.02,
            maturity: 1.0,
            dt: 0.05,
        };
        (mkt, normals(7, 12, 20), normals(99, 12, 20))
    }

    const PTS: [[f64; 5]; 3] = [
        [0.04, 1.5, 0.04, 0.3, -0.7],
        [0.09, 2.0, 0.06, 0.2, -0.3],
        [0.02, 0.8, 0.05, 0.15, 0.2],
    ];

    #[test]
    fn value_matches() {
        let (m, a, b) = setup();
        for p in PTS {
            let f = heston_call_mc(p[0], p[1], p[2], p[3], p[4], &m, &a, &b);
            assert_eq!(
                grad_heston_call_mc(p[0], p[1], p[2], p[3], p[4], &m, &a, &b).0,
                f
            );
        }
    }

    #[test]
    fn finite_differences() {
        let (m, a, b) = setup();
        for p in PTS {
            let (_, (g0, g1, g2, g3, g4)) =
                grad_heston_call_mc(p[0], p[1], p[2], p[3], p[4], &m, &a, &b);
            fd(
                "heston",
                |q| heston_call_mc(q[0], q[1], q[2], q[3], q[4], &m, &a, &b),
                &p,
                &[g0, g1, g2, g3, g4],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let (m, a, b) = setup();
        for p in PTS {
            let (_, (g0, g1, g2, g3, g4)) =
                grad_heston_call_mc(p[0], p[1], p[2], p[3], p[4], &m, &a, &b);
            let tape = Tape::new();
            let x = tape.vars(&p);
            let y = twin(&x, &m, &a, &b);
            same(
                "heston tape",
                &[g0, g1, g2, g3, g4],
                &tape.gradient(y, &x),
                1e-9,
            );
        }
    }
}
