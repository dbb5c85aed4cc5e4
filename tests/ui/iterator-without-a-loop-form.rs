use gradus::differentiable;

#[differentiable]
fn sums_the_positive_weights(w: &[f64]) -> f64 {
    w.iter().filter(|v| **v > 0.0).sum()
}

fn main() {}
