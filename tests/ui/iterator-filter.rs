use gradus::differentiable;

#[differentiable]
fn sum_of_positive(w: &[f64]) -> f64 {
    let mut s = 0.0;
    for v in w.iter().filter(|v| **v > 0.0) {
        s += v;
    }
    s
}

fn main() {}
