//! Parameters as structs (SPEC §2.6): a `#[derive(Differentiable)]` argument named in
//! `wrt`, or `self` in a method, gets a gradient of its own type. Every field's gradient is
//! checked against central finite differences and against the tape (the same loss written
//! generically and run on `Var`s), for concrete and generic structs, nested structs, `Vec`
//! fields, calls that pass the struct on, and methods.
#![allow(clippy::needless_range_loop)]

mod common;

use common::{central_differences, flatten, relative_error, unflatten};
use gradus::{differentiable, Differentiable, Float, Tape, Var};

/// Checks `gradient` (a struct) against central differences of `f` at `at`.
fn assert_matches_finite_differences<D>(f: impl Fn(&D) -> f64, at: &D, gradient: &D)
where
    D: Differentiable<Scalar = f64>,
{
    let x = flatten(at);
    let estimate = central_differences(|v: &[f64]| f(&unflatten(at, v)), &x, x.len());
    for (i, (g, fd)) in flatten(gradient).iter().zip(&estimate).enumerate() {
        assert!(
            relative_error(*g, *fd) < 1e-6,
            "component {i}: generated {g}, finite differences {fd}"
        );
    }
}

fn assert_close(a: &[f64], b: &[f64], what: &str) {
    assert_eq!(a.len(), b.len(), "{what}: lengths");
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        assert!(
            relative_error(*x, *y) < 1e-9,
            "{what}[{i}]: {x} against {y}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// A small MLP, concrete and generic.

#[derive(Clone, Debug, Differentiable)]
struct Mlp {
    w1: [[f64; 3]; 4],
    b1: [f64; 4],
    w2: [f64; 4],
    b2: f64,
}

#[differentiable(wrt(p))]
fn mlp_loss(p: &Mlp, x: &[[f64; 3]], t: &[f64]) -> f64 {
    let mut loss = 0.0;
    for (row, target) in x.iter().zip(t.iter()) {
        let mut y = p.b2;
        for h in 0..4 {
            let mut a = p.b1[h];
            for k in 0..3 {
                a += p.w1[h][k] * row[k];
            }
            y += p.w2[h] * a.tanh();
        }
        loss += (y - target).powi(2);
    }
    loss / t.len() as f64
}

#[derive(Clone, Debug, Differentiable)]
struct MlpOf<T: Float> {
    w1: [[T; 3]; 4],
    b1: [T; 4],
    w2: [T; 4],
    b2: T,
}

#[differentiable(wrt(p))]
fn mlp_loss_generic<T: Float>(p: &MlpOf<T>, x: &[[T; 3]], t: &[T]) -> T {
    let mut loss = T::zero();
    for i in 0..t.len() {
        let mut y = p.b2;
        for h in 0..4 {
            let mut a = p.b1[h];
            for k in 0..3 {
                a = a + p.w1[h][k] * x[i][k];
            }
            y = y + p.w2[h] * a.tanh();
        }
        loss = loss + (y - t[i]) * (y - t[i]);
    }
    loss / T::from(t.len()).unwrap()
}

fn sample_mlp() -> Mlp {
    let mut p = Mlp {
        w1: [[0.0; 3]; 4],
        b1: [0.0; 4],
        w2: [0.0; 4],
        b2: 0.1,
    };
    for h in 0..4 {
        for k in 0..3 {
            p.w1[h][k] = 0.3 * ((h * 3 + k) as f64).sin();
        }
        p.b1[h] = 0.1 * h as f64 - 0.2;
        p.w2[h] = 0.5 - 0.3 * h as f64;
    }
    p
}

fn sample_data() -> (Vec<[f64; 3]>, Vec<f64>) {
    let x: Vec<[f64; 3]> = (0..5)
        .map(|i| {
            let i = i as f64;
            [i.cos(), 0.5 * i - 1.0, (0.7 * i).sin()]
        })
        .collect();
    let t = (0..5).map(|i| 0.2 * i as f64 - 0.3).collect();
    (x, t)
}

fn generic_of<T: Float>(p: &Mlp, convert: impl Fn(f64) -> T) -> MlpOf<T> {
    MlpOf {
        w1: p.w1.map(|row| row.map(&convert)),
        b1: p.b1.map(&convert),
        w2: p.w2.map(&convert),
        b2: convert(p.b2),
    }
}

#[test]
fn struct_gradient_has_the_struct_type_and_matches_finite_differences() {
    let p = sample_mlp();
    let (x, t) = sample_data();
    let (value, g): (f64, Mlp) = grad_mlp_loss(&p, &x, &t);
    assert_eq!(value, mlp_loss(&p, &x, &t));
    assert_matches_finite_differences(|q: &Mlp| mlp_loss(q, &x, &t), &p, &g);
    // Every field was reached: no gradient component of this loss is exactly zero.
    assert!(flatten(&g).iter().all(|d| *d != 0.0), "{g:?}");
}

#[test]
fn struct_gradient_matches_the_tape_on_the_generic_struct() {
    let p = sample_mlp();
    let (x, t) = sample_data();
    let (_, g) = grad_mlp_loss(&p, &x, &t);

    let tape = Tape::new();
    let vars: MlpOf<Var> = generic_of(&p, |v| tape.var(v));
    let xs: Vec<[Var; 3]> = x.iter().map(|row| row.map(Var::constant)).collect();
    let ts: Vec<Var> = t.iter().map(|v| Var::constant(*v)).collect();
    let loss = mlp_loss_generic(&vars, &xs, &ts);
    let taped = tape.gradient(loss, &flatten(&vars));
    assert_close(&flatten(&g), &taped, "generated against tape");

    // The generic function's own gradient, at f64 and at f32, agrees too.
    let (value, generic) = grad_mlp_loss_generic(&generic_of(&p, |v| v), &x, &t);
    assert!(relative_error(value, loss.value()) < 1e-12);
    assert_close(&flatten(&generic), &taped, "generic generated against tape");
    let x32: Vec<[f32; 3]> = x.iter().map(|row| row.map(|v| v as f32)).collect();
    let t32: Vec<f32> = t.iter().map(|v| *v as f32).collect();
    let (_, g32) = grad_mlp_loss_generic(&generic_of(&p, |v| v as f32), &x32, &t32);
    for (a, b) in flatten(&g32).iter().zip(&taped) {
        assert!((*a as f64 - b).abs() < 1e-4, "f32 {a} against {b}");
    }
}

#[test]
fn grad_into_adds_into_the_struct_buffer() {
    let p = sample_mlp();
    let (x, t) = sample_data();
    let (_, g) = grad_mlp_loss(&p, &x, &t);
    let mut sum = p.zeros_like();
    sum.b2 = 1.0;
    let value = grad_mlp_loss_into(&p, &x, &t, &mut sum);
    assert_eq!(value, mlp_loss(&p, &x, &t));
    grad_mlp_loss_into(&p, &x, &t, &mut sum);
    let twice: Vec<f64> = flatten(&g).iter().map(|d| 2.0 * d).collect();
    let mut expected = twice.clone();
    let b2 = expected.len() - 1;
    expected[b2] += 1.0;
    assert_close(&flatten(&sum), &expected, "two calls added to a buffer");
}

// ---------------------------------------------------------------------------------------
// Nested structs, `Vec` fields, and passing a struct on.

#[derive(Clone, Debug, Differentiable)]
struct Layer {
    w: Vec<f64>,
    b: f64,
}

#[derive(Clone, Debug, Differentiable)]
struct Model {
    layer: Layer,
    scale: [f64; 2],
    extra: Vec<f64>,
}

/// A layer's response, differentiated through its own struct.
#[differentiable(wrt(l))]
fn respond(l: &Layer, x: &[f64]) -> f64 {
    let mut s = l.b;
    for i in 0..x.len() {
        s += l.w[i] * x[i];
    }
    s.tanh()
}

#[differentiable(wrt(m))]
fn model_loss(m: &Model, x: &[f64]) -> f64 {
    // The layer read through its path, and passed whole to another function.
    let direct = m.layer.w[0] * m.layer.b;
    let response = respond(&m.layer, x);
    let tail: f64 = m.extra.iter().map(|e| e * e).sum();
    m.scale[0] * response + m.scale[1] * direct + tail.sqrt() + m.extra.len() as f64
}

#[differentiable(wrt(m))]
fn model_twice(m: &Model, x: &[f64]) -> f64 {
    // The whole struct passed on.
    model_loss(m, x) * model_loss(m, x) + m.scale[1]
}

fn sample_model() -> Model {
    Model {
        layer: Layer {
            w: vec![0.4, -0.3, 0.2],
            b: 0.15,
        },
        scale: [1.5, -0.7],
        extra: vec![0.3, 0.4, -1.2, 0.8],
    }
}

#[test]
fn nested_structs_and_vec_fields_match_finite_differences_and_the_tape() {
    let m = sample_model();
    let x = [0.5, -1.0, 2.0];
    let (value, g) = grad_model_loss(&m, &x);
    assert_eq!(value, model_loss(&m, &x));
    assert_eq!(g.layer.w.len(), 3);
    assert_eq!(g.extra.len(), 4);
    assert_matches_finite_differences(|q: &Model| model_loss(q, &x), &m, &g);

    // The same loss on the tape, written out by hand.
    let tape = Tape::new();
    let w: Vec<Var> = m.layer.w.iter().map(|v| tape.var(*v)).collect();
    let b = tape.var(m.layer.b);
    let scale = [tape.var(m.scale[0]), tape.var(m.scale[1])];
    let extra: Vec<Var> = m.extra.iter().map(|v| tape.var(*v)).collect();
    let mut s = b;
    for (wi, xi) in w.iter().zip(&x) {
        s += *wi * *xi;
    }
    let tail = extra
        .iter()
        .fold(Var::constant(0.0), |acc, e| acc + *e * *e);
    let loss = scale[0] * s.tanh() + scale[1] * (w[0] * b) + tail.sqrt() + extra.len() as f64;
    let mut all = w.clone();
    all.push(b);
    all.extend(scale);
    all.extend(extra.iter().copied());
    assert_close(
        &flatten(&g),
        &tape.gradient(loss, &all),
        "model against tape",
    );
}

#[test]
fn a_struct_passed_on_whole_composes() {
    let m = sample_model();
    let x = [0.5, -1.0, 2.0];
    let (value, g) = grad_model_twice(&m, &x);
    assert_eq!(value, model_twice(&m, &x));
    assert_matches_finite_differences(|q: &Model| model_twice(q, &x), &m, &g);
    let (inner, inner_g) = grad_model_loss(&m, &x);
    let mut expected: Vec<f64> = flatten(&inner_g).iter().map(|d| 2.0 * inner * d).collect();
    expected[5] += 1.0; // scale[1], after w (3), b and scale[0]
    assert_close(&flatten(&g), &expected, "chain rule through the call");
}

#[test]
#[should_panic(expected = "extra")]
fn a_buffer_with_a_vec_field_of_another_length_panics_naming_the_field() {
    let m = sample_model();
    let mut buffer = m.zeros_like();
    buffer.extra.pop();
    grad_model_loss_into(&m, &[0.5, -1.0, 2.0], &mut buffer);
}

// ---------------------------------------------------------------------------------------
// Methods: `self` is the model.

#[derive(Clone, Debug, Differentiable)]
struct Line {
    slope: f64,
    intercept: f64,
}

impl Line {
    #[differentiable]
    fn predict(&self, x: f64) -> f64 {
        self.slope * x + self.intercept
    }

    #[differentiable]
    fn loss(&self, xs: &[f64], ys: &[f64]) -> f64 {
        let mut total = 0.0;
        for i in 0..xs.len() {
            let r = self.predict(xs[i]) - ys[i];
            total += r * r;
        }
        total + 0.1 * self.slope * self.slope
    }

    /// `wrt` can name `self` beside another argument.
    #[differentiable(wrt(self, x))]
    fn at(&self, x: f64) -> f64 {
        (self.slope * x).sin() + self.intercept
    }
}

#[test]
fn methods_differentiate_self() {
    let line = Line {
        slope: 0.7,
        intercept: -0.2,
    };
    let xs = [0.0, 1.0, 2.0, 3.5];
    let ys = [0.1, 0.4, 1.6, 2.2];
    let (value, g): (f64, Line) = line.grad_loss(&xs, &ys);
    assert_eq!(value, line.loss(&xs, &ys));
    let mut slope = 0.2 * line.slope;
    let mut intercept = 0.0;
    for (x, y) in xs.iter().zip(&ys) {
        let r = line.slope * x + line.intercept - y;
        slope += 2.0 * r * x;
        intercept += 2.0 * r;
    }
    assert!(relative_error(g.slope, slope) < 1e-12, "{g:?}");
    assert!(relative_error(g.intercept, intercept) < 1e-12, "{g:?}");

    let mut sum = line.zeros_like();
    line.grad_loss_into(&xs, &ys, &mut sum);
    line.grad_loss_into(&xs, &ys, &mut sum);
    assert!(relative_error(sum.slope, 2.0 * slope) < 1e-12);

    let (_, (d_line, d_x)) = line.grad_at(0.5);
    let c = (line.slope * 0.5).cos();
    assert!(relative_error(d_line.slope, 0.5 * c) < 1e-12);
    assert_eq!(d_line.intercept, 1.0);
    assert!(relative_error(d_x, line.slope * c) < 1e-12);
}

#[test]
fn a_method_without_self_works_as_a_free_function() {
    #[derive(Clone, Debug, Differentiable)]
    struct Spring {
        k: f64,
    }
    impl Spring {
        #[differentiable]
        fn energy(k: f64, x: f64) -> f64 {
            0.5 * k * x * x
        }
    }
    let (value, (d_k, d_x)) = Spring::grad_energy(2.0, 3.0);
    assert_eq!(value, 9.0);
    assert_eq!((d_k, d_x), (4.5, 6.0));
    let _ = Spring { k: 1.0 }.k;
}

// ---------------------------------------------------------------------------------------
// A `Vec` of structs: each element passed on to a function that reads its fields.

#[derive(Clone, Debug, Differentiable)]
struct Stack {
    layers: Vec<Layer>,
    gain: f64,
}

#[differentiable(wrt(s))]
fn stack_loss(s: &Stack, x: &[f64]) -> f64 {
    let mut total = 0.0;
    for l in 0..s.layers.len() {
        total += respond(&s.layers[l], x);
    }
    s.gain * total
}

#[test]
fn elements_of_a_vec_of_structs_passed_on_compose() {
    let layer = |shift: f64| Layer {
        w: vec![0.4 + shift, -0.3, 0.2 * shift],
        b: 0.15 - shift,
    };
    let s = Stack {
        layers: vec![layer(0.0), layer(0.5), layer(-0.7)],
        gain: 1.3,
    };
    let x = [0.5, -1.0, 2.0];
    let (value, g) = grad_stack_loss(&s, &x);
    assert_eq!(value, stack_loss(&s, &x));
    assert_eq!(g.layers.len(), 3);
    assert_matches_finite_differences(|q: &Stack| stack_loss(q, &x), &s, &g);
}

// ---------------------------------------------------------------------------------------
// Methods of a generic struct: the float type comes from the `impl` header.

#[derive(Clone, Debug, Differentiable)]
struct Affine<T> {
    weights: [[T; 2]; 2],
    bias: [T; 2],
}

impl<T: Float> Affine<T> {
    #[differentiable]
    fn apply_norm(&self, x: &[T]) -> T {
        // The rows through an alias and a row loop, as people write them.
        let w = &self.weights;
        let mut total = T::zero();
        for (i, row) in self.weights.iter().enumerate() {
            let y = row[0] * x[0] + w[i][1] * x[1] + self.bias[i];
            total = total + y * y;
        }
        total.sqrt()
    }

    #[differentiable]
    fn energy(k: T, x: T) -> T {
        k * x * x / (T::one() + T::one())
    }

    #[differentiable]
    fn penalised(&self, x: &[T], k: T) -> T {
        self.apply_norm(x) + Self::energy(k, self.bias[0])
    }
}

#[test]
fn methods_of_a_generic_struct_in_f64_and_f32() {
    let a = Affine {
        weights: [[0.5, -1.0], [2.0, 0.25]],
        bias: [0.1, -0.3],
    };
    let x = [0.7, -1.2];
    let (value, g) = a.grad_penalised(&x, 3.0);
    assert_eq!(value, a.penalised(&x, 3.0));
    assert_matches_finite_differences(|q: &Affine<f64>| q.penalised(&x, 3.0), &a, &g);

    let a32 = Affine {
        weights: a.weights.map(|row| row.map(|v| v as f32)),
        bias: a.bias.map(|v| v as f32),
    };
    let (_, g32) = a32.grad_penalised(&[0.7, -1.2], 3.0);
    for (single, double) in flatten(&g32).iter().zip(flatten(&g)) {
        assert!(
            (*single as f64 - double).abs() < 1e-4,
            "{single} against {double}"
        );
    }
    let (_, (d_k, d_x)) = Affine::<f64>::grad_energy(2.0, 3.0);
    assert_eq!((d_k, d_x), (4.5, 6.0));
}

// ---------------------------------------------------------------------------------------
// A network of layers as people write it: a `Vec` of layer structs, a layer function, an
// iterator pipeline over a field, and a method called on a nested field.

#[derive(Clone, Debug, Differentiable)]
struct Dense {
    w: Vec<f64>,
    b: f64,
}

#[derive(Clone, Debug, Differentiable)]
struct Net {
    hidden: Vec<Dense>,
    out: Dense,
    scale: f64,
}

#[differentiable(wrt(layer))]
fn dense(layer: &Dense, x: &[f64]) -> f64 {
    layer.w.iter().zip(x).map(|(w, x)| w * x).sum::<f64>() + layer.b
}

impl Dense {
    #[differentiable]
    fn forward(&self, x: &[f64]) -> f64 {
        let mut s = self.b;
        for (w, v) in self.w.iter().zip(x.iter()) {
            s += w * v;
        }
        s
    }
}

#[differentiable(wrt(net))]
fn net_loss(net: &Net, x: &[f64], target: f64) -> f64 {
    let mut h = vec![0.0; net.hidden.len()];
    for i in 0..net.hidden.len() {
        h[i] = dense(&net.hidden[i], x).tanh();
    }
    let y = net.out.forward(&h);
    let reg: f64 = net.out.w.iter().map(|w| w * w).sum();
    (y - target).powi(2) + 0.01 * reg + net.scale * net.scale
}

#[test]
fn a_network_of_layer_structs_matches_finite_differences() {
    let net = Net {
        hidden: vec![
            Dense {
                w: vec![0.1, 0.2],
                b: 0.0,
            },
            Dense {
                w: vec![-0.3, 0.5],
                b: 0.1,
            },
        ],
        out: Dense {
            w: vec![0.7, -0.4],
            b: 0.05,
        },
        scale: 0.5,
    };
    let x = [1.0, 2.0];
    let (value, g) = grad_net_loss(&net, &x, 0.3);
    assert_eq!(value, net_loss(&net, &x, 0.3));
    assert_matches_finite_differences(|q: &Net| net_loss(q, &x, 0.3), &net, &g);
    assert!(g
        .hidden
        .iter()
        .all(|layer| layer.w.iter().all(|d| *d != 0.0)));
}

// ---------------------------------------------------------------------------------------
// An array argument named like a field's local (`p_w` beside `p.w`): each gradient goes
// to its own buffer.

#[derive(Clone, Debug, Differentiable)]
struct Weights {
    w: [f64; 2],
}

#[differentiable(wrt(p, p_w))]
fn names_that_meet(p: &Weights, p_w: &[f64; 2]) -> f64 {
    p.w[0] * p_w[1] + 3.0 * p.w[1] + 5.0 * p_w[0]
}

#[test]
fn a_field_and_an_argument_named_alike_keep_their_own_gradients() {
    let p = Weights { w: [2.0, 7.0] };
    let (_, (d_p, d_p_w)) = grad_names_that_meet(&p, &[11.0, 13.0]);
    assert_eq!(d_p.w, [13.0, 3.0]);
    assert_eq!(d_p_w, [5.0, 2.0]);
}

/// A local named like a field's local (`p_b` beside `p.b`): its adjoint and the field's
/// gradient buffer keep apart.
#[differentiable(wrt(p))]
fn local_named_like_a_field(p: &Line, x: f64) -> f64 {
    let p_slope = p.slope * x;
    p_slope * p_slope + p.intercept
}

#[test]
fn a_local_named_like_a_field_keeps_its_own_adjoint() {
    let line = Line {
        slope: 3.0,
        intercept: 1.0,
    };
    let (_, g) = grad_local_named_like_a_field(&line, 2.0);
    assert_eq!((g.slope, g.intercept), (2.0 * 6.0 * 2.0, 1.0));
}
