//! Level-1 generated gradients allocate nothing: they are plain arithmetic on locals.
//!
//! `allocation-counter` installs a counting global allocator for this test binary; it
//! counts per thread, so tests running side by side do not disturb each other.

use gradus::{differentiable, Float};

#[differentiable]
fn scalar_kernel(x: f64, y: f64, z: f64) -> f64 {
    (x * y).sin() + z.exp() / (1.0 + x * x) + (y * y + z * z).sqrt() * (1.0 + x * x).ln()
}

#[differentiable]
fn branchy<T: Float>(x: T, y: T, n: i32) -> T {
    let mut s = x * y;
    if s > T::zero() {
        s = s.sqrt() + x.powi(n);
    } else {
        return (-s).ln_1p() * y;
    }
    let t = if y < T::one() { s.tanh() } else { s.max(y) };
    helper(t, x) * t
}

#[differentiable]
fn helper<T: Float>(a: T, b: T) -> T {
    a.hypot(b) + a.atan2(b)
}

/// Nothing in this loop is overwritten that the reverse sweep reads: no records at all.
#[differentiable(wrt(w))]
fn dot(w: &[f64], x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..w.len() {
        s += w[i] * x[i];
    }
    s
}

/// Reads neighbours and squares: all of it is computed again in the reverse sweep.
#[differentiable]
fn rosenbrock(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = 1.0 - x[i];
        s += 100.0 * a * a + b * b;
    }
    s
}

/// Fixed-size arrays in, fixed-size arrays out.
#[differentiable(wrt(w))]
fn weighted_rows(w: &[[f64; 3]; 2], x: &[[f64; 3]; 2]) -> f64 {
    let mut s = 0.0;
    for i in 0..2 {
        for j in 0..3 {
            s += w[i][j] * x[i][j] * x[i][j];
        }
    }
    s
}

#[test]
fn loops_that_need_no_records_allocate_only_the_returned_gradient() {
    let w = [0.5, -1.0, 2.0, 0.25];
    let x = [1.0, 2.0, 3.0, 4.0];
    let mut d_w = [0.0; 4];
    let mut d_x = [0.0; 4];
    let mut sink = 0.0;
    let into = allocation_counter::measure(|| {
        sink += grad_dot_into(&w, &x, &mut d_w);
        sink += grad_rosenbrock_into(&x, &mut d_x);
        let mut d_rows = [[0.0; 3]; 2];
        sink += grad_weighted_rows_into(&[[1.0; 3], [2.0; 3]], &[[0.5; 3], [1.5; 3]], &mut d_rows);
    });
    assert_eq!(
        into.count_total, 0,
        "grad_*_into of record-free loops allocated: {into:?}"
    );
    let returned = allocation_counter::measure(|| {
        let (value, gradient) = grad_dot(&w, &x);
        sink += value + gradient[0];
    });
    assert_eq!(
        returned.count_total, 1,
        "grad_dot should allocate its gradient Vec only: {returned:?}"
    );
    let arrays = allocation_counter::measure(|| {
        let (value, gradient) = grad_weighted_rows(&[[1.0; 3], [2.0; 3]], &[[0.5; 3], [1.5; 3]]);
        sink += value + gradient[1][2];
    });
    assert_eq!(
        arrays.count_total, 0,
        "array gradients live on the stack: {arrays:?}"
    );
    assert!(sink.is_finite() && d_w[3] == 4.0);
}

#[test]
fn generated_gradients_do_not_allocate() {
    let mut sink = 0.0;
    let info = allocation_counter::measure(|| {
        let (value, (dx, dy, dz)) = grad_scalar_kernel(0.3, -1.2, 0.8);
        sink += value + dx + dy + dz;
        let (value, (dx, dy)) = grad_branchy(0.7, 1.4, 3);
        sink += value + dx + dy;
        let (value, (dx, dy)) = grad_branchy(-0.7, 0.4, 2);
        sink += value + dx + dy;
        let mut buffers = [0.0; 3];
        let [a, b, c] = &mut buffers;
        sink += grad_scalar_kernel_into(0.3, -1.2, 0.8, a, b, c);
    });
    assert!(sink.is_finite());
    assert_eq!(
        info.count_total, 0,
        "generated gradients allocated: {info:?}"
    );

    // The control: the same counter (it counts per thread) sees the tape's allocations.
    let info = allocation_counter::measure(|| {
        let tape = gradus::Tape::new();
        let x = tape.var(1.0);
        let gradient = tape.gradient(x * x, &[x]);
        assert_eq!(gradient, vec![2.0]);
    });
    assert!(
        info.count_total > 0,
        "the allocation counter is not counting"
    );
}
