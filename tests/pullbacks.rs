//! Custom derivatives (SPEC §2.6): `#[differentiable(pullback = NAME)]` does not read the
//! body; `grad_f`, `grad_f_into` and calls from other annotated functions go through the
//! pullback. Checked against central finite differences, and (with a rule that differs
//! from the body's on purpose) that the pullback, not the body, is what callers use.

mod common;

use common::{central_differences, relative_error};
use gradus::{differentiable, Differentiable, Float};
use std::f64::consts::FRAC_2_SQRT_PI;

/// `erf` from `libm`, a crate the macro cannot read.
#[differentiable(pullback = erf_pullback)]
fn erf(x: f64) -> f64 {
    libm::erf(x)
}

fn erf_pullback(x: f64, d_out: f64, d_x: &mut f64) {
    *d_x += d_out * FRAC_2_SQRT_PI * (-x * x).exp();
}

#[differentiable]
fn normal_cdf_scaled(x: f64, s: f64) -> f64 {
    0.5 * (1.0 + erf(x / (s * std::f64::consts::SQRT_2))) + 0.1 * x.sin()
}

#[test]
fn a_pullback_gives_grad_and_grad_into() {
    for x in [-2.0, -0.3, 0.0, 0.7, 1.9] {
        let (value, d_x) = grad_erf(x);
        assert_eq!(value, libm::erf(x));
        let fd = central_differences(|v: &[f64]| libm::erf(v[0]), &[x], 1)[0];
        assert!(relative_error(d_x, fd) < 1e-8, "{x}: {d_x} against {fd}");
        let mut sum = 1.0;
        grad_erf_into(x, &mut sum);
        assert_eq!(sum, 1.0 + d_x, "grad_erf_into adds");
    }
}

#[test]
fn calls_from_annotated_functions_go_through_the_pullback() {
    for (x, s) in [(0.4, 1.3), (-1.1, 0.8), (2.0, 2.5)] {
        let (value, (d_x, d_s)) = grad_normal_cdf_scaled(x, s);
        assert_eq!(value, normal_cdf_scaled(x, s));
        let fd = central_differences(|v: &[f64]| normal_cdf_scaled(v[0], v[1]), &[x, s], 2);
        assert!(
            relative_error(d_x, fd[0]) < 1e-7,
            "d_x {d_x} against {}",
            fd[0]
        );
        assert!(
            relative_error(d_s, fd[1]) < 1e-7,
            "d_s {d_s} against {}",
            fd[1]
        );
    }
}

/// The straight-through estimator: the body rounds (derivative zero almost everywhere), the
/// pullback passes the gradient through unchanged. A caller's gradient shows which was used.
#[differentiable(pullback = straight_through)]
fn quantize(x: f64) -> f64 {
    (x * 4.0).round() / 4.0
}

fn straight_through(_x: f64, d_out: f64, d_x: &mut f64) {
    *d_x += d_out;
}

#[differentiable]
fn quantized_square(x: f64) -> f64 {
    let q = quantize(x);
    q * q
}

#[test]
fn the_pullback_not_the_body_is_what_callers_differentiate() {
    let x = 0.6;
    let (value, d_x) = grad_quantized_square(x);
    assert_eq!(value, 0.25);
    // d/dx q² with dq/dx = 1 (the pullback's rule), not 0 (the body's).
    assert_eq!(d_x, 2.0 * 0.5);
}

/// A generic function with a generic pullback.
#[differentiable(pullback = softplus_pullback)]
fn softplus<T: Float>(x: T) -> T {
    (T::one() + x.exp()).ln()
}

fn softplus_pullback<T: Float>(x: T, d_out: T, d_x: &mut T) {
    *d_x = *d_x + d_out / (T::one() + (-x).exp());
}

#[differentiable]
fn softplus_loss<T: Float>(w: &[T], x: &[T]) -> T {
    let mut total = T::zero();
    for i in 0..w.len() {
        total = total + softplus(w[i] * x[i]);
    }
    total
}

#[test]
fn generic_pullbacks_compose_in_f64_and_f32() {
    let w = [0.5, -1.5, 2.0];
    let x = [1.0, 0.3, -0.7];
    let (value, (d_w, _)) = grad_softplus_loss(&w, &x);
    assert_eq!(value, softplus_loss(&w, &x));
    let fd = central_differences(|v: &[f64]| softplus_loss(v, &x), &w, 3);
    for i in 0..3 {
        assert!(relative_error(d_w[i], fd[i]) < 1e-8);
    }
    let (_, d32) = grad_softplus(0.25_f32);
    assert!((d32 as f64 - 1.0 / (1.0 + (-0.25_f64).exp())).abs() < 1e-6);
}

/// A pullback over a slice, with a data argument that `wrt` leaves out.
#[differentiable(wrt(x), pullback = weighted_norm_pullback)]
fn weighted_norm(x: &[f64], weights: &[f64]) -> f64 {
    x.iter()
        .zip(weights)
        .map(|(a, w)| w * a * a)
        .sum::<f64>()
        .sqrt()
}

fn weighted_norm_pullback(x: &[f64], weights: &[f64], d_out: f64, d_x: &mut [f64]) {
    let norm = weighted_norm(x, weights);
    for i in 0..x.len() {
        d_x[i] += d_out * weights[i] * x[i] / norm;
    }
}

#[differentiable(wrt(x))]
fn distance_loss(x: &[f64], weights: &[f64]) -> f64 {
    let n = weighted_norm(x, weights);
    (n - 1.0).powi(2) + x[0]
}

#[test]
fn slice_pullbacks_compose() {
    let x = [0.3, -0.8, 1.1];
    let weights = [1.0, 2.0, 0.5];
    let (value, d_x) = grad_distance_loss(&x, &weights);
    assert_eq!(value, distance_loss(&x, &weights));
    let fd = central_differences(|v: &[f64]| distance_loss(v, &weights), &x, 3);
    for i in 0..3 {
        assert!(
            relative_error(d_x[i], fd[i]) < 1e-8,
            "{i}: {} against {}",
            d_x[i],
            fd[i]
        );
    }
    let mut buffer = vec![1.0; 3];
    grad_weighted_norm_into(&x, &weights, &mut buffer);
    let (_, direct) = grad_weighted_norm(&x, &weights);
    for i in 0..3 {
        assert_eq!(buffer[i], 1.0 + direct[i]);
    }
}

/// A pullback over a struct of parameters.
#[derive(Clone, Debug, Differentiable)]
struct Gaussian {
    mu: f64,
    log_sigma: f64,
}

#[differentiable(wrt(g), pullback = nll_pullback)]
fn nll(g: &Gaussian, x: f64) -> f64 {
    let z = (x - g.mu) * (-g.log_sigma).exp();
    0.5 * z * z + g.log_sigma
}

fn nll_pullback(g: &Gaussian, x: f64, d_out: f64, d_g: &mut Gaussian) {
    let inverse = (-g.log_sigma).exp();
    let z = (x - g.mu) * inverse;
    d_g.mu += d_out * (-z * inverse);
    d_g.log_sigma += d_out * (1.0 - z * z);
}

#[differentiable(wrt(g))]
fn total_nll(g: &Gaussian, xs: &[f64]) -> f64 {
    let mut total = 0.0;
    for &x in xs.iter() {
        total += nll(g, x);
    }
    total
}

#[test]
fn struct_pullbacks_compose() {
    let g = Gaussian {
        mu: 0.4,
        log_sigma: -0.2,
    };
    let xs = [0.1, 1.5, -0.3, 0.9];
    let (value, d) = grad_total_nll(&g, &xs);
    assert_eq!(value, total_nll(&g, &xs));
    let at = [g.mu, g.log_sigma];
    let fd = central_differences(
        |v: &[f64]| {
            total_nll(
                &Gaussian {
                    mu: v[0],
                    log_sigma: v[1],
                },
                &xs,
            )
        },
        &at,
        2,
    );
    assert!(relative_error(d.mu, fd[0]) < 1e-8, "{d:?} against {fd:?}");
    assert!(
        relative_error(d.log_sigma, fd[1]) < 1e-8,
        "{d:?} against {fd:?}"
    );
    assert_eq!(d.len(), 2);
}

/// The pullback gives the derivative along `x` only (`wrt(x)`).
#[differentiable(wrt(x), pullback = scaled_pullback)]
fn scaled(x: f64, scale: f64) -> f64 {
    x * scale
}

fn scaled_pullback(_x: f64, scale: f64, d_out: f64, d_x: &mut f64) {
    *d_x += d_out * scale;
}

#[differentiable]
fn scaled_caller(x: f64, s: f64) -> f64 {
    scaled(x, s) + scaled(x, 3.0)
}

#[differentiable(wrt(x))]
fn scaled_caller_of_x(x: f64, s: f64) -> f64 {
    scaled(x, s) + scaled(x, 3.0)
}

#[test]
fn a_derivative_the_pullback_does_not_give_is_nan_never_zero() {
    let (value, (d_x, d_s)) = grad_scaled_caller(2.0, 0.5);
    assert_eq!(value, 7.0);
    assert_eq!(d_x, 3.5);
    assert!(d_s.is_nan(), "d_s = {d_s}");
    // Where the caller does not differentiate along it, nothing is unknown.
    let (_, d_x) = grad_scaled_caller_of_x(2.0, 0.5);
    assert_eq!(d_x, 3.5);
}

/// A method with a pullback: `self` is differentiated, the pullback is an associated
/// function taking `&Self`.
#[derive(Clone, Debug, Differentiable)]
struct Softplus {
    scale: f64,
}

impl Softplus {
    #[differentiable(pullback = Self::apply_pullback)]
    fn apply(&self, x: f64) -> f64 {
        (1.0 + (self.scale * x).exp()).ln()
    }

    fn apply_pullback(&self, x: f64, d_out: f64, d_self: &mut Self) {
        let sigmoid = 1.0 / (1.0 + (-self.scale * x).exp());
        d_self.scale += d_out * sigmoid * x;
    }

    #[differentiable]
    fn total(&self, xs: &[f64]) -> f64 {
        let mut sum = 0.0;
        for &x in xs.iter() {
            sum += self.apply(x);
        }
        sum
    }
}

#[test]
fn a_method_with_a_pullback_composes() {
    let s = Softplus { scale: 0.7 };
    let xs = [0.5, -1.0, 2.0];
    let (value, g) = s.grad_total(&xs);
    assert_eq!(value, s.total(&xs));
    let fd = central_differences(|v: &[f64]| Softplus { scale: v[0] }.total(&xs), &[0.7], 1);
    assert!(
        relative_error(g.scale, fd[0]) < 1e-8,
        "{} against {}",
        g.scale,
        fd[0]
    );
}
