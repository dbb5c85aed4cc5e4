use gradus::Differentiable;

#[derive(Clone, Differentiable)]
struct Mixed {
    w: [f32; 4],
    b: Vec<f64>,
}

fn main() {}
