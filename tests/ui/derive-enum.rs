use gradus::Differentiable;

#[derive(Clone, Differentiable)]
enum Model {
    Linear { w: [f64; 3] },
    Constant { c: f64 },
}

fn main() {
    let _ = [Model::Linear { w: [0.0; 3] }, Model::Constant { c: 0.0 }];
}
