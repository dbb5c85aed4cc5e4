use gradus::Differentiable;

/// Forgot `#[derive(Differentiable)]`.
#[derive(Clone)]
struct Layer {
    w: [f64; 2],
}

#[derive(Clone, Differentiable)]
struct Model {
    scale: f64,
    layers: Vec<Layer>,
}

fn main() {
    let _ = Layer { w: [0.0; 2] }.w;
}
