//! The training loop, step by step, on a line: y = 3x − 2 plus noise.
//!
//! 1. draw a batch `x` and its targets `y_true`;
//! 2. run the model on `x` to get `y_pred` (forward pass);
//! 3. compute the loss between `y_pred` and `y_true` (mean squared error);
//! 4. compute the gradient of the loss with respect to the parameters (backward pass);
//! 5. move the parameters a little against the gradient, with momentum.
//!
//! The loss is written once, generic over the float type, and differentiated two ways: by
//! `#[differentiable]`, which writes `grad_batch_loss` at compile time, and by running the
//! same function on the runtime tape. The two gradients agree on the first batch; the
//! training loop uses the generated one.
//!
//! `cargo run --release --example linear_regression`

use gradus::data::{MiniBatches, Rng};
use gradus::optim::{Optimizer, Sgd};
use gradus::{differentiable, Float, Tape};

const TRUE_SLOPE: f64 = 3.0;
const TRUE_INTERCEPT: f64 = -2.0;

/// The model, written once for any float: plain `f64` for predictions, the tape's
/// variables for tape gradients.
#[differentiable]
fn predict<T: Float>(slope: T, intercept: T, x: T) -> T {
    slope * x + intercept
}

/// Mean squared error of the model over the rows of one batch. `#[differentiable]` writes
/// `grad_batch_loss` (and `grad_batch_loss_into`) with respect to `slope` and `intercept`;
/// the data `xs`, `ys` and the row indices `batch` are constants.
#[differentiable(wrt(slope, intercept))]
fn batch_loss<T: Float>(slope: T, intercept: T, xs: &[f64], ys: &[f64], batch: &[usize]) -> T {
    let mut total = T::zero();
    for row in batch.iter() {
        let x = T::from(xs[*row]).unwrap();
        let y_true = T::from(ys[*row]).unwrap();
        let error = predict(slope, intercept, x) - y_true;
        total = total + error * error;
    }
    total / T::from(batch.len()).unwrap()
}

fn main() -> Result<(), gradus::Error> {
    // Synthetic data from a known line plus Gaussian noise, seeded.
    let mut rng = Rng::new(42);
    let rows = 1_000;
    let xs: Vec<f64> = (0..rows).map(|_| rng.range(-2.0, 2.0)).collect();
    let ys: Vec<f64> = xs
        .iter()
        .map(|&x| TRUE_SLOPE * x + TRUE_INTERCEPT + 0.1 * rng.normal())
        .collect();
    let everything: Vec<usize> = (0..rows).collect();

    let mut params = [0.0, 0.0]; // slope, intercept
    let mut optimizer = Sgd::new(0.05).momentum(0.9);
    let mut batches = MiniBatches::new(rows, 32, 7)?;

    // The two gradients of the loss on the first batch, at the starting point.
    {
        let first = batches.epoch().next().expect("at least one batch");
        // The generated gradient: plain Rust written by #[differentiable].
        let (loss, (d_slope, d_intercept)) = grad_batch_loss(params[0], params[1], &xs, &ys, first);
        // The tape: the same function run on recorded variables.
        let tape = Tape::new();
        let slope = tape.var(params[0]);
        let intercept = tape.var(params[1]);
        let on_tape = batch_loss(slope, intercept, &xs, &ys, first);
        let tape_gradient = tape.gradient(on_tape, &[slope, intercept]);
        println!(
            "first batch at (slope, intercept) = ({}, {}), loss {loss:.6}",
            params[0], params[1]
        );
        println!("  generated gradient  ({d_slope:+.15}, {d_intercept:+.15})");
        println!(
            "  tape gradient       ({:+.15}, {:+.15})\n",
            tape_gradient[0], tape_gradient[1]
        );
        assert_eq!(loss, on_tape.value());
        assert!(
            (d_slope - tape_gradient[0]).abs() < 1e-12,
            "slope gradients disagree"
        );
        assert!(
            (d_intercept - tape_gradient[1]).abs() < 1e-12,
            "intercept gradients disagree"
        );
    }

    for epoch in 1..=20 {
        for batch in batches.epoch() {
            // 1–4: forward pass, loss and backward pass, in the generated function.
            let (_, (d_slope, d_intercept)) =
                grad_batch_loss(params[0], params[1], &xs, &ys, batch);
            // 5: the update.
            optimizer.step(&mut params, &[d_slope, d_intercept])?;
        }
        let loss: f64 = batch_loss(params[0], params[1], &xs, &ys, &everything);
        println!(
            "epoch {epoch:>2}  loss {loss:.6}  slope {:.4}  intercept {:.4}",
            params[0], params[1]
        );
    }

    let slope_error = (params[0] - TRUE_SLOPE).abs() / TRUE_SLOPE.abs();
    let intercept_error = (params[1] - TRUE_INTERCEPT).abs() / TRUE_INTERCEPT.abs();
    println!(
        "learned slope {:.4} (true {TRUE_SLOPE}, off by {:.3}%), intercept {:.4} (true {TRUE_INTERCEPT}, off by {:.3}%)",
        params[0],
        100.0 * slope_error,
        params[1],
        100.0 * intercept_error
    );
    assert!(
        slope_error < 0.01 && intercept_error < 0.01,
        "did not reach the true line within 1%"
    );
    Ok(())
}
