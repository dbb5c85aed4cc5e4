use gradus::differentiable;

#[differentiable]
async fn async_function(x: f64) -> f64 {
    x * x
}

fn main() {}
