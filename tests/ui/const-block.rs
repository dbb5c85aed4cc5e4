use gradus::differentiable;

#[differentiable]
fn with_const_block(x: f64) -> f64 {
    let k: f64 = const { 2.0 };
    k * x
}

fn main() {}
