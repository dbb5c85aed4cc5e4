use gradus::differentiable;

#[differentiable]
fn counts_in_a_closure(w: &[f64]) -> f64 {
    let mut seen = 0.0;
    let total: f64 = w
        .iter()
        .map(|v| {
            seen += 1.0;
            v * v
        })
        .sum();
    total / seen
}

fn main() {}
