use gradus::differentiable;

struct Point {
    x: i32,
    y: i32,
}

#[differentiable]
fn with_indexing(x: f64, weights: [i32; 3]) -> f64 {
    x * weights[1] as f64
}

#[differentiable]
fn with_field_access(x: f64, p: Point) -> f64 {
    x * p.y as f64
}

#[differentiable]
fn with_tuple(x: f64) -> f64 {
    let _pair = (x, 2.0 * x);
    x
}

#[differentiable]
fn with_struct_literal(x: f64) -> f64 {
    let _origin = Point { x: 0, y: 0 };
    x
}

#[differentiable]
fn with_reference(x: f64) -> f64 {
    let _r = &x;
    x
}

#[differentiable]
fn with_range(x: f64) -> f64 {
    let _steps = 0..3;
    x
}

fn main() {}
