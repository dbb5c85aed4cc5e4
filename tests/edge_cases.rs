//! Numerical edge cases: the generated gradient and the tape agree on each, value for value
//! (NaN where both are NaN), and the README's table states what they give.

use gradus::{differentiable, Float, Tape, Var};

#[differentiable]
fn square_root<T: Float>(x: T) -> T {
    x.sqrt()
}

#[differentiable]
fn absolute<T: Float>(x: T) -> T {
    x.abs()
}

#[differentiable]
fn maximum<T: Float>(x: T, y: T) -> T {
    x.max(y)
}

#[differentiable]
fn minimum<T: Float>(x: T, y: T) -> T {
    x.min(y)
}

#[differentiable]
fn power<T: Float>(x: T, y: T) -> T {
    x.powf(y)
}

#[differentiable]
fn quotient<T: Float>(x: T, y: T) -> T {
    x / y
}

#[differentiable]
fn polynomial<T: Float>(x: T, y: T) -> T {
    x * x + y
}

#[differentiable]
fn exponential<T: Float>(x: T) -> T {
    x.exp()
}

/// Equal as numbers, or both NaN.
fn same(a: f64, b: f64) -> bool {
    a == b || (a.is_nan() && b.is_nan())
}

fn tape_one(f: &dyn for<'t> Fn(Var<'t, f64>) -> Var<'t, f64>, x: f64) -> (f64, f64) {
    let tape = Tape::new();
    let v = tape.var(x);
    let y = f(v);
    (y.value(), tape.gradient(y, &[v])[0])
}

/// A function of two tape variables.
type OnTape = dyn for<'t> Fn(Var<'t, f64>, Var<'t, f64>) -> Var<'t, f64>;

fn tape_two(f: &OnTape, x: f64, y: f64) -> (f64, f64, f64) {
    let tape = Tape::new();
    let (a, b) = (tape.var(x), tape.var(y));
    let out = f(a, b);
    let g = tape.gradient(out, &[a, b]);
    (out.value(), g[0], g[1])
}

/// Checks the generated gradient against the tape and against the expected figures.
fn expect_one(name: &str, generated: (f64, f64), tape: (f64, f64), expected: (f64, f64)) {
    assert!(
        same(generated.0, tape.0) && same(generated.1, tape.1),
        "{name}: generated {generated:?}, tape {tape:?}"
    );
    assert!(
        same(generated.0, expected.0) && same(generated.1, expected.1),
        "{name}: got {generated:?}, documented {expected:?}"
    );
}

fn expect_two(
    name: &str,
    generated: (f64, (f64, f64)),
    tape: (f64, f64, f64),
    expected: (f64, f64, f64),
) {
    let generated = (generated.0, generated.1 .0, generated.1 .1);
    let agree = same(generated.0, tape.0) && same(generated.1, tape.1) && same(generated.2, tape.2);
    assert!(agree, "{name}: generated {generated:?}, tape {tape:?}");
    let documented = same(generated.0, expected.0)
        && same(generated.1, expected.1)
        && same(generated.2, expected.2);
    assert!(
        documented,
        "{name}: got {generated:?}, documented {expected:?}"
    );
}

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;

#[test]
fn sqrt_at_zero_has_an_infinite_slope() {
    expect_one(
        "sqrt(0)",
        grad_square_root(0.0),
        tape_one(&|x| x.sqrt(), 0.0),
        (0.0, INF),
    );
}

#[test]
fn abs_at_zero_takes_the_right_slope() {
    expect_one(
        "abs(0)",
        grad_absolute(0.0),
        tape_one(&|x| x.abs(), 0.0),
        (0.0, 1.0),
    );
    expect_one(
        "abs(-0)",
        grad_absolute(-0.0),
        tape_one(&|x| x.abs(), -0.0),
        (0.0, 1.0),
    );
}

#[test]
fn max_and_min_give_a_tie_to_the_first_argument() {
    expect_two(
        "max tie",
        grad_maximum(2.0, 2.0),
        tape_two(&|x, y| x.max(y), 2.0, 2.0),
        (2.0, 1.0, 0.0),
    );
    expect_two(
        "min tie",
        grad_minimum(2.0, 2.0),
        tape_two(&|x, y| x.min(y), 2.0, 2.0),
        (2.0, 1.0, 0.0),
    );
    // A NaN operand is ignored by max and min, and so is its gradient.
    expect_two(
        "max NaN",
        grad_maximum(NAN, 3.0),
        tape_two(&|x, y| x.max(y), NAN, 3.0),
        (3.0, 0.0, 1.0),
    );
}

#[test]
fn powf_with_zero_and_negative_bases() {
    let tape = |x, y| tape_two(&|a, b| a.powf(b), x, y);
    expect_two("0^2", grad_power(0.0, 2.0), tape(0.0, 2.0), (0.0, 0.0, 0.0));
    expect_two("0^1", grad_power(0.0, 1.0), tape(0.0, 1.0), (0.0, 1.0, 0.0));
    expect_two(
        "0^0.5",
        grad_power(0.0, 0.5),
        tape(0.0, 0.5),
        (0.0, INF, 0.0),
    );
    expect_two(
        "0^0",
        grad_power(0.0, 0.0),
        tape(0.0, 0.0),
        (1.0, 0.0, -INF),
    );
    expect_two(
        "(-2)^3",
        grad_power(-2.0, 3.0),
        tape(-2.0, 3.0),
        (-8.0, 12.0, NAN),
    );
    expect_two(
        "(-8)^(1/3)",
        grad_power(-8.0, 1.0 / 3.0),
        tape(-8.0, 1.0 / 3.0),
        (NAN, NAN, NAN),
    );
}

#[test]
fn division_by_zero() {
    let tape = |x, y| tape_two(&|a, b| a / b, x, y);
    expect_two(
        "1/0",
        grad_quotient(1.0, 0.0),
        tape(1.0, 0.0),
        (INF, INF, -INF),
    );
    expect_two(
        "0/0",
        grad_quotient(0.0, 0.0),
        tape(0.0, 0.0),
        (NAN, INF, NAN),
    );
}

#[test]
fn nan_and_infinity_propagate_where_the_result_depends_on_them() {
    let tape = |x, y| tape_two(&|a, b| a * a + b, x, y);
    expect_two(
        "NaN",
        grad_polynomial(NAN, 1.0),
        tape(NAN, 1.0),
        (NAN, NAN, 1.0),
    );
    expect_two(
        "inf",
        grad_polynomial(INF, 1.0),
        tape(INF, 1.0),
        (INF, INF, 1.0),
    );
}

#[test]
fn f32_overflow_gives_infinities_not_wrong_finite_numbers() {
    let (value, gradient) = grad_exponential(100.0f32);
    let tape = Tape::<f32>::default();
    let x = tape.var(100.0f32);
    let y = x.exp();
    let tape_gradient = tape.gradient(y, &[x])[0];
    assert_eq!((value, gradient), (f32::INFINITY, f32::INFINITY));
    assert_eq!((y.value(), tape_gradient), (value, gradient));
    let (value, gradient) = grad_polynomial(1e30f32, 0.0);
    assert_eq!(value, f32::INFINITY);
    assert_eq!(gradient, (2e30f32, 1.0));
}

#[differentiable]
fn clipped_root<T: Float>(x: T) -> T {
    x.sqrt().max(T::one())
}

/// The one place the two differ, documented: a zero adjoint meeting an infinite partial.
/// The generated reverse sweep multiplies, as a hand-written one does (0 · ∞ = NaN); the
/// tape skips a node whose adjoint is exactly zero.
#[test]
fn a_zero_adjoint_times_an_infinite_partial_is_nan_in_generated_code_only() {
    let (value, gradient) = grad_clipped_root(0.0);
    let tape = tape_one(&|x| x.sqrt().max(Var::constant(1.0)), 0.0);
    assert_eq!(value, 1.0);
    assert!(gradient.is_nan());
    assert_eq!(tape, (1.0, 0.0));
}
