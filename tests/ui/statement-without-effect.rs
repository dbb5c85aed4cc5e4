use gradus::differentiable;

#[differentiable]
fn with_unused_value(x: f64) -> f64 {
    x.sin();
    x * x
}

fn main() {}
