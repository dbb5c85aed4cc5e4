//! Shared test helpers for the fourth natural corpus (no macro use here).
#![allow(dead_code)]

use gradus::check::{check_gradient, check_gradient_with_step};
use gradus::{Float, Tape, Var};

/// Central finite differences with the default step; f64 tolerance 1e-6.
pub fn fd(name: &str, f: impl FnMut(&[f64]) -> f64, x: &[f64], g: &[f64]) {
    let r = check_gradient(f, x, g).expect("check_gradient input");
    assert!(
        r.passes(1e-6),
        "{name}: FD mismatch at component {} (err {:e}) at x = {:?}:\n grad {:?}\n fd   {:?}",
        r.index,
        r.max_relative_error,
        x,
        g,
        r.finite_difference
    );
}

/// The same with a chosen step (callers say why).
pub fn fd_step(
    name: &str,
    f: impl FnMut(&[f64]) -> f64,
    x: &[f64],
    g: &[f64],
    step: f64,
    tol: f64,
) {
    let r = check_gradient_with_step(f, x, g, step).expect("check_gradient input");
    assert!(
        r.passes(tol),
        "{name}: FD mismatch at component {} (err {:e}) at x = {:?}:\n grad {:?}\n fd   {:?}",
        r.index,
        r.max_relative_error,
        x,
        g,
        r.finite_difference
    );
}

/// f32, tolerance 1e-3.
pub fn fd32(name: &str, f: impl FnMut(&[f32]) -> f32, x: &[f32], g: &[f32]) {
    let r = check_gradient(f, x, g).expect("check_gradient input");
    assert!(
        r.passes(1e-3),
        "{name}: FD mismatch at component {} (err {:e}) at x = {:?}:\n grad {:?}\n fd   {:?}",
        r.index,
        r.max_relative_error,
        x,
        g,
        r.finite_difference
    );
}

pub fn close<T: Float>(a: T, b: T, tol: T) -> bool {
    (a - b).abs() <= tol * T::one().max(a.abs()).max(b.abs())
}

pub fn all_close<T: Float + std::fmt::Debug>(name: &str, a: &[T], b: &[T], tol: T) {
    assert_eq!(a.len(), b.len(), "{name}: lengths differ");
    for i in 0..a.len() {
        assert!(
            close(a[i], b[i], tol),
            "{name}: component {i}: {:?} vs {:?}\n  generated: {:?}\n  tape:      {:?}",
            a[i],
            b[i],
            a,
            b
        );
    }
}

/// Value and gradient of a generic twin run on the runtime tape.
pub fn tape_grad<T: Float>(
    x: &[T],
    f: impl for<'a> Fn(&[Var<'a, T>]) -> Var<'a, T>,
) -> (T, Vec<T>) {
    let tape = Tape::<T>::with_capacity(1024);
    let xs = tape.vars(x);
    let y = f(&xs);
    (y.value(), tape.gradient(y, &xs))
}

/// Compare a generated gradient against the tape (1e-9 in f64).
pub fn vs_tape(
    name: &str,
    value: f64,
    g: &[f64],
    x: &[f64],
    f: impl for<'a> Fn(&[Var<'a, f64>]) -> Var<'a, f64>,
) {
    let (tv, tg) = tape_grad(x, f);
    assert!(close(value, tv, 1e-9), "{name}: value {value} vs tape {tv}");
    all_close(name, g, &tg, 1e-9);
}

/// The same in f32 (1e-5).
pub fn vs_tape32(
    name: &str,
    value: f32,
    g: &[f32],
    x: &[f32],
    f: impl for<'a> Fn(&[Var<'a, f32>]) -> Var<'a, f32>,
) {
    let (tv, tg) = tape_grad(x, f);
    assert!(close(value, tv, 1e-5), "{name}: value {value} vs tape {tv}");
    all_close(name, g, &tg, 1e-5);
}

/// A data constant in a generic twin.
pub fn c<T: Float>(v: f64) -> T {
    T::from(v).unwrap()
}

/// Concatenate gradient parts into one vector.
pub fn cat(parts: &[&[f64]]) -> Vec<f64> {
    parts.iter().flat_map(|p| p.iter().copied()).collect()
}

#[cfg(test)]
mod sanity {
    #[test]
    #[should_panic(expected = "FD mismatch")]
    fn fd_catches_a_wrong_gradient() {
        super::fd(
            "sanity",
            |x| x[0] * x[0] * x[1],
            &[1.5, -2.0],
            &[-6.0, 2.25 * 1.001],
        );
    }
    #[test]
    #[should_panic(expected = "component 1")]
    fn all_close_catches_a_difference() {
        super::all_close("sanity", &[1.0, 2.0], &[1.0, 2.0 + 1e-7], 1e-9);
    }
}

/// f32 with a chosen step (callers say why).
pub fn fd32_step(name: &str, f: impl FnMut(&[f32]) -> f32, x: &[f32], g: &[f32], step: f32) {
    let r = check_gradient_with_step(f, x, g, step).expect("check_gradient input");
    assert!(
        r.passes(1e-3),
        "{name}: FD mismatch at component {} (err {:e}) at x = {:?}:\n grad {:?}\n fd   {:?}",
        r.index,
        r.max_relative_error,
        x,
        g,
        r.finite_difference
    );
}
