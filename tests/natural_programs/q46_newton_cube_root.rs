//! Student: cube root by Newton's method with a `while` on the residual (sign handled with
//! signum/abs), then used for "a cube and a sphere of the same volume v: total surface".
use gradus::differentiable;
use std::f64::consts::PI;

#[differentiable]
pub fn cube_root(v: f64) -> f64 {
    let sign = v.signum();
    let a = v.abs();
    let mut x = if a > 1.0 { a / 3.0 } else { 1.0 };
    let mut iters = 0;
    while (x * x * x - a).abs() > 1e-14 * a.max(1.0) && iters < 100 {
        x -= (x * x * x - a) / (3.0 * x * x);
        iters += 1;
    }
    sign * x
}

#[differentiable]
pub fn surface_of_equal_volumes(v: f64) -> f64 {
    let side = cube_root(v);
    let r = cube_root(3.0 * v / (4.0 * PI));
    6.0 * side.powi(2) + 4.0 * PI * r.powi(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn croot<T: Float>(v: T) -> T {
        let a = v.abs();
        let mut x = if a > T::one() { a / k(3.0) } else { T::one() };
        let mut n = 0;
        while (x * x * x - a).abs() > k::<T>(1e-14) * a.max(T::one()) && n < 100 {
            x = x - (x * x * x - a) / (k::<T>(3.0) * x * x);
            n += 1;
        }
        v.signum() * x
    }
    fn twin<T: Float>(v: T) -> T {
        let s = croot(v);
        let r = croot(k::<T>(3.0 / (4.0 * PI)) * v);
        k::<T>(6.0) * s * s + k::<T>(4.0 * PI) * r * r
    }

    const VS: [f64; 4] = [8.0, 0.3, 125.7, -5.0];

    #[test]
    fn value_matches() {
        for v in VS {
            assert_eq!(
                grad_surface_of_equal_volumes(v).0,
                surface_of_equal_volumes(v)
            );
            assert_eq!(grad_cube_root(v).0, cube_root(v));
        }
    }
    #[test]
    fn finite_differences() {
        for v in VS {
            fd(
                "surface",
                |p| surface_of_equal_volumes(p[0]),
                &[v],
                &[grad_surface_of_equal_volumes(v).1],
            );
            fd(
                "cube_root",
                |p| cube_root(p[0]),
                &[v],
                &[grad_cube_root(v).1],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for v in VS {
            let tape = Tape::new();
            let x = tape.vars(&[v]);
            let y = twin(x[0]);
            same(
                "surface tape",
                &[grad_surface_of_equal_volumes(v).1],
                &tape.gradient(y, &x),
                1e-9,
            );
        }
    }
}
