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
use gradus::data::Rng;
use gradus::{differentiable, Float, Tape, Var};

/// `T::from(value)`, for the literals and the data of the generic twins.
fn lit<T: Float>(value: f64) -> T {
    T::from(value).unwrap()
}

// ---------------------------------------------------------------------------------------
// K1: Rosenbrock, n = 1000.
// ---------------------------------------------------------------------------------------

const K1_N: usize = 1000;

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

/// Value and gradient (written into `dx`) in one loop. Term i touches x[i] and x[i+1]; the
/// share of x[i+1] (200·a) is carried in a local and added when the next iteration writes
/// dx[i+1], so every element of `dx` is stored once and never reloaded.
fn rosenbrock_hand(x: &[f64], dx: &mut [f64]) -> f64 {
    let n = x.len();
    assert!(n >= 1 && dx.len() == n, "rosenbrock_hand: lengths");
    let mut s = 0.0;
    let mut carry = 0.0;
    for i in 0..n - 1 {
        let xi = x[i];
        let a = x[i + 1] - xi * xi;
        let b = 1.0 - xi;
        s += 100.0 * a * a + b * b;
        dx[i] = carry - 400.0 * a * xi - 2.0 * b;
        carry = 200.0 * a;
    }
    dx[n - 1] = carry;
    s
}

fn rosenbrock_generic<T: Float>(x: &[T]) -> T {
    let mut s = T::zero();
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = T::one() - x[i];
        s = s + lit::<T>(100.0) * a * a + b * b;
    }
    s
}

// ---------------------------------------------------------------------------------------
// K2: the mean logistic loss, w ∈ R³², a batch of 256 rows, gradient w.r.t. w only.
// softplus(z) − y·z = −[y·ln σ(z) + (1 − y)·ln(1 − σ(z))], computed stably as
// max(z, 0) + ln(1 + e^(−|z|)) − y·z.
// ---------------------------------------------------------------------------------------

const K2_D: usize = 32;
const K2_ROWS: usize = 256;

#[differentiable(wrt(w))]
fn logistic(w: &[f64], x: &[[f64; 32]], y: &[f64]) -> f64 {
    let mut loss = 0.0;
    for r in 0..x.len() {
        let mut z = 0.0;
        for j in 0..32 {
            z += w[j] * x[r][j];
        }
        loss += z.max(0.0) + (-z.abs()).exp().ln_1p() - y[r] * z;
    }
    loss / x.len() as f64
}

/// Value and gradient (written into `d_w`): per row the dot product, the loss from one
/// `exp`, ∂loss/∂z = σ(z) − y from the same `exp`, and the rank-one update of a local
/// accumulator, scaled by 1/n once at the end.
fn logistic_hand(w: &[f64], x: &[[f64; 32]], y: &[f64], d_w: &mut [f64]) -> f64 {
    assert!(w.len() == K2_D && d_w.len() == K2_D && y.len() == x.len());
    let w: &[f64; 32] = w.try_into().unwrap();
    let mut g = [0.0; 32];
    let mut loss = 0.0;
    for (xr, &yr) in x.iter().zip(y) {
        let mut z = 0.0;
        for j in 0..32 {
            z += w[j] * xr[j];
        }
        let e = (-z.abs()).exp();
        loss += z.max(0.0) + e.ln_1p() - yr * z;
        let inv = 1.0 / (1.0 + e);
        let sigma = if z >= 0.0 { inv } else { e * inv };
        let dz = sigma - yr;
        for j in 0..32 {
            g[j] += dz * xr[j];
        }
    }
    let scale = 1.0 / x.len() as f64;
    for j in 0..32 {
        d_w[j] = g[j] * scale;
    }
    loss * scale
}

fn logistic_generic<T: Float>(w: &[T], x: &[[f64; 32]], y: &[f64]) -> T {
    let mut loss = T::zero();
    for r in 0..x.len() {
        let mut z = T::zero();
        for j in 0..32 {
            z = z + w[j] * lit::<T>(x[r][j]);
        }
        loss = loss + z.max(T::zero()) + (-z.abs()).exp().ln_1p() - lit::<T>(y[r]) * z;
    }
    loss / lit::<T>(x.len() as f64)
}

// ---------------------------------------------------------------------------------------
// K3: a two-layer tanh network 8 → 16 → 1, mean squared error over a batch of 64.
// ---------------------------------------------------------------------------------------

const K3_ROWS: usize = 64;

#[differentiable(wrt(w1, b1, w2, b2))]
fn mlp(
    w1: &[[f64; 8]; 16],
    b1: &[f64; 16],
    w2: &[f64; 16],
    b2: f64,
    x: &[[f64; 8]],
    y: &[f64],
) -> f64 {
    let mut loss = 0.0;
    for r in 0..x.len() {
        let mut h = [0.0; 16];
        for j in 0..16 {
            let mut z = b1[j];
            for k in 0..8 {
                z += w1[j][k] * x[r][k];
            }
            h[j] = z.tanh();
        }
        let mut out = b2;
        for j in 0..16 {
            out += w2[j] * h[j];
        }
        let e = out - y[r];
        loss += e * e;
    }
    loss / x.len() as f64
}

/// The gradients of the network, the layout of `grad_mlp`'s.
struct MlpGradient {
    w1: [[f64; 8]; 16],
    b1: [f64; 16],
    w2: [f64; 16],
    b2: f64,
}

impl MlpGradient {
    fn zero() -> Self {
        MlpGradient {
            w1: [[0.0; 8]; 16],
            b1: [0.0; 16],
            w2: [0.0; 16],
            b2: 0.0,
        }
    }

    fn flat(&self) -> Vec<f64> {
        let mut v: Vec<f64> = self.w1.iter().flatten().copied().collect();
        v.extend_from_slice(&self.b1);
        v.extend_from_slice(&self.w2);
        v.push(self.b2);
        v
    }
}

/// Value and gradient (written into `g`): per row the forward pass keeps h = tanh(z), then
/// the reverse pass of that row reuses it, ∂/∂z = ∂/∂h · (1 − h²); the 2/n of the mean
/// squared error is folded into the row's output adjoint.
fn mlp_hand(
    w1: &[[f64; 8]; 16],
    b1: &[f64; 16],
    w2: &[f64; 16],
    b2: f64,
    x: &[[f64; 8]],
    y: &[f64],
    g: &mut MlpGradient,
) -> f64 {
    assert_eq!(x.len(), y.len());
    *g = MlpGradient::zero();
    let scale = 1.0 / x.len() as f64;
    let two_scale = 2.0 * scale;
    let mut loss = 0.0;
    for (xr, &yr) in x.iter().zip(y) {
        let mut h = [0.0; 16];
        let mut out = b2;
        for j in 0..16 {
            let mut z = b1[j];
            for k in 0..8 {
                z += w1[j][k] * xr[k];
            }
            h[j] = z.tanh();
            out += w2[j] * h[j];
        }
        let e = out - yr;
        loss += e * e;
        let d_out = e * two_scale;
        g.b2 += d_out;
        for j in 0..16 {
            g.w2[j] += d_out * h[j];
            let d_z = d_out * w2[j] * (1.0 - h[j] * h[j]);
            g.b1[j] += d_z;
            for k in 0..8 {
                g.w1[j][k] += d_z * xr[k];
            }
        }
    }
    loss * scale
}

fn mlp_generic<T: Float>(
    w1: &[[T; 8]; 16],
    b1: &[T; 16],
    w2: &[T; 16],
    b2: T,
    x: &[[f64; 8]],
    y: &[f64],
) -> T {
    let mut loss = T::zero();
    for r in 0..x.len() {
        let mut h = [T::zero(); 16];
        for j in 0..16 {
            let mut z = b1[j];
            for k in 0..8 {
                z = z + w1[j][k] * lit::<T>(x[r][k]);
            }
            h[j] = z.tanh();
        }
        let mut out = b2;
        for j in 0..16 {
            out = out + w2[j] * h[j];
        }
        let e = out - lit::<T>(y[r]);
        loss = loss + e * e;
    }
    loss / lit::<T>(x.len() as f64)
}

/// The network's parameters, flat in the order w1 (row-major), b1, w2, b2.
struct MlpParams {
    w1: [[f64; 8]; 16],
    b1: [f64; 16],
    w2: [f64; 16],
    b2: f64,
}

impl MlpParams {
    fn flat(&self) -> Vec<f64> {
        let g = MlpGradient {
            w1: self.w1,
            b1: self.b1,
            w2: self.w2,
            b2: self.b2,
        };
        g.flat()
    }
}

/// The tape twin of `mlp` on `params` (the flat variables, order of `MlpParams::flat`).
fn mlp_on_vars<'t>(params: &[Var<'t, f64>], x: &[[f64; 8]], y: &[f64]) -> Var<'t, f64> {
    let w1: [[Var<'t, f64>; 8]; 16] =
        std::array::from_fn(|j| std::array::from_fn(|k| params[j * 8 + k]));
    let b1: [Var<'t, f64>; 16] = std::array::from_fn(|j| params[128 + j]);
    let w2: [Var<'t, f64>; 16] = std::array::from_fn(|j| params[144 + j]);
    mlp_generic(&w1, &b1, &w2, params[160], x, y)
}

// ---------------------------------------------------------------------------------------
// Inputs.
// ---------------------------------------------------------------------------------------

struct Inputs {
    k1_x: Vec<f64>,
    k2_w: Vec<f64>,
    k2_x: Vec<[f64; 32]>,
    k2_y: Vec<f64>,
    k3: MlpParams,
    k3_x: Vec<[f64; 8]>,
    k3_y: Vec<f64>,
}

fn inputs() -> Inputs {
    let mut rng = Rng::new(2024);
    let k1_x = (0..K1_N).map(|_| rng.range(-1.5, 1.5)).collect();
    // Weights of scale 0.3 and standard normal features: z has a spread of about 1.7, so
    // both signs of z (both sides of the stable log-sigmoid) occur.
    let k2_w: Vec<f64> = (0..K2_D).map(|_| 0.3 * rng.normal()).collect();
    let k2_x: Vec<[f64; 32]> = (0..K2_ROWS)
        .map(|_| std::array::from_fn(|_| rng.normal()))
        .collect();
    let k2_y = (0..K2_ROWS)
        .map(|_| if rng.uniform() < 0.5 { 0.0 } else { 1.0 })
        .collect();
    let k3 = MlpParams {
        w1: std::array::from_fn(|_| std::array::from_fn(|_| rng.range(-0.5, 0.5))),
        b1: std::array::from_fn(|_| rng.range(-0.2, 0.2)),
        w2: std::array::from_fn(|_| rng.range(-0.5, 0.5)),
        b2: 0.1,
    };
    let k3_x = (0..K3_ROWS)
        .map(|_| std::array::from_fn(|_| rng.normal()))
        .collect();
    let k3_y = (0..K3_ROWS).map(|_| rng.normal()).collect();
    Inputs {
        k1_x,
        k2_w,
        k2_x,
        k2_y,
        k3,
        k3_x,
        k3_y,
    }
}

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
