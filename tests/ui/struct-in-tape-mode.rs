use gradus::{differentiable, Differentiable, Float};

#[derive(Clone, Differentiable)]
struct Line<T> {
    slope: T,
}

#[differentiable(tape, wrt(line))]
fn loss<T: Float>(line: &Line<T>, x: T) -> T {
    line.slope * x
}

fn main() {}
