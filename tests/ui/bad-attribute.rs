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

#[differentiable(wrt(weigths, bias, bias))]
fn wrt_a_typo_and_a_name_twice(weights: &[f64], bias: f64, rows: &[Vec<f64>]) -> f64 {
    weights[0] * rows[0][0] + bias
}

#[differentiable(wrt(rows))]
fn wrt_data_of_another_type(weights: &[f64], rows: &[Vec<f64>]) -> f64 {
    weights[0] * rows[0][0]
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
