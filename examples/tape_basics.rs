//! The gradient tape in a few lines: record, then walk back.
//!
//! `cargo run --release --example tape_basics`

use gradus::Tape;
use num_traits::Float;

/// Written once for any float; runs on `f64` and on the tape's variables alike.
fn smooth_step<T: Float>(x: T, steepness: T) -> T {
    T::one() / (T::one() + (-steepness * x).exp())
}

fn main() {
    // The seed example: y = 2x + 3 at x = 0.
    let tape = Tape::new();
    let x = tape.var(0.0);
    let y = 2.0 * x + 3.0;
    let dy_dx = tape.gradient(y, &[x]);
    println!(
        "y = 2x + 3 at x = 0:  value {}  dy/dx {}",
        y.value(),
        dy_dx[0]
    );

    // Several variables, a constant, and generic code.
    let (x, k) = (tape.var(0.5), tape.var(4.0));
    let offset = tape.constant(1.0);
    let s = smooth_step(x, k) + offset * x;
    let gradient = tape.gradient(s, &[x, k, offset]);
    println!(
        "smooth_step(0.5, 4) + 1·x:  value {:.6}  d/dx {:.6}  d/dk {:.6}  d/d(constant) {}",
        s.value(),
        gradient[0],
        gradient[1],
        gradient[2]
    );
    println!(
        "same function on plain f64:  value {:.6}",
        smooth_step(0.5, 4.0) + 0.5
    );
}
