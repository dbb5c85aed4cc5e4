//! `#[derive(Differentiable)]` on structs of parameters (SPEC §2.6) and
//! `Optimizer::update` on them (SPEC §4): shapes, visiting order, shape mismatches named
//! by field path, generic structs on f64, f32 and the tape, and the optimizer's rules.

use approx::assert_abs_diff_eq;
use gradus::optim::{Optimizer, Sgd};
use gradus::{Differentiable, Error, Float, Tape, Var};

#[derive(Clone, Debug, PartialEq, Differentiable)]
struct Layer {
    v: Vec<f64>,
    w: [f64; 2],
}

#[derive(Clone, Debug, PartialEq, Differentiable)]
struct Params {
    scale: f64,
    bias: [f64; 3],
    w1: [[f64; 2]; 3],
    rows: Vec<[f64; 2]>,
    layer: Layer,
    layers: Vec<Layer>,
    ragged: Vec<Vec<f64>>,
}

fn layer(v: usize) -> Layer {
    Layer {
        v: vec![0.0; v],
        w: [0.0; 2],
    }
}

/// 1 + 3 + 6 + 2·2 + (4 + 2) + (1 + 2) + (3 + 2) + (2 + 0 + 1) = 31 scalars.
fn params() -> Params {
    Params {
        scale: 0.0,
        bias: [0.0; 3],
        w1: [[0.0; 2]; 3],
        rows: vec![[0.0; 2]; 2],
        layer: layer(4),
        layers: vec![layer(1), layer(3)],
        ragged: vec![vec![0.0; 2], vec![], vec![0.0]],
    }
}

const PARAMS_LEN: usize = 31;

/// `p` with its scalars numbered 1, 2, 3, … in visiting order.
fn numbered<D: Differentiable<Scalar = f64>>(mut p: D) -> D {
    let mut k = 0.0;
    p.for_each_scalar_mut(&mut |s| {
        k += 1.0;
        *s = k;
    });
    p
}

fn scalars<D: Differentiable>(p: &D) -> Vec<D::Scalar> {
    let mut all = Vec::new();
    p.for_each_scalar(&mut |s| all.push(s));
    all
}

fn bits<D: Differentiable<Scalar = f64>>(p: &D) -> Vec<u64> {
    scalars(p).iter().map(|s| s.to_bits()).collect()
}

/// `p` with every scalar set to `value`.
fn filled<D: Differentiable<Scalar = f64>>(p: &D, value: f64) -> D {
    let mut p = p.zeros_like();
    p.for_each_scalar_mut(&mut |s| *s = value);
    p
}

#[test]
fn len_counts_every_scalar() {
    let p = params();
    assert_eq!(p.len(), PARAMS_LEN);
    assert_eq!(scalars(&p).len(), PARAMS_LEN);
    assert!(!p.is_empty());
    assert_eq!(layer(0).len(), 2);
}

#[test]
fn visiting_order_is_declaration_order_then_index_order() {
    let p = numbered(params());
    let expected = Params {
        scale: 1.0,
        bias: [2.0, 3.0, 4.0],
        w1: [[5.0, 6.0], [7.0, 8.0], [9.0, 10.0]],
        rows: vec![[11.0, 12.0], [13.0, 14.0]],
        layer: Layer {
            v: vec![15.0, 16.0, 17.0, 18.0],
            w: [19.0, 20.0],
        },
        layers: vec![
            Layer {
                v: vec![21.0],
                w: [22.0, 23.0],
            },
            Layer {
                v: vec![24.0, 25.0, 26.0],
                w: [27.0, 28.0],
            },
        ],
        ragged: vec![vec![29.0, 30.0], vec![], vec![31.0]],
    };
    assert_eq!(p, expected);
    assert_eq!(scalars(&p), (1..=31).map(f64::from).collect::<Vec<_>>());
}

#[test]
fn runs_cover_every_scalar_in_visiting_order_a_field_of_scalars_at_once() {
    let p = numbered(params());
    let mut runs: Vec<Vec<f64>> = Vec::new();
    p.for_each_run(&mut |run| runs.push(run.to_vec()));
    // A scalar field is a run of one, an array or `Vec` of scalars one run, an array of
    // arrays one run per row; an empty `Vec` is an empty run.
    let lengths: Vec<usize> = runs.iter().map(Vec::len).collect();
    assert_eq!(lengths, [1, 3, 2, 2, 2, 2, 2, 4, 2, 1, 2, 3, 2, 2, 0, 1]);
    assert_eq!(runs.concat(), scalars(&p));

    let mut q = params();
    let mut k = 0.0;
    q.for_each_run_mut(&mut |run| {
        for s in run {
            k += 1.0;
            *s = k;
        }
    });
    assert_eq!(q, p);
}

#[test]
fn zeros_like_keeps_vec_lengths_and_zeroes_everything() {
    let p = numbered(params());
    let zeros = p.zeros_like();
    assert_eq!(zeros.rows.len(), 2);
    assert_eq!(zeros.layer.v.len(), 4);
    assert_eq!(
        zeros.layers.iter().map(|l| l.v.len()).collect::<Vec<_>>(),
        [1, 3]
    );
    assert_eq!(
        zeros.ragged.iter().map(Vec::len).collect::<Vec<_>>(),
        [2, 0, 1]
    );
    assert_eq!(zeros.len(), p.len());
    assert!(scalars(&zeros).iter().all(|&s| s == 0.0));
    assert_eq!(zeros, params());
    assert_eq!(p.shape_mismatch(&zeros), None);
}

#[test]
fn shape_mismatch_names_the_field_path_and_both_lengths() {
    let p = params();
    type Spoil = fn(&mut Params);
    let cases: [(Spoil, &str); 5] = [
        (
            |q| {
                q.layer.v.pop();
            },
            "`layer.v` has length 3 where 4 was expected",
        ),
        (
            |q| q.rows.push([0.0; 2]),
            "`rows` has length 3 where 2 was expected",
        ),
        (
            |q| q.layers[1].v.push(0.0),
            "`layers[1].v` has length 4 where 3 was expected",
        ),
        (
            |q| q.ragged[1].push(0.0),
            "`ragged[1]` has length 1 where 0 was expected",
        ),
        (
            // The first difference in visiting order is the one named.
            |q| {
                q.ragged.clear();
                q.layer.v.clear();
            },
            "`layer.v` has length 0 where 4 was expected",
        ),
    ];
    for (spoil, message) in cases {
        let mut q = p.zeros_like();
        spoil(&mut q);
        assert_eq!(p.shape_mismatch(&q).as_deref(), Some(message));
    }
}

#[test]
fn a_raw_field_name_is_named_without_its_prefix() {
    #[derive(Clone, Differentiable)]
    struct Raw {
        r#type: Vec<f64>,
    }
    let a = Raw { r#type: vec![0.0] };
    let b = Raw { r#type: vec![] };
    assert_eq!(
        a.shape_mismatch(&b).as_deref(),
        Some("`type` has length 0 where 1 was expected")
    );
}

#[test]
fn a_struct_of_structs_alone_takes_their_float_type() {
    #[derive(Clone, Debug, PartialEq, Differentiable)]
    struct Single {
        w: Vec<f32>,
    }
    #[derive(Clone, Debug, PartialEq, Differentiable)]
    struct Outer {
        a: Single,
        b: Vec<Single>,
    }
    let mut p = Outer {
        a: Single { w: vec![1.0; 2] },
        b: vec![Single { w: vec![2.0] }, Single { w: vec![] }],
    };
    assert_eq!(p.len(), 3);
    let g = Outer {
        a: Single { w: vec![1.0; 2] },
        b: vec![Single { w: vec![1.0] }, Single { w: vec![] }],
    };
    Sgd::new(0.5_f32).update(&mut p, &g).unwrap();
    assert_eq!(p.a.w, [0.5, 0.5]);
    assert_eq!(p.b[0].w, [1.5]);
    let mut short = g.clone();
    short.b.pop();
    assert_eq!(
        p.shape_mismatch(&short).as_deref(),
        Some("`b` has length 1 where 2 was expected")
    );

    // The same struct in several fields, the first one inside a `Vec`.
    #[derive(Clone, Debug, PartialEq, Differentiable)]
    struct Repeated {
        c: Vec<Single>,
        a: Single,
        d: [Single; 2],
    }
    let single = |x: f32| Single { w: vec![x] };
    let r = Repeated {
        c: vec![single(1.0)],
        a: single(2.0),
        d: [single(3.0), single(4.0)],
    };
    let mut total = 0.0;
    r.for_each_scalar(&mut |s| total = total * 10.0 + s);
    assert_eq!(total, 1234.0);

    // A public struct with a field of a private struct type compiles (its scalar type is
    // named from a float field, not through the private type).
    #[derive(Clone, Debug, PartialEq, Differentiable)]
    pub struct Public {
        inner: Single,
        scale: f32,
    }
    let q = Public {
        inner: Single { w: vec![1.0] },
        scale: 2.0,
    };
    assert_eq!(scalars(&q), [1.0, 2.0]);
}

#[test]
fn a_struct_of_tape_variables() {
    #[derive(Clone, Differentiable)]
    struct OnTape<'t> {
        w: [Var<'t>; 2],
        b: Var<'t>,
    }
    let tape = Tape::new();
    let p = OnTape {
        w: [tape.var(1.0), tape.var(2.0)],
        b: tape.var(3.0),
    };
    let mut y = Var::constant(1.0);
    p.for_each_scalar(&mut |s| y *= s);
    assert_eq!(tape.gradient(y, &scalars(&p)), vec![6.0, 3.0, 2.0]);
    assert!(scalars(&p.zeros_like()).iter().all(Var::is_constant));
}

// ---------------------------------------------------------------------------------------
// A generic model, on f64, f32 and the tape.

#[derive(Clone, Debug, PartialEq, Differentiable)]
struct Dense<T: Float> {
    w: [[T; 2]; 3],
    b: [T; 3],
}

#[derive(Clone, Debug, PartialEq, Differentiable)]
struct Mlp<T: Float> {
    hidden: Dense<T>,
    w2: Vec<T>,
    b2: T,
}

/// A generic struct whose fields are all other generic structs.
#[derive(Clone, Debug, PartialEq, Differentiable)]
struct Pair<T: Float> {
    first: Dense<T>,
    second: Vec<Dense<T>>,
}

fn dense<T: Float>(x: f64) -> Dense<T> {
    let x = T::from(x).unwrap();
    Dense {
        w: [[x; 2]; 3],
        b: [x; 3],
    }
}

#[test]
fn a_generic_struct_of_generic_structs() {
    let p: Pair<f64> = Pair {
        first: dense(1.0),
        second: vec![dense(2.0)],
    };
    assert_eq!(p.len(), 18);
    let tape = Tape::new();
    let mut vars: Pair<Var> = Pair {
        first: dense(0.0),
        second: vec![dense(0.0)],
    };
    let mut values = scalars(&p).into_iter();
    vars.for_each_scalar_mut(&mut |s| *s = tape.var(values.next().unwrap()));
    let mut y = Var::constant(0.0);
    vars.for_each_scalar(&mut |s| y += s * s);
    let gradient = tape.gradient(y, &scalars(&vars));
    let doubled: Vec<f64> = scalars(&p).iter().map(|s| 2.0 * s).collect();
    assert_eq!(gradient, doubled);
}

fn mlp<T: Float>(value: impl Fn(usize) -> f64) -> Mlp<T> {
    let t = |i: usize| T::from(value(i)).unwrap();
    Mlp {
        hidden: Dense {
            w: [[t(0), t(1)], [t(2), t(3)], [t(4), t(5)]],
            b: [t(6), t(7), t(8)],
        },
        w2: vec![t(9), t(10), t(11)],
        b2: t(12),
    }
}

fn predict<T: Float>(p: &Mlp<T>, x: [f64; 2]) -> T {
    let mut out = p.b2;
    for (h, row) in p.hidden.w.iter().enumerate() {
        let z = row[0] * T::from(x[0]).unwrap() + row[1] * T::from(x[1]).unwrap() + p.hidden.b[h];
        out = out + p.w2[h] * z.tanh();
    }
    out
}

fn loss<T: Float>(p: &Mlp<T>, xs: &[[f64; 2]], ys: &[f64]) -> T {
    let mut total = T::zero();
    for (x, &y) in xs.iter().zip(ys) {
        let r = predict(p, *x) - T::from(y).unwrap();
        total = total + r * r;
    }
    total / T::from(xs.len()).unwrap()
}

const XS: [[f64; 2]; 3] = [[0.5, -1.0], [1.5, 0.25], [-0.75, 2.0]];
const YS: [f64; 3] = [0.3, -0.2, 0.9];

fn start(i: usize) -> f64 {
    0.1 * ((i * 7 % 13) as f64 - 6.0)
}

/// The gradient of `loss` at `p` by central differences, as an `Mlp` of its own.
fn finite_differences(p: &Mlp<f64>) -> Mlp<f64> {
    let h = 1e-6;
    let mut gradient = p.zeros_like();
    let mut index = 0;
    gradient.for_each_scalar_mut(&mut |g| {
        let moved = |delta: f64| {
            let mut q = p.clone();
            let mut k = 0;
            q.for_each_scalar_mut(&mut |s| {
                if k == index {
                    *s += delta;
                }
                k += 1;
            });
            loss(&q, &XS, &YS)
        };
        *g = (moved(h) - moved(-h)) / (2.0 * h);
        index += 1;
    });
    gradient
}

#[test]
fn a_generic_struct_works_at_f64_and_f32() {
    let p64: Mlp<f64> = mlp(start);
    let p32: Mlp<f32> = mlp(start);
    assert_eq!(p64.len(), 13);
    assert_eq!(p32.len(), 13);
    let as_f64: Vec<f64> = scalars(&p32).iter().map(|&s| f64::from(s)).collect();
    for (a, b) in as_f64.iter().zip(scalars(&p64)) {
        assert_abs_diff_eq!(*a, b, epsilon = 1e-7);
    }
    assert_abs_diff_eq!(
        f64::from(loss(&p32, &XS, &YS)),
        loss(&p64, &XS, &YS),
        epsilon = 1e-5
    );
    let mut opt = Sgd::new(0.5_f32);
    let mut p = p32.clone();
    let g = p32.zeros_like();
    opt.update(&mut p, &g).unwrap();
    assert_eq!(p, p32);
}

#[test]
fn a_generic_struct_runs_on_the_tape() {
    let p: Mlp<f64> = mlp(start);
    let tape = Tape::new();
    // Record one variable per scalar, in visiting order.
    let mut vars: Mlp<Var> = mlp(|_| 0.0);
    let mut k = 0;
    vars.for_each_scalar_mut(&mut |s| {
        *s = tape.var(start(k));
        k += 1;
    });
    assert_eq!(k, 13);
    let recorded = scalars(&vars);
    assert!(recorded.iter().all(|v| !v.is_constant()));

    let y = loss(&vars, &XS, &YS);
    assert_abs_diff_eq!(y.value(), loss(&p, &XS, &YS), epsilon = 1e-15);
    let flat = tape.gradient(y, &recorded);

    // Read back into the struct's shape, compare with finite differences.
    let mut gradient = p.zeros_like();
    let mut values = flat.iter();
    gradient.for_each_scalar_mut(&mut |g| *g = *values.next().unwrap());
    let expected = finite_differences(&p);
    for (got, want) in scalars(&gradient).iter().zip(scalars(&expected)) {
        assert_abs_diff_eq!(*got, want, epsilon = 1e-8);
    }
    assert!(scalars(&gradient).iter().all(|g| g.abs() > 1e-6));

    // Zeros of tape variables are constants and record nothing.
    let before = tape.len();
    let zeros = vars.zeros_like();
    assert_eq!(tape.len(), before);
    assert!(scalars(&zeros)
        .iter()
        .all(|z| z.is_constant() && z.value() == 0.0));
    assert_eq!(zeros.w2.len(), 3);

    // A few steps of gradient descent on the tape's gradient lower the loss.
    let mut opt = Sgd::new(0.1).momentum(0.9);
    let mut q = p.clone();
    for _ in 0..20 {
        let tape = Tape::new();
        let mut vars: Mlp<Var> = mlp(|_| 0.0);
        let mut values = scalars(&q).into_iter();
        vars.for_each_scalar_mut(&mut |s| *s = tape.var(values.next().unwrap()));
        let y = loss(&vars, &XS, &YS);
        let flat = tape.gradient(y, &scalars(&vars));
        let mut g = q.zeros_like();
        let mut values = flat.into_iter();
        g.for_each_scalar_mut(&mut |s| *s = values.next().unwrap());
        opt.update(&mut q, &g).unwrap();
    }
    assert!(loss(&q, &XS, &YS) < 0.5 * loss(&p, &XS, &YS));
}

// ---------------------------------------------------------------------------------------
// Optimizer::update on a struct.

#[test]
fn update_follows_the_keras_check_vector_in_every_field() {
    let ones = filled(&params(), 1.0);
    let mut p = params();
    let mut momentum = Sgd::new(0.1).momentum(0.9);
    for want in [-0.1, -0.29, -0.561] {
        momentum.update(&mut p, &ones).unwrap();
        for s in scalars(&p) {
            assert_abs_diff_eq!(s, want, epsilon = 1e-12);
        }
    }
    assert_eq!(p.layers[1].v.len(), 3, "update changed a shape");
    assert_eq!(momentum.velocity().len(), PARAMS_LEN);

    let mut p = params();
    let mut nesterov = Sgd::new(0.1).momentum(0.9).nesterov(true);
    for want in [-0.19, -0.461] {
        nesterov.update(&mut p, &ones).unwrap();
        for s in scalars(&p) {
            assert_abs_diff_eq!(s, want, epsilon = 1e-12);
        }
    }
}

#[test]
fn update_reads_each_gradient_at_its_own_scalar() {
    let p0 = numbered(params());
    let g = numbered(params());
    let mut p = p0.clone();
    Sgd::new(0.5).update(&mut p, &g).unwrap();
    // w − 0.5·g with w = g = k gives k / 2 at the k-th scalar.
    let want: Vec<f64> = (1..=31).map(|k| f64::from(k) / 2.0).collect();
    assert_eq!(scalars(&p), want);
}

#[test]
fn a_nan_gradient_in_one_field_changes_no_field_and_no_state() {
    let p0 = numbered(params());
    let good = filled(&p0, 0.5);
    let mut bad = good.clone();
    bad.layers[1].w[1] = f64::NAN; // the 28th scalar in visiting order

    let mut opt = Sgd::new(0.1).momentum(0.9).weight_decay(0.01);
    let mut p = p0.clone();
    opt.update(&mut p, &good).unwrap();
    let before = bits(&p);
    let velocity_before: Vec<u64> = opt.velocity().iter().map(|v| v.to_bits()).collect();

    let err = opt.update(&mut p, &bad).unwrap_err();
    assert_eq!(err, Error::NonFiniteGradient { index: 27 });
    assert_eq!(bits(&p), before, "a field changed");
    let velocity_after: Vec<u64> = opt.velocity().iter().map(|v| v.to_bits()).collect();
    assert_eq!(velocity_after, velocity_before, "the velocity changed");

    // Afterwards it behaves exactly as an optimizer that never saw the bad gradient.
    let mut fresh = Sgd::new(0.1).momentum(0.9).weight_decay(0.01);
    let mut q = p0.clone();
    fresh.update(&mut q, &good).unwrap();
    for _ in 0..2 {
        opt.update(&mut p, &good).unwrap();
        fresh.update(&mut q, &good).unwrap();
    }
    assert_eq!(bits(&p), bits(&q));
    assert_eq!(opt, fresh);
}

#[test]
fn a_gradient_of_another_shape_is_refused_by_field_path() {
    let mut p = numbered(params());
    let mut g = filled(&p, 1.0);
    g.layers[0].v.push(1.0);
    g.ragged[1].pop(); // empty already: no change
    let mut opt = Sgd::new(0.1).momentum(0.9);
    let before = bits(&p);
    let err = opt.update(&mut p, &g).unwrap_err();
    assert_eq!(
        err,
        Error::ShapeMismatch {
            detail: "`layers[0].v` has length 2 where 1 was expected".to_string()
        }
    );
    assert_eq!(
        err.to_string(),
        "the gradients must have the shape of the parameters: \
         `layers[0].v` has length 2 where 1 was expected"
    );
    assert_eq!(bits(&p), before);
    assert_eq!(opt.state_len(), None);
    assert!(opt.velocity().is_empty());

    // The same number of scalars in another shape is refused too.
    let mut g = filled(&p, 1.0);
    g.layer.v.pop();
    g.layers[0].v.push(1.0);
    assert_eq!(g.len(), p.len());
    let err = opt.update(&mut p, &g).unwrap_err();
    assert!(matches!(&err, Error::ShapeMismatch { detail } if detail.starts_with("`layer.v`")));
}

#[test]
fn update_goes_through_trait_objects() {
    fn train(mut opt: &mut dyn Optimizer<f64>, p: &mut Layer) -> Result<(), Error> {
        let g = filled(p, 1.0);
        (&mut opt).update(p, &g)
    }
    let mut p = layer(2);
    train(&mut Sgd::new(0.25), &mut p).unwrap();
    assert_eq!(p.v, [-0.25, -0.25]);
    let mut boxed: Box<dyn Optimizer<f64>> = Box::new(Sgd::new(0.25));
    let g = filled(&p, 1.0);
    boxed.update(&mut p, &g).unwrap();
    assert_eq!(p.w, [-0.5, -0.5]);
}

#[test]
#[should_panic(
    expected = "grad_loss_into: the gradient buffer `d_p` does not have the shape of the \
                argument `p`: `layers[1].v` has length 2 where 3 was expected"
)]
fn a_buffer_of_another_shape_panics_naming_both_and_the_field() {
    let p = params();
    let mut d_p = gradus::__private::zeros_like(&p);
    d_p.layers[1].v.pop();
    gradus::__private::assert_same_shape(&p, &d_p, "grad_loss_into", "p", "d_p");
}

#[test]
fn a_buffer_of_the_same_shape_passes() {
    let p = numbered(params());
    let d_p = gradus::__private::zeros_like(&p);
    assert_eq!(d_p, params());
    gradus::__private::assert_same_shape(&p, &d_p, "grad_loss_into", "p", "d_p");
}
