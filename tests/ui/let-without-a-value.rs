use gradus::differentiable;

#[differentiable]
fn with_late_initialization(x: f64) -> f64 {
    let y;
    y = 2.0 * x;
    y
}

fn main() {}
