//! Level 2 of `#[differentiable]` (SPEC §2.3): loops, slices and arrays.
//!
//! Every annotated function below is checked at seeded random points (see
//! `common::check_gradients`, reached through `common::array_gradient_tests!`) in two
//! independent ways: against central finite differences of the plain function on every
//! input component, and against the runtime tape. Each row also checks that `grad_f`
//! returns exactly `f`'s value and that `grad_f_into` ADDS into buffers that start at one.
//!
//! Twins: a function generic over `T: Float` is its own tape twin (its data arguments are
//! then tape constants); a function written for `f64` has a hand-written generic twin,
//! `name_twin`, with the same math in the same order.
#![allow(clippy::ptr_arg, clippy::needless_range_loop, clippy::type_complexity)]

mod common;

use std::ops::{AddAssign, MulAssign};

use common::array_gradient_tests;
use gradus::{differentiable, Float};

/// `T::from(value)`, for the literals of the hand-written generic twins.
fn lit<T: Float>(value: f64) -> T {
    T::from(value).unwrap()
}

// ---------------------------------------------------------------------------------------
// Index loops over slices and arrays.
// ---------------------------------------------------------------------------------------

/// The dot product, over a trip count known only at run time (`0..w.len()`).
#[differentiable]
fn dot<T: Float>(w: &[T], x: &[T]) -> T {
    let mut s = T::zero();
    for i in 0..w.len() {
        s = s + w[i] * x[i];
    }
    s
}

/// A matrix-vector product over `&[[T; 3]; 4]` into a local array, then a squared-error
/// loss on the result. `target` is data.
#[differentiable(wrt(m, v))]
fn matvec_loss<T: Float>(m: &[[T; 3]; 4], v: &[T; 3], target: &[T; 4]) -> T {
    let mut y = [T::zero(); 4];
    for i in 0..4 {
        for j in 0..3 {
            y[i] = y[i] + m[i][j] * v[j];
        }
    }
    let mut loss = T::zero();
    for i in 0..4 {
        let r = y[i] - target[i];
        loss = loss + r * r;
    }
    loss / T::from(4.0).unwrap()
}

/// Horner's rule over `(0..n).rev()`, the coefficients and `x` both active.
#[differentiable]
fn horner<T: Float>(c: &[T], x: T) -> T {
    let mut acc = T::zero();
    for i in (0..c.len()).rev() {
        acc = acc * x + c[i];
    }
    acc
}

/// A recurrent cell unrolled by a loop: `h ← tanh(h·a + xᵢ)`, active `a` and initial `h0`,
/// data `x`.
#[differentiable(wrt(a, h0))]
fn recurrent_cell<T: Float>(a: T, h0: T, x: &[T]) -> T {
    let mut h = h0;
    for i in 0..x.len() {
        h = (h * a + x[i]).tanh();
    }
    h
}

/// Softmax cross-entropy of the logits `z` against the class `label`, max-subtracted; the
/// max is found by a branch in a loop.
#[differentiable]
fn softmax_cross_entropy<T: Float>(z: &[T], label: usize) -> T {
    let mut m = z[0];
    for i in 1..z.len() {
        if z[i] > m {
            m = z[i];
        }
    }
    let mut sum = T::zero();
    for i in 0..z.len() {
        sum = sum + (z[i] - m).exp();
    }
    sum.ln() + m - z[label]
}

/// The sum of the cumulative products, with `*=` and `+=` on a generic type (a value
/// overwritten in every iteration that the reverse pass needs).
#[differentiable]
fn cumulative_product<T: Float + AddAssign + MulAssign>(x: &[T]) -> T {
    let mut p = T::one();
    let mut s = T::zero();
    for i in 0..x.len() {
        p *= x[i];
        s += p;
    }
    s
}

/// The Rosenbrock function: reads of neighbouring elements in one iteration.
#[differentiable]
fn rosenbrock<T: Float>(x: &[T]) -> T {
    let mut s = T::zero();
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = T::one() - x[i];
        s = s + T::from(100.0).unwrap() * a * a + b * b;
    }
    s
}

/// `for _ in 0..n` with an integer argument as the trip count: `x + x² + … + xⁿ`.
#[differentiable]
fn geometric_series<T: Float>(x: T, n: usize) -> T {
    let mut p = T::one();
    let mut s = T::zero();
    for _ in 0..n {
        p = p * x;
        s = s + p;
    }
    s
}

/// A range with run-time bounds from integer arguments (possibly empty).
#[differentiable]
fn window_cubes<T: Float>(w: &[T], start: usize, end: usize) -> T {
    let mut s = T::zero();
    for i in start..end {
        s = s + w[i] * w[i] * w[i];
    }
    s + w[0]
}

/// Integer arithmetic for indices (`w[i * 3 + j]`, `w.len() / 3`) and an index made a float
/// with `T::from(i + 1).unwrap()`.
#[differentiable]
fn flat_matvec<T: Float>(w: &[T], v: &[T; 3]) -> T {
    let rows = w.len() / 3;
    let mut s = T::zero();
    for i in 0..rows {
        let mut y = T::zero();
        for j in 0..3 {
            y = y + w[i * 3 + j] * v[j];
        }
        s = s + y.tanh() * T::from(i + 1).unwrap();
    }
    s + w[w.len() - 1] * v[2 - rows % 3]
}

/// Nested loops over `&[[f64; 4]; 3]` (outer bound `m.len()`), `+=` and `as f64`.
#[differentiable]
fn weighted_frobenius(m: &[[f64; 4]; 3]) -> f64 {
    let mut s = 0.0;
    for i in 0..m.len() {
        for j in 0..4 {
            s += (i + 2 * j) as f64 * m[i][j] * m[i][j] - m[i][j].cos();
        }
    }
    s
}

fn weighted_frobenius_twin<T: Float>(m: &[[T; 4]; 3]) -> T {
    let mut s = T::zero();
    for i in 0..m.len() {
        for j in 0..4 {
            s = s + (lit::<T>((i + 2 * j) as f64) * m[i][j] * m[i][j] - m[i][j].cos());
        }
    }
    s
}

/// `.step_by(2)` and `.step_by(3)` over run-time ranges.
#[differentiable]
fn strided<T: Float>(w: &[T]) -> T {
    let mut s = T::zero();
    for i in (0..w.len() - 1).step_by(2) {
        s = s + w[i] * w[i + 1].sin();
    }
    for i in (1..w.len()).step_by(3) {
        s = s - w[i].powi(2);
    }
    s
}

/// An inclusive range `1..=k`, `powi` with a loop-dependent exponent, `as f64`.
#[differentiable]
fn inclusive_range(w: &[f64], k: usize) -> f64 {
    let mut s = 0.0;
    for i in 1..=k {
        s += w[i] * w[i - 1] * i as f64 + w[i].powi(i as i32);
    }
    s
}

fn inclusive_range_twin<T: Float>(w: &[T], k: usize) -> T {
    let mut s = T::zero();
    for i in 1..=k {
        s = s + (w[i] * w[i - 1] * lit(i as f64) + w[i].powi(i as i32));
    }
    s
}

/// A polynomial by a sum of powers, `x.powi(i as i32)`, compared in a test with Horner.
#[differentiable]
fn power_sum(c: &[f64], x: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..c.len() {
        s += c[i] * x.powi(i as i32);
    }
    s
}

fn power_sum_twin<T: Float>(c: &[T], x: T) -> T {
    let mut s = T::zero();
    for i in 0..c.len() {
        s = s + c[i] * x.powi(i as i32);
    }
    s
}

// ---------------------------------------------------------------------------------------
// Iterators: `iter()`, `iter().enumerate()`, `iter().zip()`, with `*v` and `&v`.
// ---------------------------------------------------------------------------------------

/// `for v in w.iter()`, items read as `*v`.
#[differentiable]
fn iter_by_deref<T: Float>(w: &[T]) -> T {
    let mut s = T::zero();
    for v in w.iter() {
        s = s + (*v).exp() * *v;
    }
    s
}

/// `for &v in w.iter()` over an array reference.
#[differentiable]
fn iter_by_ref_pattern<T: Float>(w: &[T; 5]) -> T {
    let mut s = T::zero();
    for &v in w.iter() {
        s = s + v * v.cos();
    }
    s
}

/// `iter().enumerate()` with `(i, v)` and `(i, &v)`, the index used as a float and in a
/// branch.
#[differentiable]
fn position_weighted(w: &[f64]) -> f64 {
    let mut s = 0.0;
    for (i, v) in w.iter().enumerate() {
        s += *v * *v * (i as f64 + 0.5);
    }
    for (i, &v) in w.iter().enumerate() {
        if i % 2 == 0 {
            s += v.sin();
        } else {
            s -= v.cos() * v;
        }
    }
    s
}

fn position_weighted_twin<T: Float>(w: &[T]) -> T {
    let mut s = T::zero();
    for (i, v) in w.iter().enumerate() {
        s = s + *v * *v * (lit::<T>(i as f64) + lit(0.5));
    }
    for (i, &v) in w.iter().enumerate() {
        if i % 2 == 0 {
            s = s + v.sin();
        } else {
            s = s - v.cos() * v;
        }
    }
    s
}

/// `iter().zip(iter())` with `(a, b)` read as `*a`, and with `(&a, &b)`; the trip count is
/// the shorter length.
#[differentiable]
fn zip_products<T: Float>(w: &[T], x: &[T]) -> T {
    let mut s = T::zero();
    for (a, b) in w.iter().zip(x.iter()) {
        s = s + *a * (*b).tanh();
    }
    for (&a, &b) in w.iter().zip(x.iter()) {
        s = s + (a - b) * (a - b) * a;
    }
    s
}

/// Iterating the rows of a nested array: `for row in m.iter()`, then `row.iter()`.
#[differentiable]
fn row_iteration<T: Float>(m: &[[T; 5]; 3]) -> T {
    let mut s = T::zero();
    for row in m.iter() {
        let mut r = T::zero();
        for v in row.iter() {
            r = r + (*v).sin();
        }
        s = s + r * r;
    }
    s
}

// ---------------------------------------------------------------------------------------
// `break`, `continue`, `while`, `loop`, early `return`.
// ---------------------------------------------------------------------------------------

/// `break` on a data condition: sums until the first negative `x`.
#[differentiable(wrt(w))]
fn sum_until_negative<T: Float>(w: &[T], x: &[T]) -> T {
    let mut s = T::zero();
    for i in 0..w.len() {
        if x[i] < T::zero() {
            break;
        }
        s = s + w[i] * w[i] * x[i];
    }
    s
}

/// `break` in an inner loop leaves only the inner loop.
#[differentiable(wrt(m))]
fn nested_break<T: Float>(m: &[[T; 5]; 4], limit: T) -> T {
    let mut s = T::zero();
    for i in 0..4 {
        for j in 0..5 {
            if m[i][j] > limit {
                break;
            }
            s = s + m[i][j].sin() * T::from(i + j + 1).unwrap();
        }
        s = s * T::from(0.9).unwrap();
    }
    s
}

/// `continue` on an index condition and on a value condition.
#[differentiable]
fn skip_with_continue(w: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..w.len() {
        if i % 3 == 1 {
            continue;
        }
        if w[i] < 0.0 {
            continue;
        }
        s += w[i] * w[i].exp() * (i as f64 + 1.0);
    }
    s
}

fn skip_with_continue_twin<T: Float>(w: &[T]) -> T {
    let mut s = T::zero();
    for i in 0..w.len() {
        if i % 3 == 1 {
            continue;
        }
        if w[i] < T::zero() {
            continue;
        }
        s = s + w[i] * w[i].exp() * (lit::<T>(i as f64) + T::one());
    }
    s
}

/// Newton's iteration for `√a` in a `loop` that `break`s when the step is small: the trip
/// count depends on the active value.
#[differentiable]
fn newton_sqrt<T: Float>(a: T) -> T {
    let mut x = a;
    loop {
        let next = (x + a / x) * T::from(0.5).unwrap();
        let step = next - x;
        x = next;
        if step.abs() < T::from(1e-9).unwrap() {
            break;
        }
    }
    x
}

/// `while` on an active value: halve until small, the number of halvings used as a float.
#[differentiable]
fn halve_until_small(x: f64, y: f64) -> f64 {
    let mut s = x * x + y * y + 1.0;
    let mut halvings = 0;
    while s > 0.3 {
        s = s * 0.5 + 0.01 * x * y;
        halvings += 1;
    }
    s * y + halvings as f64 * x
}

fn halve_until_small_twin<T: Float>(x: T, y: T) -> T {
    let mut s = x * x + y * y + T::one();
    let mut halvings = 0;
    while s > lit(0.3) {
        s = s * lit(0.5) + lit::<T>(0.01) * x * y;
        halvings += 1;
    }
    s * y + lit::<T>(halvings as f64) * x
}

/// `while` over an integer counter stepping by two.
#[differentiable]
fn while_index_loop<T: Float>(w: &[T]) -> T {
    let mut i = 0;
    let mut s = T::zero();
    while i < w.len() {
        s = s + w[i].sin() * w[i];
        i += 2;
    }
    s
}

/// `loop` with a counter, `continue` and `break`.
#[differentiable]
fn loop_with_counter<T: Float>(w: &[T]) -> T {
    let mut i = 0;
    let mut s = T::zero();
    loop {
        if i >= w.len() {
            break;
        }
        let v = w[i];
        i += 1;
        if v < T::zero() {
            continue;
        }
        s = s + v * v.exp();
    }
    s
}

/// An early `return` inside a loop, on a data condition; the fall-through value otherwise.
#[differentiable(wrt(w))]
fn first_above_threshold<T: Float>(w: &[T], x: &[T], threshold: T) -> T {
    let mut s = T::zero();
    for i in 0..w.len() {
        s = s + w[i] * x[i];
        if x[i] > threshold {
            return s * w[i].exp();
        }
    }
    s.tanh()
}

// ---------------------------------------------------------------------------------------
// Branches inside loops.
// ---------------------------------------------------------------------------------------

/// ReLU by a branch, `abs` as a method and by a branch, `max` as a method and by a branch.
#[differentiable]
fn relu_abs_max(w: &[f64], x: &[f64]) -> f64 {
    let mut s = 0.0;
    let mut m = w[0] * x[0];
    for i in 0..w.len() {
        let z = w[i] * x[i];
        if z > 0.0 {
            s += z;
        }
        s += (w[i] - x[i]).abs() * 0.5;
        let a = if x[i] < 0.0 { -x[i] } else { x[i] };
        s += a * w[i];
        m = m.max(z);
        if w[i] > m {
            m = w[i];
        }
    }
    s + m
}

fn relu_abs_max_twin<T: Float>(w: &[T], x: &[T]) -> T {
    let mut s = T::zero();
    let mut m = w[0] * x[0];
    for i in 0..w.len() {
        let z = w[i] * x[i];
        if z > T::zero() {
            s = s + z;
        }
        s = s + (w[i] - x[i]).abs() * lit(0.5);
        let a = if x[i] < T::zero() { -x[i] } else { x[i] };
        s = s + a * w[i];
        m = m.max(z);
        if w[i] > m {
            m = w[i];
        }
    }
    s + m
}

// ---------------------------------------------------------------------------------------
// Local arrays and vectors written by index and read back.
// ---------------------------------------------------------------------------------------

/// A local `[T::zero(); 6]` written by index, overwritten through a nonlinearity, read back.
#[differentiable]
fn local_array<T: Float>(w: &[T; 6]) -> T {
    let mut h = [T::zero(); 6];
    for i in 0..6 {
        h[i] = w[i].sin() * w[i];
    }
    for i in 1..6 {
        h[i] = (h[i] + h[i - 1]).tanh();
    }
    let mut s = T::zero();
    for i in 0..6 {
        s = s + h[i] * h[i];
    }
    s
}

/// A local `[0.0; 4]` accumulated with `h[i % 4] += …`.
#[differentiable]
fn bucket_sums(w: &[f64]) -> f64 {
    let mut h = [0.0; 4];
    for i in 0..w.len() {
        h[i % 4] += w[i] * w[i];
    }
    let mut s = 0.0;
    for j in 0..4 {
        s += (h[j] + 1.0).ln() * (j as f64 + 1.0);
    }
    s
}

fn bucket_sums_twin<T: Float>(w: &[T]) -> T {
    let mut h = [T::zero(); 4];
    for i in 0..w.len() {
        h[i % 4] = h[i % 4] + w[i] * w[i];
    }
    let mut s = T::zero();
    for j in 0..4 {
        s = s + (h[j] + T::one()).ln() * (lit::<T>(j as f64) + T::one());
    }
    s
}

/// A local `vec![0.0; n]` written by index, updated with `+=`, read back.
#[differentiable]
fn local_vec(w: &[f64]) -> f64 {
    let n = w.len();
    let mut buf = vec![0.0; n];
    for i in 0..n {
        buf[i] = w[i] * w[i];
    }
    for i in 1..n {
        buf[i] += buf[i - 1] * w[i];
    }
    let mut s = 0.0;
    for i in 0..n {
        s += buf[i].sin();
    }
    s
}

fn local_vec_twin<T: Float>(w: &[T]) -> T {
    let n = w.len();
    let mut buf = vec![T::zero(); n];
    for i in 0..n {
        buf[i] = w[i] * w[i];
    }
    for i in 1..n {
        buf[i] = buf[i] + buf[i - 1] * w[i];
    }
    let mut s = T::zero();
    for i in 0..n {
        s = s + buf[i].sin();
    }
    s
}

/// A generic local `vec![T::zero(); n + 1]` filled backwards over `(0..n).rev()`.
#[differentiable]
fn suffix_sums<T: Float>(w: &[T]) -> T {
    let n = w.len();
    let mut suffix = vec![T::zero(); n + 1];
    for i in (0..n).rev() {
        suffix[i] = suffix[i + 1] + w[i];
    }
    let mut s = T::zero();
    for i in 0..n {
        s = s + suffix[i].sin() * w[i];
    }
    s
}

// ---------------------------------------------------------------------------------------
// Argument kinds: `&Vec<f64>`, a by-value array, data arguments under `wrt`.
// ---------------------------------------------------------------------------------------

/// A `&Vec<f64>` argument next to a scalar.
#[differentiable]
fn vec_ref_norm(w: &Vec<f64>, scale: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..w.len() {
        s += w[i] * w[i];
    }
    (s + 1.0).sqrt() * scale
}

fn vec_ref_norm_twin<T: Float>(w: &Vec<T>, scale: T) -> T {
    let mut s = T::zero();
    for i in 0..w.len() {
        s = s + w[i] * w[i];
    }
    (s + T::one()).sqrt() * scale
}

/// A by-value `[f64; 4]` argument: a squared cubic by Horner's rule.
#[differentiable]
fn by_value_array(p: [f64; 4], x: f64) -> f64 {
    let mut acc = 0.0;
    for i in 0..4 {
        acc = acc * x + p[i];
    }
    acc * acc
}

fn by_value_array_twin<T: Float>(p: [T; 4], x: T) -> T {
    let mut acc = T::zero();
    for i in 0..4 {
        acc = acc * x + p[i];
    }
    acc * acc
}

/// The logistic loss of a linear model, `wrt(w, b)`, data `x: &[[f64; 4]]` and `y: &[f64]`.
#[differentiable(wrt(w, b))]
fn logistic_loss(w: &[f64], b: f64, x: &[[f64; 4]], y: &[f64]) -> f64 {
    let mut loss = 0.0;
    for r in 0..x.len() {
        let mut z = b;
        for j in 0..4 {
            z += w[j] * x[r][j];
        }
        loss += (1.0 + z.exp()).ln() - y[r] * z;
    }
    loss / x.len() as f64
}

fn logistic_loss_twin<T: Float>(w: &[T], b: T, x: &[[T; 4]], y: &[T]) -> T {
    let mut loss = T::zero();
    for r in 0..x.len() {
        let mut z = b;
        for j in 0..4 {
            z = z + w[j] * x[r][j];
        }
        loss = loss + ((T::one() + z.exp()).ln() - y[r] * z);
    }
    loss / lit(x.len() as f64)
}

/// Named `weights` so that the wrong-length test can look for the argument's name.
#[differentiable]
fn weighted_sum<T: Float>(weights: &[T], x: T) -> T {
    let mut s = T::zero();
    for i in 0..weights.len() {
        s = s + weights[i] * x.powi(i as i32 + 1);
    }
    s
}

// ---------------------------------------------------------------------------------------
// Calls to other annotated functions from loops, slices and arrays passed on.
// ---------------------------------------------------------------------------------------

/// A scalar callee.
#[differentiable]
fn softplus(z: f64) -> f64 {
    if z > 20.0 {
        z
    } else {
        (1.0 + z.exp()).ln()
    }
}

fn softplus_twin<T: Float>(z: T) -> T {
    if z > lit(20.0) {
        z
    } else {
        (T::one() + z.exp()).ln()
    }
}

/// Calls the scalar `softplus` from a loop body, `wrt(w)` with data `x`.
#[differentiable(wrt(w))]
fn softplus_layer(w: &[f64], x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..w.len() {
        s += softplus(w[i] * x[i] - 0.5) * w[i];
    }
    s
}

fn softplus_layer_twin<T: Float>(w: &[T], x: &[T]) -> T {
    let mut s = T::zero();
    for i in 0..w.len() {
        s = s + softplus_twin(w[i] * x[i] - lit(0.5)) * w[i];
    }
    s
}

/// A generic scalar callee of two active arguments.
#[differentiable]
fn gate<T: Float>(a: T, b: T) -> T {
    a.tanh() * b + b * b * T::from(0.1).unwrap()
}

/// Calls the generic `gate` from a loop body with two active arguments.
#[differentiable]
fn gated_sum<T: Float>(w: &[T], x: &[T]) -> T {
    let mut s = T::zero();
    for i in 0..w.len() {
        s = s + gate(w[i], x[i] * w[i]);
    }
    s
}

/// Slices passed on to the generic annotated `dot`.
#[differentiable]
fn cosine_similarity(w: &[f64], x: &[f64]) -> f64 {
    dot(w, x) / (dot(w, w) * dot(x, x)).sqrt()
}

fn cosine_similarity_twin<T: Float>(w: &[T], x: &[T]) -> T {
    dot(w, x) / (dot(w, w) * dot(x, x)).sqrt()
}

/// Arrays passed on to the annotated `matvec_loss`: an argument and a local array.
#[differentiable(wrt(m, v))]
fn matvec_loss_of_sines<T: Float>(m: &[[T; 3]; 4], v: &[T; 3], target: &[T; 4]) -> T {
    let mut u = [T::zero(); 3];
    for j in 0..3 {
        u[j] = v[j].sin();
    }
    matvec_loss(m, &u, target) + matvec_loss(m, v, target) * T::from(0.5).unwrap()
}

// ---------------------------------------------------------------------------------------
// A two-layer tanh network 8 → 16 → 1 with a mean squared error over a batch.
// ---------------------------------------------------------------------------------------

/// The network, weights as nested arrays, data `x: &[[f64; 8]]`, `y: &[f64]`.
#[differentiable(wrt(w1, b1, w2, b2))]
fn mlp_mse(
    w1: &[[f64; 8]; 16],
    b1: &[f64; 16],
    w2: &[f64; 16],
    b2: f64,
    x: &[[f64; 8]],
    y: &[f64],
) -> f64 {
    let mut loss = 0.0;
    for r in 0..x.len() {
        let mut h = [0.0; 16];
        for j in 0..16 {
            let mut z = b1[j];
            for k in 0..8 {
                z += w1[j][k] * x[r][k];
            }
            h[j] = z.tanh();
        }
        let mut out = b2;
        for j in 0..16 {
            out += w2[j] * h[j];
        }
        let e = out - y[r];
        loss += e * e;
    }
    loss / x.len() as f64
}

fn mlp_mse_twin<T: Float>(
    w1: &[[T; 8]; 16],
    b1: &[T; 16],
    w2: &[T; 16],
    b2: T,
    x: &[[T; 8]],
    y: &[T],
) -> T {
    let mut loss = T::zero();
    for r in 0..x.len() {
        let mut h = [T::zero(); 16];
        for j in 0..16 {
            let mut z = b1[j];
            for k in 0..8 {
                z = z + w1[j][k] * x[r][k];
            }
            h[j] = z.tanh();
        }
        let mut out = b2;
        for j in 0..16 {
            out = out + w2[j] * h[j];
        }
        let e = out - y[r];
        loss = loss + e * e;
    }
    loss / lit(x.len() as f64)
}

// ---------------------------------------------------------------------------------------
// Tape mode on slices and arrays.
// ---------------------------------------------------------------------------------------

/// An iterator chain with closures on a slice: the tape fallback.
#[differentiable(tape)]
fn tape_norm<T: Float>(w: &[T]) -> T {
    w.iter()
        .map(|&v| v * v)
        .fold(T::zero(), |a, b| a + b)
        .sqrt()
}

/// Horner's rule as a fold over an array reference, next to a scalar: the tape fallback.
#[differentiable(tape)]
fn tape_polynomial<T: Float>(c: &[T; 4], x: T) -> T {
    c.iter().fold(T::zero(), |acc, &ci| acc * x + ci)
}

// ---------------------------------------------------------------------------------------
// The table.
// ---------------------------------------------------------------------------------------

array_gradient_tests! {
    fn dot_product_of_one_element(w: Vec<f64>[1] = -2.0..2.0, x: Vec<f64>[1] = -2.0..2.0) {
        f: dot(&w, &x),
        grad: grad_dot(&w, &x),
        into(d_w, d_x): grad_dot_into(&w, &x, d_w, d_x),
        tape: dot(&w, &x),
    }
    fn dot_product_of_thirteen_elements(
        w: Vec<f64>[13] = -2.0..2.0, x: Vec<f64>[13] = -2.0..2.0
    ) {
        f: dot(&w, &x),
        grad: grad_dot(&w, &x),
        into(d_w, d_x): grad_dot_into(&w, &x, d_w, d_x),
        tape: dot(&w, &x),
    }
    fn matrix_vector_product_over_nested_array_with_squared_loss(
        m: [[f64; 3]; 4] = -1.5..1.5, v: [f64; 3] = -1.5..1.5; target: [f64; 4] = -2.0..2.0
    ) {
        f: matvec_loss(&m, &v, &target),
        grad: grad_matvec_loss(&m, &v, &target),
        into(d_m, d_v): grad_matvec_loss_into(&m, &v, &target, d_m, d_v),
        tape: matvec_loss(&m, &v, &target),
    }
    fn horner_polynomial_in_coefficients_and_x(c: Vec<f64>[6] = -2.0..2.0, x: f64 = -1.5..1.5) {
        f: horner(&c, x),
        grad: grad_horner(&c, x),
        into(d_c, d_x): grad_horner_into(&c, x, d_c, d_x),
        tape: horner(&c, x),
    }
    fn power_sum_polynomial_with_loop_dependent_powi(
        c: Vec<f64>[6] = -2.0..2.0, x: f64 = -1.5..1.5
    ) {
        f: power_sum(&c, x),
        grad: grad_power_sum(&c, x),
        into(d_c, d_x): grad_power_sum_into(&c, x, d_c, d_x),
        tape: power_sum_twin(&c, x),
    }
    fn recurrent_cell_unrolled_over_six_steps(
        a: f64 = -1.5..1.5, h0: f64 = -1.0..1.0; x: Vec<f64>[6] = -1.0..1.0
    ) {
        f: recurrent_cell(a, h0, &x),
        grad: grad_recurrent_cell(a, h0, &x),
        into(d_a, d_h0): grad_recurrent_cell_into(a, h0, &x, d_a, d_h0),
        tape: recurrent_cell(a, h0, &x),
    }
    fn recurrent_cell_unrolled_over_twenty_steps(
        a: f64 = -1.5..1.5, h0: f64 = -1.0..1.0; x: Vec<f64>[20] = -1.0..1.0
    ) {
        f: recurrent_cell(a, h0, &x),
        grad: grad_recurrent_cell(a, h0, &x),
        into(d_a, d_h0): grad_recurrent_cell_into(a, h0, &x, d_a, d_h0),
        tape: recurrent_cell(a, h0, &x),
    }
    fn softmax_cross_entropy_max_subtracted(z: Vec<f64>[7] = -4.0..4.0) {
        f: softmax_cross_entropy(&z, 3),
        grad: grad_softmax_cross_entropy(&z, 3),
        into(d_z): grad_softmax_cross_entropy_into(&z, 3, d_z),
        tape: softmax_cross_entropy(&z, 3),
    }
    fn cumulative_product_with_compound_assignment_on_generic_type(
        x: Vec<f64>[8] = -1.5..1.5
    ) {
        f: cumulative_product(&x),
        grad: grad_cumulative_product(&x),
        into(d_x): grad_cumulative_product_into(&x, d_x),
        tape: cumulative_product(&x),
    }
    fn rosenbrock_reads_neighbouring_elements(x: Vec<f64>[10] = -1.5..1.5) {
        f: rosenbrock(&x),
        grad: grad_rosenbrock(&x),
        into(d_x): grad_rosenbrock_into(&x, d_x),
        tape: rosenbrock(&x),
    }
    fn geometric_series_with_integer_trip_count(x: f64 = -1.2..1.2) {
        f: geometric_series(x, 7),
        grad: grad_geometric_series(x, 7),
        into(d_x): grad_geometric_series_into(x, 7, d_x),
        tape: geometric_series(x, 7),
    }
    fn geometric_series_with_zero_trips(x: f64 = -1.2..1.2) {
        f: geometric_series(x, 0),
        grad: grad_geometric_series(x, 0),
        into(d_x): grad_geometric_series_into(x, 0, d_x),
        tape: geometric_series(x, 0) + x * 0.0,
    }
    fn range_with_run_time_bounds(w: Vec<f64>[7] = -1.5..1.5) {
        f: window_cubes(&w, 2, 6),
        grad: grad_window_cubes(&w, 2, 6),
        into(d_w): grad_window_cubes_into(&w, 2, 6, d_w),
        tape: window_cubes(&w, 2, 6),
    }
    fn empty_range_with_run_time_bounds(w: Vec<f64>[7] = -1.5..1.5) {
        f: window_cubes(&w, 4, 4),
        grad: grad_window_cubes(&w, 4, 4),
        into(d_w): grad_window_cubes_into(&w, 4, 4, d_w),
        tape: window_cubes(&w, 4, 4),
    }
    fn integer_index_arithmetic_over_a_flat_matrix(
        w: Vec<f64>[12] = -1.0..1.0, v: [f64; 3] = -1.0..1.0
    ) {
        f: flat_matvec(&w, &v),
        grad: grad_flat_matvec(&w, &v),
        into(d_w, d_v): grad_flat_matvec_into(&w, &v, d_w, d_v),
        tape: flat_matvec(&w, &v),
    }
    fn nested_loops_over_nested_array(m: [[f64; 4]; 3] = -2.0..2.0) {
        f: weighted_frobenius(&m),
        grad: grad_weighted_frobenius(&m),
        into(d_m): grad_weighted_frobenius_into(&m, d_m),
        tape: weighted_frobenius_twin(&m),
    }
    fn step_by_two_and_three_over_odd_length(w: Vec<f64>[9] = -2.0..2.0) {
        f: strided(&w),
        grad: grad_strided(&w),
        into(d_w): grad_strided_into(&w, d_w),
        tape: strided(&w),
    }
    fn step_by_two_and_three_over_even_length(w: Vec<f64>[8] = -2.0..2.0) {
        f: strided(&w),
        grad: grad_strided(&w),
        into(d_w): grad_strided_into(&w, d_w),
        tape: strided(&w),
    }
    fn inclusive_range_with_loop_dependent_powi(w: Vec<f64>[6] = -1.5..1.5) {
        f: inclusive_range(&w, 5),
        grad: grad_inclusive_range(&w, 5),
        into(d_w): grad_inclusive_range_into(&w, 5, d_w),
        tape: inclusive_range_twin(&w, 5),
    }
    fn iter_with_items_read_through_deref(w: Vec<f64>[6] = -2.0..2.0) {
        f: iter_by_deref(&w),
        grad: grad_iter_by_deref(&w),
        into(d_w): grad_iter_by_deref_into(&w, d_w),
        tape: iter_by_deref(&w),
    }
    fn iter_over_array_with_ref_pattern(w: [f64; 5] = -2.0..2.0) {
        f: iter_by_ref_pattern(&w),
        grad: grad_iter_by_ref_pattern(&w),
        into(d_w): grad_iter_by_ref_pattern_into(&w, d_w),
        tape: iter_by_ref_pattern(&w),
    }
    fn iter_enumerate_with_deref_and_ref_pattern(w: Vec<f64>[7] = -2.0..2.0) {
        f: position_weighted(&w),
        grad: grad_position_weighted(&w),
        into(d_w): grad_position_weighted_into(&w, d_w),
        tape: position_weighted_twin(&w),
    }
    fn iter_zip_over_equal_lengths(w: Vec<f64>[6] = -2.0..2.0, x: Vec<f64>[6] = -2.0..2.0) {
        f: zip_products(&w, &x),
        grad: grad_zip_products(&w, &x),
        into(d_w, d_x): grad_zip_products_into(&w, &x, d_w, d_x),
        tape: zip_products(&w, &x),
    }
    fn iter_zip_stops_at_the_shorter_slice(
        w: Vec<f64>[4] = -2.0..2.0, x: Vec<f64>[7] = -2.0..2.0
    ) {
        f: zip_products(&w, &x),
        grad: grad_zip_products(&w, &x),
        into(d_w, d_x): grad_zip_products_into(&w, &x, d_w, d_x),
        tape: zip_products(&w, &x),
    }
    fn iter_over_rows_of_nested_array(m: [[f64; 5]; 3] = -2.0..2.0) {
        f: row_iteration(&m),
        grad: grad_row_iteration(&m),
        into(d_m): grad_row_iteration_into(&m, d_m),
        tape: row_iteration(&m),
    }
    fn break_on_data_condition(w: Vec<f64>[8] = -2.0..2.0; x: Vec<f64>[8] = -0.4..1.0) {
        f: sum_until_negative(&w, &x),
        grad: grad_sum_until_negative(&w, &x),
        into(d_w): grad_sum_until_negative_into(&w, &x, d_w),
        tape: sum_until_negative(&w, &x),
    }
    fn break_leaves_only_the_inner_loop(
        m: [[f64; 5]; 4] = -1.0..1.0; limit: f64 = 0.2..0.9
    ) {
        f: nested_break(&m, limit),
        grad: grad_nested_break(&m, limit),
        into(d_m): grad_nested_break_into(&m, limit, d_m),
        tape: nested_break(&m, limit),
    }
    fn continue_skips_elements(w: Vec<f64>[10] = -1.0..2.0) {
        f: skip_with_continue(&w),
        grad: grad_skip_with_continue(&w),
        into(d_w): grad_skip_with_continue_into(&w, d_w),
        tape: skip_with_continue_twin(&w),
    }
    fn newton_iterations_in_loop_with_break(a: f64 = 0.3..9.0) {
        f: newton_sqrt(a),
        grad: grad_newton_sqrt(a),
        into(d_a): grad_newton_sqrt_into(a, d_a),
        tape: newton_sqrt(a),
    }
    fn while_halving_until_below_threshold(x: f64 = -3.0..3.0, y: f64 = -3.0..3.0) {
        f: halve_until_small(x, y),
        grad: grad_halve_until_small(x, y),
        into(d_x, d_y): grad_halve_until_small_into(x, y, d_x, d_y),
        tape: halve_until_small_twin(x, y),
    }
    fn while_over_integer_counter(w: Vec<f64>[9] = -2.0..2.0) {
        f: while_index_loop(&w),
        grad: grad_while_index_loop(&w),
        into(d_w): grad_while_index_loop_into(&w, d_w),
        tape: while_index_loop(&w),
    }
    fn loop_with_counter_continue_and_break(w: Vec<f64>[8] = -1.0..1.5) {
        f: loop_with_counter(&w),
        grad: grad_loop_with_counter(&w),
        into(d_w): grad_loop_with_counter_into(&w, d_w),
        tape: loop_with_counter(&w),
    }
    fn early_return_inside_loop(
        w: Vec<f64>[6] = -1.5..1.5; x: Vec<f64>[6] = 0.0..1.0, threshold: f64 = 0.75..1.1
    ) {
        f: first_above_threshold(&w, &x, threshold),
        grad: grad_first_above_threshold(&w, &x, threshold),
        into(d_w): grad_first_above_threshold_into(&w, &x, threshold, d_w),
        tape: first_above_threshold(&w, &x, threshold),
    }
    fn relu_abs_and_max_branches_inside_loop(
        w: Vec<f64>[7] = -2.0..2.0, x: Vec<f64>[7] = -2.0..2.0
    ) {
        f: relu_abs_max(&w, &x),
        grad: grad_relu_abs_max(&w, &x),
        into(d_w, d_x): grad_relu_abs_max_into(&w, &x, d_w, d_x),
        tape: relu_abs_max_twin(&w, &x),
    }
    fn local_array_written_by_index_and_read_back(w: [f64; 6] = -2.0..2.0) {
        f: local_array(&w),
        grad: grad_local_array(&w),
        into(d_w): grad_local_array_into(&w, d_w),
        tape: local_array(&w),
    }
    fn local_array_accumulated_at_computed_index(w: Vec<f64>[11] = -2.0..2.0) {
        f: bucket_sums(&w),
        grad: grad_bucket_sums(&w),
        into(d_w): grad_bucket_sums_into(&w, d_w),
        tape: bucket_sums_twin(&w),
    }
    fn local_vec_written_by_index_and_read_back(w: Vec<f64>[7] = -1.2..1.2) {
        f: local_vec(&w),
        grad: grad_local_vec(&w),
        into(d_w): grad_local_vec_into(&w, d_w),
        tape: local_vec_twin(&w),
    }
    fn generic_local_vec_filled_in_reverse(w: Vec<f64>[7] = -1.5..1.5) {
        f: suffix_sums(&w),
        grad: grad_suffix_sums(&w),
        into(d_w): grad_suffix_sums_into(&w, d_w),
        tape: suffix_sums(&w),
    }
    fn vec_reference_argument(w: Vec<f64>[5] = -2.0..2.0, scale: f64 = -2.0..2.0) {
        f: vec_ref_norm(&w, scale),
        grad: grad_vec_ref_norm(&w, scale),
        into(d_w, d_scale): grad_vec_ref_norm_into(&w, scale, d_w, d_scale),
        tape: vec_ref_norm_twin(&w, scale),
    }
    fn by_value_array_argument(p: [f64; 4] = -1.5..1.5, x: f64 = -1.5..1.5) {
        f: by_value_array(p, x),
        grad: grad_by_value_array(p, x),
        into(d_p, d_x): grad_by_value_array_into(p, x, d_p, d_x),
        tape: by_value_array_twin(p, x),
    }
    fn logistic_loss_wrt_weights_with_data_batch(
        w: Vec<f64>[4] = -1.0..1.0, b: f64 = -1.0..1.0;
        x: Vec<[f64; 4]>[9] = -2.0..2.0, y: Vec<f64>[9] = 0.0..1.0
    ) {
        f: logistic_loss(&w, b, &x, &y),
        grad: grad_logistic_loss(&w, b, &x, &y),
        into(d_w, d_b): grad_logistic_loss_into(&w, b, &x, &y, d_w, d_b),
        tape: logistic_loss_twin(&w, b, &x, &y),
    }
    fn scalar_annotated_callee_from_loop_body(
        w: Vec<f64>[6] = -2.0..2.0; x: Vec<f64>[6] = -2.0..2.0
    ) {
        f: softplus_layer(&w, &x),
        grad: grad_softplus_layer(&w, &x),
        into(d_w): grad_softplus_layer_into(&w, &x, d_w),
        tape: softplus_layer_twin(&w, &x),
    }
    fn generic_annotated_callee_from_loop_body(
        w: Vec<f64>[6] = -2.0..2.0, x: Vec<f64>[6] = -2.0..2.0
    ) {
        f: gated_sum(&w, &x),
        grad: grad_gated_sum(&w, &x),
        into(d_w, d_x): grad_gated_sum_into(&w, &x, d_w, d_x),
        tape: gated_sum(&w, &x),
    }
    fn slices_passed_on_to_annotated_function(
        w: Vec<f64>[5] = 0.5..2.0, x: Vec<f64>[5] = -2.0..2.0
    ) {
        f: cosine_similarity(&w, &x),
        grad: grad_cosine_similarity(&w, &x),
        into(d_w, d_x): grad_cosine_similarity_into(&w, &x, d_w, d_x),
        tape: cosine_similarity_twin(&w, &x),
    }
    fn arrays_passed_on_to_annotated_function(
        m: [[f64; 3]; 4] = -1.5..1.5, v: [f64; 3] = -1.5..1.5; target: [f64; 4] = -2.0..2.0
    ) {
        f: matvec_loss_of_sines(&m, &v, &target),
        grad: grad_matvec_loss_of_sines(&m, &v, &target),
        into(d_m, d_v): grad_matvec_loss_of_sines_into(&m, &v, &target, d_m, d_v),
        tape: matvec_loss_of_sines(&m, &v, &target),
    }
    fn two_layer_tanh_network_over_batch_of_five(
        w1: [[f64; 8]; 16] = -0.6..0.6, b1: [f64; 16] = -0.5..0.5,
        w2: [f64; 16] = -0.6..0.6, b2: f64 = -0.5..0.5;
        x: Vec<[f64; 8]>[5] = -1.0..1.0, y: Vec<f64>[5] = -1.0..1.0
    ) {
        f: mlp_mse(&w1, &b1, &w2, b2, &x, &y),
        grad: grad_mlp_mse(&w1, &b1, &w2, b2, &x, &y),
        into(d_w1, d_b1, d_w2, d_b2): grad_mlp_mse_into(&w1, &b1, &w2, b2, &x, &y, d_w1, d_b1, d_w2, d_b2),
        tape: mlp_mse_twin(&w1, &b1, &w2, b2, &x, &y),
    }
    fn two_layer_tanh_network_over_batch_of_one(
        w1: [[f64; 8]; 16] = -0.6..0.6, b1: [f64; 16] = -0.5..0.5,
        w2: [f64; 16] = -0.6..0.6, b2: f64 = -0.5..0.5;
        x: Vec<[f64; 8]>[1] = -1.0..1.0, y: Vec<f64>[1] = -1.0..1.0
    ) {
        f: mlp_mse(&w1, &b1, &w2, b2, &x, &y),
        grad: grad_mlp_mse(&w1, &b1, &w2, b2, &x, &y),
        into(d_w1, d_b1, d_w2, d_b2): grad_mlp_mse_into(&w1, &b1, &w2, b2, &x, &y, d_w1, d_b1, d_w2, d_b2),
        tape: mlp_mse_twin(&w1, &b1, &w2, b2, &x, &y),
    }
    fn tape_mode_on_a_slice(w: Vec<f64>[6] = -2.0..2.0) {
        f: tape_norm(&w),
        grad: grad_tape_norm(&w),
        into(d_w): grad_tape_norm_into(&w, d_w),
        tape: tape_norm(&w),
    }
    fn tape_mode_on_an_array_and_a_scalar(c: [f64; 4] = -2.0..2.0, x: f64 = -1.5..1.5) {
        f: tape_polynomial(&c, x),
        grad: grad_tape_polynomial(&c, x),
        into(d_c, d_x): grad_tape_polynomial_into(&c, x, d_c, d_x),
        tape: tape_polynomial(&c, x),
    }
}

// ---------------------------------------------------------------------------------------
// Exact values, gradient types, and buffers of the wrong length.
// ---------------------------------------------------------------------------------------

/// The gradient of a slice is a `Vec`, of an array the same array type, a tuple in argument
/// order for several active arguments (SPEC §2.1); exact values where they are exact.
#[test]
fn gradient_types_follow_the_argument_types() {
    let (value, (d_w, d_x)): (f64, (Vec<f64>, Vec<f64>)) =
        grad_dot(&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0]);
    assert_eq!(value, 32.0);
    assert_eq!(d_w, vec![4.0, 5.0, 6.0]);
    assert_eq!(d_x, vec![1.0, 2.0, 3.0]);

    let (_, d_z): (f64, Vec<f64>) = grad_softmax_cross_entropy(&[0.0, 0.0], 1);
    assert_eq!(d_z, vec![0.5, -0.5]);

    let (value, (d_w, d_x)): (f64, (Vec<f64>, Vec<f64>)) = grad_dot::<f64>(&[], &[]);
    assert_eq!(value, 0.0);
    assert!(d_w.is_empty() && d_x.is_empty());

    let m = [
        [1.0, 0.0, 0.0],
        [0.0, 1.0, 0.0],
        [0.0, 0.0, 1.0],
        [1.0, 1.0, 1.0],
    ];
    let (_, (d_m, d_v)): (f64, ([[f64; 3]; 4], [f64; 3])) =
        grad_matvec_loss(&m, &[1.0, 2.0, 3.0], &[0.0; 4]);
    // y = (1, 2, 3, 6), loss = Σ y² / 4, ∂/∂m[i][j] = y[i] v[j] / 2.
    assert_eq!(d_m[3], [3.0, 6.0, 9.0]);
    assert_eq!(d_v, [3.5, 4.0, 4.5]);

    let (_, (d_w, d_scale)): (f64, (Vec<f64>, f64)) = grad_vec_ref_norm(&vec![0.0; 3], 2.0);
    assert_eq!((d_w, d_scale), (vec![0.0; 3], 1.0));

    let (value, (d_p, d_x)): (f64, ([f64; 4], f64)) =
        grad_by_value_array([0.0, 0.0, 1.0, 0.0], 3.0);
    // (p₀x³ + p₁x² + p₂x + p₃)² = 9, ∂/∂p = 2 · 3 · (x³, x², x, 1), ∂/∂x = 2 · 3 · p₂.
    assert_eq!((value, d_p, d_x), (9.0, [162.0, 54.0, 18.0, 6.0], 6.0));

    let zeros = [[0.0; 8]; 16];
    let (_, (d_w1, d_b1, d_w2, d_b2)): (f64, ([[f64; 8]; 16], [f64; 16], [f64; 16], f64)) =
        grad_mlp_mse(&zeros, &[0.0; 16], &[0.0; 16], 1.0, &[[1.0; 8]], &[0.0]);
    assert_eq!((d_w1, d_b1, d_w2, d_b2), (zeros, [0.0; 16], [0.0; 16], 2.0));

    let (_, d_w): (f64, Vec<f64>) = grad_tape_norm(&[3.0, 4.0]);
    assert!((d_w[0] - 0.6).abs() < 1e-15 && (d_w[1] - 0.8).abs() < 1e-15);
}

/// `grad_f_into` adds into array buffers of any nesting and leaves data alone.
#[test]
fn grad_into_adds_into_nested_array_buffers() {
    let m = [
        [0.5, -1.0, 2.0],
        [1.5, 0.25, -0.5],
        [0.0, 1.0, 1.0],
        [-2.0, 0.5, 0.75],
    ];
    let (v, target) = ([0.3, -0.7, 1.1], [0.5, -0.5, 1.0, 2.0]);
    let (value, (d_m, d_v)) = grad_matvec_loss(&m, &v, &target);
    let mut sum_m = [[10.0; 3]; 4];
    let mut sum_v = [-10.0; 3];
    for call in 1..=3 {
        assert_eq!(
            grad_matvec_loss_into(&m, &v, &target, &mut sum_m, &mut sum_v),
            value
        );
        for i in 0..4 {
            for j in 0..3 {
                let expected = 10.0 + call as f64 * d_m[i][j];
                assert!(
                    (sum_m[i][j] - expected).abs() < 1e-12,
                    "d_m[{i}][{j}] after {call}"
                );
            }
        }
        for j in 0..3 {
            let expected = -10.0 + call as f64 * d_v[j];
            assert!((sum_v[j] - expected).abs() < 1e-12, "d_v[{j}] after {call}");
        }
    }
}

/// A slice buffer shorter than its argument is a panic naming the argument.
#[test]
#[should_panic(expected = "weights")]
fn grad_into_panics_on_a_short_slice_buffer() {
    let mut d_weights = [0.0; 2];
    let mut d_x = 0.0;
    grad_weighted_sum_into(&[1.0, 2.0, 3.0], 0.5, &mut d_weights, &mut d_x);
}

/// A slice buffer longer than its argument is a panic naming the argument.
#[test]
#[should_panic(expected = "weights")]
fn grad_into_panics_on_a_long_slice_buffer() {
    let mut d_weights = [0.0; 4];
    let mut d_x = 0.0;
    grad_weighted_sum_into(&[1.0, 2.0, 3.0], 0.5, &mut d_weights, &mut d_x);
}

/// A buffer of the right length is accepted, and the two polynomial forms agree.
#[test]
fn horner_and_power_sum_agree() {
    let c = [0.5, -1.0, 2.0, 0.25, -0.75];
    for &x in &[-1.3, -0.2, 0.0, 0.7, 1.4] {
        let (a, (d_ca, d_xa)) = grad_horner(&c, x);
        let (b, (d_cb, d_xb)) = grad_power_sum(&c, x);
        assert!((a - b).abs() < 1e-12);
        assert!((d_xa - d_xb).abs() < 1e-12);
        for i in 0..c.len() {
            assert!((d_ca[i] - d_cb[i]).abs() < 1e-12);
        }
    }
    let mut d_weights = [1.0; 3];
    let mut d_x = 1.0;
    grad_weighted_sum_into(&[1.0, 2.0, 3.0], 0.5, &mut d_weights, &mut d_x);
    assert_eq!(d_weights, [1.5, 1.25, 1.125]);
}

/// Rows picked by an index slice (`for &row in batch`), and `batch.len()` as a bound.
#[differentiable(wrt(w))]
fn picked_rows(w: &[f64], y: &[f64], batch: &[usize]) -> f64 {
    let mut s = 0.0;
    for &row in batch.iter() {
        let t = y[row];
        s += w[row] * t * w[row];
    }
    for k in 0..batch.len() {
        s += w[k] * w[k];
    }
    s
}

#[test]
fn integer_index_slices_pick_rows_and_bound_loops() {
    let (w, y, batch) = ([1.0, 2.0, 3.0], [0.5, 1.5, 2.5], [2usize, 0, 2]);
    let (value, gradient) = grad_picked_rows(&w, &y, &batch);
    assert_eq!(value, picked_rows(&w, &y, &batch));
    for i in 0..3 {
        let h = 1e-6;
        let (mut up, mut down) = (w, w);
        up[i] += h;
        down[i] -= h;
        let expected = (picked_rows(&up, &y, &batch) - picked_rows(&down, &y, &batch)) / (2.0 * h);
        assert!(
            (gradient[i] - expected).abs() < 1e-6,
            "d/dw{i}: {} vs {expected}",
            gradient[i]
        );
    }
}
