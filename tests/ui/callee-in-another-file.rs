use gradus::differentiable;

#[path = "support/plain_helpers.rs"]
mod helpers;

use helpers::{norm_cdf, square};

#[differentiable]
fn imported(x: f64) -> f64 {
    norm_cdf(x) * square(x)
}

#[differentiable]
fn by_module_path(x: f64) -> f64 {
    helpers::softplus(x) + helpers::square(x)
}

fn main() {}
