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

fn main() {}
