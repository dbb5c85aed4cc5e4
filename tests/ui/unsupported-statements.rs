use gradus::differentiable;

struct Pair {
    a: i32,
    b: i32,
}

#[differentiable]
fn with_destructuring(x: f64, pair: Pair) -> f64 {
    let Pair { a, b } = pair;
    x * (a + b) as f64
}

#[differentiable]
fn with_late_initialization(x: f64) -> f64 {
    let y;
    y = 2.0 * x;
    y
}

#[differentiable]
fn with_let_else(x: f64, scale: Option<i32>) -> f64 {
    let Some(k) = scale else { return x };
    x * k as f64
}

#[differentiable]
fn with_unused_value(x: f64) -> f64 {
    x.sin();
    x * x
}

fn main() {}
