//! Shared test helpers for the third natural corpus (no macro use here).
#![allow(dead_code)]

use gradus::check::{check_gradient, check_gradient_with_step};
use gradus::Float;

/// Central finite differences with the default step; f64 tolerance 1e-6.
pub fn fd(name: &str, f: impl FnMut(&[f64]) -> f64, x: &[f64], g: &[f64]) {
    let report = check_gradient(f, x, g).expect("check_gradient input");
    assert!(
        report.passes(1e-6),
        "{name}: FD mismatch at component {} (err {:e}) at x = {:?}:\n grad {:?}\n fd   {:?}",
        report.index,
        report.max_relative_error,
        x,
        g,
        report.finite_difference
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
    let report = check_gradient_with_step(f, x, g, step).expect("check_gradient input");
    assert!(
        report.passes(tol),
        "{name}: FD mismatch at component {} (err {:e}) at x = {:?}:\n grad {:?}\n fd   {:?}",
        report.index,
        report.max_relative_error,
        x,
        g,
        report.finite_difference
    );
}

/// f32, tolerance 1e-3.
pub fn fd32(name: &str, f: impl FnMut(&[f32]) -> f32, x: &[f32], g: &[f32]) {
    let report = check_gradient(f, x, g).expect("check_gradient input");
    assert!(
        report.passes(1e-3),
        "{name}: FD mismatch at component {} (err {:e}) at x = {:?}:\n grad {:?}\n fd   {:?}",
        report.index,
        report.max_relative_error,
        x,
        g,
        report.finite_difference
    );
}

/// |a - b| <= tol * max(1, |a|, |b|)
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
