//! Physics: a chain of masses and springs between two walls. The Hamiltonian, and a
//! velocity-Verlet run whose energy drift is recorded step by step.
use gradus::differentiable;

#[differentiable(wrt(x, v))]
pub fn chain_hamiltonian(x: &[f64], v: &[f64], masses: &[f64], k: f64, rest: f64) -> f64 {
    let kinetic: f64 = v.iter().zip(masses).map(|(vi, m)| 0.5 * m * vi * vi).sum();
    let springs: f64 = x
        .windows(2)
        .map(|w| {
            let s = w[1] - w[0] - rest;
            0.5 * k * s * s
        })
        .sum();
    // walls at 0 and at (n + 1)·rest
    let n = x.len();
    let left = x[0];
    let right = (n as f64 + 1.0) * rest - x[n - 1];
    kinetic + springs + 0.5 * k * ((left - rest).powi(2) + (right - rest).powi(2))
}

/// Mean squared energy drift of velocity Verlet over `steps` steps, as a function of the
/// spring constant (an integrator-tuning experiment).
#[differentiable(wrt(k))]
pub fn verlet_drift(k: f64, x0: &[f64], masses: &[f64], rest: f64, dt: f64, steps: usize) -> f64 {
    let n = x0.len();
    let mut x = x0.to_vec();
    let mut v = vec![0.0; n];
    let force = |x: &[f64], i: usize| -> f64 {
        let left = if i == 0 {
            x[0] - rest
        } else {
            x[i] - x[i - 1] - rest
        };
        let right = if i == n - 1 {
            (n as f64 + 1.0) * rest - x[i] - rest
        } else {
            x[i + 1] - x[i] - rest
        };
        k * (right - left)
    };
    let e0 = chain_hamiltonian(&x, &v, masses, k, rest);
    let mut drifts = Vec::with_capacity(steps);
    for _ in 0..steps {
        let mut a = vec![0.0; n];
        for i in 0..n {
            a[i] = force(&x, i) / masses[i];
        }
        for i in 0..n {
            x[i] += v[i] * dt + 0.5 * a[i] * dt * dt;
        }
        for i in 0..n {
            v[i] += 0.5 * (a[i] + force(&x, i) / masses[i]) * dt;
        }
        let e = chain_hamiltonian(&x, &v, masses, k, rest);
        drifts.push((e - e0).powi(2));
    }
    drifts.iter().sum::<f64>() / steps as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn ham<T: Float>(x: &[T], v: &[T], m: &[f64], k: T, rest: f64) -> T {
        let r = c::<T>(rest);
        let half = c::<T>(0.5);
        let mut e = T::zero();
        for i in 0..v.len() {
            e = e + half * c::<T>(m[i]) * v[i] * v[i];
        }
        for i in 0..x.len() - 1 {
            let s = x[i + 1] - x[i] - r;
            e = e + half * k * s * s;
        }
        let n = x.len();
        let right = c::<T>((n as f64 + 1.0) * rest) - x[n - 1];
        e + half * k * ((x[0] - r).powi(2) + (right - r).powi(2))
    }

    fn drift<T: Float>(k: T, x0: &[f64], m: &[f64], rest: f64, dt: f64, steps: usize) -> T {
        let n = x0.len();
        let r = c::<T>(rest);
        let dt = c::<T>(dt);
        let mut x: Vec<T> = x0.iter().map(|&v| c(v)).collect();
        let mut v = vec![T::zero(); n];
        let force = |x: &[T], i: usize| {
            let left = if i == 0 {
                x[0] - r
            } else {
                x[i] - x[i - 1] - r
            };
            let right = if i == n - 1 {
                c::<T>((n as f64 + 1.0) * rest) - x[i] - r
            } else {
                x[i + 1] - x[i] - r
            };
            k * (right - left)
        };
        let e0 = ham(&x, &v, m, k, rest);
        let mut total = T::zero();
        for _ in 0..steps {
            let a: Vec<T> = (0..n).map(|i| force(&x, i) / c::<T>(m[i])).collect();
            for i in 0..n {
                x[i] = x[i] + v[i] * dt + c::<T>(0.5) * a[i] * dt * dt;
            }
            for i in 0..n {
                v[i] = v[i] + c::<T>(0.5) * (a[i] + force(&x, i) / c::<T>(m[i])) * dt;
            }
            total = total + (ham(&x, &v, m, k, rest) - e0).powi(2);
        }
        total / c(steps as f64)
    }

    const M: [f64; 4] = [1.0, 2.0, 1.5, 0.8];

    fn states() -> Vec<(Vec<f64>, Vec<f64>, f64)> {
        vec![
            (vec![1.1, 1.9, 3.2, 3.9], vec![0.1, -0.2, 0.0, 0.3], 3.0),
            (vec![0.8, 2.2, 2.9, 4.3], vec![0.0, 0.5, -0.5, 0.1], 1.5),
            (vec![1.3, 2.0, 3.0, 4.1], vec![-0.3, 0.2, 0.4, 0.0], 6.0),
        ]
    }

    #[test]
    fn value_matches() {
        for (x, v, k) in states() {
            assert_eq!(
                grad_chain_hamiltonian(&x, &v, &M, k, 1.0).0,
                chain_hamiltonian(&x, &v, &M, k, 1.0)
            );
            assert_eq!(
                grad_verlet_drift(k, &x, &M, 1.0, 0.05, 20).0,
                verlet_drift(k, &x, &M, 1.0, 0.05, 20)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for (x, v, k) in states() {
            let (_, (gx, gv)) = grad_chain_hamiltonian(&x, &v, &M, k, 1.0);
            fd(
                "chain",
                |p| chain_hamiltonian(&p[..4], &p[4..], &M, k, 1.0),
                &cat(&[&x, &v]),
                &cat(&[&gx, &gv]),
            );
            let (_, gk) = grad_verlet_drift(k, &x, &M, 1.0, 0.05, 20);
            fd(
                "verlet",
                |p| verlet_drift(p[0], &x, &M, 1.0, 0.05, 20),
                &[k],
                &[gk],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for (x, v, k) in states() {
            let (_, (gx, gv)) = grad_chain_hamiltonian(&x, &v, &M, k, 1.0);
            let tape = Tape::new();
            let xs = tape.vars(&cat(&[&x, &v]));
            let kv = tape.constant(k);
            let y = ham(&xs[..4], &xs[4..], &M, kv, 1.0);
            all_close(
                "chain tape",
                &cat(&[&gx, &gv]),
                &tape.gradient(y, &xs),
                1e-9,
            );
            let (_, gk) = grad_verlet_drift(k, &x, &M, 1.0, 0.05, 20);
            let kt = tape.var(k);
            let d = drift(kt, &x, &M, 1.0, 0.05, 20);
            all_close("verlet tape", &[gk], &tape.gradient(d, &[kt]), 1e-9);
        }
    }
}
