//! Programs shaped to what the optimizing stage changes (reads forwarded, reads computed
//! again instead of recorded, neighbours' adjoints carried, rows taken before a loop),
//! each checked against finite differences and against the tape running the same generic
//! function.

#![allow(clippy::needless_range_loop)]

use gradus::{differentiable, Float, Tape};

/// Neighbours two apart from the loop's start: `x[i + 1]`, `x[i + 2]` over `1..n`.
#[differentiable(wrt(x))]
fn shifted_neighbours<T: Float>(x: &[T], n: usize) -> T {
    let mut s = T::zero();
    for i in 1..n {
        let d = x[i + 2] - x[i + 1] * x[i + 1];
        s = s + d * d + (x[i + 1] - T::one()).powi(2);
    }
    s + x[0]
}

/// Neighbours read in the other order, and another array read at the same index.
#[differentiable]
fn neighbours_of_two_arrays<T: Float>(x: &[T], w: &[T]) -> T {
    let mut s = T::zero();
    for i in 0..x.len() - 1 {
        s = s + (x[i] * w[i]).sin() * x[i + 1].cos();
    }
    s
}

/// A local array written, read back in the same iteration and read twice.
#[differentiable]
fn written_then_read<T: Float>(x: &[T], m: &[T]) -> T {
    let n = x.len();
    let mut c = vec![T::zero(); n];
    let mut s = T::zero();
    for i in 0..n {
        c[i] = x[i] - m[i];
        s = s + (c[i] * c[i]).exp() * c[i];
    }
    s
}

/// A local array filled once, then read in a later loop (computed again, not recorded),
/// and an argument read at an index kept by a counter (the index is recorded, not the value).
#[differentiable]
fn settled_array_and_counter<T: Float>(q: &[T], x: &[T]) -> T {
    let k = q.len();
    let mut e = vec![T::zero(); k];
    for j in 0..k {
        e[j] = q[j].exp();
    }
    let mut s = T::zero();
    let mut at = 0;
    for i in 0..x.len() {
        for j in 0..k {
            s = s + (e[j] * x[i]).tanh() * q[at % k];
            at += 1;
        }
    }
    s
}

/// A tanh layer summed: the inner loops take rows of `h`, `w[k]` and `b` (forward) and of
/// their adjoints (reverse); `lens` gives ragged rows whose loops may be empty, and a row
/// past the end of `w` is never taken when its loop is empty.
#[differentiable(wrt(w, b))]
fn ragged_layer<T: Float>(x: &[T], w: &[[T; 3]], b: &[T], lens: &[usize]) -> T {
    let n = b.len();
    let mut h = vec![T::zero(); n];
    for k in 0..lens.len() {
        for j in 0..lens[k] {
            h[j] = h[j] + x[k] * w[k][j];
        }
    }
    let mut s = T::zero();
    for j in 1..n {
        s = s + (h[j] + b[j]).tanh() * b[j - 1];
    }
    s
}

/// Flat row-major reads `m[i * d + j]` and `m[j + i * d]`, a local row written at `j` and
/// an argument read at `j`: each inner loop takes its rows from an offset.
#[differentiable]
fn flat_rows<T: Float>(w: &[T], m: &[T]) -> T {
    let d = w.len();
    let mut c = vec![T::zero(); d];
    let mut s = T::zero();
    for i in 0..m.len() / d {
        for j in 0..d {
            c[j] = m[i * d + j] - w[j];
            s = s + c[j] * m[j + i * d] * T::from(i + 1).unwrap();
        }
    }
    s
}

/// Elements read, added to and written back (`h[j] = h[j] + e`, `e + h[j]`, `h[j] - e`):
/// accumulations, whose reverse reads the element's adjoint without resetting it.
#[differentiable]
fn accumulated<T: Float>(x: &[T], w: &[T]) -> T {
    let mut h = vec![T::one(); w.len()];
    for k in 0..x.len() {
        for j in 0..w.len() {
            h[j] = h[j] + (x[k] * w[j]).sin();
        }
        h[0] = x[k] * w[0] + h[0];
        h[1] = h[1] - x[k] * x[k];
    }
    h.iter().fold(T::zero(), |s, &v| s + v * v)
}

fn check(name: &str, point: &[f64], gradient: &[f64], f: &dyn Fn(&[f64]) -> f64) {
    let check = gradus::check::check_gradient(f, point, gradient).unwrap();
    assert!(check.passes(1e-6), "{name}: {check:?}");
}

fn close(name: &str, a: &[f64], b: &[f64]) {
    for (i, (a, b)) in a.iter().zip(b).enumerate() {
        let error = (a - b).abs() / 1f64.max(a.abs()).max(b.abs());
        assert!(error < 1e-12, "{name}[{i}]: {a} against the tape's {b}");
    }
}

fn point(n: usize, seed: f64) -> Vec<f64> {
    (0..n)
        .map(|i| ((i as f64 + 1.0) * seed).sin() * 0.9)
        .collect()
}

#[test]
fn carried_neighbours_with_an_offset_and_with_no_iteration() {
    for n in [0, 1, 2, 5] {
        let x = point(n + 3, 0.37);
        let (value, d_x) = grad_shifted_neighbours(&x, n);
        assert_eq!(value, shifted_neighbours(&x, n));
        check("shifted_neighbours", &x, &d_x, &|p| {
            shifted_neighbours(p, n)
        });
        let tape = Tape::new();
        let vars: Vec<_> = x.iter().map(|&v| tape.var(v)).collect();
        let output = shifted_neighbours(&vars, n);
        close("shifted_neighbours", &d_x, &tape.gradient(output, &vars));
    }
}

/// Checks `grad_f`'s two array gradients at `(a, b)` against finite differences and
/// against the tape running `f` on `Var`s (a macro: `f` is generic over its float type).
macro_rules! check_two_arrays {
    ($f:ident, $grad_f:ident, $a:expr, $b:expr) => {{
        let (a, b): (Vec<f64>, Vec<f64>) = ($a, $b);
        let (_, (d_a, d_b)) = $grad_f(&a, &b);
        let name = stringify!($f);
        check(name, &a, &d_a, &|p| $f(p, &b));
        check(name, &b, &d_b, &|p| $f(&a, p));
        let tape = Tape::new();
        let vars_a: Vec<_> = a.iter().map(|&v| tape.var(v)).collect();
        let vars_b: Vec<_> = b.iter().map(|&v| tape.var(v)).collect();
        let output = $f(&vars_a, &vars_b);
        close(name, &d_a, &tape.gradient(output, &vars_a));
        close(name, &d_b, &tape.gradient(output, &vars_b));
    }};
}

#[test]
fn carried_neighbours_beside_another_array() {
    check_two_arrays!(
        neighbours_of_two_arrays,
        grad_neighbours_of_two_arrays,
        point(7, 0.61),
        point(7, 1.3)
    );
}

#[test]
fn forwarded_reads_of_a_written_array() {
    check_two_arrays!(
        written_then_read,
        grad_written_then_read,
        point(6, 0.23),
        point(6, 0.71)
    );
}

#[test]
fn settled_arrays_and_recorded_indices_read_again() {
    check_two_arrays!(
        settled_array_and_counter,
        grad_settled_array_and_counter,
        point(3, 0.43),
        point(5, 0.9)
    );
}

#[test]
fn rows_taken_before_loops_with_ragged_and_empty_rows() {
    let x = point(4, 0.57);
    let b = point(3, 0.83);
    let w: Vec<[f64; 3]> = vec![[0.3, -0.2, 0.5], [0.7, 0.1, -0.4]];
    // Row 1 is read up to 2 only. Rows 2 and 3 of `w` do not exist: their loops are empty and must not look for them.
    let lens = [3, 2, 0, 0];
    let (value, (d_w, d_b)) = grad_ragged_layer(&x, &w, &b, &lens);
    assert_eq!(value, ragged_layer(&x, &w, &b, &lens));
    check("ragged_layer b", &b, &d_b, &|p| {
        ragged_layer(&x, &w, p, &lens)
    });
    let flat: Vec<f64> = w.concat();
    let d_flat: Vec<f64> = d_w.concat();
    assert_eq!(d_flat[5], 0.0);
    let unflatten = |p: &[f64]| vec![[p[0], p[1], p[2]], [p[3], p[4], p[5]]];
    check("ragged_layer w", &flat, &d_flat, &|p| {
        ragged_layer(&x, &unflatten(p), &b, &lens)
    });
    let tape = Tape::new();
    let vars_x: Vec<_> = x.iter().map(|&v| tape.constant(v)).collect();
    let vars_w: Vec<[_; 3]> = w.iter().map(|row| row.map(|v| tape.var(v))).collect();
    let vars_b: Vec<_> = b.iter().map(|&v| tape.var(v)).collect();
    let output = ragged_layer(&vars_x, &vars_w, &vars_b, &lens);
    close("ragged_layer b", &d_b, &tape.gradient(output, &vars_b));
    let flat_vars: Vec<_> = vars_w.concat();
    close(
        "ragged_layer w",
        &d_flat,
        &tape.gradient(output, &flat_vars),
    );
}

#[test]
fn a_row_past_the_end_panics_before_its_loop() {
    let x = point(2, 0.57);
    let b = point(3, 0.83);
    // Row 1 is shorter than `lens[1]` says: the gradient panics (as the function does).
    let w: Vec<[f64; 3]> = vec![[0.3, -0.2, 0.5], [0.7, 0.1, -0.4]];
    let result = std::panic::catch_unwind(|| grad_ragged_layer(&x, &w, &b, &[3, 4]));
    assert!(result.is_err());
}

#[test]
fn rows_taken_at_an_offset_in_a_flat_array() {
    check_two_arrays!(flat_rows, grad_flat_rows, point(3, 0.29), point(12, 0.53));
}

#[test]
fn accumulations_of_elements_read_and_written_back() {
    check_two_arrays!(
        accumulated,
        grad_accumulated,
        point(4, 0.41),
        point(3, 0.67)
    );
}
