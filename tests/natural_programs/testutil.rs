//! Shared test helpers (no macro use here).
#![allow(dead_code)]

use gradus::check::check_gradient;
use gradus::Float;

/// Central finite differences (gradus::check::check_gradient) against `g`; f64 tolerance 1e-6.
pub fn fd(name: &str, f: impl FnMut(&[f64]) -> f64, x: &[f64], g: &[f64]) {
    let report = check_gradient(f, x, g).expect("check_gradient input");
    assert!(
        report.passes(1e-6),
        "{name}: FD mismatch at component {} (err {:e}): grad {:?} vs fd {:?}",
        report.index,
        report.max_relative_error,
        g,
        report.finite_difference
    );
}

/// The same in f32 with tolerance 1e-3.
pub fn fd32(name: &str, f: impl FnMut(&[f32]) -> f32, x: &[f32], g: &[f32]) {
    let report = check_gradient(f, x, g).expect("check_gradient input");
    assert!(
        report.passes(1e-3),
        "{name}: FD mismatch at component {} (err {:e}): grad {:?} vs fd {:?}",
        report.index,
        report.max_relative_error,
        g,
        report.finite_difference
    );
}

/// Relative closeness, |a-b| <= tol * max(1, |a|, |b|).
pub fn close<T: Float>(a: T, b: T, tol: T) -> bool {
    (a - b).abs() <= tol * T::one().max(a.abs()).max(b.abs())
}

pub fn all_close<T: Float + std::fmt::Debug>(name: &str, a: &[T], b: &[T], tol: T) {
    assert_eq!(a.len(), b.len(), "{name}: lengths differ");
    for i in 0..a.len() {
        assert!(
            close(a[i], b[i], tol),
            "{name}: component {i}: {:?} vs {:?}\n  all: {:?}\n  vs   {:?}",
            a[i],
            b[i],
            a,
            b
        );
    }
}

/// Constant conversion for generic twins.
pub fn c<T: Float>(v: f64) -> T {
    T::from(v).unwrap()
}

#[cfg(test)]
mod sanity {
    // The checks must be able to fail: a wrong gradient is caught.
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
