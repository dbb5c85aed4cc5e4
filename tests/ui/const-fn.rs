use gradus::differentiable;

#[differentiable]
const fn const_function(x: f64) -> f64 {
    x * x
}

fn main() {}
