use gradus::differentiable;

unsafe fn raw(x: f64) -> f64 {
    x
}

#[differentiable]
fn with_unsafe_block(x: f64) -> f64 {
    let y: f64 = unsafe { raw(x) };
    y * y
}

fn main() {}
