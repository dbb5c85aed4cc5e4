//! The digits example's model and training loop (examples/digits/), checked here: the
//! generated gradient of its loss against central finite differences and against the tape,
//! and a few epochs on a subset of the real data, which must lower the loss and classify
//! far above chance.
// The example's modules are shared with its binary; not every item is used here.
#![allow(dead_code)]

#[path = "../examples/digits/data.rs"]
mod data;
#[path = "../examples/digits/model.rs"]
mod model;
#[path = "../examples/digits/relay.rs"]
mod relay;
#[path = "../examples/digits/train.rs"]
mod train;

use gradus::data::MiniBatches;
use gradus::optim::Sgd;
use gradus::{Differentiable, Rebuild, Tape};
use model::{batch_loss, grad_batch_loss, Mlp};
use train::{Engine, Rows, Workspace};

fn digits() -> data::Digits {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/digits.csv.gz");
    data::load(std::path::Path::new(path)).expect("the shipped data loads")
}

fn scalars(model: &Mlp<f64>) -> Vec<f64> {
    let mut out = Vec::with_capacity(model.len());
    model.for_each_scalar(&mut |v| out.push(v));
    out
}

#[test]
fn the_generated_gradient_of_the_loss_matches_finite_differences_and_the_tape() {
    let digits = digits();
    let model = Mlp::new(5, 3);
    let rows = [0, 17, 400, 1200];
    let scale = 1.0 / rows.len() as f64;
    let (value, gradient) = grad_batch_loss(&model, &digits.images, &digits.labels, &rows, scale);
    assert_eq!(
        value,
        batch_loss(&model, &digits.images, &digits.labels, &rows, scale)
    );

    // Finite differences, every parameter.
    let at = scalars(&model);
    let check = gradus::check::check_gradient(
        |v: &[f64]| {
            let mut moved = model.clone();
            let mut next = v.iter();
            moved.for_each_scalar_mut(&mut |x| *x = *next.next().unwrap());
            batch_loss(&moved, &digits.images, &digits.labels, &rows, scale)
        },
        &at,
        &scalars(&gradient),
    )
    .unwrap();
    assert!(check.passes(1e-6), "{check:?}");

    // The tape, on the same generic loss.
    let tape = Tape::new();
    let on_tape = model.rebuild(&mut |v| tape.var(v));
    let loss = batch_loss(&on_tape, &digits.images, &digits.labels, &rows, scale);
    let mut variables = Vec::new();
    on_tape.for_each_scalar(&mut |v| variables.push(v));
    let taped = tape.gradient(loss, &variables);
    for (i, (a, b)) in scalars(&gradient).iter().zip(&taped).enumerate() {
        assert!(
            (a - b).abs() <= 1e-12 * a.abs().max(1.0),
            "{i}: {a} against the tape's {b}"
        );
    }
}

/// A few epochs on the first 600 images, tested on the next 200.
fn train_briefly(engine: Engine, workers: usize) -> (f64, f64, f64) {
    train_on_subset(engine, workers, 32, 4)
}

/// `epochs` epochs of batches of `batch` rows on the first 600 images, tested on the next
/// 200: the loss before, the last epoch's mean loss, and the accuracy.
fn train_on_subset(engine: Engine, workers: usize, batch: usize, epochs: usize) -> (f64, f64, f64) {
    let digits = digits();
    let (images, labels) = (&digits.images[..600], &digits.labels[..600]);
    let mut model = Mlp::new(16, 5);
    let mut optimizer = Sgd::new(0.1).momentum(0.9).nesterov(true);
    let mut batches = MiniBatches::new(images.len(), batch, 5).unwrap();
    let mut workspace = Workspace::new(&model, workers);
    let rows = Rows { images, labels };
    let everything: Vec<usize> = (0..images.len()).collect();
    let before = batch_loss(&model, images, labels, &everything, 1.0 / 600.0);
    let mut last = f64::NAN;
    for _ in 0..epochs {
        last = train::epoch(
            &engine,
            &mut model,
            &mut optimizer,
            &rows,
            batches.epoch(),
            &mut workspace,
            || {},
        )
        .unwrap();
    }
    let predicted = model.predict(&digits.images[600..800]);
    let correct = predicted
        .iter()
        .zip(&digits.labels[600..800])
        .filter(|(p, l)| p == l)
        .count();
    (before, last, correct as f64 / 200.0)
}

#[test]
fn a_few_epochs_lower_the_loss_and_classify_far_above_chance() {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();
    let (before, after, accuracy) = train_briefly(Engine::Generated { pool }, 2);
    assert!(after < 0.5 * before, "loss {before} → {after}");
    assert!(accuracy > 0.8, "accuracy {accuracy} (chance is 0.1)");
}

#[test]
fn one_thread_two_threads_and_the_tape_train_the_same_model() {
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let two = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();
    let (_, single, accuracy_single) = train_briefly(Engine::Generated { pool: one }, 1);
    let (_, split, accuracy_split) = train_briefly(Engine::Generated { pool: two }, 2);
    let (_, taped, accuracy_taped) = train_briefly(Engine::Tape, 1);
    // Splitting a batch only changes the order of additions: the same up to rounding.
    assert!((single - split).abs() < 1e-9, "{single} against {split}");
    assert!(
        (single - taped).abs() < 1e-9,
        "{single} against the tape's {taped}"
    );
    assert_eq!(accuracy_single, accuracy_split);
    assert_eq!(accuracy_single, accuracy_taped);
}

/// Three workers on batches of 4 rows: each batch is cut into chunks of 2, so the third
/// worker has no rows, and its buffer must not enter the sum.
#[test]
fn a_worker_left_without_rows_adds_nothing() {
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let three = rayon::ThreadPoolBuilder::new()
        .num_threads(3)
        .build()
        .unwrap();
    let (_, single, accuracy_single) = train_on_subset(Engine::Generated { pool: one }, 1, 4, 1);
    let (_, split, accuracy_split) = train_on_subset(Engine::Generated { pool: three }, 3, 4, 1);
    assert!((single - split).abs() < 1e-9, "{single} against {split}");
    assert_eq!(accuracy_single, accuracy_split);
}
