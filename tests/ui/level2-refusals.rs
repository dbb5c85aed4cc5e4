use gradus::differentiable;

#[differentiable]
fn writes_an_argument(w: &[f64], x: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..w.len() {
        s += w[i] * x;
    }
    w[0] = s;
    s
}

#[differentiable]
fn iterator_chains(w: &[f64]) -> f64 {
    let mut s = 0.0;
    for v in w.iter().filter(|v| **v > 0.0) {
        s += v;
    }
    for pair in w.windows(w.len() - s as usize) {
        s += pair[0];
    }
    s
}

#[differentiable]
fn labelled_loops(w: &[f64]) -> f64 {
    let mut s = 0.0;
    'outer: for i in 0..w.len() {
        for j in 0..w.len() {
            if j > i {
                break 'outer;
            }
            s += w[j];
        }
    }
    s
}

#[differentiable]
fn loop_bounds_that_change(w: &[f64]) -> f64 {
    let mut n = w.len();
    let mut s = 0.0;
    for i in 0..n {
        s += w[i];
        n -= 1;
    }
    s
}

#[differentiable]
fn vector_literals(x: f64) -> f64 {
    let values = vec![x, 2.0 * x];
    values[0]
}

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
