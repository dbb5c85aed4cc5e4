use gradus::{differentiable, Float};

#[differentiable]
fn mutable_argument(x: f64, out: &mut f64) -> f64 {
    *out = x;
    x * x
}

#[differentiable]
fn returns_a_tuple(x: f64) -> (f64, f64) {
    (x, x)
}

#[differentiable]
fn returns_an_integer(x: f64) -> i32 {
    x as i32
}

#[differentiable]
fn returns_nothing(x: f64) {
    let _ = x;
}

#[differentiable]
fn mixes_f32_and_f64(x: f32, y: f64) -> f64 {
    x as f64 * y
}

#[differentiable]
fn mixes_generic_and_f64<T: Float>(x: T, y: f64) -> T {
    x * T::from(y).unwrap()
}

#[differentiable]
fn generic_without_float_bound<T>(x: T) -> T {
    x
}

#[differentiable]
fn pattern_argument((a, b): (i32, i32), x: f64) -> f64 {
    x * (a + b) as f64
}

#[differentiable]
fn slice_argument(xs: &[f64]) -> f64 {
    xs[0]
}

#[differentiable]
fn no_float_argument(n: i32) -> f64 {
    n as f64
}

struct Model {
    w: f64,
}

impl Model {
    #[differentiable]
    fn predict(&self, x: f64) -> f64 {
        self.w * x
    }
}

fn main() {}
