use gradus::differentiable;

struct Weights {
    w: f64,
}

impl Weights {
    fn apply(&self, x: f64) -> f64 {
        self.w * x
    }
}

#[differentiable]
fn with_method_of_a_data_argument(x: f64, weights: Weights) -> f64 {
    let y = weights.apply(x);
    y * y
}

fn main() {}
