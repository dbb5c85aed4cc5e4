use gradus::differentiable;

struct Weights {
    w: f64,
}

impl Weights {
    fn apply(&self, x: f64) -> f64 {
        self.w * x
    }
}

#[differentiable]
fn with_to_degrees(x: f64) -> f64 {
    x.to_degrees() + 1.0
}

#[differentiable]
fn with_clamp(x: f64) -> f64 {
    2.0 * x.clamp(0.0, 1.0)
}

#[differentiable]
fn with_method_of_a_non_float(x: f64, weights: Weights) -> f64 {
    let y: f64 = weights.apply(x);
    y * y
}

#[differentiable]
fn with_untyped_method_result(x: f64, weights: Weights) -> f64 {
    let y = weights.apply(x);
    y * y
}

fn main() {}
