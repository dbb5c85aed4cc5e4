use gradus::{differentiable, Differentiable};

#[derive(Clone, Differentiable)]
struct Dense {
    w: Vec<f64>,
}

impl Dense {
    // Not annotated: no gradient.
    fn norm(&self) -> f64 {
        self.w.iter().map(|w| w * w).sum::<f64>().sqrt()
    }
}

#[derive(Clone, Differentiable)]
struct Net {
    out: Dense,
}

#[differentiable(wrt(net))]
fn loss(net: &Net, x: f64) -> f64 {
    net.out.norm() * x
}

fn main() {}
