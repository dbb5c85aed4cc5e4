use gradus::differentiable;

#[differentiable]
fn with_statement_macro(x: f64) -> f64 {
    println!("x = {}", x);
    x * x
}

fn main() {}
