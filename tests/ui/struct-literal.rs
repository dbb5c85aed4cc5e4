use gradus::differentiable;

struct Point {
    x: f64,
    y: f64,
}

#[differentiable]
fn with_struct_literal(x: f64) -> f64 {
    let p = Point { x, y: 2.0 };
    p.x * p.y
}

fn main() {}
