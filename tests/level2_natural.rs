//! Level 2½ of `#[differentiable]` (SPEC §2.3): code as people write it. Every function
//! below is written the ordinary way for `f64` or `f32` (float literals anywhere, tuples,
//! assertions, iterator pipelines, `match`, data arguments of any type), and checked at
//! seeded random points against central finite differences and against the runtime tape,
//! which runs a generic twin (`name_twin`) with the same math.
#![allow(clippy::ptr_arg, clippy::needless_range_loop, clippy::type_complexity)]

mod common;

use common::{array_gradient_tests, gradient_tests};
use gradus::{differentiable, Float, Var};

/// `T::from(value)`, for the literals of the generic twins.
fn lit<T: Float>(value: f64) -> T {
    T::from(value).unwrap()
}

// ---------------------------------------------------------------------------------------
// Float literals as arguments of methods, in concrete functions.
// ---------------------------------------------------------------------------------------

#[differentiable]
fn relu_payoff_and_clip(x: f64, y: f64) -> f64 {
    x.max(0.0) + y.min(-1.0) * x + (x * y).log(10.0) + 2.0_f64.powf(y) + (-0.5f64).max(y)
}

fn relu_payoff_and_clip_twin<T: Float>(x: T, y: T) -> T {
    x.max(T::zero())
        + y.min(lit(-1.0)) * x
        + (x * y).log(lit(10.0))
        + lit::<T>(2.0).powf(y)
        + lit::<T>(-0.5).max(y)
}

#[differentiable]
fn literals_in_f32(x: f32, y: f32) -> f32 {
    x.max(0.0) * y.log(2.0) + x.hypot(3.0) - y.atan2(1.5) + 1.5 * x.min(2.5)
}

fn literals_in_f32_twin<T: Float>(x: T, y: T) -> T {
    x.max(T::zero()) * y.log(lit(2.0)) + x.hypot(lit(3.0)) - y.atan2(lit(1.5))
        + lit::<T>(1.5) * x.min(lit(2.5))
}

// ---------------------------------------------------------------------------------------
// clamp, to_radians, to_degrees, sin_cos, tuple destructuring.
// ---------------------------------------------------------------------------------------

#[differentiable]
fn projectile_range(speed: f64, angle_degrees: f64) -> f64 {
    let g = 9.81;
    let (s, c) = angle_degrees.to_radians().sin_cos();
    let (vx, vy) = (speed * c, speed * s);
    2.0 * vx * vy / g
}

fn projectile_range_twin<T: Float>(speed: T, angle_degrees: T) -> T {
    let (s, c) = angle_degrees.to_radians().sin_cos();
    lit::<T>(2.0) * (speed * c) * (speed * s) / lit(9.81)
}

#[differentiable]
fn clamped_gain(x: f64, lo: f64, hi: f64) -> f64 {
    let clipped = x.clamp(lo, hi);
    clipped * x.to_degrees() + f64::clamp(x * x, lo, 4.0)
}

fn clamped_gain_twin<T: Float>(x: T, lo: T, hi: T) -> T {
    x.clamp(lo, hi) * x.to_degrees() + (x * x).clamp(lo, lit(4.0))
}

#[differentiable]
fn swap_by_tuple(a: f64, b: f64) -> f64 {
    let (p, q) = (a, b * b);
    let (p, q) = (q, p);
    let (u, _): (f64, usize) = (p * 3.0, 7);
    u - q.exp()
}

fn swap_by_tuple_twin<T: Float>(a: T, b: T) -> T {
    b * b * lit(3.0) - a.exp()
}

gradient_tests! {
    fn literals_as_method_arguments(x in 0.2..3.0, y in 0.2..3.0) -> f64 {
        f: relu_payoff_and_clip(x, y),
        grad: grad_relu_payoff_and_clip(x, y),
        into(d_x, d_y): grad_relu_payoff_and_clip_into(x, y, d_x, d_y),
        tape: relu_payoff_and_clip_twin(x, y),
    }

    fn literals_as_method_arguments_in_f32(x in -2.0..2.0, y in 0.5..3.0) -> f32 {
        f: literals_in_f32(x, y),
        grad: grad_literals_in_f32(x, y),
        into(d_x, d_y): grad_literals_in_f32_into(x, y, d_x, d_y),
        tape: literals_in_f32_twin(x, y),
    }

    fn projectile_with_to_radians_sin_cos_and_tuples(speed in 1.0..30.0, angle_degrees in 5.0..85.0) -> f64 {
        f: projectile_range(speed, angle_degrees),
        grad: grad_projectile_range(speed, angle_degrees),
        into(d_speed, d_angle): grad_projectile_range_into(speed, angle_degrees, d_speed, d_angle),
        tape: projectile_range_twin(speed, angle_degrees),
    }

    fn clamp_in_each_region_and_to_degrees(x in -3.0..3.0, lo in -2.0..-0.5, hi in 0.5..2.0) -> f64 {
        f: clamped_gain(x, lo, hi),
        grad: grad_clamped_gain(x, lo, hi),
        into(d_x, d_lo, d_hi): grad_clamped_gain_into(x, lo, hi, d_x, d_lo, d_hi),
        tape: clamped_gain_twin(x, lo, hi),
    }

    fn tuple_destructuring_swaps(a in -2.0..2.0, b in -2.0..2.0) -> f64 {
        f: swap_by_tuple(a, b),
        grad: grad_swap_by_tuple(a, b),
        into(d_a, d_b): grad_swap_by_tuple_into(a, b, d_a, d_b),
        tape: swap_by_tuple_twin(a, b),
    }
}

// ---------------------------------------------------------------------------------------
// Assertions stay in the forward sweep.
// ---------------------------------------------------------------------------------------

#[differentiable]
fn checked_dot(w: &[f64], x: &[f64]) -> f64 {
    assert_eq!(w.len(), x.len(), "w and x differ in length");
    debug_assert!(!w.is_empty());
    let mut s = 0.0;
    for i in 0..w.len() {
        s += w[i] * x[i];
    }
    assert!(s.is_finite());
    s
}

fn checked_dot_twin<T: Float>(w: &[T], x: &[T]) -> T {
    let mut s = T::zero();
    for i in 0..w.len() {
        s = s + w[i] * x[i];
    }
    s
}

#[test]
#[should_panic(expected = "w and x differ in length")]
fn an_assertion_fails_in_the_gradient_as_in_the_function() {
    let _ = grad_checked_dot(&[1.0, 2.0], &[1.0]);
}

array_gradient_tests! {
    fn assertions_are_kept(w: Vec<f64>[5] = -2.0..2.0, x: Vec<f64>[5] = -2.0..2.0) {
        f: checked_dot(&w, &x),
        grad: grad_checked_dot(&w, &x),
        into(d_w, d_x): grad_checked_dot_into(&w, &x, d_w, d_x),
        tape: checked_dot_twin::<Var>(&w, &x),
    }
}

// ---------------------------------------------------------------------------------------
// Calls to annotated functions however they are named: imported with `use`, through a
// module path, associated functions through `Self::` and the type's name.
// ---------------------------------------------------------------------------------------

mod activations {
    use gradus::{differentiable, Float};

    #[differentiable]
    pub fn softplus(x: f64) -> f64 {
        (1.0 + x.exp()).ln()
    }

    #[differentiable]
    pub fn square<T: Float>(x: T) -> T {
        x * x
    }

    #[differentiable]
    pub fn sum_of_squares(w: &[f64]) -> f64 {
        let mut s = 0.0;
        for i in 0..w.len() {
            s += w[i] * w[i];
        }
        s
    }
}

use activations::softplus;
use activations::square as sq;

#[differentiable]
fn calls_imported_helpers(x: f64, y: f64) -> f64 {
    softplus(x) * activations::softplus(y) + sq(x - y) + activations::square::<f64>(y)
}

fn calls_imported_helpers_twin<T: Float>(x: T, y: T) -> T {
    let softplus = |v: T| (T::one() + v.exp()).ln();
    softplus(x) * softplus(y) + (x - y) * (x - y) + y * y
}

struct Spring;

impl Spring {
    #[differentiable]
    fn energy(k: f64, x: f64) -> f64 {
        0.5 * k * x * x
    }

    #[differentiable]
    fn two_springs(k: f64, x: f64) -> f64 {
        Self::energy(k, x) + Spring::energy(2.0 * k, x - 1.0)
    }

    #[differentiable]
    fn weighted(w: &[f64], k: f64) -> f64 {
        k * activations::sum_of_squares(w)
    }

    #[differentiable]
    fn weighted_twice(w: &[f64], k: f64) -> f64 {
        Self::weighted(w, k) + Spring::weighted(w, k * k)
    }
}

fn two_springs_twin<T: Float>(k: T, x: T) -> T {
    let half = lit::<T>(0.5);
    half * k * x * x + half * (lit::<T>(2.0) * k) * (x - T::one()) * (x - T::one())
}

fn weighted_twice_twin<T: Float>(w: &[T], k: T) -> T {
    let s = w.iter().fold(T::zero(), |s, &v| s + v * v);
    k * s + k * k * s
}

gradient_tests! {
    fn helpers_called_by_use_path_and_rename(x in -2.0..2.0, y in -2.0..2.0) -> f64 {
        f: calls_imported_helpers(x, y),
        grad: grad_calls_imported_helpers(x, y),
        into(d_x, d_y): grad_calls_imported_helpers_into(x, y, d_x, d_y),
        tape: calls_imported_helpers_twin(x, y),
    }

    fn associated_functions_call_each_other(k in 0.5..3.0, x in -2.0..2.0) -> f64 {
        f: Spring::two_springs(k, x),
        grad: Spring::grad_two_springs(k, x),
        into(d_k, d_x): Spring::grad_two_springs_into(k, x, d_k, d_x),
        tape: two_springs_twin(k, x),
    }
}

array_gradient_tests! {
    fn associated_functions_pass_slices(w: Vec<f64>[4] = -2.0..2.0, k: f64 = 0.5..2.0) {
        f: Spring::weighted_twice(&w, k),
        grad: Spring::grad_weighted_twice(&w, k),
        into(d_w, d_k): Spring::grad_weighted_twice_into(&w, k, d_w, d_k),
        tape: weighted_twice_twin::<Var>(&w, k),
    }
}

// ---------------------------------------------------------------------------------------
// Arguments of other types are data.
// ---------------------------------------------------------------------------------------

#[differentiable(wrt(w))]
fn rows_and_optional_bias(
    w: &[f64],
    rows: &[Vec<f64>],
    bias: Option<f64>,
    labels: &[usize],
) -> f64 {
    let mut loss = 0.0;
    for i in 0..rows.len() {
        let mut z = bias.unwrap_or(0.0);
        for j in 0..w.len() {
            z += w[j] * rows[i][j];
        }
        let target = labels[i] as f64;
        loss += (z - target) * (z - target);
    }
    loss / rows.len() as f64
}

fn rows_and_optional_bias_twin<T: Float>(
    w: &[T],
    rows: &[Vec<f64>],
    bias: Option<f64>,
    labels: &[usize],
) -> T {
    let mut loss = T::zero();
    for i in 0..rows.len() {
        let mut z = lit::<T>(bias.unwrap_or(0.0));
        for j in 0..w.len() {
            z = z + w[j] * lit(rows[i][j]);
        }
        let r = z - lit(labels[i] as f64);
        loss = loss + r * r;
    }
    loss / lit(rows.len() as f64)
}

fn data_rows() -> Vec<Vec<f64>> {
    (0..5)
        .map(|i| (0..3).map(|j| ((i * 3 + j) as f64 * 0.37).sin()).collect())
        .collect()
}

array_gradient_tests! {
    fn data_arguments_of_other_types(w: Vec<f64>[3] = -2.0..2.0) {
        f: rows_and_optional_bias(&w, &data_rows(), Some(0.25), &[0, 1, 1, 0, 2]),
        grad: grad_rows_and_optional_bias(&w, &data_rows(), Some(0.25), &[0, 1, 1, 0, 2]),
        into(d_w): grad_rows_and_optional_bias_into(&w, &data_rows(), Some(0.25), &[0, 1, 1, 0, 2], d_w),
        tape: rows_and_optional_bias_twin::<Var>(&w, &data_rows(), Some(0.25), &[0, 1, 1, 0, 2]),
    }
}

#[test]
fn data_arguments_without_the_optional_bias() {
    let w = [0.3, -1.2, 0.8];
    let loss = |w: &[f64]| rows_and_optional_bias(w, &data_rows(), None, &[0, 1, 1, 0, 2]);
    let (value, gradient) = grad_rows_and_optional_bias(&w, &data_rows(), None, &[0, 1, 1, 0, 2]);
    assert_eq!(value, loss(&w));
    let check = gradus::check::check_gradient(loss, &w, &gradient).unwrap();
    assert!(check.passes(1e-6), "{check:?}");
}
