use gradus::differentiable;

#[differentiable]
fn with_tuple(x: f64) -> f64 {
    let pair = (x, 2.0 * x);
    pair.0 * pair.1
}

fn main() {}
