//! Level 2½ of `#[differentiable]` (SPEC §2.3): code as people write it. Every function
//! below is written the ordinary way for `f64` or `f32` (float literals anywhere, tuples,
//! assertions, iterator pipelines, `match`, data arguments of any type), and checked at
//! seeded random points against central finite differences and against the runtime tape,
//! which runs a generic twin (`name_twin`) with the same math.
#![allow(
    clippy::ptr_arg,
    clippy::needless_range_loop,
    clippy::type_complexity,
    clippy::single_match,
    clippy::match_bool,
    clippy::useless_vec
)]

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

// ---------------------------------------------------------------------------------------
// Iterator pipelines, lowered to loops.
// ---------------------------------------------------------------------------------------

#[differentiable]
fn pipelines(w: &[f64], x: &[f64]) -> f64 {
    let l2 = w.iter().map(|v| v * v).sum::<f64>();
    let dot: f64 = w.iter().zip(x).map(|(a, b)| a * b).sum();
    let weighted = x
        .iter()
        .enumerate()
        .map(|(i, &v)| (i as f64 + 1.0) * v)
        .sum::<f64>();
    let tail = w.iter().rev().skip(1).take(3).map(|v| v.sin()).sum::<f64>();
    let every_other = x.iter().step_by(2).copied().map(|v| v.exp()).sum::<f64>();
    let product = x.iter().take(3).map(|v| 1.0 + 0.1 * v).product::<f64>();
    let peak = w.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let horner = w.iter().rev().fold(0.0, |acc, &c| acc * 0.5 + c);
    let by_index = (0..w.len()).map(|i| w[i] * x[i] * x[i]).sum::<f64>();
    let n = f64::from(w.len() as u32);
    l2 + dot + weighted + tail + every_other + product + peak + horner + by_index / n
}

fn pipelines_twin<T: Float>(w: &[T], x: &[T]) -> T {
    let n = w.len();
    let mut l2 = T::zero();
    let mut dot = T::zero();
    let mut weighted = T::zero();
    let mut by_index = T::zero();
    for i in 0..n {
        l2 = l2 + w[i] * w[i];
        dot = dot + w[i] * x[i];
        weighted = weighted + (lit::<T>(i as f64) + T::one()) * x[i];
        by_index = by_index + w[i] * x[i] * x[i];
    }
    let mut tail = T::zero();
    for k in 1..4 {
        tail = tail + w[n - 1 - k].sin();
    }
    let mut every_other = T::zero();
    for i in (0..n).step_by(2) {
        every_other = every_other + x[i].exp();
    }
    let mut product = T::one();
    for i in 0..3 {
        product = product * (T::one() + lit::<T>(0.1) * x[i]);
    }
    let mut peak = T::neg_infinity();
    for i in 0..n {
        peak = peak.max(w[i]);
    }
    let mut horner = T::zero();
    for i in (0..n).rev() {
        horner = horner * lit(0.5) + w[i];
    }
    l2 + dot + weighted + tail + every_other + product + peak + horner + by_index / lit(n as f64)
}

#[differentiable]
fn windows_chunks_and_three_way_zip(x: &[f64], a: &[f64], b: &[f64]) -> f64 {
    let rosenbrock: f64 = x
        .windows(2)
        .map(|w| 100.0 * (w[1] - w[0] * w[0]).powi(2) + (1.0 - w[0]).powi(2))
        .sum();
    let mut pooled = 0.0;
    for (chunk, weight) in x.chunks(3).zip(a) {
        let mean = chunk.iter().sum::<f64>() / chunk.len() as f64;
        pooled += weight * mean;
    }
    let mut triple = 0.0;
    for ((p, q), r) in x.iter().zip(a).zip(b) {
        triple += p * q - r;
    }
    let shifted: f64 = x
        .iter()
        .zip(x.iter().skip(1))
        .map(|(u, v)| (v - u).powi(2))
        .sum();
    rosenbrock + pooled + triple + shifted
}

fn windows_chunks_and_three_way_zip_twin<T: Float>(x: &[T], a: &[T], b: &[T]) -> T {
    let mut total = T::zero();
    for i in 0..x.len() - 1 {
        total = total
            + lit::<T>(100.0) * (x[i + 1] - x[i] * x[i]).powi(2)
            + (T::one() - x[i]).powi(2)
            + (x[i + 1] - x[i]).powi(2);
    }
    for (c, weight) in x.chunks(3).zip(a) {
        let mut sum = T::zero();
        for v in c {
            sum = sum + *v;
        }
        total = total + *weight * (sum / lit(c.len() as f64));
    }
    for i in 0..x.len().min(a.len()).min(b.len()) {
        total = total + x[i] * a[i] - b[i];
    }
    total
}

#[differentiable]
fn maps_in_loops_and_collect(w: &[f64]) -> f64 {
    let mut s = 0.0;
    for v in w.iter().map(|v| 2.0 * v) {
        s += v * v;
    }
    let squares: Vec<f64> = w.iter().map(|v| v * v).collect();
    let mean = squares.iter().sum::<f64>() / squares.len() as f64;
    s + mean + squares[0]
}

fn maps_in_loops_and_collect_twin<T: Float>(w: &[T]) -> T {
    let mut s = T::zero();
    let mut sum_sq = T::zero();
    for v in w {
        s = s + lit::<T>(4.0) * *v * *v;
        sum_sq = sum_sq + *v * *v;
    }
    s + sum_sq / lit(w.len() as f64) + w[0] * w[0]
}

array_gradient_tests! {
    fn pipelines_of_map_sum_fold_product(w: Vec<f64>[6] = -1.5..1.5, x: Vec<f64>[6] = -1.5..1.5) {
        f: pipelines(&w, &x),
        grad: grad_pipelines(&w, &x),
        into(d_w, d_x): grad_pipelines_into(&w, &x, d_w, d_x),
        tape: pipelines_twin::<Var>(&w, &x),
    }
    fn windows_chunks_skip_and_three_way_zip(
        x: Vec<f64>[7] = -1.5..1.5, a: Vec<f64>[5] = -1.5..1.5, b: Vec<f64>[6] = -1.5..1.5
    ) {
        f: windows_chunks_and_three_way_zip(&x, &a, &b),
        grad: grad_windows_chunks_and_three_way_zip(&x, &a, &b),
        into(d_x, d_a, d_b): grad_windows_chunks_and_three_way_zip_into(&x, &a, &b, d_x, d_a, d_b),
        tape: windows_chunks_and_three_way_zip_twin::<Var>(&x, &a, &b),
    }
    fn map_in_a_for_loop_and_collect(w: Vec<f64>[5] = -2.0..2.0) {
        f: maps_in_loops_and_collect(&w),
        grad: grad_maps_in_loops_and_collect(&w),
        into(d_w): grad_maps_in_loops_and_collect_into(&w, d_w),
        tape: maps_in_loops_and_collect_twin::<Var>(&w),
    }
}

// ---------------------------------------------------------------------------------------
// match, if let, const items, array literals, whole-array copies, loop bounds from data.
// ---------------------------------------------------------------------------------------

#[differentiable(wrt(x, y))]
fn modes(x: f64, y: f64, mode: usize, bias: Option<f64>, flip: bool) -> f64 {
    const HALF: f64 = 0.5;
    let base = match mode {
        0 => x * y,
        1 | 2 => x.powi(2) - y,
        m if m > 5 => HALF * (x + y).sin(),
        _ => {
            let t = x.exp();
            t * y
        }
    };
    let shift = if let Some(b) = bias { b * x } else { HALF };
    match flip {
        true => return -(base + shift),
        false => {}
    }
    base + shift
}

fn modes_twin<T: Float>(x: T, y: T, mode: usize, bias: Option<f64>, flip: bool) -> T {
    let half = lit::<T>(0.5);
    let base = match mode {
        0 => x * y,
        1 | 2 => x.powi(2) - y,
        m if m > 5 => half * (x + y).sin(),
        _ => x.exp() * y,
    };
    let shift = match bias {
        Some(b) => lit::<T>(b) * x,
        None => half,
    };
    if flip {
        -(base + shift)
    } else {
        base + shift
    }
}

#[test]
fn match_and_if_let_in_every_arm() {
    for mode in 0..8 {
        for bias in [None, Some(1.5)] {
            for flip in [false, true] {
                let f = |p: &[f64]| modes(p[0], p[1], mode, bias, flip);
                let point = [0.7, -0.4];
                let (value, (d_x, d_y)) = grad_modes(0.7, -0.4, mode, bias, flip);
                assert_eq!(value, f(&point));
                let check = gradus::check::check_gradient(f, &point, &[d_x, d_y]).unwrap();
                assert!(
                    check.passes(1e-6),
                    "mode {mode}, {bias:?}, {flip}: {check:?}"
                );
                let tape = gradus::Tape::new();
                let (x, y) = (tape.var(0.7), tape.var(-0.4));
                let output = modes_twin(x, y, mode, bias, flip);
                let expected = tape.gradient(output, &[x, y]);
                assert!(common::relative_error(expected[0], d_x) < 1e-12);
                assert!(common::relative_error(expected[1], d_y) < 1e-12);
            }
        }
    }
}

#[differentiable(wrt(theta0, length))]
fn pendulum(theta0: f64, length: f64, t_end: f64, dt: f64) -> f64 {
    const G: f64 = 9.81;
    let steps = (t_end / dt) as usize;
    let mut state = [theta0, 0.0];
    for _ in 0..steps {
        let [theta, omega] = [state[0], state[1]];
        state = [theta + dt * omega, omega - dt * G / length * theta.sin()];
    }
    state[0] * state[0] + state[1]
}

fn pendulum_twin<T: Float>(theta0: T, length: T, t_end: f64, dt: f64) -> T {
    let steps = (t_end / dt) as usize;
    let (mut theta, mut omega) = (theta0, T::zero());
    let dt = lit::<T>(dt);
    for _ in 0..steps {
        let next = (
            theta + dt * omega,
            omega - dt * lit(9.81) / length * theta.sin(),
        );
        theta = next.0;
        omega = next.1;
    }
    theta * theta + omega
}

#[differentiable(wrt(rates))]
fn poisson_counts(rates: &[f64], counts: &[usize]) -> f64 {
    let mut log_likelihood = 0.0;
    for i in 0..rates.len() {
        let mut log_factorial = 0.0;
        for k in 1..=counts[i] {
            log_factorial += (k as f64).ln();
        }
        log_likelihood += counts[i] as f64 * rates[i].ln() - rates[i] - log_factorial;
    }
    -log_likelihood
}

fn poisson_counts_twin<T: Float>(rates: &[T], counts: &[usize]) -> T {
    let mut total = T::zero();
    for i in 0..rates.len() {
        let log_factorial: f64 = (1..=counts[i]).map(|k| (k as f64).ln()).sum();
        total = total + lit::<T>(counts[i] as f64) * rates[i].ln() - rates[i] - lit(log_factorial);
    }
    -total
}

#[differentiable]
fn heat_step(u0: &[f64], r: f64) -> f64 {
    let mut u = u0.to_vec();
    for _ in 0..3 {
        let mut next = u.clone();
        for i in 1..u.len() - 1 {
            next[i] = u[i] + r * (u[i - 1] - 2.0 * u[i] + u[i + 1]);
        }
        u = next;
    }
    u.iter().map(|v| v * v).sum()
}

fn heat_step_twin<T: Float>(u0: &[T], r: T) -> T {
    let mut u = u0.to_vec();
    for _ in 0..3 {
        let mut next = u.clone();
        for i in 1..u.len() - 1 {
            next[i] = u[i] + r * (u[i - 1] - lit::<T>(2.0) * u[i] + u[i + 1]);
        }
        u = next;
    }
    u.iter().fold(T::zero(), |s, &v| s + v * v)
}

gradient_tests! {
    fn pendulum_with_array_literals_and_a_step_count_from_data(
        theta0 in -0.5..0.5, length in 0.5..2.0; t_end in 0.5..1.5, dt in 0.05..0.1
    ) -> f64 {
        f: pendulum(theta0, length, t_end, dt),
        grad: grad_pendulum(theta0, length, t_end, dt),
        into(d_theta0, d_length): grad_pendulum_into(theta0, length, t_end, dt, d_theta0, d_length),
        tape: pendulum_twin(theta0, length, t_end, dt),
    }
}

array_gradient_tests! {
    fn loop_bounds_from_data(rates: Vec<f64>[4] = 0.5..3.0) {
        f: poisson_counts(&rates, &[0, 3, 1, 5]),
        grad: grad_poisson_counts(&rates, &[0, 3, 1, 5]),
        into(d_rates): grad_poisson_counts_into(&rates, &[0, 3, 1, 5], d_rates),
        tape: poisson_counts_twin::<Var>(&rates, &[0, 3, 1, 5]),
    }
    fn whole_vector_copies_and_assignment(u0: Vec<f64>[6] = -1.0..1.0, r: f64 = 0.05..0.3) {
        f: heat_step(&u0, r),
        grad: grad_heat_step(&u0, r),
        into(d_u0, d_r): grad_heat_step_into(&u0, r, d_u0, d_r),
        tape: heat_step_twin::<Var>(&u0, r),
    }
}

// ---------------------------------------------------------------------------------------
// A length made a float is a constant, in generic code too.
// ---------------------------------------------------------------------------------------

#[differentiable]
fn centred_mean_square<T: Float>(x: &[T]) -> T {
    let n = T::from(x.len()).unwrap();
    let mean = x.iter().fold(T::zero(), |acc, &v| acc + v) / n;
    x.iter()
        .map(|&v| (v - mean) * (v - mean))
        .fold(T::zero(), |acc, v| acc + v)
        / n
}

array_gradient_tests! {
    fn float_from_a_length_is_a_constant(x: Vec<f64>[5] = -2.0..2.0) {
        f: centred_mean_square(&x),
        grad: grad_centred_mean_square(&x),
        into(d_x): grad_centred_mean_square_into(&x, d_x),
        tape: centred_mean_square::<Var>(&x),
    }
}

// ---------------------------------------------------------------------------------------
// Data structs read by field, closures called by name, windows of slices, rows, tuples of
// data and of branches, vectors of a differentiated value.
// ---------------------------------------------------------------------------------------

pub struct Plant {
    pub dt: f64,
    pub gain: f64,
    pub target: (f64, f64),
    pub edges: Vec<(usize, usize)>,
}

#[differentiable(wrt(x, k))]
fn plant_cost(x: &[f64], k: f64, plant: &Plant, start: Start) -> f64 {
    let smooth = |t: f64| t * t / (1.0 + t * t);
    let mut z = start.value();
    for j in 0..x.len() {
        z += x[j] * plant.gain;
    }
    let mut springs = 0.0;
    for &(i, j) in plant.edges.iter() {
        springs += smooth(x[i] - x[j]) * k;
    }
    let (i, j) = plant.edges[0];
    let head = &x[1..3];
    let tail: f64 = x[2..].iter().map(|v| v * plant.dt).sum();
    let (weight, offset) = match plant.edges.len() {
        0 => (1.0, 0.0),
        _ => (k * 0.5, plant.target.0),
    };
    let filled = vec![k; x.len()];
    let listed = vec![k, 2.0 * k, x[0]];
    z * z
        + springs
        + head[0] * head[1]
        + tail
        + weight * (x[i] - x[j] - offset)
        + filled[1] * listed[2]
        + listed[1]
}

#[derive(Clone, Copy)]
pub struct Start(f64);

impl Start {
    fn value(&self) -> f64 {
        self.0
    }
}

fn plant_cost_twin<T: Float>(x: &[T], k: T, plant: &Plant, start: f64) -> T {
    let mut z = lit::<T>(start);
    for v in x {
        z = z + *v * lit(plant.gain);
    }
    let mut springs = T::zero();
    for &(i, j) in plant.edges.iter() {
        let t = x[i] - x[j];
        springs = springs + t * t / (T::one() + t * t) * k;
    }
    let (i, j) = plant.edges[0];
    let mut tail = T::zero();
    for v in &x[2..] {
        tail = tail + *v * lit(plant.dt);
    }
    let (weight, offset) = (k * lit(0.5), lit::<T>(plant.target.0));
    z * z
        + springs
        + x[1] * x[2]
        + tail
        + weight * (x[i] - x[j] - offset)
        + k * x[0]
        + lit::<T>(2.0) * k
}

fn plant() -> Plant {
    Plant {
        dt: 0.1,
        gain: 0.7,
        target: (0.25, -1.0),
        edges: vec![(0, 1), (1, 3), (2, 4)],
    }
}

array_gradient_tests! {
    fn data_fields_closures_windows_and_tuples(x: Vec<f64>[5] = -1.5..1.5, k: f64 = 0.5..2.0) {
        f: plant_cost(&x, k, &plant(), Start(0.3)),
        grad: grad_plant_cost(&x, k, &plant(), Start(0.3)),
        into(d_x, d_k): grad_plant_cost_into(&x, k, &plant(), Start(0.3), d_x, d_k),
        tape: plant_cost_twin::<Var>(&x, k, &plant(), 0.3),
    }
}

#[differentiable]
fn bezier_length(ctrl: &[[f64; 2]; 4]) -> f64 {
    let mut prev = ctrl[0];
    let mut length = 0.0;
    for step in 1..=8 {
        let t = step as f64 / 8.0;
        let u = 1.0 - t;
        let weights = [u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t];
        let mut p = [0.0; 2];
        for (w, c) in weights.iter().zip(ctrl) {
            p[0] += w * c[0];
            p[1] += w * c[1];
        }
        length += (p[0] - prev[0]).hypot(p[1] - prev[1]);
        prev = p;
    }
    length
}

fn bezier_length_twin<T: Float>(ctrl: &[[T; 2]; 4]) -> T {
    let mut prev = ctrl[0];
    let mut length = T::zero();
    for step in 1..=8 {
        let t = lit::<T>(step as f64 / 8.0);
        let u = T::one() - t;
        let three = lit::<T>(3.0);
        let weights = [u * u * u, three * u * u * t, three * u * t * t, t * t * t];
        let mut p = [T::zero(); 2];
        for (w, c) in weights.iter().zip(ctrl) {
            p[0] = p[0] + *w * c[0];
            p[1] = p[1] + *w * c[1];
        }
        length = length + (p[0] - prev[0]).hypot(p[1] - prev[1]);
        prev = p;
    }
    length
}

array_gradient_tests! {
    fn rows_copied_into_locals_and_array_literals_in_loops(ctrl: [[f64; 2]; 4] = -2.0..2.0) {
        f: bezier_length(&ctrl),
        grad: grad_bezier_length(&ctrl),
        into(d_ctrl): grad_bezier_length_into(&ctrl, d_ctrl),
        tape: bezier_length_twin::<Var>(&ctrl),
    }
}

// ---------------------------------------------------------------------------------------
// A loop bound computed from a float inside another loop: counted as the loop runs.
// ---------------------------------------------------------------------------------------

#[differentiable]
fn bounds_from_floats_in_a_loop(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let n = (x[i].abs() * 3.0) as usize;
        for k in (0..n).rev() {
            if k == 1 {
                continue;
            }
            s += x[i] * (k as f64) + x[k % x.len()];
        }
        for k in 1..=n / 2 {
            s -= x[(i + k) % x.len()] * 0.5;
        }
    }
    s
}

fn bounds_from_floats_in_a_loop_twin<T: Float>(x: &[T]) -> T {
    let mut s = T::zero();
    for i in 0..x.len() {
        let n = (x[i].abs() * lit(3.0)).to_usize().unwrap();
        for k in (0..n).rev() {
            if k != 1 {
                s = s + x[i] * lit(k as f64) + x[k % x.len()];
            }
        }
        for k in 1..=n / 2 {
            s = s - x[(i + k) % x.len()] * lit(0.5);
        }
    }
    s
}

array_gradient_tests! {
    fn loop_bounds_from_floats_inside_a_loop(x: Vec<f64>[4] = -2.0..2.0) {
        f: bounds_from_floats_in_a_loop(&x),
        grad: grad_bounds_from_floats_in_a_loop(&x),
        into(d_x): grad_bounds_from_floats_in_a_loop_into(&x, d_x),
        tape: bounds_from_floats_in_a_loop_twin::<Var>(&x),
    }
}

// ---------------------------------------------------------------------------------------
// An index out of bounds in the gradient panics at the user's own line, as `f` does.
// ---------------------------------------------------------------------------------------

#[differentiable]
fn writes_past_the_end(w: &[f64], n: usize) -> f64 {
    let mut h = vec![0.0; 2];
    for i in 0..n {
        h[i] += w[0] * w[i % w.len()]; // the write that overflows
    }
    h[0] + w[n] // the read that overflows
}

/// The line of this file holding `marker`, and where the gradient panicked.
fn panic_line(marker: &str, run: impl FnOnce() + std::panic::UnwindSafe) -> (u32, u32) {
    let expected = include_str!("level2_natural.rs")
        .lines()
        .position(|line| line.contains(marker) && !line.contains("panic_line"))
        .unwrap() as u32
        + 1;
    let seen = std::sync::Arc::new(std::sync::Mutex::new(0));
    let record = seen.clone();
    let previous = std::panic::take_hook();
    let this_thread = std::thread::current().id();
    // Tests run in parallel: only this thread's panic counts.
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() == this_thread {
            *record.lock().unwrap() = info.location().map_or(0, |location| location.line());
        }
    }));
    let result = std::panic::catch_unwind(run);
    std::panic::set_hook(previous);
    assert!(result.is_err(), "no panic");
    let line = *seen.lock().unwrap();
    (expected, line)
}

#[test]
fn an_index_out_of_bounds_panics_at_the_users_line() {
    let (expected, seen) = panic_line("// the write that overflows", || {
        let _ = grad_writes_past_the_end(&[1.0, 2.0, 3.0], 3);
    });
    assert_eq!(seen, expected);
    let (expected, seen) = panic_line("// the read that overflows", || {
        let _ = grad_writes_past_the_end(&[1.0, 2.0], 2);
    });
    assert_eq!(seen, expected);
}

/// An `f64` argument that `wrt` leaves out of a function generic over `T` is data
/// (a batch's scale), read through `T::from`.
#[differentiable(wrt(w))]
fn scaled_square_sum<T: Float>(w: &[T], scale: f64) -> T {
    let mut total = T::zero();
    for i in 0..w.len() {
        total = total + w[i] * w[i];
    }
    total * T::from(scale).unwrap()
}

#[test]
fn an_f64_left_out_of_wrt_in_a_generic_function_is_data() {
    let (value, gradient) = grad_scaled_square_sum(&[1.0, -2.0], 0.5);
    assert_eq!(value, 2.5);
    assert_eq!(gradient, vec![1.0, -2.0]);
    let (value32, gradient32) = grad_scaled_square_sum(&[1.0f32, 3.0], 0.25);
    assert_eq!(value32, 2.5f32);
    assert_eq!(gradient32, vec![0.5f32, 1.5]);
}
