//! The same losses written the ways people write them, each gradient called through an
//! `#[inline(never)]` function, as a training loop in another module calls it (SPEC §6).
//!
//! - K1 Rosenbrock, n = 1000: an index loop (the benchmark's own formulation), the same
//!   with `powi(2)`, `.windows(2).map(…).sum()`, and `.iter().zip(x.iter().skip(1))`;
//! - K2 logistic loss, w ∈ R³², 256 rows: nested rows `&[[f64; 32]]` with the stable
//!   log-sigmoid, flat row-major `x[i * d + j]` with the naive `(1 + e^(−yz)).ln()` (labels
//!   ±1), and an iterator pipeline `w.iter().zip(row).map(…).sum()` per row.
//!
//! Every member of a group is timed on the same inputs: the primal, the generated
//! `grad_f_into` (buffer zeroed in each iteration) and a hand-written gradient, each behind
//! `#[inline(never)]`. Before timing, every generated gradient is checked against the
//! hand-written one (relative difference at most 1e-9).
//!
//! Run with `cargo bench --bench formulations -- --warm-up-time 1 --measurement-time 3`.
#![allow(clippy::needless_range_loop)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use gradus::differentiable;

#[path = "common/kernels.rs"]
mod kernels;

use kernels::*;

// ---------------------------------------------------------------------------------------
// K1 Rosenbrock in four formulations.
// ---------------------------------------------------------------------------------------

#[differentiable]
fn rosenbrock_powi(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        s += 100.0 * (x[i + 1] - x[i].powi(2)).powi(2) + (1.0 - x[i]).powi(2);
    }
    s
}

#[differentiable]
fn rosenbrock_windows(x: &[f64]) -> f64 {
    x.windows(2)
        .map(|w| 100.0 * (w[1] - w[0] * w[0]).powi(2) + (1.0 - w[0]).powi(2))
        .sum()
}

#[differentiable]
fn rosenbrock_zip(x: &[f64]) -> f64 {
    x.iter()
        .zip(x.iter().skip(1))
        .map(|(&a, &b)| 100.0 * (b - a * a).powi(2) + (1.0 - a).powi(2))
        .sum()
}

#[inline(never)]
fn k1_primal(x: &[f64]) -> f64 {
    rosenbrock(x)
}

#[inline(never)]
fn k1_hand(x: &[f64], dx: &mut [f64]) -> f64 {
    rosenbrock_hand(x, dx)
}

#[inline(never)]
fn k1_index(x: &[f64], dx: &mut [f64]) -> f64 {
    grad_rosenbrock_into(x, dx)
}

#[inline(never)]
fn k1_powi(x: &[f64], dx: &mut [f64]) -> f64 {
    grad_rosenbrock_powi_into(x, dx)
}

#[inline(never)]
fn k1_windows(x: &[f64], dx: &mut [f64]) -> f64 {
    grad_rosenbrock_windows_into(x, dx)
}

#[inline(never)]
fn k1_zip(x: &[f64], dx: &mut [f64]) -> f64 {
    grad_rosenbrock_zip_into(x, dx)
}

// ---------------------------------------------------------------------------------------
// K2 logistic loss in three formulations.
// ---------------------------------------------------------------------------------------

/// Flat row-major rows and labels ±1, with the naive `ln(1 + e^(−y·z))`.
#[differentiable(wrt(w))]
fn logistic_flat(w: &[f64], x: &[f64], y: &[f64]) -> f64 {
    let d = w.len();
    let n = y.len();
    let mut loss = 0.0;
    for i in 0..n {
        let mut z = 0.0;
        for j in 0..d {
            z += w[j] * x[i * d + j];
        }
        loss += (1.0 + (-y[i] * z).exp()).ln();
    }
    loss / n as f64
}

/// The same loss with a pipeline per row.
#[differentiable(wrt(w))]
fn logistic_pipeline(w: &[f64], x: &[[f64; 32]], y: &[f64]) -> f64 {
    let mut loss = 0.0;
    for (row, &label) in x.iter().zip(y) {
        let z: f64 = w.iter().zip(row).map(|(a, b)| a * b).sum();
        loss += z.max(0.0) + (-z.abs()).exp().ln_1p() - label * z;
    }
    loss / x.len() as f64
}

/// Hand-written gradient of `logistic_flat`: σ(−y·z) from the same `exp` as the loss.
fn logistic_flat_hand(w: &[f64], x: &[f64], y: &[f64], d_w: &mut [f64]) -> f64 {
    let d = w.len();
    let n = y.len();
    let mut loss = 0.0;
    d_w.fill(0.0);
    for i in 0..n {
        let row = &x[i * d..(i + 1) * d];
        let mut z = 0.0;
        for j in 0..d {
            z += w[j] * row[j];
        }
        let e = (-y[i] * z).exp();
        loss += (1.0 + e).ln();
        let dz = -y[i] * e / (1.0 + e);
        for j in 0..d {
            d_w[j] += dz * row[j];
        }
    }
    let scale = 1.0 / n as f64;
    for g in d_w.iter_mut() {
        *g *= scale;
    }
    loss * scale
}

#[inline(never)]
fn k2_primal(w: &[f64], x: &[[f64; 32]], y: &[f64]) -> f64 {
    logistic(w, x, y)
}

#[inline(never)]
fn k2_hand(w: &[f64], x: &[[f64; 32]], y: &[f64], d_w: &mut [f64]) -> f64 {
    logistic_hand(w, x, y, d_w)
}

#[inline(never)]
fn k2_nested(w: &[f64], x: &[[f64; 32]], y: &[f64], d_w: &mut [f64]) -> f64 {
    grad_logistic_into(w, x, y, d_w)
}

#[inline(never)]
fn k2_pipeline(w: &[f64], x: &[[f64; 32]], y: &[f64], d_w: &mut [f64]) -> f64 {
    grad_logistic_pipeline_into(w, x, y, d_w)
}

#[inline(never)]
fn k2_flat_primal(w: &[f64], x: &[f64], y: &[f64]) -> f64 {
    logistic_flat(w, x, y)
}

#[inline(never)]
fn k2_flat_hand(w: &[f64], x: &[f64], y: &[f64], d_w: &mut [f64]) -> f64 {
    logistic_flat_hand(w, x, y, d_w)
}

#[inline(never)]
fn k2_flat(w: &[f64], x: &[f64], y: &[f64], d_w: &mut [f64]) -> f64 {
    grad_logistic_flat_into(w, x, y, d_w)
}

fn assert_close(what: &str, a: &[f64], b: &[f64]) {
    for (i, (a, b)) in a.iter().zip(b).enumerate() {
        let error = (a - b).abs() / 1f64.max(a.abs()).max(b.abs());
        assert!(error <= 1e-9, "{what}: component {i}: {a} against {b}");
    }
}

fn k1(c: &mut Criterion) {
    let inputs = inputs();
    let x = &inputs.k1_x;
    let mut reference = vec![0.0; x.len()];
    k1_hand(x, &mut reference);
    let generated: [(&str, SliceGradient); 4] = [
        ("index_loop", k1_index),
        ("powi", k1_powi),
        ("windows", k1_windows),
        ("zip_skip", k1_zip),
    ];
    for (name, gradient) in generated {
        let mut dx = vec![0.0; x.len()];
        gradient(x, &mut dx);
        assert_close(name, &dx, &reference);
    }
    let mut group = c.benchmark_group("k1_rosenbrock_formulations");
    group.bench_function("primal", |b| b.iter(|| k1_primal(black_box(x))));
    group.bench_function("hand_written", |b| {
        let mut dx = vec![0.0; x.len()];
        b.iter(|| k1_hand(black_box(x), &mut dx))
    });
    for (name, gradient) in generated {
        group.bench_function(name, |b| {
            let mut dx = vec![0.0; x.len()];
            b.iter(|| {
                dx.fill(0.0);
                gradient(black_box(x), &mut dx)
            })
        });
    }
    group.finish();
}

fn k2(c: &mut Criterion) {
    let inputs = inputs();
    let (w, x, y) = (&inputs.k2_w, &inputs.k2_x, &inputs.k2_y);
    let flat_x: Vec<f64> = x.iter().flatten().copied().collect();
    let signs: Vec<f64> = y.iter().map(|&label| 2.0 * label - 1.0).collect();

    let mut reference = vec![0.0; w.len()];
    k2_hand(w, x, y, &mut reference);
    let nested: [(&str, NestedGradient); 2] =
        [("nested_rows", k2_nested), ("pipeline", k2_pipeline)];
    for (name, gradient) in nested {
        let mut d_w = vec![0.0; w.len()];
        gradient(w, x, y, &mut d_w);
        assert_close(name, &d_w, &reference);
    }
    let mut flat_reference = vec![0.0; w.len()];
    k2_flat_hand(w, &flat_x, &signs, &mut flat_reference);
    let mut d_w = vec![0.0; w.len()];
    k2_flat(w, &flat_x, &signs, &mut d_w);
    assert_close("flat_naive", &d_w, &flat_reference);

    let mut group = c.benchmark_group("k2_logistic_formulations");
    group.bench_function("primal", |b| {
        b.iter(|| k2_primal(black_box(w), black_box(x), black_box(y)))
    });
    group.bench_function("hand_written", |b| {
        let mut d_w = vec![0.0; w.len()];
        b.iter(|| k2_hand(black_box(w), black_box(x), black_box(y), &mut d_w))
    });
    for (name, gradient) in nested {
        group.bench_function(name, |b| {
            let mut d_w = vec![0.0; w.len()];
            b.iter(|| {
                d_w.fill(0.0);
                gradient(black_box(w), black_box(x), black_box(y), &mut d_w)
            })
        });
    }
    group.bench_function("flat_naive_primal", |b| {
        b.iter(|| k2_flat_primal(black_box(w), black_box(&flat_x), black_box(&signs)))
    });
    group.bench_function("flat_naive_hand_written", |b| {
        let mut d_w = vec![0.0; w.len()];
        b.iter(|| {
            k2_flat_hand(
                black_box(w),
                black_box(&flat_x),
                black_box(&signs),
                &mut d_w,
            )
        })
    });
    group.bench_function("flat_naive", |b| {
        let mut d_w = vec![0.0; w.len()];
        b.iter(|| {
            d_w.fill(0.0);
            k2_flat(
                black_box(w),
                black_box(&flat_x),
                black_box(&signs),
                &mut d_w,
            )
        })
    });
    group.finish();
}

type NestedGradient = fn(&[f64], &[[f64; 32]], &[f64], &mut [f64]) -> f64;
type SliceGradient = fn(&[f64], &mut [f64]) -> f64;

criterion_group!(benches, k1, k2);
criterion_main!(benches);
