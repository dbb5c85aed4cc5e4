use gradus::differentiable;

#[differentiable]
fn calls_a_local_closure(x: f64) -> f64 {
    let square = |v: f64| v * v;
    square(x) + x
}

fn main() {}
