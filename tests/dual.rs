//! `gradus::Dual` (SPEC §2.6): forward mode by dual numbers.
//!
//! Every `Float` method, on a grid of points away from its kinks, is checked three ways:
//! its value against the plain `f64` method (exactly), its tangent against central finite
//! differences of the `f64` function, and against the tape's gradient of the same method
//! (`Var`, an independent table of rules). Methods of several arguments are checked along
//! seeded random directions, the tangent against `∇f · v`. The kinks are checked one by
//! one against the choices the tape documents. Then: constants, predicates, mixing with
//! plain floats, generic user code, parameter structs, and second derivatives (the tape
//! on `Dual`, `Dual` on the tape, `Dual` on `Dual`, generated gradients on `Dual`).
#![allow(clippy::needless_range_loop)]

mod common;

use common::{relative_error, seed_for};
use gradus::data::Rng;
use gradus::num_traits::{Num, NumCast, One, ToPrimitive, Zero};
use gradus::{differentiable, Differentiable, Dual, Float, Rebuild, Tape, Var};

/// The largest relative error allowed between a tangent and central finite differences.
const FINITE_DIFFERENCES: f64 = 1e-6;
/// The largest relative error allowed between a tangent and the tape's gradient, which
/// compute the same derivative by different code and may differ in rounding only.
const ROUNDING: f64 = 1e-12;
/// Points per interval of a unary method's grid.
const GRID: usize = 24;
/// Random points (and directions) per method of several arguments.
const POINTS: usize = 24;

/// The step of central differences at `x`: `∛ε · max(1, |x|)`.
fn step(x: f64) -> f64 {
    f64::EPSILON.cbrt() * x.abs().max(1.0)
}

/// Central differences of `f` at `x`, over the distance actually stepped.
fn derivative(f: impl Fn(f64) -> f64, x: f64) -> f64 {
    let h = step(x);
    let (above, below) = (x + h, x - h);
    (f(above) - f(below)) / (above - below)
}

/// `GRID` interior points of each interval, evenly spaced.
fn grid(intervals: &[(f64, f64)]) -> Vec<f64> {
    intervals
        .iter()
        .flat_map(|&(lo, hi)| {
            (0..GRID).map(move |i| lo + (i as f64 + 0.5) * (hi - lo) / GRID as f64)
        })
        .collect()
}

fn same(a: f64, b: f64) -> bool {
    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
}

/// The value and the derivative of `f` at `x` on the tape.
fn tape_slope(f: impl for<'t> Fn(Var<'t, f64>) -> Var<'t, f64>, x: f64) -> f64 {
    let tape = Tape::new();
    let v = tape.var(x);
    let y = f(v);
    tape.gradient(y, &[v])[0]
}

/// Checks a one-argument function on the grid of `intervals`.
fn check_unary(
    name: &str,
    plain: fn(f64) -> f64,
    dual: fn(Dual<f64>) -> Dual<f64>,
    tape: fn(f64) -> f64,
    intervals: &[(f64, f64)],
) {
    for x in grid(intervals) {
        let y = dual(Dual::new(x, 1.0));
        assert!(
            same(y.value(), plain(x)),
            "{name}({x}): value {} where f64 gives {}",
            y.value(),
            plain(x)
        );
        let fd = derivative(plain, x);
        assert!(
            relative_error(y.tangent(), fd) < FINITE_DIFFERENCES,
            "{name}({x}): tangent {} against finite differences {fd}",
            y.tangent()
        );
        let slope = tape(x);
        assert!(
            relative_error(y.tangent(), slope) < ROUNDING,
            "{name}({x}): tangent {} against the tape's gradient {slope}",
            y.tangent()
        );
        // The tangent is linear in the seed.
        let scaled = dual(Dual::new(x, -2.5)).tangent();
        assert!(
            relative_error(scaled, -2.5 * y.tangent()) < ROUNDING,
            "{name}({x}): seeded with −2.5, tangent {scaled} against −2.5 · {}",
            y.tangent()
        );
    }
}

/// One test per one-argument function: `name: |x| body, on [intervals]`.
macro_rules! unary_tests {
    ($($name:ident: |$x:ident| $body:expr, on $intervals:expr;)*) => {$(
        #[test]
        fn $name() {
            fn f<T: Float>($x: T) -> T {
                $body
            }
            check_unary(
                stringify!($name),
                f::<f64>,
                f::<Dual<f64>>,
                |x| tape_slope(|v| f(v), x),
                &$intervals,
            );
        }
    )*};
}

fn c<T: Float>(value: f64) -> T {
    T::from(value).unwrap()
}

type DualFn = fn(Dual) -> Dual;
type VarFn = for<'t> fn(Var<'t>) -> Var<'t>;

/// Intervals that keep clear of the integers.
const BETWEEN_INTEGERS: [(f64, f64); 5] = [
    (-2.95, -2.05),
    (-0.95, -0.05),
    (0.05, 0.95),
    (1.05, 1.95),
    (4.05, 4.95),
];

mod unary {
    use super::*;

    unary_tests! {
        neg: |x| -x, on [(-3.0, 3.0)];
        sin: |x| x.sin(), on [(-4.0, 4.0)];
        cos: |x| x.cos(), on [(-4.0, 4.0)];
        tan: |x| x.tan(), on [(-1.4, 1.4)];
        asin: |x| x.asin(), on [(-0.95, 0.95)];
        acos: |x| x.acos(), on [(-0.95, 0.95)];
        atan: |x| x.atan(), on [(-5.0, 5.0)];
        sin_cos_sin: |x| x.sin_cos().0, on [(-4.0, 4.0)];
        sin_cos_cos: |x| x.sin_cos().1, on [(-4.0, 4.0)];
        sinh: |x| x.sinh(), on [(-3.0, 3.0)];
        cosh: |x| x.cosh(), on [(-3.0, 3.0)];
        tanh: |x| x.tanh(), on [(-3.0, 3.0)];
        asinh: |x| x.asinh(), on [(-3.0, 3.0)];
        acosh: |x| x.acosh(), on [(1.05, 5.0)];
        atanh: |x| x.atanh(), on [(-0.95, 0.95)];
        exp: |x| x.exp(), on [(-4.0, 4.0)];
        exp2: |x| x.exp2(), on [(-4.0, 4.0)];
        exp_m1: |x| x.exp_m1(), on [(-4.0, 4.0)];
        ln: |x| x.ln(), on [(0.05, 6.0)];
        log2: |x| x.log2(), on [(0.05, 6.0)];
        log10: |x| x.log10(), on [(0.05, 6.0)];
        ln_1p: |x| x.ln_1p(), on [(-0.9, 5.0)];
        sqrt: |x| x.sqrt(), on [(0.01, 6.0)];
        cbrt: |x| x.cbrt(), on [(-6.0, -0.05), (0.05, 6.0)];
        recip: |x| x.recip(), on [(-4.0, -0.1), (0.1, 4.0)];
        abs: |x| x.abs(), on [(-3.0, -0.01), (0.01, 3.0)];
        signum: |x| x.signum(), on [(-3.0, -0.01), (0.01, 3.0)];
        floor: |x| x.floor(), on BETWEEN_INTEGERS;
        ceil: |x| x.ceil(), on BETWEEN_INTEGERS;
        trunc: |x| x.trunc(), on BETWEEN_INTEGERS;
        fract: |x| x.fract(), on BETWEEN_INTEGERS;
        round: |x| x.round(), on [(-1.45, -0.55), (-0.45, 0.45), (0.55, 1.45), (2.55, 3.45)];
        to_degrees: |x| x.to_degrees(), on [(-4.0, 4.0)];
        to_radians: |x| x.to_radians(), on [(-400.0, 400.0)];
        powi_minus_3: |x| x.powi(-3), on [(-3.0, -0.2), (0.2, 3.0)];
        powi_minus_1: |x| x.powi(-1), on [(-3.0, -0.2), (0.2, 3.0)];
        powi_0: |x| x.powi(0), on [(-3.0, 3.0)];
        powi_1: |x| x.powi(1), on [(-3.0, 3.0)];
        powi_2: |x| x.powi(2), on [(-3.0, 3.0)];
        powi_3: |x| x.powi(3), on [(-3.0, 3.0)];
        powi_7: |x| x.powi(7), on [(-2.0, 2.0)];
        // The methods of several arguments, in each argument with the others constant.
        powf_of_base: |x| x.powf(c(2.5)), on [(0.05, 4.0)];
        powf_of_exponent: |x| c::<T>(2.5).powf(x), on [(-3.0, 3.0)];
        powf_of_negative_base: |x| x.powf(c(3.0)), on [(-3.0, -0.05)];
        log_of_argument: |x| x.log(c(3.0)), on [(0.05, 6.0)];
        log_of_base: |x| c::<T>(3.0).log(x), on [(0.05, 0.95), (1.05, 6.0)];
        atan2_of_y: |x| x.atan2(c(-1.5)), on [(-3.0, 3.0)];
        atan2_of_x: |x| c::<T>(0.7).atan2(x), on [(-3.0, 3.0)];
        hypot_of_first: |x| x.hypot(c(-1.5)), on [(-3.0, 3.0)];
        hypot_of_second: |x| c::<T>(0.7).hypot(x), on [(-3.0, 3.0)];
        mul_add_of_self: |x| x.mul_add(c(1.5), c(-0.5)), on [(-3.0, 3.0)];
        mul_add_of_factor: |x| c::<T>(1.5).mul_add(x, c(-0.5)), on [(-3.0, 3.0)];
        mul_add_of_addend: |x| c::<T>(1.5).mul_add(c(-0.5), x), on [(-3.0, 3.0)];
        max_of_self: |x| x.max(c(0.5)), on [(-3.0, 0.45), (0.55, 3.0)];
        max_of_other: |x| c::<T>(0.5).max(x), on [(-3.0, 0.45), (0.55, 3.0)];
        min_of_self: |x| x.min(c(0.5)), on [(-3.0, 0.45), (0.55, 3.0)];
        min_of_other: |x| c::<T>(0.5).min(x), on [(-3.0, 0.45), (0.55, 3.0)];
        clamp_of_self: |x| x.clamp(c(-1.0), c(1.0)), on [(-3.0, -1.05), (-0.95, 0.95), (1.05, 3.0)];
        clamp_of_low: |x| c::<T>(0.0).clamp(x, c(2.0)), on [(-2.0, -0.05), (0.05, 1.9)];
        clamp_of_high: |x| c::<T>(0.0).clamp(c(-2.0), x), on [(-1.9, -0.05), (0.05, 2.0)];
        abs_sub_of_self: |x| x.abs_sub(c(0.5)), on [(-3.0, 0.45), (0.55, 3.0)];
        abs_sub_of_other: |x| c::<T>(0.5).abs_sub(x), on [(-3.0, 0.45), (0.55, 3.0)];
        copysign_positive: |x| x.copysign(c(2.0)), on [(-3.0, -0.05), (0.05, 3.0)];
        copysign_negative: |x| x.copysign(c(-2.0)), on [(-3.0, -0.05), (0.05, 3.0)];
        copysign_of_sign: |x| c::<T>(1.5).copysign(x), on [(-3.0, -0.05), (0.05, 3.0)];
        add_constant: |x| x + c(1.5), on [(-3.0, 3.0)];
        constant_add: |x| c::<T>(1.5) + x, on [(-3.0, 3.0)];
        sub_constant: |x| x - c(1.5), on [(-3.0, 3.0)];
        constant_sub: |x| c::<T>(1.5) - x, on [(-3.0, 3.0)];
        mul_constant: |x| x * c(1.5), on [(-3.0, 3.0)];
        div_constant: |x| x / c(1.5), on [(-3.0, 3.0)];
        constant_div: |x| c::<T>(1.5) / x, on [(-3.0, -0.1), (0.1, 3.0)];
        rem_constant: |x| x % c(1.5), on [(-2.95, -1.55), (-1.45, -0.05), (0.05, 1.45), (1.55, 2.95)];
        constant_rem: |x| c::<T>(4.0) % x, on [(1.05, 1.95), (2.05, 3.95), (-1.95, -1.05)];
    }
}

/// Checks a function of several arguments at `POINTS` seeded random points of the box
/// `ranges` that `keep` accepts, each with a random direction.
fn check_along_directions(
    name: &str,
    plain: fn(&[f64]) -> f64,
    dual: fn(&[Dual<f64>]) -> Dual<f64>,
    tape: fn(&[f64]) -> Vec<f64>,
    ranges: &[(f64, f64)],
    keep: fn(&[f64]) -> bool,
) {
    let mut rng = Rng::new(seed_for(name));
    let mut checked = 0;
    for _ in 0..100 * POINTS {
        let x: Vec<f64> = ranges.iter().map(|&(lo, hi)| rng.range(lo, hi)).collect();
        if !keep(&x) {
            continue;
        }
        let v: Vec<f64> = ranges.iter().map(|_| rng.range(-1.0, 1.0)).collect();
        let seeded: Vec<Dual<f64>> = x.iter().zip(&v).map(|(&x, &v)| Dual::new(x, v)).collect();
        let y = dual(&seeded);
        assert!(
            same(y.value(), plain(&x)),
            "{name}{x:?}: value {} where f64 gives {}",
            y.value(),
            plain(&x)
        );
        let along = |t: f64| {
            let moved: Vec<f64> = x.iter().zip(&v).map(|(x, v)| x + t * v).collect();
            plain(&moved)
        };
        let h = step(x.iter().fold(0.0_f64, |m, x| m.max(x.abs())));
        let fd = (along(h) - along(-h)) / (2.0 * h);
        assert!(
            relative_error(y.tangent(), fd) < FINITE_DIFFERENCES,
            "{name}{x:?} along {v:?}: tangent {} against finite differences {fd}",
            y.tangent()
        );
        let gradient = tape(&x);
        let dot: f64 = gradient.iter().zip(&v).map(|(g, v)| g * v).sum();
        assert!(
            relative_error(y.tangent(), dot) < ROUNDING,
            "{name}{x:?} along {v:?}: tangent {} against the tape's ∇f · v = {dot}",
            y.tangent()
        );
        checked += 1;
        if checked == POINTS {
            return;
        }
    }
    panic!("{name}: only {checked} points were kept");
}

/// One test per function of several arguments:
/// `name: |v| body (reading v[0], v[1], …), on [ranges], keep |v| condition`.
macro_rules! directional_tests {
    ($($name:ident: |$v:ident| $body:expr, on $ranges:expr, keep |$k:ident| $keep:expr;)*) => {$(
        #[test]
        fn $name() {
            fn f<T: Float>($v: &[T]) -> T {
                $body
            }
            fn tape(x: &[f64]) -> Vec<f64> {
                let tape = Tape::new();
                let vars = tape.vars(x);
                let y = f(&vars);
                tape.gradient(y, &vars)
            }
            check_along_directions(
                stringify!($name),
                f::<f64>,
                f::<Dual<f64>>,
                tape,
                &$ranges,
                |$k| $keep,
            );
        }
    )*};
}

mod directional {
    use super::*;

    directional_tests! {
        add: |v| v[0] + v[1], on [(-3.0, 3.0), (-3.0, 3.0)], keep |_x| true;
        sub: |v| v[0] - v[1], on [(-3.0, 3.0), (-3.0, 3.0)], keep |_x| true;
        mul: |v| v[0] * v[1], on [(-3.0, 3.0), (-3.0, 3.0)], keep |_x| true;
        div: |v| v[0] / v[1], on [(-3.0, 3.0), (-3.0, 3.0)], keep |x| x[1].abs() > 0.2;
        rem: |v| v[0] % v[1], on [(-5.0, 5.0), (-3.0, 3.0)],
            keep |x| x[1].abs() > 0.2 && (x[0] / x[1]).fract().abs() > 0.05
                && (x[0] / x[1]).fract().abs() < 0.95;
        atan2: |v| v[0].atan2(v[1]), on [(-3.0, 3.0), (-3.0, 3.0)],
            keep |x| x[0].hypot(x[1]) > 0.2 && (x[1] > 0.0 || x[0].abs() > 0.05);
        hypot: |v| v[0].hypot(v[1]), on [(-3.0, 3.0), (-3.0, 3.0)],
            keep |x| x[0].hypot(x[1]) > 0.2;
        powf: |v| v[0].powf(v[1]), on [(0.1, 3.0), (-2.5, 2.5)], keep |_x| true;
        log: |v| v[0].log(v[1]), on [(0.1, 5.0), (1.2, 5.0)], keep |_x| true;
        log_below_one: |v| v[0].log(v[1]), on [(0.1, 5.0), (0.1, 0.8)], keep |_x| true;
        max: |v| v[0].max(v[1]), on [(-3.0, 3.0), (-3.0, 3.0)],
            keep |x| (x[0] - x[1]).abs() > 0.05;
        min: |v| v[0].min(v[1]), on [(-3.0, 3.0), (-3.0, 3.0)],
            keep |x| (x[0] - x[1]).abs() > 0.05;
        abs_sub: |v| v[0].abs_sub(v[1]), on [(-3.0, 3.0), (-3.0, 3.0)],
            keep |x| (x[0] - x[1]).abs() > 0.05;
        copysign: |v| v[0].copysign(v[1]), on [(-3.0, 3.0), (-3.0, 3.0)],
            keep |x| x[0].abs() > 0.05 && x[1].abs() > 0.05;
        mul_add: |v| v[0].mul_add(v[1], v[2]), on [(-3.0, 3.0), (-3.0, 3.0), (-3.0, 3.0)],
            keep |_x| true;
        clamp: |v| v[0].clamp(v[1], v[1] + v[2]), on [(-3.0, 3.0), (-2.0, 0.0), (0.5, 3.0)],
            keep |x| (x[0] - x[1]).abs() > 0.05 && (x[0] - x[1] - x[2]).abs() > 0.05;
        // A composition: every intermediate tangent is a combination of both directions.
        composition: |v| (v[0] * v[1]).sin() * v[0].exp() / (v[1] * v[1] + c(1.0)).sqrt()
            + v[0].atan2(v[1]).powi(2), on [(-2.0, 2.0), (0.3, 2.0)], keep |_x| true;
    }
}

// ---------------------------------------------------------------------------------------
// The kinks, one by one, against the tape's documented choices.

/// The tangent of `f` at `x` seeded with 1, and the tape's gradient there.
fn at_kink(
    f: impl for<'t> Fn(Var<'t, f64>) -> Var<'t, f64>,
    g: fn(Dual) -> Dual,
    x: f64,
) -> (Dual, f64) {
    (g(Dual::new(x, 1.0)), tape_slope(f, x))
}

#[test]
fn abs_takes_slope_plus_one_at_zero() {
    for zero in [0.0, -0.0] {
        let (y, tape) = at_kink(|v| v.abs(), |d| d.abs(), zero);
        assert_eq!(
            (y.value(), y.tangent(), tape),
            (0.0, 1.0, 1.0),
            "abs at {zero:?}"
        );
    }
}

#[test]
fn piecewise_constant_methods_have_slope_zero_at_their_jumps() {
    let cases: [(&str, DualFn, VarFn, &[f64]); 5] = [
        ("floor", |d| d.floor(), |v| v.floor(), &[-2.0, 0.0, 3.0]),
        ("ceil", |d| d.ceil(), |v| v.ceil(), &[-2.0, 0.0, 3.0]),
        ("trunc", |d| d.trunc(), |v| v.trunc(), &[-2.0, 0.0, 3.0]),
        (
            "round",
            |d| d.round(),
            |v| v.round(),
            &[-2.5, -0.5, 0.5, 3.5],
        ),
        ("signum", |d| d.signum(), |v| v.signum(), &[0.0, -0.0]),
    ];
    for (name, dual, var, points) in cases {
        for &x in points {
            let y = dual(Dual::new(x, 1.0));
            assert_eq!(y.tangent(), 0.0, "{name}({x})");
            assert_eq!(tape_slope(var, x), 0.0, "{name}({x}) on the tape");
        }
    }
    // fract jumps at the integers and has slope 1 there too.
    for x in [-2.0, 0.0, 3.0] {
        assert_eq!(Dual::new(x, 1.0).fract().tangent(), 1.0);
        assert_eq!(tape_slope(|v| v.fract(), x), 1.0);
    }
}

/// The tangents of `f(a, b)` seeded with (1, 0) and (0, 1), and the tape's gradient.
fn two_at_kink(
    f: fn(Dual, Dual) -> Dual,
    g: for<'t> fn(Var<'t, f64>, Var<'t, f64>) -> Var<'t, f64>,
    a: f64,
    b: f64,
) -> ([f64; 2], [f64; 2], Dual) {
    let y = f(Dual::new(a, 1.0), Dual::new(b, 0.0));
    let z = f(Dual::new(a, 0.0), Dual::new(b, 1.0));
    let tape = Tape::new();
    let (x, w) = (tape.var(a), tape.var(b));
    let gradient = tape.gradient(g(x, w), &[x, w]);
    ([y.tangent(), z.tangent()], [gradient[0], gradient[1]], y)
}

#[test]
fn max_and_min_take_the_first_operand_on_a_tie_and_skip_nan() {
    let max: fn(Dual, Dual) -> Dual = |a, b| a.max(b);
    let min: fn(Dual, Dual) -> Dual = |a, b| a.min(b);
    let var_max: for<'t> fn(Var<'t>, Var<'t>) -> Var<'t> = |a, b| a.max(b);
    let var_min: for<'t> fn(Var<'t>, Var<'t>) -> Var<'t> = |a, b| a.min(b);
    for (name, dual, var) in [("max", max, var_max), ("min", min, var_min)] {
        // A tie: all to the first.
        let (tangents, tape, y) = two_at_kink(dual, var, 1.5, 1.5);
        assert_eq!(tangents, [1.0, 0.0], "{name} on a tie");
        assert_eq!(tape, tangents, "{name} on a tie, on the tape");
        assert_eq!(y.value(), 1.5);
        // NaN on either side: all to the other.
        let (tangents, tape, y) = two_at_kink(dual, var, f64::NAN, 2.0);
        assert_eq!(tangents, [0.0, 1.0], "{name} with a NaN first operand");
        assert_eq!(tape, tangents);
        assert_eq!(y.value(), 2.0);
        let (tangents, tape, y) = two_at_kink(dual, var, 2.0, f64::NAN);
        assert_eq!(tangents, [1.0, 0.0], "{name} with a NaN second operand");
        assert_eq!(tape, tangents);
        assert_eq!(y.value(), 2.0);
    }
    // Seeded tangents pass through untouched, even infinite ones.
    let y = Dual::new(1.0, f64::INFINITY).max(Dual::new(1.0, 3.0));
    assert_eq!(y.tangent(), f64::INFINITY);
    let y = Dual::new(1.0, 7.0).min(Dual::new(1.0, f64::NAN));
    assert_eq!(y.tangent(), 7.0);
}

#[test]
fn clamp_gives_the_tangent_of_self_at_its_bounds() {
    let lo = Dual::new(-1.0, 10.0);
    let hi = Dual::new(1.0, 100.0);
    for (x, tangent) in [
        (-1.0, 1.0),
        (1.0, 1.0),
        (-2.0, 10.0),
        (2.0, 100.0),
        (0.0, 1.0),
    ] {
        let y = Dual::new(x, 1.0).clamp(lo, hi);
        assert_eq!(y.tangent(), tangent, "clamp({x})");
        assert_eq!(y.value(), x.clamp(-1.0, 1.0));
        // The tape, with the bounds as variables.
        let tape = Tape::new();
        let (v, l, h) = (tape.var(x), tape.var(-1.0), tape.var(1.0));
        let g = tape.gradient(v.clamp(l, h), &[v, l, h]);
        let from_tape = g[0] + 10.0 * g[1] + 100.0 * g[2];
        assert_eq!(from_tape, tangent, "clamp({x}) on the tape");
    }
    // A NaN self stays NaN, with its own tangent.
    let y = Dual::new(f64::NAN, 3.0).clamp(lo, hi);
    assert!(y.value().is_nan());
    assert_eq!(y.tangent(), 3.0);
}

#[test]
fn abs_sub_on_a_tie_takes_the_difference() {
    let (tangents, tape, y) = two_at_kink(|a, b| a.abs_sub(b), |a, b| a.abs_sub(b), 2.0, 2.0);
    assert_eq!(y.value(), 0.0);
    assert_eq!(tangents, [1.0, -1.0]);
    assert_eq!(tape, tangents);
}

#[test]
fn powers_at_zero_follow_the_tape() {
    // xʸ at x = 0 with y > 0: no tangent from the exponent (ln 0 = −∞ times 0).
    let (tangents, tape, y) = two_at_kink(|a, b| a.powf(b), |a, b| a.powf(b), 0.0, 2.0);
    assert_eq!(y.value(), 0.0);
    assert_eq!(tangents, [0.0, 0.0]);
    assert_eq!(tape, tangents);
    // xʸ with y = 0: no tangent from the base, even at x = 0 (where the exponent's
    // partial, 1 · ln 0, is −∞).
    let (tangents, tape, y) = two_at_kink(|a, b| a.powf(b), |a, b| a.powf(b), 0.0, 0.0);
    assert_eq!(y.value(), 1.0);
    assert_eq!(tangents, [0.0, f64::NEG_INFINITY]);
    assert_eq!(tape, tangents);
    // powi(0) has slope 0 at 0, where n·xⁿ⁻¹ would be 0 · ∞.
    assert_eq!(Dual::new(0.0, 1.0).powi(0).tangent(), 0.0);
    assert_eq!(tape_slope(|v| v.powi(0), 0.0), 0.0);
    // powi(1) at 0: slope 1.
    assert_eq!(Dual::new(0.0, 1.0).powi(1).tangent(), 1.0);
    // x^0.5 at 0: infinite, as sqrt, as on the tape.
    let (tangents, tape, _) = two_at_kink(|a, b| a.powf(b), |a, b| a.powf(b), 0.0, 0.5);
    assert_eq!(tangents[0], f64::INFINITY);
    assert_eq!(tape[0], f64::INFINITY);
}

#[test]
fn infinite_slopes_give_infinite_tangents_to_variables_and_none_to_constants() {
    let x = Dual::new(0.0, 1.0);
    assert_eq!(x.sqrt().tangent(), f64::INFINITY);
    assert_eq!(tape_slope(|v| v.sqrt(), 0.0), f64::INFINITY);
    assert_eq!(x.cbrt().tangent(), f64::INFINITY);
    // A constant stays a constant through sqrt at 0, ln at 0 or below, asin at 1.
    let zero = Dual::constant(0.0);
    assert_eq!(zero.sqrt().tangent(), 0.0);
    assert_eq!(zero.cbrt().tangent(), 0.0);
    assert_eq!(zero.ln().tangent(), 0.0);
    assert_eq!(Dual::constant(-1.0).ln().tangent(), 0.0);
    assert!(Dual::constant(-1.0).ln().value().is_nan());
    assert_eq!(Dual::constant(1.0).asin().tangent(), 0.0);
    assert_eq!(Dual::constant(0.0).recip().tangent(), 0.0);
    // And as an operand of a binary operation with a variable.
    let y = Dual::new(3.0, 1.0) * Dual::constant(0.0).sqrt();
    assert_eq!((y.value(), y.tangent()), (0.0, 0.0));
    let y = Dual::new(2.0, 1.0).powf(Dual::constant(2.0))
        + Dual::constant(-8.0).powf(Dual::new(3.0, 0.0));
    assert_eq!(y.tangent(), 4.0);
    // A negative base with an integer exponent: the exponent's partial, ln of a negative
    // number, is NaN, and is not taken when the exponent is constant.
    let y = Dual::new(-2.0, 1.0).powf(Dual::constant(3.0));
    assert_eq!((y.value(), y.tangent()), (-8.0, 12.0));
}

#[test]
fn copysign_flips_the_tangent_with_the_value() {
    let y = Dual::new(2.0, 1.0).copysign(Dual::new(-1.0, 5.0));
    assert_eq!((y.value(), y.tangent()), (-2.0, -1.0));
    let y = Dual::new(-2.0, 1.0).copysign(Dual::new(-1.0, 5.0));
    assert_eq!((y.value(), y.tangent()), (-2.0, 1.0));
    let tape = Tape::new();
    let (x, s) = (tape.var(2.0), tape.var(-1.0));
    assert_eq!(tape.gradient(x.copysign(s), &[x, s]), vec![-1.0, 0.0]);
}

#[test]
fn hypot_at_the_origin_is_nan_as_on_the_tape() {
    let y = Dual::new(0.0, 1.0).hypot(Dual::new(0.0, 0.0));
    assert_eq!(y.value(), 0.0);
    assert!(y.tangent().is_nan());
    let tape = Tape::new();
    let (x, w) = (tape.var(0.0), tape.var(0.0));
    assert!(tape.gradient(x.hypot(w), &[x, w])[0].is_nan());
}

// ---------------------------------------------------------------------------------------
// Constants, predicates, conversions, comparisons.

#[test]
fn constants_have_tangent_zero_and_the_float_value() {
    let constants: [(Dual, f64); 10] = [
        (Dual::nan(), f64::NAN),
        (Dual::infinity(), f64::INFINITY),
        (Dual::neg_infinity(), f64::NEG_INFINITY),
        (Dual::neg_zero(), -0.0),
        (Dual::min_value(), f64::MIN),
        (Dual::min_positive_value(), f64::MIN_POSITIVE),
        (Dual::epsilon(), f64::EPSILON),
        (Dual::max_value(), f64::MAX),
        (Dual::zero(), 0.0),
        (Dual::one(), 1.0),
    ];
    for (i, (dual, float)) in constants.into_iter().enumerate() {
        assert!(same(dual.value(), float), "constant {i}: {dual:?}");
        assert!(same(dual.tangent(), 0.0), "constant {i}: {dual:?}");
    }
    let cast: Dual = NumCast::from(2.5_f32).unwrap();
    assert_eq!((cast.value(), cast.tangent()), (2.5, 0.0));
    let cast = <Dual as NumCast>::from(7_u8).unwrap();
    assert_eq!((cast.value(), cast.tangent()), (7.0, 0.0));
    let parsed = Dual::<f64>::from_str_radix("-1.25", 10).unwrap();
    assert_eq!((parsed.value(), parsed.tangent()), (-1.25, 0.0));
    assert!(Dual::<f64>::from_str_radix("x", 10).is_err());
    let constant = Dual::constant(3.0_f32);
    assert_eq!((constant.value(), constant.tangent()), (3.0, 0.0));
}

#[test]
fn predicates_and_conversions_read_the_value_alone() {
    let values = [
        0.0,
        -0.0,
        1.5,
        -2.5,
        1e-310,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        3e9,
    ];
    for x in values {
        for tangent in [0.0, 1.0, f64::NAN, f64::INFINITY] {
            let d = Dual::new(x, tangent);
            assert_eq!(d.is_nan(), x.is_nan());
            assert_eq!(d.is_infinite(), x.is_infinite());
            assert_eq!(d.is_finite(), x.is_finite());
            assert_eq!(d.is_normal(), x.is_normal());
            assert_eq!(d.is_subnormal(), x.is_subnormal());
            assert_eq!(d.classify(), x.classify());
            assert_eq!(d.is_sign_positive(), x.is_sign_positive());
            assert_eq!(d.is_sign_negative(), x.is_sign_negative());
            assert_eq!(Float::integer_decode(d), Float::integer_decode(x));
            assert_eq!(d.to_i64(), x.to_i64());
            assert_eq!(d.to_u64(), x.to_u64());
            assert_eq!(d.to_i128(), x.to_i128());
            assert_eq!(d.to_u128(), x.to_u128());
            assert_eq!(d.to_f32().map(f32::to_bits), x.to_f32().map(f32::to_bits));
            assert_eq!(d.to_f64().map(f64::to_bits), Some(x.to_bits()));
        }
    }
}

#[test]
fn comparisons_look_at_values_alone() {
    let (a, b) = (Dual::new(1.0, 5.0), Dual::new(1.0, -3.0));
    assert_eq!(a, b);
    assert_eq!(a.partial_cmp(&b), Some(std::cmp::Ordering::Equal));
    assert!(a <= b);
    assert!(a >= b);
    assert!(Dual::new(1.0, 100.0) < Dual::new(2.0, -100.0));
    assert!(Dual::new(2.0, 0.0) > 1.5);
    assert!(Dual::new(2.0, 9.0) == 2.0);
    assert!(Dual::new(f64::NAN, 0.0) != Dual::new(f64::NAN, 0.0));
    assert_eq!(
        Dual::new(f64::NAN, 1.0).partial_cmp(&Dual::new(1.0, 1.0)),
        None
    );
    // is_zero alone asks for both parts; is_one is by value, as `==`.
    assert!(Dual::new(0.0, 0.0).is_zero());
    assert!(Dual::new(-0.0, 0.0).is_zero());
    assert!(!Dual::new(0.0, 1.0).is_zero());
    assert!(!Dual::new(1.0, 0.0).is_zero());
    assert!(Dual::new(1.0, 2.0).is_one());
}

#[test]
fn formats_the_value_for_display_and_both_parts_for_debug() {
    let x = Dual::new(1.234_567, 2.0);
    assert_eq!(format!("{x}"), "1.234567");
    assert_eq!(format!("{x:.2}"), "1.23");
    assert_eq!(format!("{x:>9.1}"), "      1.2");
    assert_eq!(format!("{x:?}"), "Dual { value: 1.234567, tangent: 2.0 }");
}

// ---------------------------------------------------------------------------------------
// Mixing with plain floats.

#[test]
fn plain_floats_mix_in_on_both_sides_as_constants() {
    let x: Dual = Dual::new(0.0, 1.0);
    let y = 2.0 * x + 3.0;
    assert_eq!((y.value(), y.tangent()), (3.0, 2.0));

    let x = Dual::new(1.75_f64, -0.5);
    let k = Dual::constant(1.25);
    type Mixed = (
        &'static str,
        fn(Dual, f64) -> Dual,
        fn(f64, Dual) -> Dual,
        fn(Dual, Dual) -> Dual,
    );
    let ops: [Mixed; 5] = [
        ("+", |a, b| a + b, |a, b| a + b, |a, b| a + b),
        ("-", |a, b| a - b, |a, b| a - b, |a, b| a - b),
        ("*", |a, b| a * b, |a, b| a * b, |a, b| a * b),
        ("/", |a, b| a / b, |a, b| a / b, |a, b| a / b),
        ("%", |a, b| a % b, |a, b| a % b, |a, b| a % b),
    ];
    for (name, right, left, both) in ops {
        let (a, b) = (right(x, 1.25), both(x, k));
        assert!(
            same(a.value(), b.value()) && same(a.tangent(), b.tangent()),
            "x {name} 1.25"
        );
        let (a, b) = (left(1.25, x), both(k, x));
        assert!(
            same(a.value(), b.value()) && same(a.tangent(), b.tangent()),
            "1.25 {name} x"
        );
        assert!(same(a.value(), both(k, x).value()));
    }
    // The values are the plain floats' own.
    assert_eq!((x * 1.25).value(), 1.75 * 1.25);
    assert_eq!((1.25 / x).value(), 1.25 / 1.75);
    assert_eq!((1.25 / x).tangent(), 1.25 / (1.75 * 1.75) * 0.5);

    // Compound assignment, with dual numbers and with plain floats.
    let mut y = x;
    y += 1.0;
    y *= x;
    y -= Dual::new(0.5, 1.0);
    y /= 2.0;
    y %= 10.0;
    let expected = (((x + 1.0) * x - Dual::new(0.5, 1.0)) / 2.0) % 10.0;
    assert_eq!(
        (y.value(), y.tangent()),
        (expected.value(), expected.tangent())
    );
    // ∂/∂x of ((x + 1)·x − 0.5 − t)/2 along the seeds: ((2x + 1)·(−0.5) − 1)/2.
    assert!((y.tangent() - ((2.0 * 1.75 + 1.0) * -0.5 - 1.0) / 2.0).abs() < 1e-15);

    // f32 too.
    let x: Dual<f32> = Dual::new(2.0, 1.0);
    let y = 3.0_f32 * x * x - 1.0;
    assert_eq!((y.value(), y.tangent()), (11.0, 12.0));
}

#[test]
fn sums_and_products_of_dual_numbers() {
    let xs = [
        Dual::new(1.0, 1.0),
        Dual::new(2.0, 0.0),
        Dual::new(3.0, -1.0),
    ];
    let sum: Dual = xs.iter().sum();
    assert_eq!((sum.value(), sum.tangent()), (6.0, 0.0));
    let product: Dual = xs.iter().copied().product();
    // d(abc) = bc·da + ac·db + ab·dc = 6 + 0 − 2
    assert_eq!((product.value(), product.tangent()), (6.0, 4.0));
    let empty: Dual = std::iter::empty::<Dual>().product();
    assert_eq!((empty.value(), empty.tangent()), (1.0, 0.0));
    let owned: Dual = xs.into_iter().sum();
    assert_eq!(owned.value(), 6.0);
}

// ---------------------------------------------------------------------------------------
// Generic user code.

fn rosenbrock<T: Float>(x: &[T]) -> T {
    let mut sum = T::zero();
    for i in 0..x.len() - 1 {
        let a = T::one() - x[i];
        let b = x[i + 1] - x[i] * x[i];
        sum = sum + a * a + T::from(100.0).unwrap() * b * b;
    }
    sum
}

/// Branches, a loop whose trip count depends on the values, `max`, `abs` and a closure.
fn branchy<T: Float>(x: &[T]) -> T {
    let huber = |r: T| {
        let delta = T::from(0.5).unwrap();
        if r.abs() <= delta {
            r * r / (delta + delta)
        } else {
            r.abs() - delta / (T::one() + T::one())
        }
    };
    let mut total = T::zero();
    for (i, &v) in x.iter().enumerate() {
        let target = T::from(i).unwrap() * T::from(0.3).unwrap();
        total = total + huber(v - target);
        if v > T::zero() {
            total = total + v.ln_1p() * x[(i + 1) % x.len()];
        } else {
            total = total - v.tanh().max(T::from(-0.4).unwrap());
        }
    }
    // Halve until small: the trip count is read off the value.
    let mut scale = total.abs() + T::one();
    while scale > T::from(2.0).unwrap() {
        scale = scale / T::from(2.0).unwrap();
        total = total * T::from(0.9).unwrap() + scale.sqrt();
    }
    total
}

/// The directional derivative of `f` at `x` along `v` by `Dual`, checked against the
/// tape's gradient dotted with `v` and against central differences along `v`.
fn check_generic(
    name: &str,
    f64_fn: fn(&[f64]) -> f64,
    dual_fn: fn(&[Dual]) -> Dual,
    var_fn: for<'t> fn(&[Var<'t>]) -> Var<'t>,
    ranges: (f64, f64),
    n: usize,
) {
    let mut rng = Rng::new(seed_for(name));
    for _ in 0..POINTS {
        let x: Vec<f64> = (0..n).map(|_| rng.range(ranges.0, ranges.1)).collect();
        let v: Vec<f64> = (0..n).map(|_| rng.range(-1.0, 1.0)).collect();
        let seeded: Vec<Dual> = x.iter().zip(&v).map(|(&x, &v)| Dual::new(x, v)).collect();
        let y = dual_fn(&seeded);
        assert_eq!(y.value(), f64_fn(&x), "{name}: value");

        let tape = Tape::new();
        let vars = tape.vars(&x);
        let gradient = tape.gradient(var_fn(&vars), &vars);
        let dot: f64 = gradient.iter().zip(&v).map(|(g, v)| g * v).sum();
        assert!(
            relative_error(y.tangent(), dot) < 1e-10,
            "{name} at {x:?} along {v:?}: tangent {} against ∇f · v = {dot}",
            y.tangent()
        );
        let h = 1e-6;
        let moved = |t: f64| -> Vec<f64> { x.iter().zip(&v).map(|(x, v)| x + t * v).collect() };
        let fd = (f64_fn(&moved(h)) - f64_fn(&moved(-h))) / (2.0 * h);
        assert!(
            relative_error(y.tangent(), fd) < 1e-5,
            "{name} at {x:?} along {v:?}: tangent {} against finite differences {fd}",
            y.tangent()
        );
    }
}

#[test]
fn generic_rosenbrock_gives_the_directional_derivative() {
    check_generic(
        "rosenbrock",
        rosenbrock,
        rosenbrock,
        |x| rosenbrock(x),
        (-1.5, 1.5),
        6,
    );
}

#[test]
fn generic_code_with_branches_and_loops_gives_the_directional_derivative() {
    check_generic("branchy", branchy, branchy, |x| branchy(x), (-2.0, 2.0), 5);
}

#[test]
fn one_pass_per_direction_gives_the_gradient() {
    let x = [0.3, -0.7, 1.1, 0.4];
    let tape = Tape::new();
    let vars = tape.vars(&x);
    let expected = tape.gradient(rosenbrock(&vars), &vars);
    for i in 0..x.len() {
        let seeded: Vec<Dual> = (0..x.len())
            .map(|j| Dual::new(x[j], if i == j { 1.0 } else { 0.0 }))
            .collect();
        let partial = rosenbrock(&seeded).tangent();
        assert!(relative_error(partial, expected[i]) < 1e-12, "∂f/∂x{i}");
    }
}

// ---------------------------------------------------------------------------------------
// Parameter structs.

#[derive(Clone, Debug, PartialEq, Differentiable)]
struct Layer<T> {
    w: [[T; 3]; 2],
    b: Vec<T>,
}

#[derive(Clone, Debug, PartialEq, Differentiable)]
struct Mlp<T> {
    hidden: Layer<T>,
    out: [T; 2],
    bias: T,
}

fn mlp_loss<T: Float>(p: &Mlp<T>, x: &[[f64; 3]]) -> T {
    let mut loss = T::zero();
    for row in x {
        let mut y = p.bias;
        for h in 0..2 {
            let mut z = p.hidden.b[h];
            for k in 0..3 {
                z = z + p.hidden.w[h][k] * T::from(row[k]).unwrap();
            }
            y = y + p.out[h] * z.tanh();
        }
        loss = loss + (y - T::one()) * (y - T::one());
    }
    loss
}

#[test]
fn a_parameter_struct_over_dual_numbers_gives_the_directional_derivative() {
    let p = Mlp {
        hidden: Layer {
            w: [[0.5, -0.3, 0.8], [0.1, 0.9, -0.6]],
            b: vec![0.2, -0.1],
        },
        out: [1.2, -0.7],
        bias: 0.05,
    };
    let x = [[1.0, 0.5, -1.0], [0.3, -0.2, 0.7], [-0.5, 1.5, 0.0]];
    let mut rng = Rng::new(seed_for("mlp"));
    let direction: Vec<f64> = (0..Differentiable::len(&p))
        .map(|_| rng.range(-1.0, 1.0))
        .collect();

    let mut next = direction.iter();
    let seeded: Mlp<Dual> = p.rebuild(&mut |w| Dual::new(w, *next.next().unwrap()));
    assert_eq!(Differentiable::len(&seeded), Differentiable::len(&p));
    let zeros = seeded.zeros_like();
    zeros.for_each_scalar(&mut |z| assert!(z.is_zero()));
    let y = mlp_loss(&seeded, &x);
    assert_eq!(y.value(), mlp_loss(&p, &x));

    let tape = Tape::new();
    let mut vars = Vec::new();
    let on_tape: Mlp<Var> = p.rebuild(&mut |w| {
        let v = tape.var(w);
        vars.push(v);
        v
    });
    let gradient = tape.gradient(mlp_loss(&on_tape, &x), &vars);
    let dot: f64 = gradient.iter().zip(&direction).map(|(g, v)| g * v).sum();
    assert!(
        relative_error(y.tangent(), dot) < 1e-12,
        "{} against {dot}",
        y.tangent()
    );

    // The tangents read back have the direction's order.
    let tangents: Mlp<f64> = seeded.rebuild(&mut |d| d.tangent());
    let mut read = Vec::new();
    tangents.for_each_scalar(&mut |t| read.push(t));
    assert_eq!(read, direction);
}

// ---------------------------------------------------------------------------------------
// Second derivatives.

/// The Hessian of `rosenbrock` in closed form.
fn rosenbrock_hessian(x: &[f64]) -> Vec<Vec<f64>> {
    let n = x.len();
    let mut h = vec![vec![0.0; n]; n];
    for i in 0..n - 1 {
        h[i][i] += 2.0 - 400.0 * (x[i + 1] - x[i] * x[i]) + 800.0 * x[i] * x[i];
        h[i][i + 1] += -400.0 * x[i];
        h[i + 1][i] += -400.0 * x[i];
        h[i + 1][i + 1] += 200.0;
    }
    h
}

fn times_vector(h: &[Vec<f64>], v: &[f64]) -> Vec<f64> {
    h.iter()
        .map(|row| row.iter().zip(v).map(|(a, b)| a * b).sum())
        .collect()
}

/// H·v by the tape running on `Dual`s (forward over reverse).
fn hvp_tape_on_dual(
    f: for<'t> fn(&[Var<'t, Dual>]) -> Var<'t, Dual>,
    x: &[f64],
    v: &[f64],
) -> (Vec<f64>, Vec<f64>) {
    let tape = Tape::<Dual>::default();
    let vars: Vec<Var<Dual>> = x
        .iter()
        .zip(v)
        .map(|(&x, &v)| tape.var(Dual::new(x, v)))
        .collect();
    let gradient = tape.gradient(f(&vars), &vars);
    (
        gradient.iter().map(Dual::value).collect(),
        gradient.iter().map(Dual::tangent).collect(),
    )
}

/// H·v by `Dual`s over tape variables (reverse over forward): the tape's gradient of the
/// directional derivative.
fn hvp_dual_on_tape(
    f: for<'t> fn(&[Dual<Var<'t>>]) -> Dual<Var<'t>>,
    x: &[f64],
    v: &[f64],
) -> Vec<f64> {
    let tape = Tape::new();
    let vars = tape.vars(x);
    let seeded: Vec<Dual<Var>> = vars
        .iter()
        .zip(v)
        .map(|(&x, &v)| Dual::new(x, Var::constant(v)))
        .collect();
    tape.gradient(f(&seeded).tangent(), &vars)
}

#[test]
fn the_tape_runs_on_dual_numbers_and_gives_hessian_vector_products() {
    let mut rng = Rng::new(seed_for("hvp"));
    for _ in 0..POINTS {
        let x: Vec<f64> = (0..5).map(|_| rng.range(-1.5, 1.5)).collect();
        let v: Vec<f64> = (0..5).map(|_| rng.range(-1.0, 1.0)).collect();
        let expected = times_vector(&rosenbrock_hessian(&x), &v);

        let (gradient, hv) = hvp_tape_on_dual(|x| rosenbrock(x), &x, &v);
        let tape = Tape::new();
        let vars = tape.vars(&x);
        let plain = tape.gradient(rosenbrock(&vars), &vars);
        assert_eq!(gradient, plain, "the values are the plain tape's gradient");
        for i in 0..5 {
            assert!(
                relative_error(hv[i], expected[i]) < 1e-12,
                "Tape<Dual>: (Hv)[{i}] = {} against {}",
                hv[i],
                expected[i]
            );
        }

        let hv = hvp_dual_on_tape(|x| rosenbrock(x), &x, &v);
        for i in 0..5 {
            assert!(
                relative_error(hv[i], expected[i]) < 1e-12,
                "Dual<Var>: (Hv)[{i}] = {} against {}",
                hv[i],
                expected[i]
            );
        }
    }
}

/// `(x·y − 1)² + (x − 1)²`: at (1, 1) every intermediate adjoint is 0 while its tangent
/// is not, the case where a reverse walk that skipped zero adjoints by value alone would
/// lose the Hessian.
fn at_its_minimum<T: Float>(x: &[T]) -> T {
    let a = x[0] * x[1] - T::one();
    let b = x[0] - T::one();
    a * a + b * b
}

#[test]
fn second_derivatives_at_a_critical_point_are_not_lost() {
    // H = [[2y² + 2, 4xy − 2], [4xy − 2, 2x²]] = [[4, 2], [2, 2]] at (1, 1).
    let x = [1.0, 1.0];
    for (v, expected) in [
        ([1.0, 0.0], [4.0, 2.0]),
        ([0.0, 1.0], [2.0, 2.0]),
        ([1.0, -1.0], [2.0, 0.0]),
    ] {
        let (gradient, hv) = hvp_tape_on_dual(|x| at_its_minimum(x), &x, &v);
        assert_eq!(gradient, [0.0, 0.0]);
        assert_eq!(hv, expected, "Tape<Dual> along {v:?}");
        assert_eq!(
            hvp_dual_on_tape(|x| at_its_minimum(x), &x, &v),
            expected,
            "Dual<Var> along {v:?}"
        );
        // Through a function applied after the minimum: the tangent there has value 0
        // and carries the derivatives that make the Hessian, which it must pass on.
        // exp(g) at a zero minimum of g has the Hessian of g.
        assert_eq!(
            hvp_dual_on_tape(|x| at_its_minimum(x).exp(), &x, &v),
            expected,
            "Dual<Var> through exp along {v:?}"
        );
        assert_eq!(
            hvp_tape_on_dual(|x| at_its_minimum(x).exp(), &x, &v).1,
            expected,
            "Tape<Dual> through exp along {v:?}"
        );
        let seeded = |i: usize| Dual::new(Dual::new(x[i], v[i]), Dual::new(v[i], 0.0));
        let y = at_its_minimum(&[seeded(0), seeded(1)]).exp();
        let vhv: f64 = expected.iter().zip(&v).map(|(h, v)| h * v).sum();
        assert_eq!(
            y.tangent().tangent(),
            vhv,
            "Dual<Dual> through exp along {v:?}"
        );
        // And generated code on `Dual`s.
        let seeded: Vec<Dual> = x.iter().zip(&v).map(|(&x, &v)| Dual::new(x, v)).collect();
        let (_, gradient) = grad_generated_at_its_minimum(&seeded);
        assert_eq!(
            gradient.iter().map(Dual::tangent).collect::<Vec<_>>(),
            expected,
            "generated gradient on Dual along {v:?}"
        );
    }
}

#[differentiable]
fn generated_at_its_minimum<T: Float>(x: &[T]) -> T {
    let a = x[0] * x[1] - T::one();
    let b = x[0] - T::one();
    (a * a + b * b).exp()
}

#[test]
fn dual_numbers_of_dual_numbers_give_second_derivatives() {
    // f″ in closed form, at points where it is smooth.
    type Case = (&'static str, fn(Dual<Dual>) -> Dual<Dual>, fn(f64) -> f64);
    let cases: [Case; 6] = [
        ("sin", |x| x.sin(), |x| -x.sin()),
        ("exp·x", |x| x.exp() * x, |x| x.exp() * (x + 2.0)),
        ("ln", |x| x.ln(), |x| -1.0 / (x * x)),
        ("sqrt", |x| x.sqrt(), |x| -0.25 * x.powf(-1.5)),
        ("atan", |x| x.atan(), |x| -2.0 * x / (1.0 + x * x).powi(2)),
        ("(x−1)²", |x| (x - 1.0_f64.into_dual()).powi(2), |_| 2.0),
    ];
    for (name, f, second) in cases {
        for x in [0.4, 1.0, 2.3] {
            let y = f(Dual::new(Dual::new(x, 1.0), Dual::new(1.0, 0.0)));
            let expected = second(x);
            assert!(
                relative_error(y.tangent().tangent(), expected) < 1e-12,
                "{name}″({x}) = {} against {expected}",
                y.tangent().tangent()
            );
            // Both first derivatives agree.
            assert_eq!(y.value().tangent(), y.tangent().value(), "{name}′({x})");
        }
    }
}

/// A constant `Dual<Dual>`, for the closures above.
trait IntoDual {
    fn into_dual(self) -> Dual<Dual>;
}

impl IntoDual for f64 {
    fn into_dual(self) -> Dual<Dual> {
        Dual::constant(Dual::constant(self))
    }
}

// ---------------------------------------------------------------------------------------
// Generated gradients run on `Dual` too: forward over the generated reverse sweep.

#[differentiable]
fn generated_rosenbrock<T: Float>(x: &[T]) -> T {
    let mut sum = T::zero();
    for i in 0..x.len() - 1 {
        let a = T::one() - x[i];
        let b = x[i + 1] - x[i] * x[i];
        sum = sum + a * a + T::from(100.0).unwrap() * b * b;
    }
    sum
}

#[test]
fn generated_gradients_on_dual_numbers_give_hessian_vector_products() {
    let mut rng = Rng::new(seed_for("generated"));
    for _ in 0..POINTS {
        let x: Vec<f64> = (0..4).map(|_| rng.range(-1.5, 1.5)).collect();
        let v: Vec<f64> = (0..4).map(|_| rng.range(-1.0, 1.0)).collect();
        let seeded: Vec<Dual> = x.iter().zip(&v).map(|(&x, &v)| Dual::new(x, v)).collect();
        let (value, gradient) = grad_generated_rosenbrock(&seeded);
        assert_eq!(value.value(), rosenbrock(&x));
        let expected = times_vector(&rosenbrock_hessian(&x), &v);
        let (_, plain) = grad_generated_rosenbrock(&x);
        for i in 0..4 {
            assert_eq!(gradient[i].value(), plain[i]);
            assert!(
                relative_error(gradient[i].tangent(), expected[i]) < 1e-12,
                "(Hv)[{i}]"
            );
        }
    }
}
