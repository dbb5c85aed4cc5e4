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
fn with_a_float_method_without_rule(x: f64) -> f64 {
    x.to_bits() as f64 + 1.0
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
