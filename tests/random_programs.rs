//! Differential testing at scale (issue 6, SPEC §7): a checked-in batch of random
//! `#[differentiable]` programs, each checked at seeded random points against the tape and
//! against central finite differences.
//!
//! `random_programs/programs.rs` holds the functions `gen_0 … gen_299`, all
//! `pub fn gen_K<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T`, written by
//! `tools/program-generator` with a fixed seed (its default constructs): arithmetic, every math function of the DSL
//! inside its domain, shadowing, branches, early returns, loops with data-dependent trip
//! counts, local arrays and calls to earlier functions. `random_programs/harness.rs` (written
//! by the same generator) holds the checks. Regenerate both with
//!
//! ```sh
//! cargo run --release --manifest-path tools/program-generator/Cargo.toml -- \
//!     --seed 6 --count 300 --out tests/random_programs
//! ```
//!
//! See the output with `cargo test --test random_programs -- --nocapture`; run a larger
//! batch with another seed with `scripts/random-programs.sh SEED COUNT`.

#[path = "random_programs/harness.rs"]
mod harness;
#[path = "random_programs/programs.rs"]
mod programs;

use gradus::{differentiable, Float};

/// Points checked per function.
const POINTS: usize = 8;

#[test]
fn generated_gradients_match_the_tape_and_finite_differences() {
    let report = harness::check_batch(
        programs::PROGRAMS,
        programs::CONCRETE_F64,
        programs::CONCRETE_F32,
        POINTS,
        programs::SEED,
    );
    println!("{report}");
    assert!(
        report.failure_count == 0,
        "{} checks failed in {:?}:\n{report}",
        report.failure_count,
        report.failed_programs
    );
    assert!(
        report.functions >= 400,
        "only {} functions",
        report.functions
    );
    assert_eq!(report.points, report.functions * POINTS);
    assert_eq!(report.tape_checks, 6 * report.points);
    // Finite differences are skipped only where a branch, a trip count or a step function
    // flips within ±h: nearly every component must have been compared.
    assert!(
        report.fd_checks >= 6 * report.points * 98 / 100,
        "only {} of {} components compared with finite differences",
        report.fd_checks,
        6 * report.points
    );
}

// ---------------------------------------------------------------------------------------
// The checks themselves: they skip finite differences only at a point that is not smooth,
// and they catch a wrong gradient.
// ---------------------------------------------------------------------------------------

/// A kink at `x = 0.25`.
#[differentiable]
fn kink<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let s = (x - T::from(0.25).unwrap()).abs();
    s + y * w[n % 4]
}

fn kink_program() -> harness::Program {
    harness::Program {
        name: "kink",
        f: kink,
        grad: grad_kink,
        grad_into: grad_kink_into,
        tape: |x, y, w, n| kink(x, y, w, n),
    }
}

#[test]
fn finite_differences_are_skipped_only_where_the_function_is_not_smooth() {
    let program = kink_program();
    // Smooth around the point: every component is compared.
    let smooth = harness::check_at(&program, &[0.7, 0.3, 0.1, -0.2, 0.4, 0.9], 2);
    assert_eq!(
        (smooth.fd_checks, smooth.fd_skips, smooth.failure_count),
        (6, 0, 0)
    );
    // The kink lies within ±h of x: d/dx is skipped, the other five are compared, and the
    // tape still agrees on all six.
    let kinked = harness::check_at(&program, &[0.25 + 1e-7, 0.3, 0.1, -0.2, 0.4, 0.9], 2);
    assert_eq!(
        (kinked.fd_checks, kinked.fd_skips, kinked.failure_count),
        (5, 1, 0)
    );
    assert_eq!(kinked.tape_checks, 6);
}

/// The gradient of `kink` with `d/dy` off by 1e-4.
fn wrong_grad_kink(x: f64, y: f64, w: &[f64; 4], n: usize) -> (f64, (f64, f64, [f64; 4])) {
    let (value, (dx, dy, dw)) = grad_kink(x, y, w, n);
    (value, (dx, dy + 1e-4, dw))
}

#[test]
fn a_wrong_gradient_fails_against_the_tape_and_finite_differences() {
    let program = harness::Program {
        grad: wrong_grad_kink,
        ..kink_program()
    };
    let report = harness::check_at(&program, &[0.7, 0.3, 0.1, -0.2, 0.4, 0.9], 2);
    // d/dy differs from the tape, from finite differences and from grad_kink_into.
    assert_eq!(report.failure_count, 3, "{report}");
    assert_eq!(report.failed_programs, ["kink"]);
}
