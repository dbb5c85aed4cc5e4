use gradus::differentiable;

#[differentiable]
fn with_question_mark(x: f64, scale: Option<i32>) -> f64 {
    let k = scale?;
    x * k as f64
}

fn main() {}
