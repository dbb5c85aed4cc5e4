use gradus::differentiable;

fn not_annotated(x: f64) -> f64 {
    x * x
}

#[differentiable]
fn calls_an_unannotated_function(x: f64) -> f64 {
    2.0 * not_annotated(x)
}

struct Model;

impl Model {
    fn plain_associated(x: f64) -> f64 {
        x + 1.0
    }

    #[differentiable]
    fn calls_an_unannotated_associated_function(x: f64) -> f64 {
        Self::plain_associated(x) * x
    }
}

fn main() {}
