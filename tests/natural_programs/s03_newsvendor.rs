//! Supply-chain analyst: newsvendor expected cost under a discretised normal demand,
//! with the hinge costs smoothed so the order quantity can be tuned by gradient.
use gradus::differentiable;

pub struct Costs {
    pub unit: f64,
    pub price: f64,
    pub salvage: f64,
}

#[differentiable]
pub fn softplus(z: f64, tau: f64) -> f64 {
    if z > 30.0 * tau {
        z
    } else {
        tau * (z / tau).exp().ln_1p()
    }
}

#[differentiable(wrt(q, mu))]
pub fn expected_cost(q: f64, mu: f64, sigma: f64, costs: &Costs) -> f64 {
    let overage = costs.unit - costs.salvage;
    let underage = costs.price - costs.unit;
    const GRID: usize = 41;
    let mut weights = Vec::new();
    let mut demands = Vec::new();
    for k in 0..GRID {
        let z = -4.0 + 8.0 * k as f64 / (GRID - 1) as f64;
        weights.push((-0.5 * z * z).exp());
        demands.push(mu + sigma * z);
    }
    let total: f64 = weights.iter().sum();
    let mut cost = 0.0;
    for (w, d) in weights.iter().zip(demands.iter()) {
        cost += w / total * (overage * softplus(q - d, 0.5) + underage * softplus(d - q, 0.5));
    }
    cost
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn sp<T: Float>(z: T, tau: T) -> T {
        if z > c::<T>(30.0) * tau {
            z
        } else {
            tau * (z / tau).exp().ln_1p()
        }
    }

    fn twin<T: Float>(q: T, mu: T, sigma: f64, k: &Costs) -> T {
        let (o, u) = (k.unit - k.salvage, k.price - k.unit);
        let mut ws = vec![];
        for i in 0..41 {
            let z = -4.0 + 8.0 * i as f64 / 40.0;
            ws.push(((-0.5 * z * z).exp(), z));
        }
        let total: f64 = ws.iter().map(|w| w.0).sum();
        let mut cost = T::zero();
        for (w, z) in ws {
            let d = mu + c::<T>(sigma * z);
            cost = cost
                + c::<T>(w / total)
                    * (c::<T>(o) * sp(q - d, c(0.5)) + c::<T>(u) * sp(d - q, c(0.5)));
        }
        cost
    }

    #[test]
    fn checks() {
        let k = Costs {
            unit: 4.0,
            price: 10.0,
            salvage: 1.0,
        };
        for x in [[100.0, 95.0], [80.0, 100.0], [130.0, 110.0]] {
            let (v, (gq, gm)) = grad_expected_cost(x[0], x[1], 15.0, &k);
            assert_eq!(v, expected_cost(x[0], x[1], 15.0, &k));
            fd(
                "newsvendor",
                |y| expected_cost(y[0], y[1], 15.0, &k),
                &x,
                &[gq, gm],
            );
            vs_tape("newsvendor", v, &[gq, gm], &x, |y| {
                twin(y[0], y[1], 15.0, &k)
            });
        }
    }
}
