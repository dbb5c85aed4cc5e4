use gradus::differentiable;

#[differentiable]
fn with_items(x: f64) -> f64 {
    fn helper(v: f64) -> f64 {
        v * v
    }
    2.0 * helper(x)
}

fn main() {}
