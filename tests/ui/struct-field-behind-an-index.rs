use gradus::{differentiable, Differentiable};

#[derive(Clone, Differentiable)]
struct Layer {
    w: Vec<f64>,
}

#[derive(Clone, Differentiable)]
struct Network {
    layers: Vec<Layer>,
}

#[differentiable(wrt(net))]
fn loss(net: &Network, x: f64) -> f64 {
    let mut s = 0.0;
    for l in 0..net.layers.len() {
        s += net.layers[l].w[0] * x;
    }
    s
}

fn main() {}
