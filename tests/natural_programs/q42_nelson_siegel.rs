//! Quant: Nelson–Siegel zero curve fitted to coupon-bond prices. The slope loading
//! (1 − e^{−x})/x is computed with exp_m1 for accuracy at the short end; the curve itself is
//! evaluated with fused multiply-adds.
use gradus::differentiable;

pub struct Bond {
    pub coupon: f64,
    pub maturity: f64,
    pub freq: u32,
    pub price: f64,
}

#[differentiable]
pub fn ns_yield(t: f64, b0: f64, b1: f64, b2: f64, tau: f64) -> f64 {
    let x = t / tau;
    let load1 = if x < 1e-8 { 1.0 } else { -(-x).exp_m1() / x };
    b2.mul_add(load1 - (-x).exp(), b1.mul_add(load1, b0))
}

#[differentiable(wrt(b0, b1, b2, tau))]
pub fn ns_fit(b0: f64, b1: f64, b2: f64, tau: f64, bonds: &[Bond]) -> f64 {
    let mut sse = 0.0;
    for bond in bonds {
        let n = (bond.maturity * bond.freq as f64).round() as u32;
        let cpn = bond.coupon / bond.freq as f64;
        let mut pv = 0.0;
        for i in 1..=n {
            let t = i as f64 / bond.freq as f64;
            let cf = if i == n {
                100.0 + 100.0 * cpn
            } else {
                100.0 * cpn
            };
            pv += cf * (-ns_yield(t, b0, b1, b2, tau) * t).exp();
        }
        sse += (pv - bond.price).powi(2);
    }
    sse
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn y<T: Float>(t: f64, b: &[T]) -> T {
        let x = k::<T>(t) / b[3];
        let l1 = (T::one() - (-x).exp()) / x;
        b[0] + b[1] * l1 + b[2] * (l1 - (-x).exp())
    }
    fn twin<T: Float>(b: &[T], bonds: &[Bond]) -> T {
        let mut sse = T::zero();
        for bd in bonds {
            let n = (bd.maturity * bd.freq as f64).round() as u32;
            let c = bd.coupon / bd.freq as f64;
            let mut pv = T::zero();
            for i in 1..=n {
                let t = i as f64 / bd.freq as f64;
                let cf = if i == n { 100.0 + 100.0 * c } else { 100.0 * c };
                pv = pv + k::<T>(cf) * (-y(t, b) * k(t)).exp();
            }
            sse = sse + (pv - k(bd.price)).powi(2);
        }
        sse
    }

    fn bonds() -> Vec<Bond> {
        vec![
            Bond {
                coupon: 0.02,
                maturity: 1.0,
                freq: 2,
                price: 99.8,
            },
            Bond {
                coupon: 0.03,
                maturity: 3.0,
                freq: 2,
                price: 100.4,
            },
            Bond {
                coupon: 0.035,
                maturity: 7.0,
                freq: 1,
                price: 99.1,
            },
            Bond {
                coupon: 0.04,
                maturity: 10.0,
                freq: 2,
                price: 101.7,
            },
        ]
    }
    const PTS: [[f64; 4]; 3] = [
        [0.04, -0.02, 0.01, 2.0],
        [0.035, -0.01, -0.02, 1.2],
        [0.05, -0.03, 0.03, 3.5],
    ];

    #[test]
    fn value_matches() {
        let bs = bonds();
        for [a, b, c, d] in PTS {
            assert_eq!(grad_ns_fit(a, b, c, d, &bs).0, ns_fit(a, b, c, d, &bs));
        }
    }
    #[test]
    fn finite_differences() {
        let bs = bonds();
        for [a, b, c, d] in PTS {
            let (_, (g0, g1, g2, g3)) = grad_ns_fit(a, b, c, d, &bs);
            fd(
                "nelson-siegel",
                |p| ns_fit(p[0], p[1], p[2], p[3], &bs),
                &[a, b, c, d],
                &[g0, g1, g2, g3],
            );
            let (_, g) = grad_ns_yield(2.5, a, b, c, d);
            fd(
                "ns_yield",
                |p| ns_yield(p[0], p[1], p[2], p[3], p[4]),
                &[2.5, a, b, c, d],
                &[g.0, g.1, g.2, g.3, g.4],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        let bs = bonds();
        for [a, b, c, d] in PTS {
            let (_, (g0, g1, g2, g3)) = grad_ns_fit(a, b, c, d, &bs);
            let tape = Tape::new();
            let v = tape.vars(&[a, b, c, d]);
            let out = twin(&v, &bs);
            same(
                "nelson-siegel tape",
                &[g0, g1, g2, g3],
                &tape.gradient(out, &v),
                1e-9,
            );
        }
    }
}
