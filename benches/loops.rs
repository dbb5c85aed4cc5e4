//! Level-2 kernels (loops and arrays): the primal, the generated gradient, a hand-written
//! gradient and the runtime tape, timed side by side on the same inputs.
//!
//! The kernels are the ones SPEC §6 quotes Enzyme and hand-written C on:
//!
//! - `k1_rosenbrock`: Σ_{i<n−1} 100(x[i+1] − x[i]²)² + (1 − x[i])², n = 1000;
//! - `k2_logistic`: the mean logistic loss of a linear model, w ∈ R³², over a batch of 256
//!   rows (`x: &[[f64; 32]]`, labels `y` in {0, 1}), with the stable log-sigmoid, gradient
//!   with respect to `w` only;
//! - `k3_mlp`: a two-layer tanh network 8 → 16 → 1, mean squared error over a batch of 64,
//!   gradient with respect to every weight and bias.
//!
//! Each kernel has one criterion group with five members:
//!
//! - `primal`: the `#[differentiable]` function as written;
//! - `grad_into`: the generated `grad_f_into`, with preallocated gradient buffers zeroed
//!   in every iteration (zeroing included in the time, since `_into` adds);
//! - `grad_f`: the generated `grad_f` (value and freshly returned gradient);
//! - `hand_written`: value and gradient written by hand into preallocated buffers (which it
//!   overwrites), the way a performance-minded Rust programmer would: forward and reverse
//!   work fused in one loop where valid, tanh's derivative from its output (`1 − h²`), and
//!   for Rosenbrock `dx[i + 1]`'s share carried in a local to the next iteration (SPEC §6);
//! - `tape`: a generic twin (`T: Float`) run on `Var` over a reused, cleared tape,
//!   recording the variables and `Tape::gradient` included.
//!
//! Before any timing, the generated, hand-written and tape gradients are checked against
//! each other (relative difference at most 1e-10), `grad_f` against `grad_f_into`, and the
//! values against the primal, so the benchmark only compares correct answers.
//!
//! Run with `cargo bench --bench loops -- --warm-up-time 1 --measurement-time 3`.
#![allow(clippy::needless_range_loop)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use gradus::Tape;

#[path = "common/kernels.rs"]
mod kernels;

use kernels::*;

// ---------------------------------------------------------------------------------------
// The correctness check.
// ---------------------------------------------------------------------------------------

fn assert_close(kernel: &str, what: &str, a: f64, b: f64) {
    assert!(
        a.is_finite() && b.is_finite() && (a - b).abs() <= 1e-10 * a.abs().max(b.abs()),
        "{kernel}: {what} disagree: {a:e} vs {b:e}"
    );
}

fn assert_all_close(kernel: &str, what: &str, a: &[f64], b: &[f64]) {
    assert_eq!(a.len(), b.len(), "{kernel}: {what}: lengths");
    for (i, (&x, &y)) in a.iter().zip(b).enumerate() {
        assert!(
            x.is_finite() && y.is_finite() && (x - y).abs() <= 1e-10 * x.abs().max(y.abs()),
            "{kernel}: {what} disagree at component {i}: {x:e} vs {y:e}"
        );
    }
}

/// The value and gradient from each way; the generated value must equal the primal's.
fn check_kernel(
    kernel: &str,
    primal: f64,
    grad: (f64, Vec<f64>),
    grad_into: (f64, Vec<f64>),
    hand: (f64, Vec<f64>),
    tape: (f64, Vec<f64>),
) {
    assert_eq!(
        grad.0, primal,
        "{kernel}: grad_f's value is not the primal's"
    );
    assert_eq!(
        grad_into.0, primal,
        "{kernel}: grad_f_into's value is not the primal's"
    );
    assert_eq!(grad.1, grad_into.1, "{kernel}: grad_f and grad_f_into");
    for (name, (value, gradient)) in [
        ("generated and hand-written", hand),
        ("generated and tape", tape),
    ] {
        assert_close(kernel, &format!("{name} values"), grad.0, value);
        assert_all_close(kernel, &format!("{name} gradients"), &grad.1, &gradient);
    }
}

fn check_agreement(inp: &Inputs) {
    let mut tape = Tape::new();

    // K1
    let x = &inp.k1_x;
    let mut into = vec![0.0; K1_N];
    let v_into = grad_rosenbrock_into(x, &mut into);
    let mut hand = vec![0.0; K1_N];
    let v_hand = rosenbrock_hand(x, &mut hand);
    let tape_result = {
        tape.clear();
        let vars = tape.vars(x);
        let out = rosenbrock_generic(&vars);
        (out.value(), tape.gradient(out, &vars))
    };
    check_kernel(
        "k1_rosenbrock",
        rosenbrock(x),
        grad_rosenbrock(x),
        (v_into, into),
        (v_hand, hand),
        tape_result,
    );

    // K2
    let (w, x, y) = (&inp.k2_w, &inp.k2_x, &inp.k2_y);
    let negative = x
        .iter()
        .filter(|r| r.iter().zip(w).map(|(a, b)| a * b).sum::<f64>() < 0.0)
        .count();
    assert!(
        negative > 16 && negative < K2_ROWS - 16,
        "k2: both signs of z should occur"
    );
    let mut into = vec![0.0; K2_D];
    let v_into = grad_logistic_into(w, x, y, &mut into);
    let mut hand = vec![0.0; K2_D];
    let v_hand = logistic_hand(w, x, y, &mut hand);
    let tape_result = {
        tape.clear();
        let vars = tape.vars(w);
        let out = logistic_generic(&vars, x, y);
        (out.value(), tape.gradient(out, &vars))
    };
    check_kernel(
        "k2_logistic",
        logistic(w, x, y),
        grad_logistic(w, x, y),
        (v_into, into),
        (v_hand, hand),
        tape_result,
    );

    // K3
    let p = &inp.k3;
    let (x, y) = (&inp.k3_x, &inp.k3_y);
    let (v_grad, (g_w1, g_b1, g_w2, g_b2)) = grad_mlp(&p.w1, &p.b1, &p.w2, p.b2, x, y);
    let generated = MlpGradient {
        w1: g_w1,
        b1: g_b1,
        w2: g_w2,
        b2: g_b2,
    };
    let mut into = MlpGradient::zero();
    let v_into = grad_mlp_into(
        &p.w1,
        &p.b1,
        &p.w2,
        p.b2,
        x,
        y,
        &mut into.w1,
        &mut into.b1,
        &mut into.w2,
        &mut into.b2,
    );
    let mut hand = MlpGradient::zero();
    let v_hand = mlp_hand(&p.w1, &p.b1, &p.w2, p.b2, x, y, &mut hand);
    let tape_result = {
        tape.clear();
        let vars = tape.vars(&p.flat());
        let out = mlp_on_vars(&vars, x, y);
        (out.value(), tape.gradient(out, &vars))
    };
    check_kernel(
        "k3_mlp",
        mlp(&p.w1, &p.b1, &p.w2, p.b2, x, y),
        (v_grad, generated.flat()),
        (v_into, into.flat()),
        (v_hand, hand.flat()),
        tape_result,
    );
}

// ---------------------------------------------------------------------------------------
// The timing.
// ---------------------------------------------------------------------------------------

fn loops_benchmark(c: &mut Criterion) {
    let inp = inputs();
    check_agreement(&inp);
    let mut tape = Tape::new();

    // K1
    {
        let x = inp.k1_x.as_slice();
        let mut group = c.benchmark_group("k1_rosenbrock");
        group.bench_function("primal", |b| b.iter(|| black_box(rosenbrock(black_box(x)))));
        let mut d_x = vec![0.0; K1_N];
        group.bench_function("grad_into", |b| {
            b.iter(|| {
                d_x.fill(0.0);
                black_box(grad_rosenbrock_into(black_box(x), &mut d_x));
                black_box(&mut d_x);
            })
        });
        group.bench_function("grad_f", |b| {
            b.iter(|| black_box(grad_rosenbrock(black_box(x))))
        });
        group.bench_function("hand_written", |b| {
            b.iter(|| {
                black_box(rosenbrock_hand(black_box(x), &mut d_x));
                black_box(&mut d_x);
            })
        });
        group.bench_function("tape", |b| {
            b.iter(|| {
                tape.clear();
                let vars = tape.vars(black_box(x));
                let out = rosenbrock_generic(&vars);
                black_box((out.value(), tape.gradient(out, &vars)))
            })
        });
        group.finish();
    }

    // K2
    {
        let (w, x, y) = (
            inp.k2_w.as_slice(),
            inp.k2_x.as_slice(),
            inp.k2_y.as_slice(),
        );
        let mut group = c.benchmark_group("k2_logistic");
        group.bench_function("primal", |b| {
            b.iter(|| black_box(logistic(black_box(w), black_box(x), black_box(y))))
        });
        let mut d_w = vec![0.0; K2_D];
        group.bench_function("grad_into", |b| {
            b.iter(|| {
                d_w.fill(0.0);
                black_box(grad_logistic_into(
                    black_box(w),
                    black_box(x),
                    black_box(y),
                    &mut d_w,
                ));
                black_box(&mut d_w);
            })
        });
        group.bench_function("grad_f", |b| {
            b.iter(|| black_box(grad_logistic(black_box(w), black_box(x), black_box(y))))
        });
        group.bench_function("hand_written", |b| {
            b.iter(|| {
                black_box(logistic_hand(
                    black_box(w),
                    black_box(x),
                    black_box(y),
                    &mut d_w,
                ));
                black_box(&mut d_w);
            })
        });
        group.bench_function("tape", |b| {
            b.iter(|| {
                tape.clear();
                let vars = tape.vars(black_box(w));
                let out = logistic_generic(&vars, black_box(x), black_box(y));
                black_box((out.value(), tape.gradient(out, &vars)))
            })
        });
        group.finish();
    }

    // K3
    {
        let p = &inp.k3;
        let flat = p.flat();
        let (x, y) = (inp.k3_x.as_slice(), inp.k3_y.as_slice());
        let mut group = c.benchmark_group("k3_mlp");
        group.bench_function("primal", |b| {
            b.iter(|| {
                let p = black_box(p);
                black_box(mlp(&p.w1, &p.b1, &p.w2, p.b2, black_box(x), black_box(y)))
            })
        });
        let mut g = MlpGradient::zero();
        group.bench_function("grad_into", |b| {
            b.iter(|| {
                let p = black_box(p);
                g.w1 = [[0.0; 8]; 16];
                g.b1 = [0.0; 16];
                g.w2 = [0.0; 16];
                g.b2 = 0.0;
                black_box(grad_mlp_into(
                    &p.w1,
                    &p.b1,
                    &p.w2,
                    p.b2,
                    black_box(x),
                    black_box(y),
                    &mut g.w1,
                    &mut g.b1,
                    &mut g.w2,
                    &mut g.b2,
                ));
                black_box(&mut g);
            })
        });
        group.bench_function("grad_f", |b| {
            b.iter(|| {
                let p = black_box(p);
                black_box(grad_mlp(
                    &p.w1,
                    &p.b1,
                    &p.w2,
                    p.b2,
                    black_box(x),
                    black_box(y),
                ))
            })
        });
        group.bench_function("hand_written", |b| {
            b.iter(|| {
                let p = black_box(p);
                black_box(mlp_hand(
                    &p.w1,
                    &p.b1,
                    &p.w2,
                    p.b2,
                    black_box(x),
                    black_box(y),
                    &mut g,
                ));
                black_box(&mut g);
            })
        });
        group.bench_function("tape", |b| {
            b.iter(|| {
                tape.clear();
                let vars = tape.vars(black_box(&flat));
                let out = mlp_on_vars(&vars, black_box(x), black_box(y));
                black_box((out.value(), tape.gradient(out, &vars)))
            })
        });
        group.finish();
    }
}

criterion_group!(benches, loops_benchmark);
criterion_main!(benches);
