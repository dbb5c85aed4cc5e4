// Calling the `hvp_f` of a function that has no second derivative is a compile error at
// the call, saying why; the function and its gradient still work.
use gradus::{differentiable, Differentiable};

#[derive(Clone, Differentiable)]
struct Line {
    slope: f64,
    offset: f64,
}

#[differentiable(wrt(line))]
fn squared_error(line: &Line, x: f64, y: f64) -> f64 {
    let r = line.slope * x + line.offset - y;
    r * r
}

#[differentiable(pullback = cube_pullback)]
fn cube(x: f64) -> f64 {
    x * x * x
}

fn cube_pullback(x: f64, d_out: f64, d_x: &mut f64) {
    *d_x += d_out * 3.0 * x * x;
}

impl Line {
    #[differentiable]
    fn at(&self, x: f64) -> f64 {
        self.slope * x + self.offset
    }
}

fn main() {
    let line = Line { slope: 2.0, offset: 1.0 };
    let _ = grad_squared_error(&line, 1.0, 2.0);
    let _ = hvp_squared_error(&line, 1.0, 2.0, &line);
    let _ = hvp_cube(1.0, 1.0);
    let _ = line.hvp_at(1.0, &line);
}
