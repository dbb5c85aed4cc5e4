//! Crypto quant: price impact of a trade against a constant-product (x·y = k) pool,
//! and the output of a clip-by-clip execution.
use gradus::differentiable;

pub struct Pool {
    pub reserve_in: f64,
    pub reserve_out: f64,
    pub fee_bps: u32,
}

impl Pool {
    #[differentiable(wrt(amount_in))]
    pub fn amount_out(&self, amount_in: f64) -> f64 {
        let gamma = 1.0 - self.fee_bps as f64 / 10_000.0;
        let x_in = amount_in * gamma;
        self.reserve_out * x_in / (self.reserve_in + x_in)
    }

    #[differentiable(wrt(amount_in))]
    pub fn price_impact(&self, amount_in: f64) -> f64 {
        let spot = self.reserve_out / self.reserve_in;
        let out = self.amount_out(amount_in);
        let exec = out / amount_in;
        1.0 - exec / spot
    }

    #[differentiable(wrt(clips))]
    pub fn sequential_out(&self, clips: &[f64]) -> f64 {
        let gamma = 1.0 - self.fee_bps as f64 / 10_000.0;
        let (mut rin, mut rout) = (self.reserve_in, self.reserve_out);
        let mut total = 0.0;
        for &dx in clips {
            let x = dx * gamma;
            let dy = rout * x / (rin + x);
            rin += dx;
            rout -= dy;
            total += dy;
        }
        total
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn out<T: Float>(p: &Pool, a: T) -> T {
        let x = a * c(1.0 - p.fee_bps as f64 / 10_000.0);
        c::<T>(p.reserve_out) * x / (c::<T>(p.reserve_in) + x)
    }

    fn impact<T: Float>(p: &Pool, a: T) -> T {
        T::one() - out(p, a) / a / c(p.reserve_out / p.reserve_in)
    }

    fn seq<T: Float>(p: &Pool, clips: &[T]) -> T {
        let gamma = c::<T>(1.0 - p.fee_bps as f64 / 10_000.0);
        let (mut rin, mut rout, mut tot) = (c::<T>(p.reserve_in), c::<T>(p.reserve_out), T::zero());
        for &dx in clips {
            let dy = rout * dx * gamma / (rin + dx * gamma);
            rin = rin + dx;
            rout = rout - dy;
            tot = tot + dy;
        }
        tot
    }

    #[test]
    fn checks() {
        let pool = Pool {
            reserve_in: 1.0e6,
            reserve_out: 2.5e3,
            fee_bps: 30,
        };
        for a in [1.0e3, 5.0e4, 2.0e5] {
            let (v, g) = pool.grad_amount_out(a);
            assert_eq!(v, pool.amount_out(a));
            fd("amm out", |y| pool.amount_out(y[0]), &[a], &[g]);
            vs_tape("amm out", v, &[g], &[a], |y| out(&pool, y[0]));
            let (v, g) = pool.grad_price_impact(a);
            assert_eq!(v, pool.price_impact(a));
            fd("amm impact", |y| pool.price_impact(y[0]), &[a], &[g]);
            vs_tape("amm impact", v, &[g], &[a], |y| impact(&pool, y[0]));
            let clips = [a / 4.0, a / 2.0, a / 8.0, a / 8.0];
            let (v, g) = pool.grad_sequential_out(&clips);
            assert_eq!(v, pool.sequential_out(&clips));
            fd("amm seq", |y| pool.sequential_out(y), &clips, &g);
            vs_tape("amm seq", v, &g, &clips, |y| seq(&pool, y));
        }
    }
}
