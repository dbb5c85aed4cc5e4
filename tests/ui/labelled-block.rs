use gradus::differentiable;

#[differentiable]
fn with_labelled_block(x: f64) -> f64 {
    let y = 'found: {
        if x > 0.0 {
            break 'found x;
        }
        -x
    };
    y
}

fn main() {}
