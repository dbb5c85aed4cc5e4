//! `jvp_f`: the value and the directional derivative along the arguments' tangents, from
//! the generated tangent sweep. Each is checked against central differences of the value
//! along the direction and against the generated gradient dotted with the direction (a
//! second method: the reverse sweep), on scalar, array, loop, branch, call, struct and
//! method programs, concrete and generic, and through functions whose bodies the macro
//! does not read (tape mode, a pullback).

#![allow(clippy::needless_range_loop)]

use gradus::{differentiable, Differentiable, Float};

/// `(f(x + h·t) − f(x − h·t)) / 2h`.
fn along(f: impl Fn(f64) -> f64) -> f64 {
    let h = 1e-6;
    (f(h) - f(-h)) / (2.0 * h)
}

fn close(what: &str, a: f64, b: f64, tolerance: f64) {
    let error = (a - b).abs() / 1f64.max(a.abs()).max(b.abs());
    assert!(
        error < tolerance,
        "{what}: {a} against {b} (relative error {error:e})"
    );
}

fn shifted(x: &[f64], t: &[f64], h: f64) -> Vec<f64> {
    x.iter().zip(t).map(|(x, t)| x + h * t).collect()
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(a, b)| a * b).sum()
}

fn direction(n: usize, seed: f64) -> Vec<f64> {
    (0..n).map(|i| ((i as f64 + 1.0) * seed).cos()).collect()
}

// ---------------------------------------------------------------------------------------
// Scalars: branches, math functions, kinks.
// ---------------------------------------------------------------------------------------

#[differentiable]
fn scalar_mix(a: f64, b: f64, c: f64) -> f64 {
    let r = a * b - c.exp() / (1.0 + b * b);
    let s = if r > 0.0 { r.sqrt() } else { (-r).ln_1p() };
    s * a.sin() + b.powi(3) - a.max(c) + (a * c).tanh() + b.atan2(a) + c.abs()
}

#[test]
fn scalars_along_every_direction() {
    for (point, t) in [
        ([0.7, 1.3, -0.4], [1.0, 0.0, 0.0]),
        ([0.7, 1.3, -0.4], [0.3, -1.2, 0.8]),
        ([-0.9, 0.2, 0.5], [-0.5, 0.7, 1.1]),
    ] {
        let [a, b, c] = point;
        let (value, tangent) = jvp_scalar_mix(a, b, c, t[0], t[1], t[2]);
        assert_eq!(value, scalar_mix(a, b, c));
        let fd = along(|h| scalar_mix(a + h * t[0], b + h * t[1], c + h * t[2]));
        close("scalar_mix against differences", tangent, fd, 1e-7);
        let (_, (da, db, dc)) = grad_scalar_mix(a, b, c);
        close(
            "scalar_mix against the gradient",
            tangent,
            da * t[0] + db * t[1] + dc * t[2],
            1e-12,
        );
    }
}

// ---------------------------------------------------------------------------------------
// Arrays, loops, local arrays, loop-carried values; generic, at f64 and f32.
// ---------------------------------------------------------------------------------------

#[differentiable(wrt(w, b))]
fn softmax_layer<T: Float>(w: &[[T; 3]], b: &[T], x: &[[f64; 3]], label: usize) -> T {
    let classes = b.len();
    let mut total = T::zero();
    for row in 0..x.len() {
        let mut logits = vec![T::zero(); classes];
        for c in 0..classes {
            logits[c] = b[c];
            for k in 0..3 {
                logits[c] = logits[c] + w[c][k] * T::from(x[row][k]).unwrap();
            }
        }
        let mut largest = logits[0];
        for c in 1..classes {
            largest = largest.max(logits[c]);
        }
        let mut sum = T::zero();
        for c in 0..classes {
            sum = sum + (logits[c] - largest).exp();
        }
        total = total + largest + sum.ln() - logits[(label + row) % classes];
    }
    total
}

#[test]
fn arrays_loops_and_local_arrays() {
    let w = [[0.3, -0.2, 0.5], [0.7, 0.1, -0.4], [-0.6, 0.9, 0.2]];
    let b = [0.1, -0.3, 0.2];
    let x = [
        [1.0, 0.5, -0.5],
        [0.2, -1.0, 0.8],
        [0.0, 0.3, 0.6],
        [-0.7, 0.4, 0.1],
    ];
    let t_w = [[0.5, -1.0, 0.25], [0.0, 0.75, -0.5], [1.0, 0.1, -0.3]];
    let t_b = [-0.4, 0.6, 0.9];
    let (value, tangent) = jvp_softmax_layer(&w, &b, &x, 1, &t_w, &t_b);
    assert_eq!(value, softmax_layer(&w, &b, &x, 1));
    let fd = along(|h| {
        let w: Vec<[f64; 3]> = (0..3)
            .map(|c| std::array::from_fn(|k| w[c][k] + h * t_w[c][k]))
            .collect();
        softmax_layer(&w, &shifted(&b, &t_b, h), &x, 1)
    });
    close("softmax_layer against differences", tangent, fd, 1e-7);
    let (_, (d_w, d_b)) = grad_softmax_layer(&w, &b, &x, 1);
    let expected = dot(&d_w.concat(), &t_w.concat()) + dot(&d_b, &t_b);
    close(
        "softmax_layer against the gradient",
        tangent,
        expected,
        1e-12,
    );

    // The same generic function at f32.
    let w32: Vec<[f32; 3]> = w.iter().map(|r| r.map(|v| v as f32)).collect();
    let b32: Vec<f32> = b.iter().map(|&v| v as f32).collect();
    let tw32: Vec<[f32; 3]> = t_w.iter().map(|r| r.map(|v| v as f32)).collect();
    let tb32: Vec<f32> = t_b.iter().map(|&v| v as f32).collect();
    let (_, tangent32) = jvp_softmax_layer(&w32, &b32, &x, 1, &tw32, &tb32);
    close("softmax_layer at f32", tangent32 as f64, tangent, 1e-5);
}

/// Rosenbrock over a slice, concrete `f64`, with neighbours and `powi`.
#[differentiable]
fn rosenbrock(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        s += 100.0 * (x[i + 1] - x[i] * x[i]).powi(2) + (1.0 - x[i]).powi(2);
    }
    s
}

/// A `while` loop with an early exit and a pushed vector.
#[differentiable]
fn damped(x: &[f64], limit: f64) -> f64 {
    let mut kept = Vec::new();
    let mut i = 0;
    let mut s = 0.0;
    while i < x.len() {
        if s > limit {
            break;
        }
        kept.push(x[i] * x[i]);
        s += kept[kept.len() - 1].sqrt() + 0.5 * x[i];
        i += 1;
    }
    s * kept.iter().fold(1.0, |p, &k| p * (1.0 + k).ln())
}

#[test]
fn concrete_slices_with_neighbours_and_early_exits() {
    let x = [0.8, -0.3, 1.2, 0.5, -0.9, 0.4];
    let t = direction(x.len(), 0.7);
    let (value, tangent) = jvp_rosenbrock(&x, &t);
    assert_eq!(value, rosenbrock(&x));
    close(
        "rosenbrock against differences",
        tangent,
        along(|h| rosenbrock(&shifted(&x, &t, h))),
        1e-7,
    );
    let (_, g) = grad_rosenbrock(&x);
    close(
        "rosenbrock against the gradient",
        tangent,
        dot(&g, &t),
        1e-12,
    );

    for limit in [0.5, 100.0] {
        let (value, tangent) = jvp_damped(&x, limit, &t, 0.0);
        assert_eq!(value, damped(&x, limit));
        close(
            "damped against differences",
            tangent,
            along(|h| damped(&shifted(&x, &t, h), limit)),
            1e-7,
        );
        let (_, (g, _)) = grad_damped(&x, limit);
        close("damped against the gradient", tangent, dot(&g, &t), 1e-12);
    }
}

// ---------------------------------------------------------------------------------------
// Calls: of scalars (through the callee's partials), of arrays (through its tangent
// companion), and an argument the caller passes as data.
// ---------------------------------------------------------------------------------------

#[differentiable]
fn soft_plus(z: f64) -> f64 {
    if z > 0.0 {
        z + (-z).exp().ln_1p()
    } else {
        z.exp().ln_1p()
    }
}

#[differentiable]
fn weighted_norm(w: &[f64], v: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..v.len() {
        s += w[i] * v[i] * v[i];
    }
    s.sqrt()
}

#[differentiable(wrt(v, scale))]
fn caller(v: &[f64], w: &[f64], scale: f64) -> f64 {
    let n = weighted_norm(w, v);
    let m = weighted_norm(v, v);
    soft_plus(scale * n - 1.0) + m * soft_plus(v[0])
}

#[test]
fn calls_through_partials_and_tangent_companions() {
    let v = [0.6, 1.1, 0.4];
    let w = [1.5, 0.5, 2.0];
    let t_v = [0.3, 0.9, -0.7];
    let (value, tangent) = jvp_caller(&v, &w, 0.8, &t_v, -0.6);
    assert_eq!(value, caller(&v, &w, 0.8));
    close(
        "caller against differences",
        tangent,
        along(|h| caller(&shifted(&v, &t_v, h), &w, 0.8 - 0.6 * h)),
        1e-7,
    );
    let (_, (d_v, d_scale)) = grad_caller(&v, &w, 0.8);
    close(
        "caller against the gradient",
        tangent,
        dot(&d_v, &t_v) - 0.6 * d_scale,
        1e-12,
    );
}

// ---------------------------------------------------------------------------------------
// A struct argument and a method; the tangent of a struct is that struct.
// ---------------------------------------------------------------------------------------

#[derive(Clone, Debug, Differentiable)]
struct Net<T> {
    w: Vec<[T; 2]>,
    b: Vec<T>,
    out: T,
}

impl<T: Float> Net<T> {
    #[differentiable]
    fn loss(&self, xs: &[[f64; 2]], ys: &[f64]) -> T {
        let mut total = T::zero();
        for (x, &y) in xs.iter().zip(ys) {
            let mut z = self.out;
            for j in 0..self.b.len() {
                let a = self.w[j][0] * T::from(x[0]).unwrap()
                    + self.w[j][1] * T::from(x[1]).unwrap()
                    + self.b[j];
                z = z + a.tanh();
            }
            let r = z - T::from(y).unwrap();
            total = total + r * r;
        }
        total
    }
}

#[differentiable(wrt(net))]
fn regularized<T: Float>(net: &Net<T>, xs: &[[f64; 2]], ys: &[f64], decay: f64) -> T {
    let mut penalty = T::zero();
    for j in 0..net.b.len() {
        penalty = penalty + net.w[j][0] * net.w[j][0] + net.w[j][1] * net.w[j][1];
    }
    net.loss(xs, ys) + T::from(decay).unwrap() * penalty
}

fn net(seed: f64) -> Net<f64> {
    Net {
        w: (0..3)
            .map(|j| {
                [
                    (seed * (j as f64 + 1.0)).sin(),
                    (seed * (j as f64 + 2.0)).cos(),
                ]
            })
            .collect(),
        b: (0..3).map(|j| (seed * j as f64).sin() * 0.5).collect(),
        out: seed.cos() * 0.3,
    }
}

fn shifted_net(p: &Net<f64>, t: &Net<f64>, h: f64) -> Net<f64> {
    let mut q = p.clone();
    let mut along_t = Vec::new();
    t.for_each_scalar(&mut |v| along_t.push(v));
    let mut next = along_t.into_iter();
    q.for_each_scalar_mut(&mut |v| *v += h * next.next().unwrap());
    q
}

fn scalars(p: &Net<f64>) -> Vec<f64> {
    let mut all = Vec::new();
    p.for_each_scalar(&mut |v| all.push(v));
    all
}

#[test]
fn a_struct_argument_and_a_method_take_a_struct_tangent() {
    let p = net(0.9);
    let t = net(2.3);
    let xs = [[0.5, -1.0], [1.5, 0.25], [-0.75, 0.8]];
    let ys = [0.2, -0.4, 0.9];

    let (value, tangent) = p.jvp_loss(&xs, &ys, &t);
    assert_eq!(value, p.loss(&xs, &ys));
    close(
        "method against differences",
        tangent,
        along(|h| shifted_net(&p, &t, h).loss(&xs, &ys)),
        1e-7,
    );
    let (_, g) = p.grad_loss(&xs, &ys);
    close(
        "method against the gradient",
        tangent,
        dot(&scalars(&g), &scalars(&t)),
        1e-12,
    );

    let (value, tangent) = jvp_regularized(&p, &xs, &ys, 0.1, &t);
    assert_eq!(value, regularized(&p, &xs, &ys, 0.1));
    close(
        "struct argument against differences",
        tangent,
        along(|h| regularized(&shifted_net(&p, &t, h), &xs, &ys, 0.1)),
        1e-7,
    );
    let (_, g) = grad_regularized(&p, &xs, &ys, 0.1);
    close(
        "struct argument against the gradient",
        tangent,
        dot(&scalars(&g), &scalars(&t)),
        1e-12,
    );
}

// ---------------------------------------------------------------------------------------
// Bodies the macro does not read: tape mode and a pullback, also called from the DSL.
// ---------------------------------------------------------------------------------------

#[differentiable(tape)]
fn on_the_tape<T: Float>(x: &[T], k: T) -> T {
    let mut s = T::zero();
    for v in x.iter() {
        s = s + (*v * k).sin();
    }
    s * s
}

#[differentiable(pullback = cube_pullback)]
fn cube(x: f64) -> f64 {
    x * x * x
}

fn cube_pullback(x: f64, d_out: f64, d_x: &mut f64) {
    *d_x += d_out * 3.0 * x * x;
}

#[differentiable]
fn uses_both(x: &[f64], k: f64) -> f64 {
    on_the_tape(x, k) + cube(x[1] * k)
}

#[test]
fn bodies_not_read_take_their_gradient_dotted_with_the_tangents() {
    let x = [0.4, -0.8, 1.1];
    let t = direction(3, 1.9);
    let (value, tangent) = jvp_uses_both(&x, 0.7, &t, 0.5);
    assert_eq!(value, uses_both(&x, 0.7));
    close(
        "uses_both against differences",
        tangent,
        along(|h| uses_both(&shifted(&x, &t, h), 0.7 + 0.5 * h)),
        1e-7,
    );
    let (_, (g, d_k)) = grad_uses_both(&x, 0.7);
    close(
        "uses_both against the gradient",
        tangent,
        dot(&g, &t) + 0.5 * d_k,
        1e-12,
    );
    let (value, tangent) = jvp_cube(1.5, 2.0);
    assert_eq!((value, tangent), (3.375, 13.5));
}
