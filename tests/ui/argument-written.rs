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

fn main() {}
