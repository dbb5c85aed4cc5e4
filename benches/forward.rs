//! Forward mode and second order: `jvp_f` against the primal and `hvp_f` against the
//! gradient, on K1–K4 written generically over `T: Float` (so that `hvp_f` exists), each
//! called through an `#[inline(never)]` wrapper. Before timing, each directional
//! derivative is checked against the gradient dotted with the direction, and each
//! Hessian-vector product against central differences of the gradient.
//!
//! Run with `cargo bench --bench forward -- --warm-up-time 1 --measurement-time 3`.
#![allow(clippy::needless_range_loop)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use gradus::{differentiable, Float};

#[path = "common/kernels.rs"]
mod kernels;

#[differentiable]
fn k1<T: Float>(x: &[T]) -> T {
    let mut s = T::zero();
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = T::one() - x[i];
        s = s + T::from(100.0).unwrap() * a * a + b * b;
    }
    s
}

#[differentiable(wrt(w))]
fn k2<T: Float>(w: &[T], x: &[[f64; 32]], y: &[f64]) -> T {
    let mut loss = T::zero();
    for r in 0..x.len() {
        let mut z = T::zero();
        for j in 0..32 {
            z = z + w[j] * T::from(x[r][j]).unwrap();
        }
        loss = loss + z.max(T::zero()) + (-z.abs()).exp().ln_1p() - T::from(y[r]).unwrap() * z;
    }
    loss / T::from(x.len()).unwrap()
}

#[differentiable(wrt(w1, b1, w2, b2))]
fn k3<T: Float>(
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
                z = z + w1[j][k] * T::from(x[r][k]).unwrap();
            }
            h[j] = z.tanh();
        }
        let mut out = b2;
        for j in 0..16 {
            out = out + w2[j] * h[j];
        }
        let e = out - T::from(y[r]).unwrap();
        loss = loss + e * e;
    }
    loss / T::from(x.len()).unwrap()
}

#[differentiable]
fn k4<T: Float>(x: T, y: T, z: T) -> T {
    let one = T::one();
    (x * y).sin() + z.exp() / (one + x * x) + (y * y + z * z).sqrt() * (one + x * x).ln()
}

fn direction(n: usize) -> Vec<f64> {
    (0..n).map(|i| ((i as f64 + 1.0) * 0.77).sin()).collect()
}

fn close(what: &str, a: f64, b: f64, tolerance: f64) {
    let error = (a - b).abs() / 1f64.max(a.abs()).max(b.abs());
    assert!(error < tolerance, "{what}: {a} against {b}");
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(a, b)| a * b).sum()
}

fn bench_k1(c: &mut Criterion) {
    let inputs = kernels::inputs();
    let x = inputs.k1_x.clone();
    let v = direction(x.len());
    #[inline(never)]
    fn primal(x: &[f64]) -> f64 {
        k1(x)
    }
    #[inline(never)]
    fn gradient(x: &[f64], g: &mut [f64]) -> f64 {
        grad_k1_into(x, g)
    }
    #[inline(never)]
    fn jvp(x: &[f64], v: &[f64]) -> (f64, f64) {
        jvp_k1(x, v)
    }
    #[inline(never)]
    fn hvp(x: &[f64], v: &[f64]) -> (f64, Vec<f64>, Vec<f64>) {
        hvp_k1(x, v)
    }
    let (_, g) = grad_k1(&x);
    close("k1 jvp", jvp(&x, &v).1, dot(&g, &v), 1e-10);
    let h = 1e-6;
    let plus = grad_k1(&x.iter().zip(&v).map(|(x, v)| x + h * v).collect::<Vec<_>>()).1;
    let minus = grad_k1(&x.iter().zip(&v).map(|(x, v)| x - h * v).collect::<Vec<_>>()).1;
    let (_, _, product) = hvp(&x, &v);
    for i in 0..x.len() {
        close("k1 hvp", product[i], (plus[i] - minus[i]) / (2.0 * h), 1e-5);
    }
    let mut group = c.benchmark_group("forward_k1_rosenbrock");
    group.bench_function("primal", |b| b.iter(|| primal(black_box(&x))));
    let mut buffer = vec![0.0; x.len()];
    group.bench_function("grad_into", |b| {
        b.iter(|| {
            buffer.fill(0.0);
            gradient(black_box(&x), &mut buffer)
        })
    });
    group.bench_function("jvp", |b| b.iter(|| jvp(black_box(&x), &v)));
    group.bench_function("hvp", |b| b.iter(|| hvp(black_box(&x), &v)));
    group.finish();
}

fn bench_k2(c: &mut Criterion) {
    let inputs = kernels::inputs();
    let (w, x, y) = (
        inputs.k2_w.clone(),
        inputs.k2_x.clone(),
        inputs.k2_y.clone(),
    );
    let v = direction(w.len());
    #[inline(never)]
    fn primal(w: &[f64], x: &[[f64; 32]], y: &[f64]) -> f64 {
        k2(w, x, y)
    }
    #[inline(never)]
    fn gradient(w: &[f64], x: &[[f64; 32]], y: &[f64], g: &mut [f64]) -> f64 {
        grad_k2_into(w, x, y, g)
    }
    #[inline(never)]
    fn jvp(w: &[f64], x: &[[f64; 32]], y: &[f64], v: &[f64]) -> (f64, f64) {
        jvp_k2(w, x, y, v)
    }
    #[inline(never)]
    fn hvp(w: &[f64], x: &[[f64; 32]], y: &[f64], v: &[f64]) -> (f64, Vec<f64>, Vec<f64>) {
        hvp_k2(w, x, y, v)
    }
    let (_, g) = grad_k2(&w, &x, &y);
    close("k2 jvp", jvp(&w, &x, &y, &v).1, dot(&g, &v), 1e-10);
    let mut group = c.benchmark_group("forward_k2_logistic");
    group.bench_function("primal", |b| b.iter(|| primal(black_box(&w), &x, &y)));
    let mut buffer = vec![0.0; w.len()];
    group.bench_function("grad_into", |b| {
        b.iter(|| {
            buffer.fill(0.0);
            gradient(black_box(&w), &x, &y, &mut buffer)
        })
    });
    group.bench_function("jvp", |b| b.iter(|| jvp(black_box(&w), &x, &y, &v)));
    group.bench_function("hvp", |b| b.iter(|| hvp(black_box(&w), &x, &y, &v)));
    group.finish();
}

type K3Gradient = ([[f64; 8]; 16], [f64; 16], [f64; 16], f64);

fn bench_k3(c: &mut Criterion) {
    let inputs = kernels::inputs();
    let p = &inputs.k3;
    let (x, y) = (inputs.k3_x.clone(), inputs.k3_y.clone());
    let flat = direction(16 * 8 + 16 + 16 + 1);
    let v_w1: [[f64; 8]; 16] = std::array::from_fn(|j| std::array::from_fn(|k| flat[j * 8 + k]));
    let v_b1: [f64; 16] = std::array::from_fn(|j| flat[128 + j]);
    let v_w2: [f64; 16] = std::array::from_fn(|j| flat[144 + j]);
    let v_b2 = flat[160];
    #[inline(never)]
    fn primal(p: &kernels::MlpParams, x: &[[f64; 8]], y: &[f64]) -> f64 {
        k3(&p.w1, &p.b1, &p.w2, p.b2, x, y)
    }
    #[inline(never)]
    fn gradient(p: &kernels::MlpParams, x: &[[f64; 8]], y: &[f64], g: &mut K3Gradient) -> f64 {
        grad_k3_into(
            &p.w1, &p.b1, &p.w2, p.b2, x, y, &mut g.0, &mut g.1, &mut g.2, &mut g.3,
        )
    }
    #[inline(never)]
    fn jvp(p: &kernels::MlpParams, x: &[[f64; 8]], y: &[f64], v: &K3Gradient) -> (f64, f64) {
        jvp_k3(&p.w1, &p.b1, &p.w2, p.b2, x, y, &v.0, &v.1, &v.2, v.3)
    }
    #[inline(never)]
    fn hvp(
        p: &kernels::MlpParams,
        x: &[[f64; 8]],
        y: &[f64],
        v: &K3Gradient,
    ) -> (f64, K3Gradient, K3Gradient) {
        hvp_k3(&p.w1, &p.b1, &p.w2, p.b2, x, y, &v.0, &v.1, &v.2, v.3)
    }
    let v = (v_w1, v_b1, v_w2, v_b2);
    let (_, g) = grad_k3(&p.w1, &p.b1, &p.w2, p.b2, &x, &y);
    let expected =
        dot(&g.0.concat(), &v.0.concat()) + dot(&g.1, &v.1) + dot(&g.2, &v.2) + g.3 * v.3;
    close("k3 jvp", jvp(p, &x, &y, &v).1, expected, 1e-10);
    let mut group = c.benchmark_group("forward_k3_mlp");
    group.bench_function("primal", |b| b.iter(|| primal(black_box(p), &x, &y)));
    let mut buffer: K3Gradient = ([[0.0; 8]; 16], [0.0; 16], [0.0; 16], 0.0);
    group.bench_function("grad_into", |b| {
        b.iter(|| {
            buffer = ([[0.0; 8]; 16], [0.0; 16], [0.0; 16], 0.0);
            gradient(black_box(p), &x, &y, &mut buffer)
        })
    });
    group.bench_function("jvp", |b| b.iter(|| jvp(black_box(p), &x, &y, &v)));
    group.bench_function("hvp", |b| b.iter(|| hvp(black_box(p), &x, &y, &v)));
    group.finish();
}

fn bench_k4(c: &mut Criterion) {
    let (x, y, z) = kernels::K4_POINT;
    #[inline(never)]
    fn primal(x: f64, y: f64, z: f64) -> f64 {
        k4(x, y, z)
    }
    #[inline(never)]
    fn gradient(x: f64, y: f64, z: f64) -> (f64, (f64, f64, f64)) {
        grad_k4(x, y, z)
    }
    #[inline(never)]
    fn jvp(x: f64, y: f64, z: f64) -> (f64, f64) {
        jvp_k4(x, y, z, 0.3, -0.5, 0.8)
    }
    #[inline(never)]
    fn hvp(x: f64, y: f64, z: f64) -> (f64, (f64, f64, f64), (f64, f64, f64)) {
        hvp_k4(x, y, z, 0.3, -0.5, 0.8)
    }
    let (_, g) = gradient(x, y, z);
    close(
        "k4 jvp",
        jvp(x, y, z).1,
        0.3 * g.0 - 0.5 * g.1 + 0.8 * g.2,
        1e-12,
    );
    let mut group = c.benchmark_group("forward_k4_scalar");
    group.bench_function("primal", |b| b.iter(|| primal(black_box(x), y, z)));
    group.bench_function("grad", |b| b.iter(|| gradient(black_box(x), y, z)));
    group.bench_function("jvp", |b| b.iter(|| jvp(black_box(x), y, z)));
    group.bench_function("hvp", |b| b.iter(|| hvp(black_box(x), y, z)));
    group.finish();
}

criterion_group!(benches, bench_k1, bench_k2, bench_k3, bench_k4);
criterion_main!(benches);
