use gradus::Differentiable;

#[derive(Clone, Differentiable)]
struct Layer32 {
    w: [f32; 2],
}

#[derive(Clone, Differentiable)]
struct Model {
    scale: f64,
    bias: [f64; 2],
    layers: Vec<Layer32>,
}

fn main() {}
