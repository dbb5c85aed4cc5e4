use gradus::differentiable;

#[differentiable]
fn windows_sized_by_a_float(w: &[f64], scale: f64) -> f64 {
    let mut s = 0.0;
    for pair in w.windows(w.len() - scale as usize) {
        s += pair[0];
    }
    s
}

fn main() {}
