use gradus::{differentiable, Differentiable, Float};

// Tape mode rebuilds the struct over the tape's variables: a struct of `f64`s has no float
// type to replace.
#[derive(Clone, Differentiable)]
struct Line {
    slope: f64,
}

#[differentiable(tape, wrt(line))]
fn loss<T: Float>(line: &Line, x: T) -> T {
    T::from(line.slope).unwrap() * x
}

fn main() {}
