use gradus::{differentiable, Differentiable, Float};

#[derive(Clone, Differentiable)]
struct Line {
    slope: f64,
}

impl Line {
    // Tape mode would rebuild `self` over the tape's variables, and `Self` cannot be
    // written over another float type.
    #[differentiable(tape)]
    fn loss<T: Float>(&self, x: T) -> T {
        T::from(self.slope).unwrap() * x
    }
}

fn main() {}
