// Calling the `hvp_f` of a function that has no second derivative is a compile error at
// the call, saying why; the function and its gradient still work.
use gradus::{differentiable, Differentiable, Float};

#[derive(Clone, Differentiable)]
struct Line<T: Float> {
    slope: T,
    offset: T,
}

impl<T: Float> Line<T> {
    // A generic method has its `hvp_f` (through `self` rebuilt over `Dual<T>`)…
    #[differentiable]
    fn squared_error(&self, x: T, y: T) -> T {
        let r = self.slope * x + self.offset - y;
        r * r
    }

    // …but an associated function of the same block has no `self` through which to reach
    // the block at `Dual<T>`.
    #[differentiable]
    fn residual(slope: T, offset: T, x: T, y: T) -> T {
        slope * x + offset - y
    }
}

#[differentiable(pullback = cube_pullback)]
fn cube(x: f64) -> f64 {
    x * x * x
}

fn cube_pullback(x: f64, d_out: f64, d_x: &mut f64) {
    *d_x += d_out * 3.0 * x * x;
}

struct Spring;

impl Spring {
    #[differentiable(pullback = Spring::energy_pullback)]
    fn energy(k: f64, x: f64) -> f64 {
        0.5 * k * x * x
    }

    fn energy_pullback(k: f64, x: f64, d_out: f64, d_k: &mut f64, d_x: &mut f64) {
        *d_k += d_out * 0.5 * x * x;
        *d_x += d_out * k * x;
    }
}

fn main() {
    let line = Line { slope: 2.0, offset: 1.0 };
    let _ = line.grad_squared_error(1.0, 2.0);
    let _ = line.hvp_squared_error(1.0, 2.0, &line);
    let _ = Line::<f64>::hvp_residual(2.0, 1.0, 1.0, 2.0, 1.0, 0.0, 0.0, 0.0);
    let _ = hvp_cube(1.0, 1.0);
    let _ = Spring::hvp_energy(1.0, 2.0, 1.0, 0.0);
}
