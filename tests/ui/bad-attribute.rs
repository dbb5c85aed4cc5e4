use gradus::differentiable;

#[differentiable(forward)]
fn unknown_option(x: f64) -> f64 {
    x * x
}

#[differentiable(wrt(n))]
fn wrt_an_integer(x: f64, n: i32) -> f64 {
    x * n as f64
}

#[differentiable(wrt(q))]
fn wrt_a_missing_argument(x: f64, y: f64) -> f64 {
    x * y
}

#[differentiable(wrt())]
fn wrt_nothing(x: f64) -> f64 {
    x * x
}

#[differentiable(tape, tape)]
fn tape_twice<T: gradus::Float>(x: T) -> T {
    x * x
}

#[differentiable(tape)]
fn tape_on_a_concrete_function(x: f64) -> f64 {
    x * x
}

#[differentiable]
struct Parameters {
    w: f64,
}

fn main() {}
