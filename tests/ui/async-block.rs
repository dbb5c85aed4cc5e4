use gradus::differentiable;

#[differentiable]
fn with_async_block(x: f64) -> f64 {
    let _later = async { 1 };
    x
}

fn main() {}
