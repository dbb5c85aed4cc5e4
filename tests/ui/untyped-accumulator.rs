use gradus::differentiable;

// `z` starts from data whose type the macro cannot see, then accumulates a differentiated
// value: it must be refused, never lose the gradient in silence.
#[differentiable]
fn untyped_accumulator(w: &[f64], row: &[f64], start: Start) -> f64 {
    let mut z = start.value();
    for j in 0..w.len() {
        z += w[j] * row[j];
    }
    z * z
}

struct Start;

impl Start {
    fn value(&self) -> f64 {
        0.5
    }
}

fn main() {}
