//! The training loop, step by step, on a line: y = 3x − 2 plus noise.
//!
//! 1. draw a batch `x` and its targets `y_true`;
//! 2. run the model on `x` to get `y_pred` (forward pass);
//! 3. compute the loss between `y_pred` and `y_true` (mean squared error);
//! 4. compute the gradient of the loss with respect to the parameters (backward pass);
//! 5. move the parameters a little against the gradient, with momentum.
//!
//! The parameters are one struct, `Line<T>`, whose gradient is a `Line` too. The loss is
//! written once, generic over the float type, and differentiated two ways: by
//! `#[differentiable]`, which writes `grad_batch_loss` at compile time, and by running the
//! same function on the runtime tape (a `Line` of the tape's variables). The two gradients
//! agree on the first batch; the training loop uses the generated one.
//!
//! `cargo run --release --example linear_regression`

use gradus::data::{MiniBatches, Rng};
use gradus::optim::{Optimizer, Sgd};
use gradus::{differentiable, Differentiable, Float, Tape};

const TRUE_SLOPE: f64 = 3.0;
const TRUE_INTERCEPT: f64 = -2.0;

/// The model's parameters.
#[derive(Clone, Debug, Differentiable)]
struct Line<T> {
    slope: T,
    intercept: T,
}

impl<T: Float> Line<T> {
    /// The model, written once for any float: plain `f64` for predictions, the tape's
    /// variables for tape gradients. `self` is what a method differentiates.
    #[differentiable]
    fn predict(&self, x: T) -> T {
        self.slope * x + self.intercept
    }
}

/// Mean squared error of the model over the rows of one batch. `#[differentiable]` writes
/// `grad_batch_loss` (and `grad_batch_loss_into`) with respect to `line`; the data `xs`,
/// `ys` and the row indices `batch` are constants.
#[differentiable(wrt(line))]
fn batch_loss<T: Float>(line: &Line<T>, xs: &[f64], ys: &[f64], batch: &[usize]) -> T {
    let mut total = T::zero();
    for row in batch.iter() {
        let x = T::from(xs[*row]).unwrap();
        let y_true = T::from(ys[*row]).unwrap();
        let error = line.predict(x) - y_true;
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

    let mut line = Line {
        slope: 0.0,
        intercept: 0.0,
    };
    let mut optimizer = Sgd::new(0.05).momentum(0.9);
    let mut batches = MiniBatches::new(rows, 32, 7)?;

    // The two gradients of the loss on the first batch, at the starting point.
    {
        let first = batches.epoch().next().expect("at least one batch");
        // The generated gradient: plain Rust written by #[differentiable], a `Line`.
        let (loss, gradient) = grad_batch_loss(&line, &xs, &ys, first);
        // The tape: the same function run on a `Line` of recorded variables.
        let tape = Tape::new();
        let on_tape_line = Line {
            slope: tape.var(line.slope),
            intercept: tape.var(line.intercept),
        };
        let on_tape = batch_loss(&on_tape_line, &xs, &ys, first);
        let tape_gradient = tape.gradient(on_tape, &[on_tape_line.slope, on_tape_line.intercept]);
        println!(
            "first batch at (slope, intercept) = ({}, {}), loss {loss:.6}",
            line.slope, line.intercept
        );
        println!(
            "  generated gradient  ({:+.15}, {:+.15})",
            gradient.slope, gradient.intercept
        );
        println!(
            "  tape gradient       ({:+.15}, {:+.15})\n",
            tape_gradient[0], tape_gradient[1]
        );
        assert_eq!(loss, on_tape.value());
        assert!(
            (gradient.slope - tape_gradient[0]).abs() < 1e-12,
            "slope gradients disagree"
        );
        assert!(
            (gradient.intercept - tape_gradient[1]).abs() < 1e-12,
            "intercept gradients disagree"
        );
        assert_eq!(gradient.len(), 2);
    }

    for epoch in 1..=20 {
        for batch in batches.epoch() {
            // 1–4: forward pass, loss and backward pass, in the generated function.
            let (_, gradient) = grad_batch_loss(&line, &xs, &ys, batch);
            // 5: the update, on the struct as it is.
            optimizer.update(&mut line, &gradient)?;
        }
        let loss: f64 = batch_loss(&line, &xs, &ys, &everything);
        println!(
            "epoch {epoch:>2}  loss {loss:.6}  slope {:.4}  intercept {:.4}",
            line.slope, line.intercept
        );
    }

    let slope_error = (line.slope - TRUE_SLOPE).abs() / TRUE_SLOPE.abs();
    let intercept_error = (line.intercept - TRUE_INTERCEPT).abs() / TRUE_INTERCEPT.abs();
    println!(
        "learned slope {:.4} (true {TRUE_SLOPE}, off by {:.3}%), intercept {:.4} (true {TRUE_INTERCEPT}, off by {:.3}%)",
        line.slope,
        100.0 * slope_error,
        line.intercept,
        100.0 * intercept_error
    );
    assert!(
        slope_error < 0.01 && intercept_error < 0.01,
        "did not reach the true line within 1%"
    );
    Ok(())
}
