use gradus::differentiable;

#[differentiable]
fn with_reference(x: f64) -> f64 {
    let r = &x;
    *r * x
}

fn main() {}
