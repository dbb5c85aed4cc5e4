use gradus::differentiable;

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

fn main() {}
