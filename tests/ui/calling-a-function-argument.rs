use gradus::differentiable;

#[differentiable(wrt(x))]
fn calls_a_closure_argument(x: f64, activation: &dyn Fn(f64) -> f64) -> f64 {
    activation(x) * 2.0
}

fn main() {}
