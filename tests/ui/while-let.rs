use gradus::differentiable;

#[differentiable]
fn with_while_let(x: f64, scale: Option<i32>) -> f64 {
    let mut y = x;
    while let Some(k) = scale {
        y = y * k as f64;
    }
    y
}

fn main() {}
