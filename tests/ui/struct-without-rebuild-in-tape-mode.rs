use gradus::{differentiable, Differentiable, Float};

// A generic struct with a hand-written `Differentiable` and no `Rebuild`: tape mode cannot
// rebuild it over the tape's variables (rustc says so at the argument's type).
#[derive(Clone)]
struct Line<T> {
    slope: T,
}

impl<T: Float + Differentiable<Scalar = T>> Differentiable for Line<T> {
    type Scalar = T;
    fn zeros_like(&self) -> Self {
        Line { slope: T::zero() }
    }
    fn len(&self) -> usize {
        1
    }
    fn for_each_scalar<F: FnMut(T)>(&self, visit: &mut F) {
        visit(self.slope)
    }
    fn for_each_scalar_mut<F: FnMut(&mut T)>(&mut self, visit: &mut F) {
        visit(&mut self.slope)
    }
    fn shape_mismatch(&self, _: &Self) -> Option<String> {
        None
    }
}

#[differentiable(tape, wrt(line))]
fn loss<T: Float>(line: &Line<T>, x: T) -> T {
    line.slope * x
}

fn main() {}
