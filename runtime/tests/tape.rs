//! The tape against central finite differences, rule by rule, and its API contract.

use gradus_runtime::{Tape, Var};
use num_traits::{Float, ToPrimitive};

/// Central difference of `f` at `x` in coordinate `i`, with a step suited to f64.
fn central_difference(f: &dyn Fn(&[f64]) -> f64, x: &[f64], i: usize) -> f64 {
    let h = 1e-5 * x[i].abs().max(1.0);
    let (mut up, mut down) = (x.to_vec(), x.to_vec());
    up[i] += h;
    down[i] -= h;
    (f(&up) - f(&down)) / (2.0 * h)
}

fn relative_error(a: f64, b: f64) -> f64 {
    (a - b).abs() / a.abs().max(b.abs()).max(1.0)
}

/// Runs `on_tape` on variables at `point` and compares its value with `on_f64` and its
/// gradient with central differences of `on_f64`.
fn assert_rule(
    name: &str,
    on_f64: &dyn Fn(&[f64]) -> f64,
    on_tape: &dyn for<'t> Fn(&[Var<'t, f64>]) -> Var<'t, f64>,
    point: &[f64],
) {
    let tape = Tape::new();
    let vars = tape.vars(point);
    let y = on_tape(&vars);
    assert_eq!(y.value(), on_f64(point), "{name}: value at {point:?}");
    let gradient = tape.gradient(y, &vars);
    for (i, &derivative) in gradient.iter().enumerate() {
        let expected = central_difference(on_f64, point, i);
        let error = relative_error(derivative, expected);
        assert!(
            error <= 1e-6,
            "{name}: d/dx{i} at {point:?} is {derivative} on the tape, {expected} by finite differences (error {error:e})"
        );
    }
}

macro_rules! unary_rules {
    ($($name:ident: [$($point:expr),+]),* $(,)?) => {$(
        #[test]
        fn $name() {
            for point in [$($point),+] {
                assert_rule(
                    stringify!($name),
                    &|x: &[f64]| x[0].$name(),
                    &|x| x[0].$name(),
                    &[point],
                );
            }
        }
    )*};
}

macro_rules! binary_rules {
    ($($name:ident: [$($point:expr),+]),* $(,)?) => {$(
        #[test]
        fn $name() {
            for point in [$($point),+] {
                assert_rule(
                    stringify!($name),
                    &|x: &[f64]| x[0].$name(x[1]),
                    &|x| x[0].$name(x[1]),
                    &point,
                );
            }
        }
    )*};
}

unary_rules! {
    abs: [-1.3, 0.7, 2.5],
    signum: [-1.3, 0.7],
    sqrt: [0.3, 1.0, 7.5],
    cbrt: [-2.0, 0.4, 9.0],
    exp: [-1.2, 0.0, 2.1],
    exp2: [-1.2, 0.5, 3.0],
    exp_m1: [-0.7, 1e-3, 1.4],
    ln: [0.2, 1.0, 40.0],
    log2: [0.2, 3.0, 40.0],
    log10: [0.2, 3.0, 40.0],
    ln_1p: [-0.5, 0.0, 3.0],
    sin: [-2.0, 0.3, 4.0],
    cos: [-2.0, 0.3, 4.0],
    tan: [-1.0, 0.3, 1.2],
    asin: [-0.8, 0.1, 0.6],
    acos: [-0.8, 0.1, 0.6],
    atan: [-3.0, 0.1, 2.0],
    sinh: [-2.0, 0.3, 1.5],
    cosh: [-2.0, 0.3, 1.5],
    tanh: [-2.0, 0.3, 1.5],
    asinh: [-2.0, 0.3, 1.5],
    acosh: [1.2, 2.0, 7.0],
    atanh: [-0.8, 0.1, 0.6],
    recip: [-2.0, 0.3, 5.0],
    floor: [-1.5, 0.3, 2.7],
    ceil: [-1.5, 0.3, 2.7],
    round: [-1.3, 0.3, 2.7],
    trunc: [-1.5, 0.3, 2.7],
    fract: [-1.5, 0.3, 2.7],
    to_degrees: [-1.0, 2.0],
    to_radians: [-100.0, 45.0],
}

binary_rules! {
    powf: [[0.7, 2.3], [2.0, -1.5], [3.0, 0.5]],
    log: [[2.0, 3.0], [10.0, 0.5], [0.3, 7.0]],
    atan2: [[1.0, 2.0], [-1.0, -0.5], [0.3, -2.0]],
    hypot: [[3.0, 4.0], [-1.0, 0.5]],
    max: [[1.0, 2.0], [3.0, -1.0]],
    min: [[1.0, 2.0], [3.0, -1.0]],
    copysign: [[1.5, -2.0], [-1.5, -2.0], [2.0, 3.0]],
}

#[test]
fn arithmetic_operators() {
    let points = [[1.5, -0.7], [-2.0, 3.0], [0.4, 0.9]];
    for point in points {
        assert_rule("add", &|x| x[0] + x[1], &|x| x[0] + x[1], &point);
        assert_rule("sub", &|x| x[0] - x[1], &|x| x[0] - x[1], &point);
        assert_rule("mul", &|x| x[0] * x[1], &|x| x[0] * x[1], &point);
        assert_rule("div", &|x| x[0] / x[1], &|x| x[0] / x[1], &point);
        assert_rule("neg", &|x| -x[0], &|x| -x[0], &point);
        assert_rule("rem", &|x| x[0] % x[1], &|x| x[0] % x[1], &point);
    }
}

#[test]
fn powi_and_mul_add() {
    for point in [[1.3, 0.5, -2.0], [-0.8, 2.0, 1.0]] {
        for n in [-2, 0, 1, 2, 5] {
            assert_rule("powi", &|x| x[0].powi(n), &|x| x[0].powi(n), &point);
        }
        assert_rule(
            "mul_add",
            &|x| x[0].mul_add(x[1], x[2]),
            &|x| x[0].mul_add(x[1], x[2]),
            &point,
        );
    }
}

#[test]
fn plain_floats_mix_on_both_sides() {
    let tape = Tape::new();
    let x = tape.var(2.0);
    let y = 1.0 - x / 4.0 + 3.0 * x - (x + 1.0) * 2.0 + 8.0 / x + x % 1.5;
    let expected = 1.0 - 0.5 + 6.0 - 6.0 + 4.0 + 0.5;
    assert_eq!(y.value(), expected);
    let d = -0.25 + 3.0 - 2.0 - 8.0 / 4.0 + 1.0;
    assert_eq!(tape.gradient(y, &[x]), vec![d]);
}

#[test]
fn compound_assignment_records_like_the_operators() {
    let tape = Tape::new();
    let x = tape.var(3.0);
    let mut y = x;
    y += x;
    y *= x;
    y -= 1.0;
    y /= 2.0;
    assert_eq!(y.value(), (6.0 * 3.0 - 1.0) / 2.0);
    assert_eq!(tape.gradient(y, &[x]), vec![2.0 * 3.0]);
}

#[test]
fn seed_example_two_x_plus_three() {
    let tape = Tape::new();
    let x = tape.var(0.0);
    let y = 2.0 * x + 3.0;
    assert_eq!(y.value(), 3.0);
    assert_eq!(tape.gradient(y, &[x]), vec![2.0]);
}

fn generic_model<T: Float>(w: T, b: T, x: T) -> T {
    let z = w * x + b;
    let activated = z.tanh() + T::from(0.5).unwrap() * z.max(T::zero());
    activated * activated + (w * w + b * b).sqrt() + T::one() / (T::one() + (-z).exp())
}

#[test]
fn generic_code_gives_the_same_value_on_the_tape_and_on_f64() {
    for (w, b, x) in [(0.3, -0.2, 1.5), (-1.1, 0.4, 2.0), (2.0, 1.0, -0.7)] {
        let tape = Tape::new();
        let (tw, tb) = (tape.var(w), tape.var(b));
        let y = generic_model(tw, tb, Var::constant(x));
        assert_eq!(y.value(), generic_model(w, b, x));
        assert_rule(
            "generic_model",
            &|p| generic_model(p[0], p[1], x),
            &|p| generic_model(p[0], p[1], Var::constant(x)),
            &[w, b],
        );
    }
}

#[test]
fn works_in_f32() {
    let tape = Tape::<f32>::default();
    let x = tape.var(0.5f32);
    let y = 2.0f32 * x.sin() * x + 1.0f32;
    assert_eq!(y.value(), generic_f32(0.5));
    let expected = 2.0 * (0.5f32.cos() * 0.5 + 0.5f32.sin());
    assert!((tape.gradient(y, &[x])[0] - expected).abs() < 1e-6);
}

fn generic_f32(x: f32) -> f32 {
    2.0 * x.sin() * x + 1.0
}

#[test]
fn constants_and_detached_values_get_no_gradient() {
    let tape = Tape::new();
    let x = tape.var(2.0);
    let c = tape.constant(5.0);
    let stopped = (x * x).detach();
    let y = x * c + stopped * x;
    assert_eq!(y.value(), 10.0 + 8.0);
    assert_eq!(
        tape.gradient(y, &[x, c, stopped]),
        vec![5.0 + 4.0, 0.0, 0.0]
    );
}

#[test]
fn a_value_used_twice_collects_both_contributions() {
    let tape = Tape::new();
    let x = tape.var(3.0);
    let u = x.sin();
    let y = u * u + u;
    let expected = (2.0 * 3.0f64.sin() + 1.0) * 3.0f64.cos();
    assert!((tape.gradient(y, &[x])[0] - expected).abs() < 1e-15);
}

#[test]
fn unused_branches_do_not_poison_gradients_with_nan() {
    let tape = Tape::new();
    let x = tape.var(0.0);
    let _unused = x.sqrt();
    let guarded = x.sqrt().max(Var::constant(1.0));
    let y = 3.0 * x + guarded;
    assert_eq!(tape.gradient(y, &[x]), vec![3.0]);
}

#[test]
fn variables_recorded_after_the_output_get_zero() {
    let tape = Tape::new();
    let x = tape.var(1.0);
    let y = x * 2.0;
    let later = tape.var(4.0);
    assert_eq!(tape.gradient(y, &[x, later]), vec![2.0, 0.0]);
}

#[test]
fn gradient_can_be_taken_twice_and_recording_goes_on() {
    let tape = Tape::new();
    let x = tape.var(2.0);
    let y = x * x;
    assert_eq!(tape.gradient(y, &[x]), vec![4.0]);
    let z = y * x;
    assert_eq!(tape.gradient(z, &[x]), vec![12.0]);
    assert_eq!(tape.gradient(y, &[x]), vec![4.0]);
}

#[test]
fn clear_keeps_the_tape_usable() {
    let mut tape = Tape::new();
    {
        let x = tape.var(1.0);
        let _ = x.exp();
    }
    assert_eq!(tape.len(), 2);
    tape.clear();
    assert!(tape.is_empty());
    let x = tape.var(2.0);
    assert_eq!(tape.gradient(x * x, &[x]), vec![4.0]);
}

#[test]
fn comparisons_and_conversions_use_the_value() {
    let tape = Tape::new();
    let (a, b) = (tape.var(1.0), tape.var(2.0));
    assert!(a < b);
    assert!(b >= a);
    assert!(a != b);
    assert!(a == 1.0 && a < 1.5);
    assert_eq!(a.to_f64(), Some(1.0));
    let from: Var<f64> = <Var<f64> as num_traits::NumCast>::from(3u8).unwrap();
    assert!(from.is_constant() && from.value() == 3.0);
    let total: Var<f64> = [a, b, a].iter().sum();
    assert_eq!(tape.gradient(total, &[a, b]), vec![2.0, 1.0]);
    let product: Var<f64> = [a, b, b].into_iter().product();
    assert_eq!(tape.gradient(product, &[a, b]), vec![4.0, 4.0]);
}

#[test]
#[should_panic(expected = "belongs to another tape")]
fn a_variable_from_another_tape_is_refused_by_gradient() {
    let (first, second) = (Tape::new(), Tape::new());
    let x = first.var(1.0);
    let y = second.var(2.0) * 3.0;
    let _ = second.gradient(y, &[x]);
}

#[test]
#[should_panic(expected = "two different tapes")]
fn variables_from_two_tapes_cannot_be_combined() {
    let (first, second) = (Tape::new(), Tape::new());
    let _ = first.var(1.0) + second.var(2.0);
}

/// `max` and `min` pass the gradient to the operand they pick and to nothing else, so an
/// infinite adjoint behind them (`sqrt` at 0) does not turn the other operand's into NaN.
#[test]
fn max_and_min_leave_the_operand_they_drop_alone() {
    let tape = Tape::new();
    let v = tape.var(-0.5);
    let clipped = v.max(Var::constant(0.0)).sqrt() + v.min(Var::constant(-1.0)).abs().sqrt();
    let gradient = tape.gradient(clipped, &[v]);
    assert_eq!(gradient, vec![0.0]);
    let w = tape.var(4.0);
    let picked = w.max(Var::constant(1.0)).sqrt();
    assert_eq!(tape.gradient(picked, &[w]), vec![0.25]);
}
