use gradus::differentiable;

#[differentiable]
unsafe fn unsafe_function(x: f64) -> f64 {
    x * x
}

#[differentiable]
async fn async_function(x: f64) -> f64 {
    x * x
}

#[differentiable]
const fn const_function(x: f64) -> f64 {
    x * x
}

fn main() {}
