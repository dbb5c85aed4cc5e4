//! Generated code names everything by absolute path, so it compiles in a crate that
//! shadows the prelude.

#![allow(dead_code)]

use gradus::{differentiable, Float};

struct Option;
struct Some;
struct None;
struct Result;
struct Ok;
struct Err;
struct Vec;
struct Box;
struct String;
struct Into;
struct From;
struct Clone;
struct Copy;
struct Default;
mod core {}
mod std {}

fn zero() {}
fn one() {}

#[differentiable]
fn square(x: f64) -> f64 {
    x * x
}

#[differentiable]
fn softplus<T>(z: T) -> T
where
    T: Float,
{
    (T::one() + z.exp()).ln()
}

#[differentiable]
fn piecewise(x: f64) -> f64 {
    if x < 0.0 {
        return -x;
    }
    let y = if x > 1.0 { 2.0 * x - 1.0 } else { x * x };
    y
}

#[differentiable]
fn composed(x: f64, y: f64) -> f64 {
    square(x) * y + softplus(y)
}

#[differentiable(wrt(w))]
fn weighted(w: f64, data: f64, n: i32) -> f64 {
    w * data * n as f64
}

#[differentiable(tape)]
fn on_tape<T: Float>(x: T, y: T) -> T {
    x.sin() * y
}

#[derive(Clone, gradus::Differentiable)]
struct Dense<T> {
    w: [T; 2],
    b: ::std::vec::Vec<T>,
}

#[differentiable(tape, wrt(d))]
fn dense_on_tape<T: Float>(d: &Dense<T>, x: T) -> T {
    d.w[0] * x + d.w[1] + d.b[0] * d.b[1]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

fn main() {
    let (value, gradient) = grad_square(3.0);
    assert!(close(value, 9.0) && close(gradient, 6.0));

    let sigmoid = |z: f64| 1.0 / (1.0 + (-z).exp());
    let (_, gradient) = grad_softplus(0.5_f64);
    assert!(close(gradient, sigmoid(0.5)));

    assert!(close(grad_piecewise(-2.0).1, -1.0));
    assert!(close(grad_piecewise(0.5).1, 1.0));
    assert!(close(grad_piecewise(3.0).1, 2.0));

    let (_, (dx, dy)) = grad_composed(2.0, 0.0);
    assert!(close(dx, 0.0) && close(dy, 4.0 + 0.5));

    let (_, dw) = grad_weighted(1.5, 2.0, 3);
    assert!(close(dw, 6.0));

    let (_, (dx, dy)) = grad_on_tape(0.0_f64, 2.0);
    assert!(close(dx, 2.0) && close(dy, 0.0));

    let dense = Dense {
        w: [1.0, 2.0],
        b: ::std::vec![0.5, 4.0],
    };
    let (value, d) = grad_dense_on_tape(&dense, 3.0);
    assert!(close(value, 7.0));
    assert!(close(d.w[0], 3.0) && close(d.w[1], 1.0));
    assert!(close(d.b[0], 4.0) && close(d.b[1], 0.5));

    let mut d_x = 1.0;
    assert!(close(grad_square_into(2.0, &mut d_x), 4.0));
    assert!(close(d_x, 5.0));
}
