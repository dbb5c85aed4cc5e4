//! Test support for the second natural corpus: finite differences through
//! `gradus::check::check_gradient`, relative comparison against the tape, and a constant
//! conversion for the generic twins.
#![allow(dead_code)]

use gradus::check::check_gradient;
use gradus::Float;

/// Central differences of `f` at `x` must agree with `g` to 1e-6 (relative/absolute mix).
pub fn fd(what: &str, f: impl FnMut(&[f64]) -> f64, x: &[f64], g: &[f64]) {
    let r = check_gradient(f, x, g).expect("bad check input");
    assert!(
        r.passes(1e-6),
        "{what}: finite differences disagree at component {} (error {:e})\n  grad {:?}\n  fd   {:?}\n  at   {:?}",
        r.index, r.max_relative_error, g, r.finite_difference, x
    );
}

/// The same in f32 with 1e-3.
pub fn fd32(what: &str, f: impl FnMut(&[f32]) -> f32, x: &[f32], g: &[f32]) {
    let r = check_gradient(f, x, g).expect("bad check input");
    assert!(
        r.passes(1e-3),
        "{what}: finite differences disagree at component {} (error {:e})\n  grad {:?}\n  fd   {:?}\n  at   {:?}",
        r.index, r.max_relative_error, g, r.finite_difference, x
    );
}

/// Component-wise |a-b| <= tol * max(1, |a|, |b|).
pub fn same<T: Float + std::fmt::Debug>(what: &str, a: &[T], b: &[T], tol: f64) {
    assert_eq!(
        a.len(),
        b.len(),
        "{what}: lengths {} vs {}",
        a.len(),
        b.len()
    );
    let tol = T::from(tol).unwrap();
    for i in 0..a.len() {
        let scale = T::one().max(a[i].abs()).max(b[i].abs());
        assert!(
            (a[i] - b[i]).abs() <= tol * scale,
            "{what}: component {i} differs: {:?} vs {:?}\n  {:?}\n  {:?}",
            a[i],
            b[i],
            a,
            b
        );
    }
}

/// f64 constant into any float type (the twins use it for literals and data).
pub fn k<T: Float>(v: f64) -> T {
    T::from(v).unwrap()
}

/// Flattens a slice of fixed-size arrays.
pub fn flat<const N: usize>(v: &[[f64; N]]) -> Vec<f64> {
    v.iter().flat_map(|r| r.iter().copied()).collect()
}
pub fn unflat<const N: usize>(v: &[f64]) -> Vec<[f64; N]> {
    v.chunks(N)
        .map(|c| {
            let mut a = [0.0; N];
            a.copy_from_slice(c);
            a
        })
        .collect()
}

/// Deterministic standard normals (LCG + Box–Muller), so tests are reproducible.
pub fn normals(seed: u64, rows: usize, cols: usize) -> Vec<Vec<f64>> {
    let mut s = seed;
    let mut uni = move || {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((s >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    };
    (0..rows)
        .map(|_| {
            (0..cols)
                .map(|_| {
                    let (u1, u2) = (uni(), uni());
                    (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod can_fail {
    #[test]
    #[should_panic(expected = "finite differences disagree")]
    fn fd_rejects_wrong_gradient() {
        super::fd(
            "x",
            |v| v[0].sin() * v[1],
            &[0.3, 2.0],
            &[0.3f64.cos() * 2.0, 0.3f64.sin() * 1.0001],
        );
    }
    #[test]
    #[should_panic(expected = "component 0 differs")]
    fn same_rejects_difference() {
        super::same("x", &[1.0f64], &[1.0 + 1e-8], 1e-9);
    }
}
