use gradus::differentiable;

#[differentiable]
fn escape_from_a_value_block(x: f64) -> f64 {
    let a = {
        if x > 0.0 {
            return 1.0;
        }
        x * 2.0
    };
    a * x
}

fn main() {}
