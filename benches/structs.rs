//! K3 (the tanh MLP 8 → 16 → 1, 64 rows) with its parameters in one
//! `#[derive(Differentiable)]` struct, beside the same network with four separate array
//! arguments (SPEC §2.6, issue 11: the struct must cost nothing).
//!
//! Timed in one run, each behind `#[inline(never)]` as a training loop calls it: the
//! primal, the hand-written gradient, the generated gradient of the four-array function
//! (`grad_mlp_into`), of a free function taking the struct (`grad_mlp_params_loss_into`),
//! and of a method on it (`p.grad_loss_into`). Each generated gradient is checked against
//! the hand-written one before timing (relative difference at most 1e-9).
//!
//! Run with `cargo bench --bench structs -- --warm-up-time 1 --measurement-time 3`.
#![allow(clippy::needless_range_loop)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use gradus::{differentiable, Differentiable};

#[path = "common/kernels.rs"]
mod kernels;

use kernels::*;

#[derive(Clone, Debug, Differentiable)]
struct Mlp {
    w1: [[f64; 8]; 16],
    b1: [f64; 16],
    w2: [f64; 16],
    b2: f64,
}

/// K3 as a user with a parameter struct writes it.
#[differentiable(wrt(p))]
fn mlp_params_loss(p: &Mlp, x: &[[f64; 8]], y: &[f64]) -> f64 {
    let mut loss = 0.0;
    for r in 0..x.len() {
        let mut h = [0.0; 16];
        for j in 0..16 {
            let mut z = p.b1[j];
            for k in 0..8 {
                z += p.w1[j][k] * x[r][k];
            }
            h[j] = z.tanh();
        }
        let mut out = p.b2;
        for j in 0..16 {
            out += p.w2[j] * h[j];
        }
        let e = out - y[r];
        loss += e * e;
    }
    loss / x.len() as f64
}

impl Mlp {
    /// The same loss as a method: `self` is the model.
    #[differentiable]
    fn loss(&self, x: &[[f64; 8]], y: &[f64]) -> f64 {
        let mut loss = 0.0;
        for r in 0..x.len() {
            let mut h = [0.0; 16];
            for j in 0..16 {
                let mut z = self.b1[j];
                for k in 0..8 {
                    z += self.w1[j][k] * x[r][k];
                }
                h[j] = z.tanh();
            }
            let mut out = self.b2;
            for j in 0..16 {
                out += self.w2[j] * h[j];
            }
            let e = out - y[r];
            loss += e * e;
        }
        loss / x.len() as f64
    }
}

#[inline(never)]
fn primal(p: &Mlp, x: &[[f64; 8]], y: &[f64]) -> f64 {
    mlp(&p.w1, &p.b1, &p.w2, p.b2, x, y)
}

#[inline(never)]
fn hand(p: &Mlp, x: &[[f64; 8]], y: &[f64], g: &mut MlpGradient) -> f64 {
    mlp_hand(&p.w1, &p.b1, &p.w2, p.b2, x, y, g)
}

#[inline(never)]
fn separate_arrays(p: &Mlp, x: &[[f64; 8]], y: &[f64], g: &mut Mlp) -> f64 {
    grad_mlp_into(
        &p.w1, &p.b1, &p.w2, p.b2, x, y, &mut g.w1, &mut g.b1, &mut g.w2, &mut g.b2,
    )
}

#[inline(never)]
fn struct_argument(p: &Mlp, x: &[[f64; 8]], y: &[f64], g: &mut Mlp) -> f64 {
    grad_mlp_params_loss_into(p, x, y, g)
}

#[inline(never)]
fn struct_method(p: &Mlp, x: &[[f64; 8]], y: &[f64], g: &mut Mlp) -> f64 {
    p.grad_loss_into(x, y, g)
}

fn flat(p: &Mlp) -> Vec<f64> {
    let mut out = Vec::new();
    p.for_each_scalar(&mut |v| out.push(v));
    out
}

fn k3_struct(c: &mut Criterion) {
    let inputs = inputs();
    let (x, y) = (&inputs.k3_x, &inputs.k3_y);
    let p = Mlp {
        w1: inputs.k3.w1,
        b1: inputs.k3.b1,
        w2: inputs.k3.w2,
        b2: inputs.k3.b2,
    };
    let mut reference = MlpGradient::zero();
    hand(&p, x, y, &mut reference);
    let reference = reference.flat();
    type Generated = fn(&Mlp, &[[f64; 8]], &[f64], &mut Mlp) -> f64;
    let generated: [(&str, Generated); 3] = [
        ("separate_arrays", separate_arrays),
        ("struct_argument", struct_argument),
        ("struct_method", struct_method),
    ];
    for (name, gradient) in generated {
        let mut g = p.zeros_like();
        gradient(&p, x, y, &mut g);
        for (i, (a, b)) in flat(&g).iter().zip(&reference).enumerate() {
            let error = (a - b).abs() / 1.0_f64.max(a.abs()).max(b.abs());
            assert!(error <= 1e-9, "{name}[{i}]: {a} against hand-written {b}");
        }
    }
    let mut group = c.benchmark_group("k3_mlp_struct");
    group.bench_function("primal", |b| b.iter(|| primal(black_box(&p), x, y)));
    group.bench_function("hand_written", |b| {
        let mut g = MlpGradient::zero();
        b.iter(|| hand(black_box(&p), x, y, &mut g))
    });
    for (name, gradient) in generated {
        group.bench_function(name, |b| {
            let mut g = p.zeros_like();
            b.iter(|| {
                g = black_box(&p).zeros_like();
                gradient(black_box(&p), x, y, &mut g)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, k3_struct);
criterion_main!(benches);
