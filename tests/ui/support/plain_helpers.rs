//! Helpers of `callee-in-another-file.rs`: two plain functions and an annotated one.
use gradus::differentiable;

pub fn norm_cdf(x: f64) -> f64 {
    0.5 * (1.0 + (x / 2f64.sqrt()).tanh())
}

pub fn softplus(x: f64) -> f64 {
    x.exp().ln_1p()
}

#[differentiable]
pub fn square(x: f64) -> f64 {
    x * x
}
