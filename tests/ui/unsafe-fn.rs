use gradus::differentiable;

#[differentiable]
unsafe fn unsafe_function(x: f64) -> f64 {
    x * x
}

fn main() {}
