//! Fluid-dynamics student: first-order upwind advection on a periodic grid, misfit
//! of the final profile against a target (initial condition and speed both fitted).
use gradus::differentiable;

#[differentiable(wrt(u0, c))]
pub fn advect_misfit(u0: &[f64], c: f64, dx: f64, dt: f64, steps: usize, target: &[f64]) -> f64 {
    let n = u0.len();
    let courant = c * dt / dx;
    assert!(courant.abs() <= 1.0, "CFL violated");
    let mut u = u0.to_vec();
    for _ in 0..steps {
        let mut next = vec![0.0; n];
        for i in 0..n {
            let left = if i == 0 { u[n - 1] } else { u[i - 1] };
            next[i] = u[i] - courant * (u[i] - left);
        }
        u = next;
    }
    u.iter()
        .zip(target.iter())
        .map(|(a, b)| (a - b) * (a - b))
        .sum::<f64>()
        * dx
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(v: &[T], dx: f64, dt: f64, steps: usize, target: &[f64]) -> T {
        let n = v.len() - 1;
        let cr = v[n] * c(dt / dx);
        let mut u: Vec<T> = v[..n].to_vec();
        for _ in 0..steps {
            let mut next = u.clone();
            for i in 0..n {
                let left = if i == 0 { u[n - 1] } else { u[i - 1] };
                next[i] = u[i] - cr * (u[i] - left);
            }
            u = next;
        }
        let mut s = T::zero();
        for i in 0..n {
            s = s + (u[i] - c(target[i])).powi(2);
        }
        s * c(dx)
    }

    #[test]
    fn checks() {
        let n = 16;
        let target: Vec<f64> = (0..n)
            .map(|i| (-((i as f64 - 9.0) / 2.0).powi(2)).exp())
            .collect();
        for (shift, speed) in [(6.0, 0.8), (7.5, 1.1), (5.0, 0.5)] {
            let u0: Vec<f64> = (0..n)
                .map(|i| (-((i as f64 - shift) / 2.5).powi(2)).exp())
                .collect();
            let (v, (gu, gc)) = grad_advect_misfit(&u0, speed, 0.5, 0.2, 12, &target);
            assert_eq!(v, advect_misfit(&u0, speed, 0.5, 0.2, 12, &target));
            let mut x = u0.clone();
            x.push(speed);
            let g = cat(&[&gu, &[gc]]);
            fd(
                "upwind",
                |y| advect_misfit(&y[..n], y[n], 0.5, 0.2, 12, &target),
                &x,
                &g,
            );
            vs_tape("upwind", v, &g, &x, |y| twin(y, 0.5, 0.2, 12, &target));
        }
    }
}
