//! Struct arguments in tape mode (SPEC §2.5, §2.6): `#[differentiable(tape, wrt(p))]` on a
//! loss over a struct generic over its float type runs the loss with `p` rebuilt as
//! `Mlp<Var<T>>`. Every gradient is checked against central finite differences and
//! against the generated (non-tape) gradient of the same loss written the other way (index
//! loops there, iterator chains and closures here), never against itself.
#![allow(clippy::needless_range_loop)]

mod common;

use common::{central_differences, flatten, relative_error, unflatten};
use gradus::{differentiable, Differentiable, Float};

/// Checks `gradient` (a struct) against central differences of `f` at `at`, and that no
/// component is zero (so a gradient added at the wrong scalar cannot pass unnoticed).
fn assert_matches_finite_differences<D>(f: impl Fn(&D) -> f64, at: &D, gradient: &D)
where
    D: Differentiable<Scalar = f64>,
{
    let x = flatten(at);
    let estimate = central_differences(|v: &[f64]| f(&unflatten(at, v)), &x, x.len());
    let gradient = flatten(gradient);
    assert_eq!(gradient.len(), estimate.len());
    for (i, (g, fd)) in gradient.iter().zip(&estimate).enumerate() {
        assert!(*g != 0.0, "component {i} is zero");
        assert!(
            relative_error(*g, *fd) < 1e-6,
            "component {i}: tape {g}, finite differences {fd}"
        );
    }
}

fn assert_close<T: Float + std::fmt::Debug>(a: &[T], b: &[T], tolerance: f64, what: &str) {
    assert_eq!(a.len(), b.len(), "{what}: lengths");
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        assert!(
            relative_error(*x, *y) < tolerance,
            "{what}[{i}]: {x:?} against {y:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// A small MLP: a nested generic struct, a `Vec<T>` inside it and one of its own.

#[derive(Clone, Debug, PartialEq, Differentiable)]
struct Dense<T> {
    w: Vec<T>,
    b: T,
}

#[derive(Clone, Debug, PartialEq, Differentiable)]
struct Mlp<T: Float> {
    w1: [[T; 3]; 4],
    b1: [T; 4],
    head: Dense<T>,
    /// `[gain, offset]` of the output.
    affine: Vec<T>,
}

/// The loss as tape mode is for: closures and iterator chains.
#[differentiable(tape, wrt(p))]
fn loss_tape<T: Float>(p: &Mlp<T>, x: &[[T; 3]], t: &[T]) -> T {
    let hidden = |row: &[T; 3]| -> Vec<T> {
        p.w1.iter()
            .zip(&p.b1)
            .map(|(weights, bias)| {
                let a = weights
                    .iter()
                    .zip(row)
                    .fold(*bias, |sum, (w, v)| sum + *w * *v);
                a.tanh()
            })
            .collect()
    };
    let total = x
        .iter()
        .zip(t)
        .map(|(row, target)| {
            let y = hidden(row)
                .iter()
                .zip(&p.head.w)
                .fold(p.head.b, |sum, (h, w)| sum + *h * *w);
            let out = y * p.affine[0] + p.affine[1];
            (out - *target).powi(2)
        })
        .fold(T::zero(), |sum, term| sum + term);
    total / T::from(t.len()).unwrap()
}

/// The same loss for the transformation: index loops.
#[differentiable(wrt(p))]
fn loss_generated<T: Float>(p: &Mlp<T>, x: &[[T; 3]], t: &[T]) -> T {
    let mut loss = T::zero();
    for i in 0..t.len() {
        let mut y = p.head.b;
        for h in 0..4 {
            let mut a = p.b1[h];
            for k in 0..3 {
                a = a + p.w1[h][k] * x[i][k];
            }
            y = y + a.tanh() * p.head.w[h];
        }
        let out = y * p.affine[0] + p.affine[1];
        loss = loss + (out - t[i]) * (out - t[i]);
    }
    loss / T::from(t.len()).unwrap()
}

fn sample_mlp() -> Mlp<f64> {
    let mut p = Mlp {
        w1: [[0.0; 3]; 4],
        b1: [0.0; 4],
        head: Dense {
            w: vec![0.0; 4],
            b: 0.1,
        },
        affine: vec![1.3, -0.2],
    };
    for h in 0..4 {
        for k in 0..3 {
            p.w1[h][k] = 0.3 * ((h * 3 + k) as f64 + 0.5).sin();
        }
        p.b1[h] = 0.1 * h as f64 - 0.2;
        p.head.w[h] = 0.5 - 0.3 * h as f64;
    }
    p
}

fn sample_data() -> (Vec<[f64; 3]>, Vec<f64>) {
    let x = (0..5)
        .map(|i| {
            let i = i as f64;
            [i.cos(), 0.5 * i - 1.0, (0.7 * i).sin()]
        })
        .collect();
    let t = (0..5).map(|i| 0.2 * i as f64 - 0.3).collect();
    (x, t)
}

fn to_f32(p: &Mlp<f64>) -> Mlp<f32> {
    gradus::Rebuild::rebuild(p, &mut |v: f64| v as f32)
}

#[test]
fn the_struct_gradient_on_the_tape_matches_finite_differences() {
    let p = sample_mlp();
    let (x, t) = sample_data();
    let (value, g): (f64, Mlp<f64>) = grad_loss_tape(&p, &x, &t);
    assert_eq!(value, loss_tape(&p, &x, &t));
    assert_eq!(g.head.w.len(), 4);
    assert_eq!(g.affine.len(), 2);
    assert_matches_finite_differences(|q: &Mlp<f64>| loss_tape(q, &x, &t), &p, &g);
}

#[test]
fn the_struct_gradient_on_the_tape_matches_the_generated_one() {
    let p = sample_mlp();
    let (x, t) = sample_data();
    let (tape_value, tape) = grad_loss_tape(&p, &x, &t);
    let (value, generated) = grad_loss_generated(&p, &x, &t);
    assert!(relative_error(tape_value, value) < 1e-12);
    // Field by field, so that a scalar misplaced within the struct is named.
    assert_close(&tape.w1.concat(), &generated.w1.concat(), 1e-9, "w1");
    assert_close(&tape.b1, &generated.b1, 1e-9, "b1");
    assert_close(&tape.head.w, &generated.head.w, 1e-9, "head.w");
    assert_close(&[tape.head.b], &[generated.head.b], 1e-9, "head.b");
    assert_close(&tape.affine, &generated.affine, 1e-9, "affine");

    // At f32 too.
    let p32 = to_f32(&p);
    let x32: Vec<[f32; 3]> = x.iter().map(|row| row.map(|v| v as f32)).collect();
    let t32: Vec<f32> = t.iter().map(|v| *v as f32).collect();
    let (_, tape32) = grad_loss_tape(&p32, &x32, &t32);
    let (_, generated32) = grad_loss_generated(&p32, &x32, &t32);
    assert_close(&flatten(&tape32), &flatten(&generated32), 1e-4, "f32");
}

#[test]
fn grad_into_adds_into_the_struct_buffer() {
    let p = sample_mlp();
    let (x, t) = sample_data();
    let (_, g) = grad_loss_tape(&p, &x, &t);
    let mut sum = p.zeros_like();
    sum.head.w[2] = 1.0;
    sum.w1[0][1] = -2.0;
    let value = grad_loss_tape_into(&p, &x, &t, &mut sum);
    assert_eq!(value, loss_tape(&p, &x, &t));
    grad_loss_tape_into(&p, &x, &t, &mut sum);
    let mut expected = g.clone();
    expected.for_each_scalar_mut(&mut |d| *d *= 2.0);
    expected.head.w[2] += 1.0;
    expected.w1[0][1] += -2.0;
    assert_close(
        &flatten(&sum),
        &flatten(&expected),
        1e-12,
        "two calls added",
    );
}

#[test]
#[should_panic(expected = "`head.w` has length 3 where 4 was expected")]
fn a_buffer_of_another_shape_panics_naming_the_field() {
    let p = sample_mlp();
    let (x, t) = sample_data();
    let mut buffer = p.zeros_like();
    buffer.head.w.pop();
    grad_loss_tape_into(&p, &x, &t, &mut buffer);
}

// ---------------------------------------------------------------------------------------
// A scalar beside the struct: the gradient's order is the arguments'.

#[differentiable(tape, wrt(decay, p))]
fn penalized_tape<T: Float>(decay: T, p: &Mlp<T>, x: &[[T; 3]], t: &[T]) -> T {
    let squares = p
        .head
        .w
        .iter()
        .chain(p.affine.iter())
        .map(|w| *w * *w)
        .fold(T::zero(), |sum, s| sum + s);
    loss_tape(p, x, t) + decay * decay * squares
}

#[differentiable(wrt(decay, p))]
fn penalized_generated<T: Float>(decay: T, p: &Mlp<T>, x: &[[T; 3]], t: &[T]) -> T {
    let mut squares = T::zero();
    for h in 0..4 {
        squares = squares + p.head.w[h] * p.head.w[h];
    }
    squares = squares + p.affine[0] * p.affine[0] + p.affine[1] * p.affine[1];
    loss_generated(p, x, t) + decay * decay * squares
}

#[test]
fn a_scalar_and_a_struct_get_their_own_gradients() {
    let p = sample_mlp();
    let (x, t) = sample_data();
    let (value, (d_decay, d_p)) = grad_penalized_tape(0.7, &p, &x, &t);
    assert_eq!(value, penalized_tape(0.7, &p, &x, &t));
    let (expected_value, (expected_decay, expected_p)) = grad_penalized_generated(0.7, &p, &x, &t);
    assert!(relative_error(value, expected_value) < 1e-12);
    assert!(relative_error(d_decay, expected_decay) < 1e-9);
    assert_close(&flatten(&d_p), &flatten(&expected_p), 1e-9, "p");
    assert_matches_finite_differences(|q: &Mlp<f64>| penalized_tape(0.7, q, &x, &t), &p, &d_p);

    let mut sum = (0.5, p.zeros_like());
    penalized_tape_into_twice(&p, &x, &t, &mut sum);
    assert!(relative_error(sum.0, 0.5 + 2.0 * d_decay) < 1e-12);
    let twice: Vec<f64> = flatten(&d_p).iter().map(|d| 2.0 * d).collect();
    assert_close(&flatten(&sum.1), &twice, 1e-12, "p added twice");
}

fn penalized_tape_into_twice(p: &Mlp<f64>, x: &[[f64; 3]], t: &[f64], sum: &mut (f64, Mlp<f64>)) {
    for _ in 0..2 {
        grad_penalized_tape_into(0.7, p, x, t, &mut sum.0, &mut sum.1);
    }
}

// ---------------------------------------------------------------------------------------
// Calls from other annotated functions: the tape function's companions.

/// The transformation's reverse sweep calls the tape function's adjoint companion with
/// the struct's buffer and the scalar's.
#[differentiable(wrt(decay, p))]
fn composed<T: Float>(decay: T, p: &Mlp<T>, x: &[[T; 3]], t: &[T]) -> T {
    let inner = penalized_tape(decay * decay, p, x, t);
    inner * inner + p.head.b * decay
}

/// The same through the generated callee.
#[differentiable(wrt(decay, p))]
fn composed_generated<T: Float>(decay: T, p: &Mlp<T>, x: &[[T; 3]], t: &[T]) -> T {
    let inner = penalized_generated(decay * decay, p, x, t);
    inner * inner + p.head.b * decay
}

#[test]
fn a_call_from_a_generated_gradient_composes() {
    let p = sample_mlp();
    let (x, t) = sample_data();
    let (value, (d_decay, d_p)) = grad_composed(0.8, &p, &x, &t);
    assert_eq!(value, composed(0.8, &p, &x, &t));
    let (expected_value, (expected_decay, expected_p)) = grad_composed_generated(0.8, &p, &x, &t);
    assert!(relative_error(value, expected_value) < 1e-12);
    assert!(relative_error(d_decay, expected_decay) < 1e-9);
    assert_close(&flatten(&d_p), &flatten(&expected_p), 1e-9, "p");
    assert_matches_finite_differences(|q: &Mlp<f64>| composed(0.8, q, &x, &t), &p, &d_p);
    let step = 1e-6;
    let estimate =
        (composed(0.8 + step, &p, &x, &t) - composed(0.8 - step, &p, &x, &t)) / (2.0 * step);
    assert!(
        relative_error(d_decay, estimate) < 1e-6,
        "{d_decay} against {estimate}"
    );
}

/// A tape function calling another runs it on the same tape.
#[differentiable(tape, wrt(p))]
fn composed_on_the_tape<T: Float>(p: &Mlp<T>, x: &[[T; 3]], t: &[T]) -> T {
    let inner = loss_tape(p, x, t);
    inner * inner + p.head.b
}

#[test]
fn a_tape_function_calling_another_composes() {
    let p = sample_mlp();
    let (x, t) = sample_data();
    let (inner, inner_g) = grad_loss_tape(&p, &x, &t);
    let (value, g) = grad_composed_on_the_tape(&p, &x, &t);
    assert!(relative_error(value, inner * inner + p.head.b) < 1e-12);
    let mut expected = inner_g;
    expected.for_each_scalar_mut(&mut |d| *d *= 2.0 * inner);
    expected.head.b += 1.0;
    assert_close(&flatten(&g), &flatten(&expected), 1e-9, "chain rule");
}

// ---------------------------------------------------------------------------------------
// Other forms of the argument and of the caller.

/// The struct by value.
#[differentiable(tape, wrt(d))]
fn response<T: Float>(d: Dense<T>, x: T) -> T {
    d.w.iter()
        .enumerate()
        .map(|(i, w)| *w * x.powi(i as i32 + 1))
        .fold(d.b, |sum, term| sum + term)
        .sin()
}

#[test]
fn a_struct_taken_by_value_is_differentiated() {
    let d = Dense {
        w: vec![0.3, -0.4, 0.25],
        b: 0.1,
    };
    let x = 0.9;
    let (value, g) = grad_response(d.clone(), x);
    let inner = d.b + d.w[0] * x + d.w[1] * x * x + d.w[2] * x * x * x;
    assert!(relative_error(value, inner.sin()) < 1e-12);
    let c = inner.cos();
    assert!(relative_error(g.b, c) < 1e-12);
    assert_close(&g.w, &[c * x, c * x * x, c * x * x * x], 1e-12, "w");
}

/// Generic code calls a tape function's gradient knowing what it would know to call a
/// generated one: `Mlp<T>: Differentiable`, nothing about `Rebuild` or the tape.
fn summed_gradient<T: Float>(p: &Mlp<T>, x: &[[T; 3]], t: &[T]) -> (T, Mlp<T>)
where
    Mlp<T>: Differentiable,
{
    let mut sum = p.zeros_like();
    grad_loss_tape_into(p, x, t, &mut sum);
    let value = grad_loss_tape_into(p, x, t, &mut sum);
    (value, sum)
}

#[test]
fn generic_code_calls_the_tape_gradient_under_the_generated_ones_bounds() {
    let p = sample_mlp();
    let (x, t) = sample_data();
    let (value, sum) = summed_gradient(&p, &x, &t);
    let (expected_value, g) = grad_loss_generated(&p, &x, &t);
    assert!(relative_error(value, expected_value) < 1e-12);
    let twice: Vec<f64> = flatten(&g).iter().map(|d| 2.0 * d).collect();
    assert_close(&flatten(&sum), &twice, 1e-9, "summed");
}

#[test]
fn the_derived_rebuild_visits_in_the_order_of_for_each_scalar() {
    let p = sample_mlp();
    let mut visited = Vec::new();
    let rebuilt: Mlp<f64> = gradus::Rebuild::rebuild(&p, &mut |x: f64| {
        visited.push(x);
        -x
    });
    assert_eq!(visited, flatten(&p));
    let negated: Vec<f64> = flatten(&p).iter().map(|x| -x).collect();
    assert_eq!(flatten(&rebuilt), negated);
    assert_eq!(rebuilt.head.w.len(), p.head.w.len());
}
