//! Newton–CG beside gradient descent, minimising the Rosenbrock function in n = 100.
//!
//! Newton–CG (truncated Newton) solves `H·p = −∇f` for each step by conjugate gradients
//! that only ever need Hessian-vector products, here from the generated `hvp_rosenbrock`,
//! never the Hessian itself; a backtracking line search keeps each step a descent.
//! Gradient descent takes `−∇f` with the same line search. Both start from the classic
//! point (−1.2, 1, −1.2, 1, …) and stop when ‖∇f‖ < 1e-8.
//!
//! Run with `cargo run --release --example newton_cg`.

use gradus::{differentiable, Float};
use std::time::Instant;

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

const N: usize = 100;
const TOLERANCE: f64 = 1e-8;

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(a, b)| a * b).sum()
}

fn norm(a: &[f64]) -> f64 {
    dot(a, a).sqrt()
}

/// `x + t·p`.
fn step(x: &[f64], t: f64, p: &[f64]) -> Vec<f64> {
    x.iter().zip(p).map(|(x, p)| x + t * p).collect()
}

/// Halves `t` from 1 until `f(x + t·p)` falls by a ten-thousandth of what the slope
/// promises (Armijo).
fn line_search(x: &[f64], value: f64, gradient: &[f64], p: &[f64]) -> f64 {
    let slope = dot(gradient, p);
    let mut t = 1.0;
    while rosenbrock(&step(x, t, p)) > value + 1e-4 * t * slope && t > 1e-20 {
        t *= 0.5;
    }
    t
}

/// The Newton direction from conjugate gradients on `H·p = −g`, stopped at a residual
/// of `min(0.5, √‖g‖)·‖g‖` or at negative curvature.
fn newton_direction(x: &[f64], g: &[f64], products: &mut usize) -> Vec<f64> {
    let mut p = vec![0.0; x.len()];
    let mut r: Vec<f64> = g.iter().map(|g| -g).collect();
    let mut d = r.clone();
    let target = 0.5f64.min(norm(g).sqrt()) * norm(g);
    for j in 0..x.len() {
        let (_, _, hd) = hvp_rosenbrock(x, &d);
        *products += 1;
        let curvature = dot(&d, &hd);
        if curvature <= 0.0 {
            // Not a minimum along d: fall back to steepest descent on the first step.
            return if j == 0 { r } else { p };
        }
        let rr = dot(&r, &r);
        let alpha = rr / curvature;
        p = step(&p, alpha, &d);
        let next: Vec<f64> = r.iter().zip(&hd).map(|(r, h)| r - alpha * h).collect();
        if norm(&next) < target {
            return p;
        }
        let beta = dot(&next, &next) / rr;
        d = next.iter().zip(&d).map(|(n, d)| n + beta * d).collect();
        r = next;
    }
    p
}

struct Outcome {
    iterations: usize,
    gradients: usize,
    products: usize,
    value: f64,
    gradient_norm: f64,
    seconds: f64,
}

fn newton_cg(start: &[f64]) -> Outcome {
    let clock = Instant::now();
    let mut x = start.to_vec();
    let (mut iterations, mut products) = (0, 0);
    loop {
        let (value, g) = grad_rosenbrock(&x);
        if norm(&g) < TOLERANCE || iterations == 1000 {
            return Outcome {
                iterations,
                gradients: iterations + 1,
                products,
                value,
                gradient_norm: norm(&g),
                seconds: clock.elapsed().as_secs_f64(),
            };
        }
        let p = newton_direction(&x, &g, &mut products);
        let t = line_search(&x, value, &g, &p);
        x = step(&x, t, &p);
        iterations += 1;
    }
}

fn gradient_descent(start: &[f64], limit: usize) -> Outcome {
    let clock = Instant::now();
    let mut x = start.to_vec();
    let mut iterations = 0;
    loop {
        let (value, g) = grad_rosenbrock(&x);
        if norm(&g) < TOLERANCE || iterations == limit {
            return Outcome {
                iterations,
                gradients: iterations + 1,
                products: 0,
                value,
                gradient_norm: norm(&g),
                seconds: clock.elapsed().as_secs_f64(),
            };
        }
        let p: Vec<f64> = g.iter().map(|g| -g).collect();
        let t = line_search(&x, value, &g, &p);
        x = step(&x, t, &p);
        iterations += 1;
    }
}

fn main() {
    let start: Vec<f64> = (0..N)
        .map(|i| if i % 2 == 0 { -1.2 } else { 1.0 })
        .collect();
    println!("Rosenbrock, n = {N}, from (−1.2, 1, −1.2, 1, …), stop at ‖∇f‖ < {TOLERANCE:e}\n");
    println!(
        "{:<18} {:>10} {:>10} {:>12} {:>12} {:>12} {:>10}",
        "method", "iterations", "gradients", "H·v products", "f", "‖∇f‖", "time"
    );
    let limit = 200_000;
    for (name, outcome) in [
        ("Newton–CG", newton_cg(&start)),
        ("gradient descent", gradient_descent(&start, limit)),
    ] {
        println!(
            "{:<18} {:>10} {:>10} {:>12} {:>12.3e} {:>12.3e} {:>8.1} ms",
            name,
            outcome.iterations,
            outcome.gradients,
            outcome.products,
            outcome.value,
            outcome.gradient_norm,
            outcome.seconds * 1e3
        );
        if outcome.gradient_norm >= TOLERANCE {
            println!(
                "{:<18} stopped at {} iterations without reaching the tolerance",
                "", outcome.iterations
            );
        }
    }
}
