//! Two-class logistic regression, trained with the gradient `#[differentiable]` writes.
//!
//! The data are points in four dimensions labelled by a known linear boundary, with noise
//! added to the score before thresholding (so a few labels near the boundary are flipped and
//! no model is perfect). The model is `p(y = 1 | x) = σ(w·x + b)`; the loss is the mean binary
//! cross-entropy over a mini-batch, and SGD with momentum minimises it.
//!
//! `cargo run --release --example logistic_regression`

use gradus::check::check_gradient;
use gradus::data::{MiniBatches, Rng};
use gradus::differentiable;
use gradus::optim::{Optimizer, Sgd};

const FEATURES: usize = 4;
const ROWS: usize = 400;
const TRUE_WEIGHTS: [f64; FEATURES] = [2.0, -3.0, 1.5, 0.5];
const TRUE_BIAS: f64 = 0.5;

/// `ln σ(z)` without overflow: for `z ≥ 0`, `−ln(1 + e^{−z})`; below, `z − ln(1 + e^{z})`,
/// so `exp` only ever sees a non-positive argument.
#[differentiable]
fn log_sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        -(-z).exp().ln_1p()
    } else {
        z - z.exp().ln_1p()
    }
}

/// Mean binary cross-entropy of `σ(w·x + b)` against the labels, over the rows of one batch.
/// `x`, `y` and `batch` are data; only `w` and `b` are differentiated.
#[differentiable(wrt(w, b))]
fn batch_cross_entropy(
    w: &[f64],
    b: f64,
    x: &[[f64; FEATURES]],
    y: &[f64],
    batch: &[usize],
) -> f64 {
    let mut total = 0.0;
    for row in batch.iter() {
        let mut z = b;
        for j in 0..FEATURES {
            z += w[j] * x[*row][j];
        }
        // ln(1 − σ(z)) = ln σ(z) − z.
        let log_p = log_sigmoid(z);
        total -= y[*row] * log_p + (1.0 - y[*row]) * (log_p - z);
    }
    total / batch.len() as f64
}

/// The share of rows whose predicted class (`w·x + b > 0`) is the label.
fn accuracy(w: &[f64], b: f64, x: &[[f64; FEATURES]], y: &[f64]) -> f64 {
    let correct = x
        .iter()
        .zip(y)
        .filter(|(row, &label)| {
            let z: f64 = b + row.iter().zip(w).map(|(xj, wj)| xj * wj).sum::<f64>();
            (z > 0.0) == (label > 0.5)
        })
        .count();
    correct as f64 / x.len() as f64
}

fn main() -> Result<(), gradus::Error> {
    // Synthetic data, seeded: uniform features, labels from the true boundary plus noise.
    let mut rng = Rng::new(2024);
    let mut x = vec![[0.0; FEATURES]; ROWS];
    let mut y = vec![0.0; ROWS];
    for (row, label) in x.iter_mut().zip(y.iter_mut()) {
        for v in row.iter_mut() {
            *v = rng.range(-1.0, 1.0);
        }
        let score: f64 = TRUE_BIAS
            + row
                .iter()
                .zip(TRUE_WEIGHTS)
                .map(|(xj, wj)| xj * wj)
                .sum::<f64>();
        *label = if score + 0.3 * rng.normal() > 0.0 {
            1.0
        } else {
            0.0
        };
    }
    let everything: Vec<usize> = (0..ROWS).collect();
    let positives = y.iter().filter(|&&label| label > 0.5).count();
    println!("{ROWS} rows, {FEATURES} features, {positives} labelled 1\n");

    // The parameters in one buffer, weights then bias, and their gradient beside them.
    let mut params = vec![0.0; FEATURES + 1];
    let mut grads = vec![0.0; FEATURES + 1];
    let mut optimizer = Sgd::new(0.05).momentum(0.9);
    let mut batches = MiniBatches::new(ROWS, 32, 11)?;

    // Before training: the generated gradient against central finite differences, at a
    // point away from zero, on a batch of the first 32 rows.
    let point = [0.3, -0.2, 0.5, 0.1, -0.4];
    let first_rows: Vec<usize> = (0..32).collect();
    let (_, (d_w, d_b)) =
        grad_batch_cross_entropy(&point[..FEATURES], point[FEATURES], &x, &y, &first_rows);
    let mut generated = d_w.clone();
    generated.push(d_b);
    let check = check_gradient(
        |p: &[f64]| batch_cross_entropy(&p[..FEATURES], p[FEATURES], &x, &y, &first_rows),
        &point,
        &generated,
    )?;
    println!(
        "gradient check on 32 rows: largest relative error {:.1e} (component {})\n",
        check.max_relative_error, check.index
    );
    assert!(
        check.passes(1e-6),
        "generated gradient disagrees with finite differences"
    );

    for epoch in 1..=30 {
        for batch in batches.epoch() {
            // The `_into` form adds into the buffers, so they start each batch at zero.
            grads.fill(0.0);
            let (w, b) = params.split_at(FEATURES);
            let (d_w, d_b) = grads.split_at_mut(FEATURES);
            grad_batch_cross_entropy_into(w, b[0], &x, &y, batch, d_w, &mut d_b[0]);
            optimizer.step(&mut params, &grads)?;
        }
        let (w, b) = params.split_at(FEATURES);
        if epoch <= 5 || epoch % 5 == 0 {
            println!(
                "epoch {epoch:>2}  loss {:.4}  accuracy {:.1}%",
                batch_cross_entropy(w, b[0], &x, &y, &everything),
                100.0 * accuracy(w, b[0], &x, &y)
            );
        }
    }

    let (w, b) = params.split_at(FEATURES);
    let final_accuracy = accuracy(w, b[0], &x, &y);
    // The noise sets the scale of the fitted parameters (the less noisy the labels, the
    // sharper the boundary), so compare directions: each vector divided by its first weight.
    let scaled = |v: &[f64]| -> Vec<f64> { v.iter().map(|x| x / v[0]).collect() };
    let truth: Vec<f64> = TRUE_WEIGHTS.iter().copied().chain([TRUE_BIAS]).collect();
    println!("\nlearned (w, b) = {params:.3?}");
    println!("true    (w, b) = {truth:.3?}");
    println!(
        "divided by w[0]: learned {:.2?}, true {:.2?}",
        scaled(&params),
        scaled(&truth)
    );
    println!("final accuracy {:.1}%", 100.0 * final_accuracy);
    assert!(
        final_accuracy > 0.9,
        "accuracy {final_accuracy} is not above 90%"
    );
    Ok(())
}
