//! Helpers shared by the integration tests: seeded random points, central finite
//! differences, relative errors, and [`gradient_tests!`], which checks a
//! `#[differentiable]` function against finite differences and against the tape.
// Each test crate that declares `mod common;` uses only part of it.
#![allow(dead_code, unused_macros, unused_imports)]

use std::fmt::Debug;

use gradus::data::Rng;
use gradus::Float;

/// How many seeded random points every gradient test visits.
pub const POINTS: usize = 24;

/// A float type the tests run in, with the tolerances that suit its precision.
pub trait TestFloat: Float + Debug {
    /// The largest error allowed between a gradient and central finite differences.
    const FINITE_DIFFERENCE_TOLERANCE: f64;
    /// The largest error allowed between two exact gradients of the same math computed
    /// two ways (generated code and the tape), which differ only in rounding.
    const ROUNDING_TOLERANCE: f64;
}

impl TestFloat for f64 {
    const FINITE_DIFFERENCE_TOLERANCE: f64 = 1e-6;
    const ROUNDING_TOLERANCE: f64 = 1e-9;
}

impl TestFloat for f32 {
    const FINITE_DIFFERENCE_TOLERANCE: f64 = 1e-3;
    const ROUNDING_TOLERANCE: f64 = 1e-4;
}

/// `|a − b| / max(1, |a|, |b|)`, computed in `f64`: relative where the values are large,
/// absolute where they are small. NaN (an infinite or NaN operand) counts as infinite.
pub fn relative_error<T: Float>(a: T, b: T) -> f64 {
    let (a, b) = (a.to_f64().unwrap(), b.to_f64().unwrap());
    let error = (a - b).abs() / 1.0_f64.max(a.abs()).max(b.abs());
    if error.is_nan() {
        f64::INFINITY
    } else {
        error
    }
}

/// Central differences `(f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h` of `f` at `x` in the first
/// `n` coordinates (the others are held fixed), with `h = ∛ε · max(1, |xᵢ|)`, the step
/// that balances truncation against rounding.
pub fn central_differences<T: Float>(f: impl Fn(&[T]) -> T, x: &[T], n: usize) -> Vec<T> {
    let mut point = x.to_vec();
    (0..n)
        .map(|i| {
            let h = T::epsilon().cbrt() * x[i].abs().max(T::one());
            let (above, below) = (x[i] + h, x[i] - h);
            point[i] = above;
            let f_above = f(&point);
            point[i] = below;
            let f_below = f(&point);
            point[i] = x[i];
            // The distance actually stepped, so that the rounding of xᵢ ± h cancels.
            (f_above - f_below) / (above - below)
        })
        .collect()
}

/// A seed derived from a test's name (FNV-1a), so each test visits its own points and
/// every run visits the same ones.
pub fn seed_for(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `count` points drawn uniformly from the box `ranges` (one `[lo, hi)` per coordinate).
pub fn random_points<T: Float>(seed: u64, ranges: &[(f64, f64)], count: usize) -> Vec<Vec<T>> {
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|_| {
            ranges
                .iter()
                .map(|&(lo, hi)| T::from(rng.range(lo, hi)).unwrap())
                .collect()
        })
        .collect()
}

/// A generated gradient as a `Vec`: a scalar for one active argument, a tuple in
/// argument order for several (SPEC §2.1).
pub trait Gradient<T> {
    /// The components in argument order.
    fn into_vec(self) -> Vec<T>;
}

impl Gradient<f64> for f64 {
    fn into_vec(self) -> Vec<f64> {
        vec![self]
    }
}

impl Gradient<f32> for f32 {
    fn into_vec(self) -> Vec<f32> {
        vec![self]
    }
}

impl<T> Gradient<T> for (T, T) {
    fn into_vec(self) -> Vec<T> {
        vec![self.0, self.1]
    }
}

impl<T> Gradient<T> for (T, T, T) {
    fn into_vec(self) -> Vec<T> {
        vec![self.0, self.1, self.2]
    }
}

impl<T> Gradient<T> for (T, T, T, T) {
    fn into_vec(self) -> Vec<T> {
        vec![self.0, self.1, self.2, self.3]
    }
}

/// One row of a gradient table: the test's name and, for each argument drawn at random,
/// its name and range. `active` are the differentiated arguments in argument order;
/// `data` are float arguments passed as constants.
pub struct Case<'a> {
    pub name: &'a str,
    pub active: &'a [(&'a str, f64, f64)],
    pub data: &'a [(&'a str, f64, f64)],
}

/// Checks a generated gradient at [`POINTS`] seeded random points of `case`'s ranges.
///
/// Every closure takes a point: the active arguments, then the data arguments.
/// - `f`: the plain function; `grad`: `grad_f`, its gradient as a `Vec`;
/// - `grad_into`: `grad_f_into` with one buffer per active argument;
/// - `tape`: the value and gradient of the same math run on the runtime tape.
///
/// At each point it asserts that `grad_f` returns exactly `f`'s value; that its gradient
/// agrees with central differences of `f` and with the tape; and that `grad_f_into`
/// returns the same value and ADDS the gradient into buffers that start at one, again on
/// a second call.
pub fn check_gradients<T: TestFloat>(
    case: &Case<'_>,
    f: impl Fn(&[T]) -> T,
    grad: impl Fn(&[T]) -> (T, Vec<T>),
    grad_into: impl Fn(&[T], &mut [T]) -> T,
    tape: impl Fn(&[T]) -> (T, Vec<T>),
) {
    let name = case.name;
    let n = case.active.len();
    let ranges: Vec<(f64, f64)> = case
        .active
        .iter()
        .chain(case.data)
        .map(|&(_, lo, hi)| (lo, hi))
        .collect();
    let arguments: Vec<&str> = case
        .active
        .iter()
        .map(|&(argument, _, _)| argument)
        .collect();
    for point in random_points::<T>(seed_for(name), &ranges, POINTS) {
        let value = f(&point);
        assert!(
            value.is_finite(),
            "{name}: f{point:?} = {value:?}; the test's ranges leave the function's domain"
        );

        let (grad_value, gradient) = grad(&point);
        assert!(
            grad_value == value,
            "{name} at {point:?}: grad returns the value {grad_value:?}, f returns {value:?}"
        );
        assert_eq!(
            gradient.len(),
            n,
            "{name}: the gradient has {} components, expected one for each of {arguments:?}",
            gradient.len()
        );

        let estimate = central_differences(&f, &point, n);
        for i in 0..n {
            let error = relative_error(gradient[i], estimate[i]);
            assert!(
                error <= T::FINITE_DIFFERENCE_TOLERANCE,
                "{name} at {point:?}: d/d{} is {:?}, finite differences give {:?} (error {error:e})",
                arguments[i],
                gradient[i],
                estimate[i]
            );
        }

        let (tape_value, tape_gradient) = tape(&point);
        assert!(
            relative_error(tape_value, value) <= T::ROUNDING_TOLERANCE,
            "{name} at {point:?}: the tape twin computes {tape_value:?}, f computes {value:?}"
        );
        for i in 0..n {
            let error = relative_error(gradient[i], tape_gradient[i]);
            assert!(
                error <= T::ROUNDING_TOLERANCE,
                "{name} at {point:?}: d/d{} is {:?}, the tape gives {:?} (error {error:e})",
                arguments[i],
                gradient[i],
                tape_gradient[i]
            );
        }

        let mut buffers = vec![T::one(); n];
        for call in 1..=2 {
            let into_value = grad_into(&point, &mut buffers);
            assert!(
                into_value == value,
                "{name} at {point:?}: grad_into returns the value {into_value:?}, f returns {value:?}"
            );
            for i in 0..n {
                let expected = T::one() + T::from(call).unwrap() * gradient[i];
                assert!(
                    relative_error(buffers[i], expected) <= T::ROUNDING_TOLERANCE,
                    "{name} at {point:?}: after {call} call(s) of grad_into the buffer for {} \
                     holds {:?}, expected 1 + {call} × {:?} = {expected:?} (it must add)",
                    arguments[i],
                    buffers[i],
                    gradient[i]
                );
            }
        }
    }
}

/// Writes one `#[test]` per row, each running [`check_gradients`] on a
/// `#[differentiable]` function:
///
/// ```ignore
/// gradient_tests! {
///     /// What the row checks.
///     fn test_name(x in 0.5..2.0, y in -1.0..1.0; data in 1.0..2.0) -> f64 {
///         f: f(x, y, data, 3),
///         grad: grad_f(x, y, data, 3),
///         into(d_x, d_y): grad_f_into(x, y, data, 3, d_x, d_y),
///         tape: f_twin(x, y, Var::constant(data), 3),
///     }
/// }
/// ```
///
/// The arguments before `;` are active and drawn from their ranges; those after it are
/// drawn too but held fixed. In `f`, `grad` and `into` every argument is a plain float
/// (the type after `->`) and the `into(..)` names are the `&mut` buffers, one per active
/// argument; in `tape` the active arguments are variables of a fresh tape.
macro_rules! gradient_tests {
    ($(
        $(#[$meta:meta])*
        fn $test:ident(
            $($x:ident in $x_lo:literal..$x_hi:literal),+
            $(; $($c:ident in $c_lo:literal..$c_hi:literal),+)?
        ) -> $t:ty {
            f: $f:expr,
            grad: $grad:expr,
            into($($d:ident),+): $into:expr,
            tape: $tape:expr $(,)?
        }
    )*) => {$(
        $(#[$meta])*
        #[test]
        fn $test() {
            $crate::common::check_gradients::<$t>(
                &$crate::common::Case {
                    name: stringify!($test),
                    active: &[$((stringify!($x), $x_lo, $x_hi)),+],
                    data: &[$($((stringify!($c), $c_lo, $c_hi)),+)?],
                },
                |point: &[$t]| {
                    let mut values = point.iter().copied();
                    $(let $x = values.next().unwrap();)+
                    $($(let $c = values.next().unwrap();)+)?
                    $f
                },
                |point: &[$t]| {
                    let mut values = point.iter().copied();
                    $(let $x = values.next().unwrap();)+
                    $($(let $c = values.next().unwrap();)+)?
                    let (value, gradient) = $grad;
                    (value, $crate::common::Gradient::into_vec(gradient))
                },
                |point: &[$t], buffers: &mut [$t]| {
                    let mut values = point.iter().copied();
                    $(let $x = values.next().unwrap();)+
                    $($(let $c = values.next().unwrap();)+)?
                    let [$($d),+] = buffers else {
                        unreachable!("one buffer per active argument");
                    };
                    $into
                },
                |point: &[$t]| {
                    let tape = ::gradus::Tape::<$t>::default();
                    let mut values = point.iter().copied();
                    $(let $x = tape.var(values.next().unwrap());)+
                    $($(let $c = values.next().unwrap();)+)?
                    let output = $tape;
                    (output.value(), tape.gradient(output, &[$($x),+]))
                },
            );
        }
    )*};
}

pub(crate) use gradient_tests;

// ---------------------------------------------------------------------------------------
// Level 2: arguments that are slices, vectors and (nested) arrays.
// ---------------------------------------------------------------------------------------

/// The shape of an argument, written as the type it has with `f64` components
/// (`f64`, `Vec<f64>`, `[f64; 3]`, `[[f64; 3]; 4]`, `Vec<[f64; 8]>`): how many components
/// it has, how to build it from a flat list of them, and how to flatten it again.
/// `Of<E>` is the same shape with components of type `E` (a float, or a tape `Var`).
/// `len` is the length of an outer `Vec` (ignored by the other shapes).
pub trait Shape {
    type Of<E: Copy>;
    /// The value of this shape whose components are the next ones of `items`, in row-major
    /// order.
    fn build<E: Copy>(items: &mut dyn Iterator<Item = E>, len: usize) -> Self::Of<E>;
    /// Pushes `value`'s components in row-major order.
    fn flatten<E: Copy>(value: &Self::Of<E>, out: &mut Vec<E>);
    /// Pushes the name of each component (`w[2][1]`), in row-major order.
    fn names(prefix: &str, len: usize, out: &mut Vec<String>);
    /// The `len` that builds a value shaped like `value`.
    fn len_of<E: Copy>(value: &Self::Of<E>) -> usize;
}

impl Shape for f64 {
    type Of<E: Copy> = E;
    fn build<E: Copy>(items: &mut dyn Iterator<Item = E>, _: usize) -> E {
        items
            .next()
            .expect("too few components for the argument's shape")
    }
    fn flatten<E: Copy>(value: &E, out: &mut Vec<E>) {
        out.push(*value);
    }
    fn names(prefix: &str, _: usize, out: &mut Vec<String>) {
        out.push(prefix.to_string());
    }
    fn len_of<E: Copy>(_: &E) -> usize {
        0
    }
}

impl<S: Shape, const N: usize> Shape for [S; N] {
    type Of<E: Copy> = [S::Of<E>; N];
    fn build<E: Copy>(items: &mut dyn Iterator<Item = E>, len: usize) -> Self::Of<E> {
        // `from_fn` calls its closure for the indices in order.
        std::array::from_fn(|_| S::build(items, len))
    }
    fn flatten<E: Copy>(value: &Self::Of<E>, out: &mut Vec<E>) {
        for item in value {
            S::flatten(item, out);
        }
    }
    fn names(prefix: &str, len: usize, out: &mut Vec<String>) {
        for i in 0..N {
            S::names(&format!("{prefix}[{i}]"), len, out);
        }
    }
    fn len_of<E: Copy>(value: &Self::Of<E>) -> usize {
        value.first().map_or(0, S::len_of)
    }
}

impl<S: Shape> Shape for Vec<S> {
    type Of<E: Copy> = Vec<S::Of<E>>;
    fn build<E: Copy>(items: &mut dyn Iterator<Item = E>, len: usize) -> Self::Of<E> {
        (0..len).map(|_| S::build(items, 0)).collect()
    }
    fn flatten<E: Copy>(value: &Self::Of<E>, out: &mut Vec<E>) {
        for item in value {
            S::flatten(item, out);
        }
    }
    fn names(prefix: &str, len: usize, out: &mut Vec<String>) {
        for i in 0..len {
            S::names(&format!("{prefix}[{i}]"), 0, out);
        }
    }
    fn len_of<E: Copy>(value: &Self::Of<E>) -> usize {
        value.len()
    }
}

/// A generated gradient (SPEC §2.1) flattened in argument order, each argument's
/// components in row-major order: a scalar, a `Vec`, a (nested) array, or a tuple of those.
pub trait Flatten {
    fn flatten_into(&self, out: &mut Vec<f64>);

    fn flat(&self) -> Vec<f64> {
        let mut out = Vec::new();
        self.flatten_into(&mut out);
        out
    }
}

impl Flatten for f64 {
    fn flatten_into(&self, out: &mut Vec<f64>) {
        out.push(*self);
    }
}

impl<G: Flatten> Flatten for Vec<G> {
    fn flatten_into(&self, out: &mut Vec<f64>) {
        for item in self {
            item.flatten_into(out);
        }
    }
}

impl<G: Flatten, const N: usize> Flatten for [G; N] {
    fn flatten_into(&self, out: &mut Vec<f64>) {
        for item in self {
            item.flatten_into(out);
        }
    }
}

macro_rules! flatten_tuples {
    ($(($($g:ident . $i:tt),+))*) => {$(
        impl<$($g: Flatten),+> Flatten for ($($g,)+) {
            fn flatten_into(&self, out: &mut Vec<f64>) {
                $(self.$i.flatten_into(out);)+
            }
        }
    )*};
}

flatten_tuples! {
    (A.0, B.1)
    (A.0, B.1, C.2)
    (A.0, B.1, C.2, D.3)
    (A.0, B.1, C.2, D.3, E.4)
    (A.0, B.1, C.2, D.3, E.4, F.5)
}

/// The components of an argument table: one name and range per component, expanded from
/// each argument's name, shape and length.
pub fn components(arguments: &[(&str, Vec<String>, f64, f64)]) -> Vec<(String, f64, f64)> {
    arguments
        .iter()
        .flat_map(|(_, names, lo, hi)| names.iter().map(move |name| (name.clone(), *lo, *hi)))
        .collect()
}

/// [`check_gradients`] for a function of slice and array arguments, their components
/// flattened into one point (see [`array_gradient_tests!`]).
pub fn check_array_gradients(
    name: &str,
    active: &[(String, f64, f64)],
    data: &[(String, f64, f64)],
    f: impl Fn(&[f64]) -> f64,
    grad: impl Fn(&[f64]) -> (f64, Vec<f64>),
    grad_into: impl Fn(&[f64], &mut [f64]) -> f64,
    tape: impl Fn(&[f64]) -> (f64, Vec<f64>),
) {
    let active: Vec<(&str, f64, f64)> = active
        .iter()
        .map(|(component, lo, hi)| (component.as_str(), *lo, *hi))
        .collect();
    let data: Vec<(&str, f64, f64)> = data
        .iter()
        .map(|(component, lo, hi)| (component.as_str(), *lo, *hi))
        .collect();
    check_gradients::<f64>(
        &Case {
            name,
            active: &active,
            data: &data,
        },
        f,
        grad,
        grad_into,
        tape,
    );
}

/// Writes one `#[test]` per row, each running [`check_gradients`] on a `#[differentiable]`
/// function whose arguments may be slices, vectors and arrays:
///
/// ```ignore
/// array_gradient_tests! {
///     /// What the row checks.
///     fn test_name(w: Vec<f64>[5] = -1.0..1.0, m: [[f64; 3]; 4] = -1.0..1.0, b: f64 = 0.0..1.0;
///                  x: Vec<[f64; 3]>[6] = -2.0..2.0) {
///         f: f(&w, &m, b, &x, 3),
///         grad: grad_f(&w, &m, b, &x, 3),
///         into(d_w, d_m, d_b): grad_f_into(&w, &m, b, &x, 3, d_w, d_m, d_b),
///         tape: f(&w, &m, b, &x, 3),
///     }
/// }
/// ```
///
/// Each argument is `name: Shape[len] = lo..hi`: its shape as the type it has (see
/// [`Shape`]; `[len]` gives the length of an outer `Vec`) and the range every component is
/// drawn from. The arguments before `;` are active, those after it are data, drawn too but
/// held fixed. In `f`, `grad` and `into` every argument has its type with `f64`
/// components, and the `into(..)` names are `&mut` buffers, one per active argument (a
/// `&mut Vec<f64>` coerces to `&mut [f64]`), that start at one; in `tape` the components
/// are tape variables (constants for the data) and the expression is a `Var`.
macro_rules! array_gradient_tests {
    ($(
        $(#[$meta:meta])*
        fn $test:ident(
            $($x:ident : $xt:ty $([$xn:expr])? = $x_lo:literal..$x_hi:literal),+
            $(; $($c:ident : $ct:ty $([$cn:expr])? = $c_lo:literal..$c_hi:literal),+)?
        ) {
            f: $f:expr,
            grad: $grad:expr,
            into($($d:ident),+): $into:expr,
            tape: $tape:expr $(,)?
        }
    )*) => {$(
        $(#[$meta])*
        #[test]
        #[allow(unused_mut, unused_variables, clippy::needless_borrow)]
        fn $test() {
            use $crate::common::{Flatten as _, Shape};
            let active = $crate::common::components(&[$({
                let mut names = Vec::new();
                <$xt as Shape>::names(stringify!($x), 0 $(+ $xn)?, &mut names);
                (stringify!($x), names, $x_lo, $x_hi)
            }),+]);
            let data = $crate::common::components(&[$($({
                let mut names = Vec::new();
                <$ct as Shape>::names(stringify!($c), 0 $(+ $cn)?, &mut names);
                (stringify!($c), names, $c_lo, $c_hi)
            }),+)?]);
            let n = active.len();
            $crate::common::check_array_gradients(
                stringify!($test),
                &active,
                &data,
                |point: &[f64]| {
                    let mut values = point.iter().copied();
                    $(let $x = <$xt as Shape>::build::<f64>(&mut values, 0 $(+ $xn)?);)+
                    $($(let $c = <$ct as Shape>::build::<f64>(&mut values, 0 $(+ $cn)?);)+)?
                    $f
                },
                |point: &[f64]| {
                    let mut values = point.iter().copied();
                    $(let $x = <$xt as Shape>::build::<f64>(&mut values, 0 $(+ $xn)?);)+
                    $($(let $c = <$ct as Shape>::build::<f64>(&mut values, 0 $(+ $cn)?);)+)?
                    let (value, gradient) = $grad;
                    (value, gradient.flat())
                },
                |point: &[f64], buffers: &mut [f64]| {
                    let mut values = point.iter().copied();
                    $(let $x = <$xt as Shape>::build::<f64>(&mut values, 0 $(+ $xn)?);)+
                    $($(let $c = <$ct as Shape>::build::<f64>(&mut values, 0 $(+ $cn)?);)+)?
                    let mut starts = buffers.iter().copied();
                    $(let mut $d = <$xt as Shape>::build::<f64>(
                        &mut starts,
                        <$xt as Shape>::len_of::<f64>(&$x),
                    );)+
                    let value = {
                        $(let $d = &mut $d;)+
                        $into
                    };
                    let mut sums = Vec::with_capacity(buffers.len());
                    $(<$xt as Shape>::flatten::<f64>(&$d, &mut sums);)+
                    buffers.copy_from_slice(&sums);
                    value
                },
                |point: &[f64]| {
                    let tape = ::gradus::Tape::new();
                    let variables = tape.vars(&point[..n]);
                    let mut values = variables.iter().copied();
                    $(let $x = <$xt as Shape>::build::<::gradus::Var<f64>>(
                        &mut values, 0 $(+ $xn)?
                    );)+
                    let mut values = point[n..].iter().map(|&c| ::gradus::Var::constant(c));
                    $($(let $c = <$ct as Shape>::build::<::gradus::Var<f64>>(
                        &mut values, 0 $(+ $cn)?
                    );)+)?
                    let output: ::gradus::Var<f64> = $tape;
                    (output.value(), tape.gradient(output, &variables))
                },
            );
        }
    )*};
}

pub(crate) use array_gradient_tests;

/// Every scalar of a `Differentiable` value, in the trait's order.
pub fn flatten<D: gradus::Differentiable>(value: &D) -> Vec<D::Scalar> {
    let mut out = Vec::new();
    value.for_each_scalar(&mut |x| out.push(x));
    out
}

/// `shape` with its scalars replaced by `values`, in the same order.
pub fn unflatten<D: gradus::Differentiable>(shape: &D, values: &[D::Scalar]) -> D {
    let mut out = shape.clone();
    let mut next = values.iter();
    out.for_each_scalar_mut(&mut |x| *x = *next.next().expect("enough values"));
    out
}
