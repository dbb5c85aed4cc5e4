use gradus::differentiable;

unsafe fn raw(x: f64) -> f64 {
    x
}

#[differentiable]
fn with_closure(x: f64) -> f64 {
    let square = |v: f64| v * v;
    square(x)
}

#[differentiable]
fn with_unsafe_block(x: f64) -> f64 {
    let y: f64 = unsafe { raw(x) };
    y * y
}

#[differentiable]
fn with_async_block(x: f64) -> f64 {
    let _later = async { 1 };
    x
}

#[differentiable]
fn with_const_block(x: f64) -> f64 {
    let k: f64 = const { 2.0 };
    k * x
}

fn main() {}
