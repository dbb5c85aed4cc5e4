//! gradus against the other Rust AD crates: kernels K1–K4, one criterion group each, every
//! method on the same inputs.
//!
//! The kernels and their hand-written gradients are copied verbatim from `benches/loops.rs`
//! (K1 `rosenbrock`, K2 `logistic`, K3 `mlp`, with the same seeded inputs) and
//! `benches/scalar.rs` (K4 at (0.7, −1.3, 0.4)); keep them identical. Each group has:
//!
//! - `primal`: the `#[differentiable]` function as written;
//! - `grad_into`: the generated `grad_f_into`, gradient buffers zeroed in every iteration
//!   (the zeroing included, since `_into` adds);
//! - `grad_f`: the generated `grad_f` (value and freshly returned gradient);
//! - `hand_written`: value and gradient written by hand (the loops.rs / scalar.rs ones);
//! - `tape`: the gradus tape on the generic twin (`T: Float`), reused and cleared;
//! - `num_dual`: num-dual 0.15.1, forward mode with a vector of tangents through
//!   `num_dual::gradient`: `DualSVec64<N>` for the fixed sizes (K2: 32, K3: 161, K4: 3);
//!   for K1 (n = 1000, a run-time length) `Gradients::gradient` on a `DVector`, which the
//!   crate's documentation recommends for dynamically sized inputs (n forward passes with
//!   the scalar `Dual64`, no heap allocation per operation); the allocating alternative it
//!   documents, `gradient` with `DualDVec64`, is timed as `num_dual_dvec`;
//! - `reverse`: reverse 0.2.2, its `Tape` of `Var`s, cleared and reused;
//! - `easy_ml`: easy-ml 2.3.0, `Record`s on a `WengertList`, cleared and reused.
//!
//! The peers' twins are the kernels spelled in each crate's types, operation for operation;
//! where a crate lacks an operation the twin uses the crate's own way out (named at the
//! twin). Every timed iteration returns the value and the whole gradient, variables recorded
//! afresh (tape methods) and gradients read out, as a user would need them.
//!
//! Before any timing, every method's value and gradient are checked against the
//! hand-written one (relative error at most 1e-9 in every component), so the timings only
//! compare correct answers.
//!
//! Run from the repository root with
//! `cargo bench --manifest-path benches/peers/Cargo.toml`, then print the table with
//! `cargo run --manifest-path benches/peers/Cargo.toml --bin report`.
#![allow(clippy::needless_range_loop)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use gradus::{Tape, Var};

#[path = "../../common/kernels.rs"]
mod kernels;

use kernels::*;

// ---------------------------------------------------------------------------------------
// num-dual: forward mode, the tangents of all variables carried together.
// ---------------------------------------------------------------------------------------

mod nd {
    use num_dual::DualNum;

    /// K1 for any dual number. `Clone` rather than `Copy` so that the dynamically sized
    /// `DualDVec64` runs it too; for `Dual64` the clones are copies.
    pub fn rosenbrock<D: DualNum<Primitive = f64>>(x: &[D]) -> D {
        let mut s = D::zero();
        for i in 0..x.len() - 1 {
            let a = x[i + 1].clone() - x[i].clone() * &x[i];
            let b = D::one() - &x[i];
            s += a.clone() * 100.0 * &a + b.clone() * &b;
        }
        s
    }

    /// K2; num-dual has no `max`, so max(z, 0) is a branch on the real part.
    pub fn logistic<D: DualNum<Primitive = f64> + Copy>(w: &[D], x: &[[f64; 32]], y: &[f64]) -> D {
        let mut loss = D::zero();
        for r in 0..x.len() {
            let mut z = D::zero();
            for j in 0..32 {
                z += w[j] * x[r][j];
            }
            let relu = if z >= 0.0 { z } else { D::zero() };
            loss += relu + (-z.abs()).exp().ln_1p() - z * y[r];
        }
        loss / x.len() as f64
    }

    /// K3 on the flat parameters (w1 row-major, b1, w2, b2: 161 values).
    pub fn mlp<D: DualNum<Primitive = f64> + Copy>(p: &[D], x: &[[f64; 8]], y: &[f64]) -> D {
        let mut loss = D::zero();
        for r in 0..x.len() {
            let mut h = [D::zero(); 16];
            for j in 0..16 {
                let mut z = p[128 + j];
                for k in 0..8 {
                    z += p[j * 8 + k] * x[r][k];
                }
                h[j] = z.tanh();
            }
            let mut out = p[160];
            for j in 0..16 {
                out += p[144 + j] * h[j];
            }
            let e = out - y[r];
            loss += e * e;
        }
        loss / x.len() as f64
    }

    pub fn k4<D: DualNum<Primitive = f64> + Copy>(x: D, y: D, z: D) -> D {
        (x * y).sin() + z.exp() / (x * x + 1.0) + (y * y + z * z).sqrt() * (x * x + 1.0).ln()
    }
}

/// num-dual on K1: `Gradients::gradient` on a `DVector`, n forward passes with `Dual64`.
fn k1_num_dual(x: &[f64]) -> (f64, Vec<f64>) {
    use num_dual::{Dual64, Gradients};
    let x = nalgebra::DVector::from_column_slice(x);
    let (value, grad) = Gradients::gradient(
        |v: nalgebra::DVector<Dual64>, _: &()| nd::rosenbrock(v.as_slice()),
        &x,
        &(),
    );
    (value, grad.data.into())
}

/// num-dual on K1: `gradient` with the heap-allocated tangent vector `DualDVec64`.
fn k1_num_dual_dvec(x: &[f64]) -> (f64, Vec<f64>) {
    use num_dual::DualDVec64;
    let x = nalgebra::DVector::from_column_slice(x);
    let (value, grad) = num_dual::gradient(
        |v: nalgebra::DVector<DualDVec64>| nd::rosenbrock(v.as_slice()),
        &x,
    );
    (value, grad.data.into())
}

fn k2_num_dual(w: &[f64], x: &[[f64; 32]], y: &[f64]) -> (f64, Vec<f64>) {
    use num_dual::DualSVec64;
    let w = nalgebra::SVector::<f64, 32>::from_column_slice(w);
    let (value, grad) = num_dual::gradient(
        |v: nalgebra::SVector<DualSVec64<32>, 32>| nd::logistic(v.as_slice(), x, y),
        &w,
    );
    (value, grad.as_slice().to_vec())
}

fn k3_num_dual(params: &[f64], x: &[[f64; 8]], y: &[f64]) -> (f64, Vec<f64>) {
    use num_dual::DualSVec64;
    let p = nalgebra::SVector::<f64, 161>::from_column_slice(params);
    let (value, grad) = num_dual::gradient(
        |v: nalgebra::SVector<DualSVec64<161>, 161>| nd::mlp(v.as_slice(), x, y),
        &p,
    );
    (value, grad.as_slice().to_vec())
}

fn k4_num_dual((x, y, z): (f64, f64, f64)) -> Gradient3 {
    use num_dual::DualSVec64;
    let (value, g) = num_dual::gradient(
        |v: nalgebra::SVector<DualSVec64<3>, 3>| nd::k4(v[0], v[1], v[2]),
        &nalgebra::SVector::from([x, y, z]),
    );
    (value, (g[0], g[1], g[2]))
}

// ---------------------------------------------------------------------------------------
// reverse 0.2: a tape of (two weights, two parents) nodes. `Var` mixes with `f64` on both
// sides, but there are no constant `Var`s and no `max`.
// ---------------------------------------------------------------------------------------

mod rev {
    use reverse::{Tape, Var};

    /// The running sum starts as a variable of value 0 (the crate has no constants).
    pub fn rosenbrock<'t>(tape: &'t Tape, x: &[Var<'t>]) -> Var<'t> {
        let mut s = tape.add_var(0.0);
        for i in 0..x.len() - 1 {
            let a = x[i + 1] - x[i] * x[i];
            let b = 1.0 - x[i];
            s = s + 100.0 * a * a + b * b;
        }
        s
    }

    /// max(z, 0) as a branch on the value; the zero branch is `0 · z`.
    pub fn logistic<'t>(tape: &'t Tape, w: &[Var<'t>], x: &[[f64; 32]], y: &[f64]) -> Var<'t> {
        let mut loss = tape.add_var(0.0);
        for r in 0..x.len() {
            // Starting from the first product: the crate has no constant zero.
            let mut z = w[0] * x[r][0];
            for j in 1..32 {
                z = z + w[j] * x[r][j];
            }
            let relu = if z.val() >= 0.0 { z } else { 0.0 * z };
            loss = loss + relu + (-z.abs()).exp().ln_1p() - y[r] * z;
        }
        loss / x.len() as f64
    }

    pub fn mlp<'t>(p: &[Var<'t>], x: &[[f64; 8]], y: &[f64]) -> Var<'t> {
        let mut loss = p[0].tape.add_var(0.0);
        for r in 0..x.len() {
            let mut h = [loss; 16];
            for j in 0..16 {
                let mut z = p[128 + j];
                for k in 0..8 {
                    z = z + p[j * 8 + k] * x[r][k];
                }
                h[j] = z.tanh();
            }
            let mut out = p[160];
            for j in 0..16 {
                out = out + p[144 + j] * h[j];
            }
            let e = out - y[r];
            loss = loss + e * e;
        }
        loss / x.len() as f64
    }

    pub fn k4<'t>(x: Var<'t>, y: Var<'t>, z: Var<'t>) -> Var<'t> {
        (x * y).sin() + z.exp() / (1.0 + x * x) + (y * y + z * z).sqrt() * (1.0 + x * x).ln()
    }
}

// ---------------------------------------------------------------------------------------
// easy-ml 2.3: `Record`s on a `WengertList`. `Record` op `f64` works, `f64 − Record` is
// `sub_swapped`; `abs`, `ln_1p` and `tanh` are not in its `Real` trait and go through
// `Record::unary` with their derivative, as its documentation shows for tanh.
// ---------------------------------------------------------------------------------------

mod eml {
    use easy_ml::differentiation::record_operations::SwappedOperations;
    use easy_ml::differentiation::Record;
    use easy_ml::numeric::extra::{Exp, Ln, Sin, Sqrt};

    pub type R<'l> = Record<'l, f64>;

    /// `Record::unary` returns a record that borrows its receiver; this rebuilds it with the
    /// list's lifetime (same number, same index on the same list).
    fn unary<'l>(x: R<'l>, f: impl Fn(f64) -> f64, df: impl Fn(f64) -> f64) -> R<'l> {
        let r = x.unary(f, df);
        Record::from_existing((r.number, r.index), x.history())
    }

    fn abs(x: R<'_>) -> R<'_> {
        unary(x, f64::abs, |v| if v >= 0.0 { 1.0 } else { -1.0 })
    }

    fn ln_1p(x: R<'_>) -> R<'_> {
        unary(x, f64::ln_1p, |v| 1.0 / (1.0 + v))
    }

    fn tanh(x: R<'_>) -> R<'_> {
        unary(x, f64::tanh, |v| {
            let c = v.cosh();
            1.0 / (c * c)
        })
    }

    pub fn rosenbrock<'l>(x: &[R<'l>]) -> R<'l> {
        let mut s = Record::constant(0.0);
        for i in 0..x.len() - 1 {
            let a = x[i + 1] - x[i] * x[i];
            let b = x[i].sub_swapped(1.0);
            s = s + a * 100.0 * a + b * b;
        }
        s
    }

    /// max(z, 0) as a branch on the value; the zero branch is a constant.
    pub fn logistic<'l>(w: &[R<'l>], x: &[[f64; 32]], y: &[f64]) -> R<'l> {
        let mut loss = Record::constant(0.0);
        for r in 0..x.len() {
            // Starting from the first product: constant + record is recorded as a node.
            let mut z = w[0] * x[r][0];
            for j in 1..32 {
                z = z + w[j] * x[r][j];
            }
            let relu = if z.number >= 0.0 {
                z
            } else {
                Record::constant(0.0)
            };
            loss = loss + relu + ln_1p((-abs(z)).exp()) - z * y[r];
        }
        loss / x.len() as f64
    }

    pub fn mlp<'l>(p: &[R<'l>], x: &[[f64; 8]], y: &[f64]) -> R<'l> {
        let mut loss = Record::constant(0.0);
        for r in 0..x.len() {
            let mut h = [Record::constant(0.0); 16];
            for j in 0..16 {
                let mut z = p[128 + j];
                for k in 0..8 {
                    z = z + p[j * 8 + k] * x[r][k];
                }
                h[j] = tanh(z);
            }
            let mut out = p[160];
            for j in 0..16 {
                out = out + p[144 + j] * h[j];
            }
            let e = out - y[r];
            loss = loss + e * e;
        }
        loss / x.len() as f64
    }

    pub fn k4<'l>(x: R<'l>, y: R<'l>, z: R<'l>) -> R<'l> {
        (x * y).sin() + z.exp() / (x * x + 1.0) + (y * y + z * z).sqrt() * (x * x + 1.0).ln()
    }
}

// ---------------------------------------------------------------------------------------
// One gradient by each tape-based method: variables recorded, the function, the backward
// walk, the gradient read out in the order of the inputs.
// ---------------------------------------------------------------------------------------

fn gradus_tape(
    tape: &mut Tape,
    inputs: &[f64],
    f: impl for<'t> Fn(&[Var<'t, f64>]) -> Var<'t, f64>,
) -> (f64, Vec<f64>) {
    tape.clear();
    let vars = tape.vars(inputs);
    let out = f(&vars);
    (out.value(), tape.gradient(out, &vars))
}

fn reverse_tape(
    tape: &reverse::Tape,
    inputs: &[f64],
    f: impl for<'t> Fn(&'t reverse::Tape, &[reverse::Var<'t>]) -> reverse::Var<'t>,
) -> (f64, Vec<f64>) {
    use reverse::Gradient;
    tape.clear();
    let vars = tape.add_vars(inputs);
    let out = f(tape, &vars);
    (out.val(), out.grad().wrt(&vars))
}

fn easy_ml_list(
    list: &easy_ml::differentiation::WengertList<f64>,
    inputs: &[f64],
    f: impl for<'l> Fn(&[eml::R<'l>]) -> eml::R<'l>,
) -> (f64, Vec<f64>) {
    list.clear();
    let vars: Vec<eml::R<'_>> = inputs.iter().map(|&v| list.variable(v)).collect();
    let out = f(&vars);
    let d = out.derivatives();
    (out.number, vars.iter().map(|v| d[v]).collect())
}

/// The K3 tape twin of loops.rs, `mlp_generic` on the flat variables.
fn k3_tape<'t>(p: &[Var<'t, f64>], x: &[[f64; 8]], y: &[f64]) -> Var<'t, f64> {
    mlp_on_vars(p, x, y)
}

fn k4_flat<T: Copy>(v: &[T]) -> (T, T, T) {
    (v[0], v[1], v[2])
}

// ---------------------------------------------------------------------------------------
// The correctness check: every method against the hand-written gradient.
// ---------------------------------------------------------------------------------------

const TOLERANCE: f64 = 1e-9;

fn assert_close(kernel: &str, method: &str, what: &str, got: f64, want: f64) {
    let error = (got - want).abs() / want.abs().max(got.abs());
    assert!(
        got.is_finite() && (got == want || error <= TOLERANCE),
        "{kernel}: {method}: {what}: {got:e}, hand-written {want:e} (relative error {error:e})"
    );
}

/// Checks each method's (value, gradient) against the hand-written one.
fn check(kernel: &str, hand: &(f64, Vec<f64>), methods: &[(&str, (f64, Vec<f64>))]) {
    for (method, (value, gradient)) in methods {
        assert_close(kernel, method, "value", *value, hand.0);
        assert_eq!(gradient.len(), hand.1.len(), "{kernel}: {method}: length");
        for (i, (&got, &want)) in gradient.iter().zip(&hand.1).enumerate() {
            assert_close(kernel, method, &format!("component {i}"), got, want);
        }
    }
    println!(
        "{kernel}: {} methods agree with the hand-written gradient (relative error ≤ {TOLERANCE:e})",
        methods.len()
    );
}

fn flat3((v, (a, b, c)): Gradient3) -> (f64, Vec<f64>) {
    (v, vec![a, b, c])
}

fn check_all(inp: &Inputs) {
    let mut tape = Tape::new();
    let rtape = reverse::Tape::new();
    let list = easy_ml::differentiation::WengertList::new();

    // K1
    let x = inp.k1_x.as_slice();
    let mut hand = vec![0.0; K1_N];
    let v_hand = rosenbrock_hand(x, &mut hand);
    let mut into = vec![0.0; K1_N];
    let v_into = grad_rosenbrock_into(x, &mut into);
    assert_close("k1_rosenbrock", "primal", "value", rosenbrock(x), v_hand);
    check(
        "k1_rosenbrock",
        &(v_hand, hand),
        &[
            ("grad_into", (v_into, into)),
            ("grad_f", grad_rosenbrock(x)),
            ("tape", gradus_tape(&mut tape, x, |v| rosenbrock_generic(v))),
            ("num_dual", k1_num_dual(x)),
            ("num_dual_dvec", k1_num_dual_dvec(x)),
            ("reverse", reverse_tape(&rtape, x, rev::rosenbrock)),
            ("easy_ml", easy_ml_list(&list, x, eml::rosenbrock)),
        ],
    );

    // K2
    let (w, x, y) = (
        inp.k2_w.as_slice(),
        inp.k2_x.as_slice(),
        inp.k2_y.as_slice(),
    );
    let mut hand = vec![0.0; K2_D];
    let v_hand = logistic_hand(w, x, y, &mut hand);
    let mut into = vec![0.0; K2_D];
    let v_into = grad_logistic_into(w, x, y, &mut into);
    assert_close("k2_logistic", "primal", "value", logistic(w, x, y), v_hand);
    check(
        "k2_logistic",
        &(v_hand, hand),
        &[
            ("grad_into", (v_into, into)),
            ("grad_f", grad_logistic(w, x, y)),
            (
                "tape",
                gradus_tape(&mut tape, w, |v| logistic_generic(v, x, y)),
            ),
            ("num_dual", k2_num_dual(w, x, y)),
            (
                "reverse",
                reverse_tape(&rtape, w, |t, v| rev::logistic(t, v, x, y)),
            ),
            (
                "easy_ml",
                easy_ml_list(&list, w, |v| eml::logistic(v, x, y)),
            ),
        ],
    );

    // K3
    let p = &inp.k3;
    let flat = p.flat();
    let (x, y) = (inp.k3_x.as_slice(), inp.k3_y.as_slice());
    let mut hand = MlpGradient::zero();
    let v_hand = mlp_hand(&p.w1, &p.b1, &p.w2, p.b2, x, y, &mut hand);
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
    let (v_grad, (g_w1, g_b1, g_w2, g_b2)) = grad_mlp(&p.w1, &p.b1, &p.w2, p.b2, x, y);
    let generated = MlpGradient {
        w1: g_w1,
        b1: g_b1,
        w2: g_w2,
        b2: g_b2,
    };
    assert_close(
        "k3_mlp",
        "primal",
        "value",
        mlp(&p.w1, &p.b1, &p.w2, p.b2, x, y),
        v_hand,
    );
    check(
        "k3_mlp",
        &(v_hand, hand.flat()),
        &[
            ("grad_into", (v_into, into.flat())),
            ("grad_f", (v_grad, generated.flat())),
            ("tape", gradus_tape(&mut tape, &flat, |v| k3_tape(v, x, y))),
            ("num_dual", k3_num_dual(&flat, x, y)),
            (
                "reverse",
                reverse_tape(&rtape, &flat, |_, v| rev::mlp(v, x, y)),
            ),
            ("easy_ml", easy_ml_list(&list, &flat, |v| eml::mlp(v, x, y))),
        ],
    );

    // K4
    let (px, py, pz) = K4_POINT;
    let point = [px, py, pz];
    let hand = flat3(k4_hand(px, py, pz));
    assert_close("k4", "primal", "value", k4(px, py, pz), hand.0);
    let (mut dx, mut dy, mut dz) = (0.0, 0.0, 0.0);
    let v_into = grad_k4_into(px, py, pz, &mut dx, &mut dy, &mut dz);
    check(
        "k4",
        &hand,
        &[
            ("grad_into", (v_into, vec![dx, dy, dz])),
            ("grad_f", flat3(grad_k4(px, py, pz))),
            (
                "tape",
                gradus_tape(&mut tape, &point, |v| {
                    let (x, y, z) = k4_flat(v);
                    k4_generic(x, y, z)
                }),
            ),
            ("num_dual", flat3(k4_num_dual(K4_POINT))),
            (
                "reverse",
                reverse_tape(&rtape, &point, |_, v| {
                    let (x, y, z) = k4_flat(v);
                    rev::k4(x, y, z)
                }),
            ),
            (
                "easy_ml",
                easy_ml_list(&list, &point, |v| {
                    let (x, y, z) = k4_flat(v);
                    eml::k4(x, y, z)
                }),
            ),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// The timing.
// ---------------------------------------------------------------------------------------

/// Methods that take milliseconds per call get fewer samples, so that one run of the whole
/// benchmark stays within minutes.
const SLOW_SAMPLES: usize = 20;

fn peers_benchmark(c: &mut Criterion) {
    let inp = inputs();
    check_all(&inp);
    let mut tape = Tape::new();
    let rtape = reverse::Tape::new();
    let list = easy_ml::differentiation::WengertList::new();

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
                black_box(gradus_tape(&mut tape, black_box(x), |v| {
                    rosenbrock_generic(v)
                }))
            })
        });
        group.bench_function("reverse", |b| {
            b.iter(|| black_box(reverse_tape(&rtape, black_box(x), rev::rosenbrock)))
        });
        group.bench_function("easy_ml", |b| {
            b.iter(|| black_box(easy_ml_list(&list, black_box(x), eml::rosenbrock)))
        });
        group.sample_size(SLOW_SAMPLES);
        group.bench_function("num_dual", |b| {
            b.iter(|| black_box(k1_num_dual(black_box(x))))
        });
        group.bench_function("num_dual_dvec", |b| {
            b.iter(|| black_box(k1_num_dual_dvec(black_box(x))))
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
                black_box(gradus_tape(&mut tape, black_box(w), |v| {
                    logistic_generic(v, black_box(x), black_box(y))
                }))
            })
        });
        group.bench_function("num_dual", |b| {
            b.iter(|| black_box(k2_num_dual(black_box(w), black_box(x), black_box(y))))
        });
        group.bench_function("reverse", |b| {
            b.iter(|| {
                black_box(reverse_tape(&rtape, black_box(w), |t, v| {
                    rev::logistic(t, v, black_box(x), black_box(y))
                }))
            })
        });
        group.bench_function("easy_ml", |b| {
            b.iter(|| {
                black_box(easy_ml_list(&list, black_box(w), |v| {
                    eml::logistic(v, black_box(x), black_box(y))
                }))
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
                black_box(gradus_tape(&mut tape, black_box(&flat), |v| {
                    k3_tape(v, black_box(x), black_box(y))
                }))
            })
        });
        group.bench_function("reverse", |b| {
            b.iter(|| {
                black_box(reverse_tape(&rtape, black_box(&flat), |_, v| {
                    rev::mlp(v, black_box(x), black_box(y))
                }))
            })
        });
        group.bench_function("easy_ml", |b| {
            b.iter(|| {
                black_box(easy_ml_list(&list, black_box(&flat), |v| {
                    eml::mlp(v, black_box(x), black_box(y))
                }))
            })
        });
        group.sample_size(SLOW_SAMPLES);
        group.bench_function("num_dual", |b| {
            b.iter(|| black_box(k3_num_dual(black_box(&flat), black_box(x), black_box(y))))
        });
        group.finish();
    }

    // K4
    {
        let mut group = c.benchmark_group("k4");
        group.bench_function("primal", |b| {
            b.iter(|| {
                let (x, y, z) = black_box(K4_POINT);
                black_box(k4(x, y, z))
            })
        });
        group.bench_function("grad_into", |b| {
            b.iter(|| {
                let (x, y, z) = black_box(K4_POINT);
                let (mut dx, mut dy, mut dz) = (0.0, 0.0, 0.0);
                let value = grad_k4_into(x, y, z, &mut dx, &mut dy, &mut dz);
                black_box((value, (dx, dy, dz)))
            })
        });
        group.bench_function("grad_f", |b| {
            b.iter(|| {
                let (x, y, z) = black_box(K4_POINT);
                black_box(grad_k4(x, y, z))
            })
        });
        group.bench_function("hand_written", |b| {
            b.iter(|| {
                let (x, y, z) = black_box(K4_POINT);
                black_box(k4_hand(x, y, z))
            })
        });
        // The scalar tape benchmarks record three variables and read three gradients
        // without the slices of the vector kernels, as benches/scalar.rs does.
        group.bench_function("tape", |b| {
            b.iter(|| {
                tape.clear();
                let (x, y, z) = black_box(K4_POINT);
                let (vx, vy, vz) = (tape.var(x), tape.var(y), tape.var(z));
                let out = k4_generic(vx, vy, vz);
                let g = tape.gradient(out, &[vx, vy, vz]);
                black_box((out.value(), (g[0], g[1], g[2])))
            })
        });
        group.bench_function("num_dual", |b| {
            b.iter(|| black_box(k4_num_dual(black_box(K4_POINT))))
        });
        group.bench_function("reverse", |b| {
            b.iter(|| {
                use reverse::Gradient;
                rtape.clear();
                let (x, y, z) = black_box(K4_POINT);
                let (vx, vy, vz) = (rtape.add_var(x), rtape.add_var(y), rtape.add_var(z));
                let out = rev::k4(vx, vy, vz);
                let g = out.grad();
                black_box((out.val(), (g.wrt(&vx), g.wrt(&vy), g.wrt(&vz))))
            })
        });
        group.bench_function("easy_ml", |b| {
            b.iter(|| {
                list.clear();
                let (x, y, z) = black_box(K4_POINT);
                let (vx, vy, vz) = (list.variable(x), list.variable(y), list.variable(z));
                let out = eml::k4(vx, vy, vz);
                let d = out.derivatives();
                black_box((out.number, (d[&vx], d[&vy], d[&vz])))
            })
        });
        group.finish();
    }
}

criterion_group!(benches, peers_benchmark);
criterion_main!(benches);
