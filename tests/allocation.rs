//! Level-1 generated gradients allocate nothing: they are plain arithmetic on locals.
//!
//! `allocation-counter` installs a counting global allocator for this test binary.

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

    // The control: the same counter sees the tape's allocations. One test, so that no
    // other test thread allocates while this one counts.
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
