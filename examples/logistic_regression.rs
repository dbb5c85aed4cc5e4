//! Two-class logistic regression, trained with the gradient `#[differentiable]` writes.
//!
//! The data are points in four dimensions labelled by a known linear boundary, with noise
//! added to the score before thresholding (so a few labels near the boundary are flipped and
//! no model is perfect). The model is `p(y = 1 | x) = σ(w·x + b)`, its parameters one
//! struct; the loss is the mean binary cross-entropy over a mini-batch, and SGD with
//! momentum minimises it through `Optimizer::update`.
//!
//! `cargo run --release --example logistic_regression`

use gradus::check::check_gradient;
use gradus::data::{MiniBatches, Rng};
use gradus::optim::{Optimizer, Sgd};
use gradus::{differentiable, Differentiable};

const FEATURES: usize = 4;
const ROWS: usize = 400;
const TRUE_WEIGHTS: [f64; FEATURES] = [2.0, -3.0, 1.5, 0.5];
const TRUE_BIAS: f64 = 0.5;

/// The parameters: a weight per feature and a bias.
#[derive(Clone, Debug, Differentiable)]
struct Classifier {
    w: [f64; FEATURES],
    b: f64,
}

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
/// `x`, `y` and `batch` are data; only the model is differentiated.
#[differentiable(wrt(model))]
fn batch_cross_entropy(
    model: &Classifier,
    x: &[[f64; FEATURES]],
    y: &[f64],
    batch: &[usize],
) -> f64 {
    let mut total = 0.0;
    for row in batch.iter() {
        let mut z = model.b;
        for (wj, xj) in model.w.iter().zip(x[*row].iter()) {
            z += wj * xj;
        }
        // ln(1 − σ(z)) = ln σ(z) − z.
        let log_p = log_sigmoid(z);
        total -= y[*row] * log_p + (1.0 - y[*row]) * (log_p - z);
    }
    total / batch.len() as f64
}

/// The share of rows whose predicted class (`w·x + b > 0`) is the label.
fn accuracy(model: &Classifier, x: &[[f64; FEATURES]], y: &[f64]) -> f64 {
    let correct = x
        .iter()
        .zip(y)
        .filter(|(row, &label)| {
            let z: f64 = model.b + row.iter().zip(model.w).map(|(xj, wj)| xj * wj).sum::<f64>();
            (z > 0.0) == (label > 0.5)
        })
        .count();
    correct as f64 / x.len() as f64
}

/// The model's scalars in the trait's order: the weights, then the bias.
fn scalars(model: &Classifier) -> Vec<f64> {
    let mut out = Vec::with_capacity(model.len());
    model.for_each_scalar(&mut |v| out.push(v));
    out
}

/// A model from its scalars in that order.
fn from_scalars(values: &[f64]) -> Classifier {
    Classifier {
        w: std::array::from_fn(|j| values[j]),
        b: values[FEATURES],
    }
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

    // The parameters, and a gradient buffer of the same shape.
    let mut model = Classifier {
        w: [0.0; FEATURES],
        b: 0.0,
    };
    let mut grads = model.zeros_like();
    let mut optimizer = Sgd::new(0.05).momentum(0.9);
    let mut batches = MiniBatches::new(ROWS, 32, 11)?;

    // Before training: the generated gradient against central finite differences, at a
    // point away from zero, on a batch of the first 32 rows.
    let point = from_scalars(&[0.3, -0.2, 0.5, 0.1, -0.4]);
    let first_rows: Vec<usize> = (0..32).collect();
    let (_, generated) = grad_batch_cross_entropy(&point, &x, &y, &first_rows);
    let check = check_gradient(
        |p: &[f64]| batch_cross_entropy(&from_scalars(p), &x, &y, &first_rows),
        &scalars(&point),
        &scalars(&generated),
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
            // The `_into` form adds into the buffer, so it starts each batch at zero.
            grads.for_each_scalar_mut(&mut |g| *g = 0.0);
            grad_batch_cross_entropy_into(&model, &x, &y, batch, &mut grads);
            optimizer.update(&mut model, &grads)?;
        }
        if epoch <= 5 || epoch % 5 == 0 {
            println!(
                "epoch {epoch:>2}  loss {:.4}  accuracy {:.1}%",
                batch_cross_entropy(&model, &x, &y, &everything),
                100.0 * accuracy(&model, &x, &y)
            );
        }
    }

    let final_accuracy = accuracy(&model, &x, &y);
    // The noise sets the scale of the fitted parameters (the less noisy the labels, the
    // sharper the boundary), so compare directions: each vector divided by its first weight.
    let scaled = |v: &[f64]| -> Vec<f64> { v.iter().map(|x| x / v[0]).collect() };
    let learned = scalars(&model);
    let truth: Vec<f64> = TRUE_WEIGHTS.iter().copied().chain([TRUE_BIAS]).collect();
    println!("\nlearned (w, b) = {learned:.3?}");
    println!("true    (w, b) = {truth:.3?}");
    println!(
        "divided by w[0]: learned {:.2?}, true {:.2?}",
        scaled(&learned),
        scaled(&truth)
    );
    println!("final accuracy {:.1}%", 100.0 * final_accuracy);
    assert!(
        final_accuracy > 0.9,
        "accuracy {final_accuracy} is not above 90%"
    );
    Ok(())
}
