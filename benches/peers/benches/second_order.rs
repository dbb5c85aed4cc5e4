//! Hessian-vector products (issue 12): gradus's generated `hvp_f` (dual numbers over the
//! generated reverse sweep) beside num-dual 0.15.1's hyper-dual numbers, on K1–K4.
//!
//! A hyper-dual number carries two first-order parts and their product part, so one
//! evaluation of f at `x + ε₁·v + ε₂·eᵢ` gives `eᵢᵀ·H·v`: the whole product takes n
//! evaluations, one per component. `hvp_f` takes one pass. Each product is checked
//! against the other (1e-8 relative) before timing.
//!
//! Run from the repository root with
//! `cargo bench --manifest-path benches/peers/Cargo.toml --bench second_order -- --warm-up-time 1 --measurement-time 3`.
#![allow(clippy::needless_range_loop)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use gradus::{differentiable, Float};
use num_dual::{DualNum, HyperDual64};

#[path = "../../common/kernels.rs"]
#[allow(dead_code)]
mod kernels;

// The kernels once more, generic for gradus (so that `hvp_f` exists) and for num-dual.

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

#[differentiable(wrt(p))]
fn k3<T: Float>(p: &[T], x: &[[f64; 8]], y: &[f64]) -> T {
    let mut loss = T::zero();
    for r in 0..x.len() {
        let mut h = [T::zero(); 16];
        for j in 0..16 {
            let mut z = p[128 + j];
            for k in 0..8 {
                z = z + p[j * 8 + k] * T::from(x[r][k]).unwrap();
            }
            h[j] = z.tanh();
        }
        let mut out = p[160];
        for j in 0..16 {
            out = out + p[144 + j] * h[j];
        }
        let e = out - T::from(y[r]).unwrap();
        loss = loss + e * e;
    }
    loss / T::from(x.len()).unwrap()
}

#[differentiable]
fn k4<T: Float>(x: &[T]) -> T {
    let one = T::one();
    (x[0] * x[1]).sin() + x[2].exp() / (one + x[0] * x[0])
        + (x[1] * x[1] + x[2] * x[2]).sqrt() * (one + x[0] * x[0]).ln()
}

mod nd {
    use num_dual::DualNum;

    pub fn k1<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
        let mut s = D::zero();
        for i in 0..x.len() - 1 {
            let a = x[i + 1] - x[i] * x[i];
            let b = D::one() - x[i];
            s += a * a * 100.0 + b * b;
        }
        s
    }

    /// num-dual has no `max`: max(z, 0) is a branch on the real part.
    pub fn k2<D: DualNum<Primitive = f64> + Copy>(w: &[D], x: &[[f64; 32]], y: &[f64]) -> D {
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

    pub fn k3<D: DualNum<Primitive = f64> + Copy>(p: &[D], x: &[[f64; 8]], y: &[f64]) -> D {
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

    pub fn k4<D: DualNum<Primitive = f64> + Copy>(x: &[D]) -> D {
        (x[0] * x[1]).sin() + x[2].exp() / (x[0] * x[0] + 1.0)
            + (x[1] * x[1] + x[2] * x[2]).sqrt() * (x[0] * x[0] + 1.0).ln()
    }
}

/// `H·v` by hyper-dual numbers: one evaluation per component.
fn hyper_dual_product(f: &dyn Fn(&[HyperDual64]) -> HyperDual64, x: &[f64], v: &[f64]) -> Vec<f64> {
    let mut lifted: Vec<HyperDual64> = x
        .iter()
        .zip(v)
        .map(|(&x, &v)| HyperDual64::new(x, v, 0.0, 0.0))
        .collect();
    (0..x.len())
        .map(|i| {
            lifted[i].eps2 = 1.0;
            let component = f(&lifted).eps1eps2;
            lifted[i].eps2 = 0.0;
            component
        })
        .collect()
}

fn direction(n: usize) -> Vec<f64> {
    (0..n).map(|i| ((i as f64 + 1.0) * 0.77).sin()).collect()
}

fn agree(what: &str, a: &[f64], b: &[f64]) {
    for (i, (a, b)) in a.iter().zip(b).enumerate() {
        let error = (a - b).abs() / 1f64.max(a.abs()).max(b.abs());
        assert!(error < 1e-8, "{what}[{i}]: gradus {a} against num-dual {b}");
    }
}

type Product = fn(&[f64], &[f64]) -> Vec<f64>;

fn group(c: &mut Criterion, name: &str, x: &[f64], gradus: Product, num_dual: Product) {
    let v = direction(x.len());
    agree(name, &gradus(x, &v), &num_dual(x, &v));
    let mut group = c.benchmark_group(name);
    group.bench_function("gradus_hvp", |b| b.iter(|| gradus(black_box(x), &v)));
    group.bench_function("num_dual_hyperdual", |b| b.iter(|| num_dual(black_box(x), &v)));
    group.finish();
}

fn benches(c: &mut Criterion) {
    let inputs = kernels::inputs();
    #[inline(never)]
    fn k1_gradus(x: &[f64], v: &[f64]) -> Vec<f64> {
        hvp_k1(x, v).2
    }
    #[inline(never)]
    fn k1_num_dual(x: &[f64], v: &[f64]) -> Vec<f64> {
        hyper_dual_product(&|x| nd::k1(x), x, v)
    }
    group(c, "hvp_k1_rosenbrock", &inputs.k1_x, k1_gradus, k1_num_dual);

    static K2: std::sync::OnceLock<kernels::Inputs> = std::sync::OnceLock::new();
    K2.get_or_init(kernels::inputs);
    #[inline(never)]
    fn k2_gradus(w: &[f64], v: &[f64]) -> Vec<f64> {
        let data = K2.get().unwrap();
        hvp_k2(w, &data.k2_x, &data.k2_y, v).2
    }
    #[inline(never)]
    fn k2_num_dual(w: &[f64], v: &[f64]) -> Vec<f64> {
        let data = K2.get().unwrap();
        hyper_dual_product(&|w| nd::k2(w, &data.k2_x, &data.k2_y), w, v)
    }
    group(c, "hvp_k2_logistic", &inputs.k2_w, k2_gradus, k2_num_dual);

    #[inline(never)]
    fn k3_gradus(p: &[f64], v: &[f64]) -> Vec<f64> {
        let data = K2.get().unwrap();
        hvp_k3(p, &data.k3_x, &data.k3_y, v).2
    }
    #[inline(never)]
    fn k3_num_dual(p: &[f64], v: &[f64]) -> Vec<f64> {
        let data = K2.get().unwrap();
        hyper_dual_product(&|p| nd::k3(p, &data.k3_x, &data.k3_y), p, v)
    }
    group(c, "hvp_k3_mlp", &inputs.k3.flat(), k3_gradus, k3_num_dual);

    #[inline(never)]
    fn k4_gradus(x: &[f64], v: &[f64]) -> Vec<f64> {
        hvp_k4(x, v).2
    }
    #[inline(never)]
    fn k4_num_dual(x: &[f64], v: &[f64]) -> Vec<f64> {
        hyper_dual_product(&|x| nd::k4(x), x, v)
    }
    let (a, b, z) = kernels::K4_POINT;
    group(c, "hvp_k4_scalar", &[a, b, z], k4_gradus, k4_num_dual);
}

criterion_group!(second_order, benches);
criterion_main!(second_order);
