use gradus::differentiable;

// `wrt` names a struct that does not implement `Differentiable`.
#[derive(Clone)]
struct Plain {
    w: f64,
}

#[differentiable(wrt(p))]
fn loss(p: &Plain, x: f64) -> f64 {
    p.w * x
}

fn main() {}
