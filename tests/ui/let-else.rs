use gradus::differentiable;

#[differentiable]
fn with_let_else(x: f64, scale: Option<i32>) -> f64 {
    let Some(k) = scale else { return x };
    x * k as f64
}

fn main() {}
