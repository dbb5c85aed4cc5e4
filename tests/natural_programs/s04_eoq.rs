//! Supply-chain analyst: total annual cost around the economic order quantity,
//! with an optional bulk discount.
use gradus::differentiable;

pub struct Item {
    pub annual_demand: f64,
    pub order_cost: f64,
    pub holding_rate: f64,
    pub unit_cost: f64,
}

#[derive(Clone, Copy, Debug)]
pub enum Discount {
    None,
    Bulk { threshold: f64, pct: f64 },
}

impl Item {
    pub fn eoq(&self) -> f64 {
        (2.0 * self.annual_demand * self.order_cost / (self.holding_rate * self.unit_cost)).sqrt()
    }

    #[differentiable(wrt(q))]
    pub fn total_cost(&self, q: f64, discount: Discount) -> f64 {
        let price = match discount {
            Discount::None => self.unit_cost,
            Discount::Bulk { threshold, pct } => {
                if q >= threshold {
                    self.unit_cost * (1.0 - pct)
                } else {
                    self.unit_cost
                }
            }
        };
        let ordering = self.annual_demand / q * self.order_cost;
        let holding = q / 2.0 * self.holding_rate * price;
        ordering + holding + self.annual_demand * price
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(it: &Item, q: T, d: Discount) -> T {
        let price = match d {
            Discount::None => it.unit_cost,
            Discount::Bulk { threshold, pct } => {
                if q >= c(threshold) {
                    it.unit_cost * (1.0 - pct)
                } else {
                    it.unit_cost
                }
            }
        };
        c::<T>(it.annual_demand) / q * c(it.order_cost)
            + q / c(2.0) * c(it.holding_rate * price)
            + c(it.annual_demand * price)
    }

    #[test]
    fn checks() {
        let it = Item {
            annual_demand: 12000.0,
            order_cost: 75.0,
            holding_rate: 0.22,
            unit_cost: 18.0,
        };
        let e = it.eoq();
        let (_, g) = it.grad_total_cost(e, Discount::None);
        assert!(g.abs() < 1e-9, "cost is stationary at the EOQ: {g}");
        let bulk = Discount::Bulk {
            threshold: 1000.0,
            pct: 0.03,
        };
        for (q, d) in [
            (500.0, Discount::None),
            (800.0, bulk),
            (1500.0, bulk),
            (2500.0, Discount::None),
        ] {
            let (v, g) = it.grad_total_cost(q, d);
            assert_eq!(v, it.total_cost(q, d));
            fd("eoq", |y| it.total_cost(y[0], d), &[q], &[g]);
            vs_tape("eoq", v, &[g], &[q], |y| twin(&it, y[0], d));
        }
    }
}
