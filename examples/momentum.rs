//! Why momentum: a small step stalls in a local minimum, a heavy ball rolls through it.
//!
//! The loss is a quartic in one variable whose slope is `(x + 1)(x + ½)(x − 2)`:
//!
//! - a shallow local minimum at x = −1 (loss 0.167), behind a low hill at x = −½ (0.224);
//! - the global minimum at x = 2 (loss −4.333).
//!
//! Three runs of `Sgd` start at x = −2.5, left of both, with the same learning rate: plain
//! SGD slides into the first hollow and stays there; with momentum 0.9 (and with Nesterov's
//! variant) the velocity gathered on the way down carries the point over the hill into the
//! deep valley.
//!
//! `cargo run --release --example momentum`

use gradus::differentiable;
use gradus::optim::{Optimizer, Sgd};

const LOCAL_MINIMUM: f64 = -1.0;
const HILL: f64 = -0.5;
const GLOBAL_MINIMUM: f64 = 2.0;

const START: f64 = -2.5;
const LEARNING_RATE: f64 = 0.01;
const STEPS: usize = 600;
// The paths are printed every `EARLY_EVERY` steps while the runs part ways, then every
// `LATE_EVERY` steps.
const EARLY_STEPS: usize = 45;
const EARLY_EVERY: usize = 3;
const LATE_EVERY: usize = 50;

/// `x⁴/4 − x³/6 − 5x²/4 − x`, whose derivative is `(x + 1)(x + ½)(x − 2)`.
#[differentiable]
fn loss(x: f64) -> f64 {
    let x2 = x * x;
    x2 * x2 / 4.0 - x2 * x / 6.0 - 1.25 * x2 - x
}

/// Runs `STEPS` steps of `optimizer` from `START` and returns the point after every step
/// (the start first).
fn descend(mut optimizer: Sgd<f64>) -> Result<Vec<f64>, gradus::Error> {
    let mut x = [START];
    let mut path = vec![START];
    for _ in 0..STEPS {
        let (_, slope) = grad_loss(x[0]);
        optimizer.step(&mut x, &[slope])?;
        path.push(x[0]);
    }
    Ok(path)
}

fn main() -> Result<(), gradus::Error> {
    // The generated derivative is the factored slope.
    for x in [-2.5, -1.0, -0.5, 0.0, 2.0, 3.0] {
        let (_, slope) = grad_loss(x);
        let factored = (x + 1.0) * (x + 0.5) * (x - 2.0);
        assert!((slope - factored).abs() < 1e-12);
    }

    println!(
        "loss(x) = x⁴/4 − x³/6 − 5x²/4 − x: local minimum at x = {LOCAL_MINIMUM} (loss {:.3}), \
         hill at x = {HILL} (loss {:.3}), global minimum at x = {GLOBAL_MINIMUM} (loss {:.3})",
        loss(LOCAL_MINIMUM),
        loss(HILL),
        loss(GLOBAL_MINIMUM)
    );
    println!("start x = {START}, learning rate {LEARNING_RATE}, {STEPS} steps\n");

    let runs = [
        ("plain", descend(Sgd::new(LEARNING_RATE))?),
        (
            "momentum 0.9",
            descend(Sgd::new(LEARNING_RATE).momentum(0.9))?,
        ),
        (
            "Nesterov 0.9",
            descend(Sgd::new(LEARNING_RATE).momentum(0.9).nesterov(true))?,
        ),
    ];

    print!("{:>5}", "step");
    for (name, _) in &runs {
        print!("  {name:>14}");
    }
    println!();
    let early = (0..=EARLY_STEPS).step_by(EARLY_EVERY);
    let late = (LATE_EVERY..=STEPS).step_by(LATE_EVERY);
    for step in early.chain(late) {
        print!("{step:>5}");
        for (_, path) in &runs {
            print!("  {:>14.4}", path[step]);
        }
        println!();
    }
    println!();

    for (name, path) in &runs {
        let end = path[STEPS];
        let crossed = match path.iter().position(|&x| x > HILL) {
            Some(step) => format!("crossed the hill at step {step}"),
            None => "never crossed the hill".to_string(),
        };
        println!(
            "{name:>12}: ends at x = {end:.6}, loss {:.6}; {crossed}",
            loss(end)
        );
    }

    let end = |i: usize| runs[i].1[STEPS];
    assert!(
        (end(0) - LOCAL_MINIMUM).abs() < 1e-3,
        "plain SGD should stall in the local minimum"
    );
    assert!(
        (end(1) - GLOBAL_MINIMUM).abs() < 1e-3,
        "momentum should reach the global minimum"
    );
    assert!(
        (end(2) - GLOBAL_MINIMUM).abs() < 1e-3,
        "Nesterov should reach the global minimum"
    );
    Ok(())
}
