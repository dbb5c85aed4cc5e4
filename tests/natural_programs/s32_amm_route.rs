//! Crypto quant: output of a multi-hop swap route through constant-product pools of
//! different fee tiers, and the split of an order between two routes.
use gradus::differentiable;

#[derive(Clone, Copy, Debug)]
pub enum FeeTier {
    Stable,
    Standard,
    Exotic,
}

pub struct Hop {
    pub reserve_in: f64,
    pub reserve_out: f64,
    pub tier: FeeTier,
}

#[differentiable(wrt(amount_in))]
pub fn route_output(amount_in: f64, hops: &[Hop]) -> f64 {
    hops.iter().fold(amount_in, |amt, hop| {
        let fee = match hop.tier {
            FeeTier::Stable => 0.0001,
            FeeTier::Standard => 0.003,
            FeeTier::Exotic => 0.01,
        };
        let x = amt * (1.0 - fee);
        hop.reserve_out * x / (hop.reserve_in + x)
    })
}

#[differentiable(wrt(split))]
pub fn split_output(split: f64, total: f64, route_a: &[Hop], route_b: &[Hop]) -> f64 {
    let w = split.clamp(0.0, 1.0);
    route_output(w * total, route_a) + route_output((1.0 - w) * total, route_b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn route<T: Float>(a: T, hops: &[Hop]) -> T {
        let mut amt = a;
        for h in hops {
            let fee = match h.tier {
                FeeTier::Stable => 0.0001,
                FeeTier::Standard => 0.003,
                FeeTier::Exotic => 0.01,
            };
            let x = amt * c(1.0 - fee);
            amt = c::<T>(h.reserve_out) * x / (c::<T>(h.reserve_in) + x);
        }
        amt
    }

    fn split<T: Float>(s: T, ra: &[Hop], rb: &[Hop]) -> T {
        route(s * c(2.0e5), ra) + route((T::one() - s) * c(2.0e5), rb)
    }

    #[test]
    fn checks() {
        let ra = [
            Hop {
                reserve_in: 5e6,
                reserve_out: 5e6,
                tier: FeeTier::Stable,
            },
            Hop {
                reserve_in: 4e6,
                reserve_out: 1.6e3,
                tier: FeeTier::Standard,
            },
        ];
        let rb = [Hop {
            reserve_in: 8e5,
            reserve_out: 3.1e2,
            tier: FeeTier::Exotic,
        }];
        for s in [0.3, 0.55, 0.9] {
            let (v, g) = grad_split_output(s, 2.0e5, &ra, &rb);
            assert_eq!(v, split_output(s, 2.0e5, &ra, &rb));
            fd("split", |y| split_output(y[0], 2.0e5, &ra, &rb), &[s], &[g]);
            vs_tape("split", v, &[g], &[s], |y| split(y[0], &ra, &rb));
            let a = s * 1e5;
            let (v, g) = grad_route_output(a, &ra);
            assert_eq!(v, route_output(a, &ra));
            fd("route", |y| route_output(y[0], &ra), &[a], &[g]);
            vs_tape("route", v, &[g], &[a], |y| route(y[0], &ra));
        }
    }
}
