//! gradus in one screen: annotate a function, get its exact gradient as generated Rust.
//!
//! `cargo run --release --example quickstart`
//!
//! The function is the Huber loss of a line `w·x + b` against a target `y`: quadratic for
//! small residuals, linear for large ones (so outliers pull less). It has a branch, so its
//! gradient depends on which side of `delta` the residual falls.

use gradus::check::check_gradient;
use gradus::{differentiable, Float, Tape, Var};

/// Differentiated with respect to the parameters `w` and `b`; `x`, `y` and `delta` are data.
#[differentiable(wrt(w, b))]
fn huber_loss<T: Float>(w: T, b: T, x: T, y: T, delta: T) -> T {
    let residual = w * x + b - y;
    let half = T::from(0.5).unwrap();
    if residual.abs() <= delta {
        half * residual * residual
    } else {
        delta * (residual.abs() - half * delta)
    }
}

fn main() {
    let (x, y, delta) = (2.0, 1.0, 1.0);
    println!("Huber loss of w·x + b against y = {y} at x = {x}, delta = {delta}\n");
    println!(
        "{:>6} {:>6} {:>9}   {:>24}   {:>24}   {:>24}",
        "w", "b", "loss", "generated d/dw, d/db", "tape d/dw, d/db", "finite differences"
    );
    for (w, b) in [(0.6, 0.1), (1.5, 0.5), (-0.4, 0.2)] {
        // The generated gradient: plain Rust written by #[differentiable].
        let (loss, (d_w, d_b)) = grad_huber_loss(w, b, x, y, delta);

        // The same function run on the gradient tape.
        let tape = Tape::new();
        let (tw, tb) = (tape.var(w), tape.var(b));
        let constant = Var::constant;
        let on_tape = huber_loss(tw, tb, constant(x), constant(y), constant(delta));
        let tape_gradient = tape.gradient(on_tape, &[tw, tb]);

        // Central finite differences of the plain function.
        let check = check_gradient(
            |p: &[f64]| huber_loss(p[0], p[1], x, y, delta),
            &[w, b],
            &[d_w, d_b],
        )
        .expect("two parameters, two gradient entries");

        println!(
            "{w:>6.2} {b:>6.2} {loss:>9.5}   {d_w:>11.6}, {d_b:>11.6}   {:>11.6}, {:>11.6}   {:>11.6}, {:>11.6}",
            tape_gradient[0],
            tape_gradient[1],
            check.finite_difference[0],
            check.finite_difference[1],
        );
        assert!(
            check.passes(1e-6),
            "generated gradient disagrees with finite differences"
        );
        assert!((tape_gradient[0] - d_w).abs() < 1e-12 && (tape_gradient[1] - d_b).abs() < 1e-12);
    }
    println!("\nSee the generated code: GRADUS_DUMP=huber_loss cargo build --example quickstart");
}
