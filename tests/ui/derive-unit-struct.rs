use gradus::Differentiable;

#[derive(Clone, Differentiable)]
struct Nothing;

fn main() {}
