//! Control engineer: quadratic cost of a closed-loop rollout of a double integrator
//! under state feedback u = −Kx, tuned by gradient descent on K.
use gradus::differentiable;

const A: [[f64; 2]; 2] = [[1.0, 0.1], [0.0, 1.0]];
const B: [f64; 2] = [0.005, 0.1];

#[differentiable(wrt(gain))]
pub fn lqr_cost(gain: &[f64; 2], x0: [f64; 2], q: [f64; 2], r: f64, horizon: usize) -> f64 {
    let mut x = x0;
    let mut cost = 0.0;
    for _ in 0..horizon {
        let u = -(gain[0] * x[0] + gain[1] * x[1]);
        cost += q[0] * x[0] * x[0] + q[1] * x[1] * x[1] + r * u * u;
        let next = [
            A[0][0] * x[0] + A[0][1] * x[1] + B[0] * u,
            A[1][0] * x[0] + A[1][1] * x[1] + B[1] * u,
        ];
        x = next;
    }
    // terminal cost
    cost + 10.0 * (x[0].powi(2) + x[1].powi(2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(k: &[T], x0: [f64; 2], q: [f64; 2], r: f64, h: usize) -> T {
        let (mut a, mut b) = (c::<T>(x0[0]), c::<T>(x0[1]));
        let mut cost = T::zero();
        for _ in 0..h {
            let u = -(k[0] * a + k[1] * b);
            cost = cost + c::<T>(q[0]) * a * a + c::<T>(q[1]) * b * b + c::<T>(r) * u * u;
            let na = a * c(A[0][0]) + b * c(A[0][1]) + u * c(B[0]);
            let nb = a * c(A[1][0]) + b * c(A[1][1]) + u * c(B[1]);
            a = na;
            b = nb;
        }
        cost + c::<T>(10.0) * (a * a + b * b)
    }

    #[test]
    fn checks() {
        for x in [[1.0, 1.5], [3.0, 2.5], [0.5, 0.8]] {
            let (v, g) = grad_lqr_cost(&x, [1.0, -0.5], [1.0, 0.1], 0.01, 60);
            assert_eq!(v, lqr_cost(&x, [1.0, -0.5], [1.0, 0.1], 0.01, 60));
            fd(
                "lqr",
                |y| lqr_cost(&[y[0], y[1]], [1.0, -0.5], [1.0, 0.1], 0.01, 60),
                &x,
                &g,
            );
            vs_tape("lqr", v, &g, &x, |y| {
                twin(y, [1.0, -0.5], [1.0, 0.1], 0.01, 60)
            });
        }
    }
}
