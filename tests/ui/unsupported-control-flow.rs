use gradus::differentiable;

#[differentiable]
fn with_loops(x: f64, n: i32) -> f64 {
    let mut y = x;
    for _ in 0..n {
        y = y * x;
    }
    while y > 10.0 {
        y = y / 2.0;
    }
    loop {
        y = y + 1.0;
        if y > 0.0 {
            break;
        }
    }
    y
}

#[differentiable]
fn with_labeled_break(x: f64) -> f64 {
    let y = 'found: {
        if x > 0.0 {
            break 'found x;
        }
        -x
    };
    y
}

#[differentiable]
fn with_while_let(x: f64, scale: Option<i32>) -> f64 {
    let mut y = x;
    while let Some(k) = scale {
        y = y * k as f64;
    }
    y
}

#[differentiable]
fn with_question_mark(x: f64, scale: Option<i32>) -> f64 {
    let k = scale?;
    x * k as f64
}

fn main() {}
