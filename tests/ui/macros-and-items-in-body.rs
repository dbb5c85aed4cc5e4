use gradus::differentiable;

#[differentiable]
fn with_statement_macro(x: f64) -> f64 {
    println!("x = {}", x);
    x * x
}

#[differentiable]
fn with_expression_macro(x: f64) -> f64 {
    let _values = vec![x, 2.0 * x];
    x
}

#[differentiable]
fn with_items(x: f64) -> f64 {
    const SCALE: f64 = 2.0;
    fn helper(v: f64) -> f64 {
        v * v
    }
    SCALE * helper(x)
}

fn main() {}
