use gradus::differentiable;

fn not_annotated(x: f64) -> f64 {
    x * x
}

#[differentiable]
fn calls_an_unannotated_function(x: f64) -> f64 {
    2.0 * not_annotated(x)
}

fn main() {}
