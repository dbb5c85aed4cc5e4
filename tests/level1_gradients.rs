//! Level 1 of `#[differentiable]` (SPEC §2.3): straight-line code and branches.
//!
//! Every annotated function below is checked at seeded random points (see
//! `common::check_gradients`) in two independent ways: against central finite differences
//! of the plain function, and against the runtime tape running a twin with the same math.
//! Each row also checks that `grad_f` returns exactly `f`'s value and that `grad_f_into`
//! adds into its buffers.
//!
//! Twins: `with_tape_twin!` writes the annotated function and its twin on `Var` from one
//! body where the body's literals mix with tape variables (`2.0 * x`, `x > 0.0`); the other
//! twins are written by hand, generic over `T: Float`. Generic functions are their own twin.

mod common;

use common::gradient_tests;
use gradus::{differentiable, Float, Var};

/// `T::from(value)`, for the literals of the hand-written generic twins.
fn lit<T: Float>(value: f64) -> T {
    T::from(value).unwrap()
}

/// Writes `#[differentiable] fn name(args: T) -> T body` and `fn twin` with the same body
/// on tape variables (`Var<'t, T>`), so that the two cannot drift apart.
macro_rules! with_tape_twin {
    ($(
        $(#[$meta:meta])*
        fn $name:ident($($arg:ident),+) -> $t:ident, twin $twin:ident $body:tt
    )*) => {$(
        $(#[$meta])*
        #[differentiable]
        fn $name($($arg: $t),+) -> $t $body

        fn $twin<'t>($($arg: Var<'t, $t>),+) -> Var<'t, $t> $body
    )*};
}

// ---------------------------------------------------------------------------------------
// The math set as methods (one body for the function and its tape twin).
// ---------------------------------------------------------------------------------------

with_tape_twin! {
    /// The seed's example: `y = 2x + 3`, value 3 and gradient 2 at `x = 0`.
    fn affine(x) -> f64, twin affine_twin {
        2.0 * x + 3.0
    }

    /// `sin`, `cos`, `tan` as methods.
    fn trig_methods(x, y) -> f64, twin trig_methods_twin {
        x.sin() * y.cos() + (0.5 * x).tan() - y.sin()
    }

    /// `asin`, `acos`, `atan`, `atan2` as methods.
    fn inverse_trig_methods(x, y) -> f64, twin inverse_trig_methods_twin {
        x.asin() * y + y.acos() + (x * y).atan() + y.atan2(x)
    }

    /// `sinh`, `cosh`, `tanh`, `asinh`, `acosh`, `atanh` as methods.
    fn hyperbolic_methods(x, y) -> f64, twin hyperbolic_methods_twin {
        x.sinh() * y.cosh() + (x * 0.5).tanh() + x.asinh() * y.acosh() - x.atanh()
    }

    /// `exp`, `exp2`, `exp_m1` as methods.
    fn exponential_methods(x, y) -> f64, twin exponential_methods_twin {
        x.exp() * y + y.exp2() - (x * y).exp_m1()
    }

    /// `ln`, `log2`, `log10`, `ln_1p`, `log(b)` with a variable base, as methods.
    fn logarithm_methods(x, y) -> f64, twin logarithm_methods_twin {
        x.ln() * y.log2() + x.log10() + (x * y).ln_1p() + x.log(y)
    }

    /// `powi(n)` (positive and negative `n`), `powf(y)`, `sqrt`, `cbrt`, `recip` as methods.
    fn power_methods(x, y) -> f64, twin power_methods_twin {
        x.powi(3) - x.powf(y) + x.sqrt() * y.cbrt() + (x + y).recip() + x.powi(-2)
    }

    /// `hypot`, `mul_add`, `max`, `min` as methods.
    fn two_argument_methods(x, y, z) -> f64, twin two_argument_methods_twin {
        x.hypot(y) * z + x.mul_add(y, z) + x.max(y) * z.min(x) + y.min(z)
    }

    /// `abs`, `signum`, `floor`, `ceil`, `round`, `trunc` as methods (away from their kinks).
    fn rounding_methods(x) -> f64, twin rounding_methods_twin {
        x.abs() * x + x.signum() * x.sin() + x.floor() * x + x.ceil() + x.round() * x * x
            + x.trunc() * x.exp()
    }
}

// ---------------------------------------------------------------------------------------
// The math set as `f64::` path calls, with constant arguments here and there.
// ---------------------------------------------------------------------------------------

/// `f64::sin`, `f64::cos`, `f64::tan`.
#[differentiable]
fn trig_paths(x: f64, y: f64) -> f64 {
    f64::sin(x) * f64::cos(y) + f64::tan(0.5 * x) - f64::sin(y)
}

fn trig_paths_twin<T: Float>(x: T, y: T) -> T {
    T::sin(x) * T::cos(y) + T::tan(lit::<T>(0.5) * x) - T::sin(y)
}

/// `f64::asin`, `f64::acos`, `f64::atan`, `f64::atan2`.
#[differentiable]
fn inverse_trig_paths(x: f64, y: f64) -> f64 {
    f64::asin(x) * y + f64::acos(y) + f64::atan(x * y) + f64::atan2(y, x)
}

fn inverse_trig_paths_twin<T: Float>(x: T, y: T) -> T {
    T::asin(x) * y + T::acos(y) + T::atan(x * y) + T::atan2(y, x)
}

/// `f64::sinh`, `f64::cosh`, `f64::tanh`, `f64::asinh`, `f64::acosh`, `f64::atanh`.
#[differentiable]
fn hyperbolic_paths(x: f64, y: f64) -> f64 {
    f64::sinh(x) * f64::cosh(y) + f64::tanh(x * 0.5) + f64::asinh(x) * f64::acosh(y) - f64::atanh(x)
}

fn hyperbolic_paths_twin<T: Float>(x: T, y: T) -> T {
    T::sinh(x) * T::cosh(y) + T::tanh(x * lit(0.5)) + T::asinh(x) * T::acosh(y) - T::atanh(x)
}

/// `f64::exp`, `f64::exp2`, `f64::exp_m1`.
#[differentiable]
fn exponential_paths(x: f64, y: f64) -> f64 {
    f64::exp(x) * y + f64::exp2(y) - f64::exp_m1(x * y)
}

fn exponential_paths_twin<T: Float>(x: T, y: T) -> T {
    T::exp(x) * y + T::exp2(y) - T::exp_m1(x * y)
}

/// `f64::ln`, `f64::log2`, `f64::log10`, `f64::ln_1p`, `f64::log` with a variable and a
/// constant base, and the method `log` with a constant base.
#[differentiable]
fn logarithm_paths(x: f64, y: f64) -> f64 {
    f64::ln(x) * f64::log2(y) + f64::log10(x) + f64::ln_1p(x * y) + f64::log(x, y)
        - f64::log(y, 10.0)
        + x.log(3.0)
}

fn logarithm_paths_twin<T: Float>(x: T, y: T) -> T {
    T::ln(x) * T::log2(y) + T::log10(x) + T::ln_1p(x * y) + T::log(x, y) - T::log(y, lit(10.0))
        + x.log(lit(3.0))
}

/// `f64::powi`, `f64::powf` (variable and constant base), `f64::sqrt`, `f64::cbrt`,
/// `f64::recip`, the method `powf` with a constant exponent, and a literal receiver.
#[differentiable]
fn power_paths(x: f64, y: f64) -> f64 {
    f64::powi(x, 3) - f64::powf(x, y)
        + f64::sqrt(x) * f64::cbrt(y)
        + f64::recip(x + y)
        + x.powf(1.5)
        + f64::powf(2.0, y)
        - 3.0_f64.powf(x)
}

fn power_paths_twin<T: Float>(x: T, y: T) -> T {
    T::powi(x, 3) - T::powf(x, y)
        + T::sqrt(x) * T::cbrt(y)
        + T::recip(x + y)
        + x.powf(lit(1.5))
        + T::powf(lit(2.0), y)
        - lit::<T>(3.0).powf(x)
}

/// `f64::hypot`, `f64::mul_add`, `f64::max`, `f64::min`, with constant arguments too.
#[differentiable]
fn two_argument_paths(x: f64, y: f64, z: f64) -> f64 {
    f64::hypot(x, y) * z
        + f64::mul_add(x, y, z)
        + f64::max(x, y) * f64::min(z, x)
        + f64::max(y, 0.5)
        + z.mul_add(2.0, 1.0)
}

fn two_argument_paths_twin<T: Float>(x: T, y: T, z: T) -> T {
    T::hypot(x, y) * z
        + T::mul_add(x, y, z)
        + T::max(x, y) * T::min(z, x)
        + T::max(y, lit(0.5))
        + z.mul_add(lit(2.0), T::one())
}

/// `f64::abs`, `f64::signum`, `f64::floor`, `f64::ceil`, `f64::round`, `f64::trunc`.
#[differentiable]
fn rounding_paths(x: f64) -> f64 {
    f64::abs(x) * x
        + f64::signum(x) * f64::sin(x)
        + f64::floor(x) * x
        + f64::ceil(x)
        + f64::round(x) * x * x
        + f64::trunc(x) * f64::exp(x)
}

fn rounding_paths_twin<T: Float>(x: T) -> T {
    T::abs(x) * x
        + T::signum(x) * T::sin(x)
        + T::floor(x) * x
        + T::ceil(x)
        + T::round(x) * x * x
        + T::trunc(x) * T::exp(x)
}

// ---------------------------------------------------------------------------------------
// The math set as `T::` path calls in generic functions (their own tape twins).
// ---------------------------------------------------------------------------------------

/// Exponentials, logarithms and powers as `T::` paths.
#[differentiable]
fn generic_exp_log_pow_paths<T: Float>(x: T, y: T) -> T {
    T::exp(x) * y + T::exp2(y) - T::exp_m1(x * y)
        + T::ln(x) * T::log2(y + T::one())
        + T::log10(x)
        + T::ln_1p(x * y)
        + T::log(y, x + T::one())
        + T::powi(x, 3)
        - T::powf(x, y)
        + T::sqrt(x) * T::cbrt(y)
        + T::recip(x + y)
}

/// Trigonometric and hyperbolic functions as `T::` paths, with a where-clause.
#[differentiable]
fn generic_trig_paths<T>(x: T, y: T) -> T
where
    T: Float,
{
    let two = T::one() + T::one();
    T::sin(x) * T::cos(y)
        + T::tan(x)
        + T::asin(x) * T::acos(y)
        + T::atan(x * y)
        + T::atan2(y, x + T::one())
        + T::sinh(x) * T::cosh(y)
        - T::tanh(x * y)
        + T::asinh(y)
        + T::acosh(y + two)
        + T::atanh(x)
}

/// `abs`, `signum`, `hypot`, `mul_add`, `max`, `min` and the rounding functions as `T::` paths.
#[differentiable]
fn generic_piecewise_paths<T: Float>(x: T, y: T, z: T) -> T {
    T::abs(x) * y
        + T::signum(y) * z
        + T::hypot(x, y)
        + T::mul_add(x, y, z)
        + T::max(x, z) * T::min(y, z)
        + T::floor(x) * y
        + T::ceil(y)
        + T::round(z) * x
        + T::trunc(x) * z
}

// ---------------------------------------------------------------------------------------
// Statements and expressions.
// ---------------------------------------------------------------------------------------

/// A user `const` item used as a named constant.
const SCALE: f64 = 1.5;

with_tape_twin! {
    /// `let`, `let mut`, `+= -= *= /=`, plain assignment and shadowing.
    fn locals_and_compound_assignment(x, y) -> f64, twin locals_and_compound_assignment_twin {
        let a = x * y;
        let mut b = a + 1.0;
        b += x;
        b -= 0.5 * y;
        b *= a;
        b /= 1.0 + y * y;
        let a = a.sin() + b;
        let mut c = a;
        c = c * x - b;
        c + a
    }

    /// Parentheses, blocks as expressions and unary minus.
    fn parentheses_blocks_and_unary_minus(x, y) -> f64,
        twin parentheses_blocks_and_unary_minus_twin {
        let inner = {
            let t = x * y;
            -t + (x - y) * (x + y)
        };
        let square = {
            let s = -(x + 1.0);
            s * s
        };
        -(x - 2.0 * y) * -inner + (-(x * x)).exp() - square * (-y)
    }

    /// `if` / `else if` / `else` as statements, with `>`, `<` and `>=`.
    fn if_else_statements(x, y) -> f64, twin if_else_statements_twin {
        let mut r = x * y;
        if x > y {
            r += x.sin();
        } else if x < -1.0 {
            r *= y;
        } else {
            r -= y * y;
        }
        if y >= 0.5 {
            r = 2.0 * r + x;
        }
        r
    }

    /// `if` / `else if` / `else` as expressions, with `&&`, `||` and `!`.
    fn if_else_expressions(x, y) -> f64, twin if_else_expressions_twin {
        let s = if x > 0.0 && y > 0.0 {
            x * y
        } else if x < 0.0 || y < -1.0 {
            x.sin() + y
        } else {
            -x * y.exp()
        };
        let t = if !(s > 1.0 || x < y) { s * x } else { s + y };
        s * s + t
    }

    /// Early `return`s: in a branch, in a nested branch, and inside an `if` expression.
    fn early_returns(x, y) -> f64, twin early_returns_twin {
        if x < -1.0 {
            return x * y;
        }
        if x > 1.0 {
            if y > 0.0 {
                return x.ln() * y;
            }
            return (x * y).sin();
        }
        let t = x * x + 1.0;
        if y < -1.0 {
            return t / y;
        }
        let u = if y > 1.0 {
            return t.sqrt();
        } else {
            t * y
        };
        u * y.exp()
    }

    /// Named constants: `std::f64::consts::PI`, an imported constant and a user `const`.
    fn named_constants(x, y) -> f64, twin named_constants_twin {
        let half_turn = std::f64::consts::PI;
        half_turn * x.sin() + SCALE * x * y - std::f64::consts::E / (1.0 + y * y)
    }

    /// An argument the result does not depend on: its gradient is zero.
    fn ignores_second(x, _y) -> f64, twin ignores_second_twin {
        x * x
    }
}

/// `let` with types, a block that shadows an argument inside it only, and `let mut` with a type.
#[differentiable]
fn typed_lets_and_blocks(x: f64, y: f64) -> f64 {
    let a: f64 = x * y;
    let b: f64 = {
        let t = a + 1.0;
        t * t
    };
    let y = {
        let x = x * 2.0;
        x + y
    };
    let mut c: f64 = b - y;
    c *= x;
    (a + c) * (x - (y - 1.0))
}

fn typed_lets_and_blocks_twin<T: Float>(x: T, y: T) -> T {
    let a = x * y;
    let b = {
        let t = a + T::one();
        t * t
    };
    let y = x * lit(2.0) + y;
    let c = (b - y) * x;
    (a + c) * (x - (y - T::one()))
}

/// Generic method calls, an early return and a condition with `!`, in a function with a
/// where-clause.
#[differentiable]
fn generic_branches<T>(x: T, y: T) -> T
where
    T: Float,
{
    if x > y && x > T::zero() {
        return (x * y).cos() * x;
    }
    let t = if !(y < T::one() && x > -T::one()) {
        (y * y + T::one()).ln()
    } else {
        y.mul_add(x, T::one())
    };
    t * x.tanh()
}

/// Integer locals and integer arithmetic (`*`, `-`, `+`, `%`, `*=`, `-=`), integer
/// comparisons, `powi` of an integer local and `as f64`.
#[differentiable]
fn integer_arithmetic(x: f64, n: i32) -> f64 {
    let m = 2 * n - 1;
    let mut k = n + 3;
    k *= 2;
    k -= m;
    let scale = k as f64;
    let tail = if n > 0 && m != 3 {
        x.powi(n % 3 + 1)
    } else {
        f64::powi(x, -1)
    };
    x.powi(m) + scale * x + tail / (n as f64)
}

fn integer_arithmetic_twin<T: Float>(x: T, n: i32) -> T {
    let m = 2 * n - 1;
    let k = (n + 3) * 2 - m;
    let tail = if n > 0 && m != 3 {
        x.powi(n % 3 + 1)
    } else {
        x.powi(-1)
    };
    x.powi(m) + lit::<T>(f64::from(k)) * x + tail / lit(f64::from(n))
}

/// `bool` and `usize` arguments are constants; `!` on a `bool`.
#[differentiable]
fn constant_arguments(x: f64, flag: bool, n: usize) -> f64 {
    let base = if flag && x > 0.0 {
        x.sin()
    } else if !flag {
        x.cos()
    } else {
        x.exp()
    };
    base * (n as f64) + x * x
}

fn constant_arguments_twin<T: Float>(x: T, flag: bool, n: usize) -> T {
    let base = if flag && x > T::zero() {
        x.sin()
    } else if !flag {
        x.cos()
    } else {
        x.exp()
    };
    base * T::from(n).unwrap() + x * x
}

/// `T::zero()`, `T::one()`, `T::from(c).unwrap()` of a literal, of `PI` and of an integer.
#[differentiable]
fn generic_constants<T: Float>(x: T, y: T, n: i32) -> T {
    let two = T::from(2.0).unwrap();
    let pi = T::from(std::f64::consts::PI).unwrap();
    let count = T::from(n).unwrap();
    let base = T::one() + x * x;
    let offset = if y > T::zero() { y } else { T::zero() - y };
    base.ln() * two + pi * y.sin() - count * x + offset * offset
}

// ---------------------------------------------------------------------------------------
// Calls from one annotated function to another.
// ---------------------------------------------------------------------------------------

with_tape_twin! {
    /// A concrete callee.
    fn callee(x, y) -> f64, twin callee_twin {
        x.exp() * y - y.cos()
    }
}

/// Calls a concrete annotated function twice, once with computed arguments.
#[differentiable]
fn calls_concrete(x: f64, y: f64) -> f64 {
    callee(x, y) * x - callee(2.0 * y, x).sin()
}

fn calls_concrete_twin<'t>(x: Var<'t>, y: Var<'t>) -> Var<'t> {
    callee_twin(x, y) * x - callee_twin(2.0 * y, x).sin()
}

/// A generic callee.
#[differentiable]
fn generic_callee<T: Float>(x: T, y: T) -> T {
    x * y.sin() + (x * x + y * y).sqrt()
}

/// Calls a generic annotated function from a concrete one: inferred, with a constant
/// argument, and with a turbofish.
#[differentiable]
fn calls_generic(x: f64, y: f64) -> f64 {
    generic_callee(x, y) + generic_callee(y, 2.0) * x - generic_callee::<f64>(1.5, x * y)
}

fn calls_generic_twin<T: Float>(x: T, y: T) -> T {
    generic_callee(x, y) + generic_callee(y, lit(2.0)) * x - generic_callee::<T>(lit(1.5), x * y)
}

/// Callees reached through a module path.
mod inner {
    use gradus::{differentiable, Float};

    /// A concrete callee inside a module.
    #[differentiable]
    pub fn g(x: f64) -> f64 {
        x.sin() * x + 1.0
    }

    pub fn g_twin<T: Float>(x: T) -> T {
        x.sin() * x + T::one()
    }

    /// A generic callee inside a module.
    #[differentiable]
    pub fn h<T: Float>(x: T) -> T {
        (x * x + T::one()).ln()
    }
}

/// Calls `inner::g` and `inner::h` through their module path.
#[differentiable]
fn calls_through_module(x: f64, y: f64) -> f64 {
    inner::g(x) * y + inner::h(x * y)
}

fn calls_through_module_twin<T: Float>(x: T, y: T) -> T {
    inner::g_twin(x) * y + inner::h(x * y)
}

/// A generic function calling generic callees, one through a module path with a turbofish.
#[differentiable]
fn generic_caller<T: Float>(x: T, y: T) -> T {
    generic_callee(x, y) * inner::h(y) + inner::h::<T>(x * y)
}

// ---------------------------------------------------------------------------------------
// `wrt(...)`, `f32`, tape mode.
// ---------------------------------------------------------------------------------------

/// Differentiated in `x` only: `y` is a float used as data, with no gradient.
#[differentiable(wrt(x))]
fn wrt_first(x: f64, y: f64) -> f64 {
    x.sin() * y + y.exp() * x
}

fn wrt_first_twin<T: Float>(x: T, y: T) -> T {
    x.sin() * y + y.exp() * x
}

/// A generic function differentiated in its first and last arguments only.
#[differentiable(wrt(x, z))]
fn wrt_generic<T: Float>(x: T, scale: T, z: T) -> T {
    (x * scale).tanh() + z * z * scale
}

with_tape_twin! {
    /// `f32` arithmetic and methods.
    fn single_precision(x, y) -> f32, twin single_precision_twin {
        x.sin() * y + (x * y).exp() - y.sqrt() + 2.0 * x.atan()
    }
}

/// `f32::` paths, `std::f32::consts::PI`, a typed `let` and a constant exponent.
#[differentiable]
fn single_precision_paths(x: f32, y: f32) -> f32 {
    let scale: f32 = std::f32::consts::PI;
    f32::sqrt(x) * scale + f32::ln(y) * x - f32::powi(y, 2) + x.powf(0.5)
}

fn single_precision_paths_twin<T: Float>(x: T, y: T) -> T {
    let scale = T::from(std::f32::consts::PI).unwrap();
    T::sqrt(x) * scale + T::ln(y) * x - T::powi(y, 2) + x.powf(lit(0.5))
}

/// Tape mode on what the transformation does not cover: an array, an iterator and a closure.
#[differentiable(tape)]
fn tape_fold<T: Float>(x: T, y: T) -> T {
    [x, y, x * y]
        .iter()
        .fold(T::zero(), |sum, &v| sum + v.sin() * v)
}

/// Tape mode on a recursive function with an integer argument.
#[differentiable(tape)]
fn tape_recursive<T: Float>(x: T, depth: u32) -> T {
    if depth == 0 {
        x
    } else {
        tape_recursive(x.sin() + x * T::from(0.5).unwrap(), depth - 1)
    }
}

// ---------------------------------------------------------------------------------------
// The tables.
// ---------------------------------------------------------------------------------------

gradient_tests! {
    /// The seed's example, at random points.
    fn affine_gradient_is_two(x in -3.0..3.0) -> f64 {
        f: affine(x),
        grad: grad_affine(x),
        into(d_x): grad_affine_into(x, d_x),
        tape: affine_twin(x),
    }

    fn sin_cos_tan_as_methods(x in -2.0..2.0, y in -3.0..3.0) -> f64 {
        f: trig_methods(x, y),
        grad: grad_trig_methods(x, y),
        into(d_x, d_y): grad_trig_methods_into(x, y, d_x, d_y),
        tape: trig_methods_twin(x, y),
    }

    fn asin_acos_atan_atan2_as_methods(x in 0.1..0.9, y in -0.9..0.9) -> f64 {
        f: inverse_trig_methods(x, y),
        grad: grad_inverse_trig_methods(x, y),
        into(d_x, d_y): grad_inverse_trig_methods_into(x, y, d_x, d_y),
        tape: inverse_trig_methods_twin(x, y),
    }

    fn hyperbolic_functions_as_methods(x in -0.9..0.9, y in 1.2..3.0) -> f64 {
        f: hyperbolic_methods(x, y),
        grad: grad_hyperbolic_methods(x, y),
        into(d_x, d_y): grad_hyperbolic_methods_into(x, y, d_x, d_y),
        tape: hyperbolic_methods_twin(x, y),
    }

    fn exp_exp2_exp_m1_as_methods(x in -2.0..2.0, y in -2.0..2.0) -> f64 {
        f: exponential_methods(x, y),
        grad: grad_exponential_methods(x, y),
        into(d_x, d_y): grad_exponential_methods_into(x, y, d_x, d_y),
        tape: exponential_methods_twin(x, y),
    }

    fn logarithms_as_methods(x in 0.2..5.0, y in 1.5..4.0) -> f64 {
        f: logarithm_methods(x, y),
        grad: grad_logarithm_methods(x, y),
        into(d_x, d_y): grad_logarithm_methods_into(x, y, d_x, d_y),
        tape: logarithm_methods_twin(x, y),
    }

    fn powers_and_roots_as_methods(x in 0.3..3.0, y in 0.4..2.5) -> f64 {
        f: power_methods(x, y),
        grad: grad_power_methods(x, y),
        into(d_x, d_y): grad_power_methods_into(x, y, d_x, d_y),
        tape: power_methods_twin(x, y),
    }

    fn hypot_mul_add_max_min_as_methods(x in -2.0..2.0, y in -2.0..2.0, z in -2.0..2.0) -> f64 {
        f: two_argument_methods(x, y, z),
        grad: grad_two_argument_methods(x, y, z),
        into(d_x, d_y, d_z): grad_two_argument_methods_into(x, y, z, d_x, d_y, d_z),
        tape: two_argument_methods_twin(x, y, z),
    }

    fn abs_signum_and_rounding_as_methods(x in -2.9..2.9) -> f64 {
        f: rounding_methods(x),
        grad: grad_rounding_methods(x),
        into(d_x): grad_rounding_methods_into(x, d_x),
        tape: rounding_methods_twin(x),
    }

    fn sin_cos_tan_as_paths(x in -2.0..2.0, y in -3.0..3.0) -> f64 {
        f: trig_paths(x, y),
        grad: grad_trig_paths(x, y),
        into(d_x, d_y): grad_trig_paths_into(x, y, d_x, d_y),
        tape: trig_paths_twin(x, y),
    }

    fn asin_acos_atan_atan2_as_paths(x in 0.1..0.9, y in -0.9..0.9) -> f64 {
        f: inverse_trig_paths(x, y),
        grad: grad_inverse_trig_paths(x, y),
        into(d_x, d_y): grad_inverse_trig_paths_into(x, y, d_x, d_y),
        tape: inverse_trig_paths_twin(x, y),
    }

    fn hyperbolic_functions_as_paths(x in -0.9..0.9, y in 1.2..3.0) -> f64 {
        f: hyperbolic_paths(x, y),
        grad: grad_hyperbolic_paths(x, y),
        into(d_x, d_y): grad_hyperbolic_paths_into(x, y, d_x, d_y),
        tape: hyperbolic_paths_twin(x, y),
    }

    fn exp_exp2_exp_m1_as_paths(x in -2.0..2.0, y in -2.0..2.0) -> f64 {
        f: exponential_paths(x, y),
        grad: grad_exponential_paths(x, y),
        into(d_x, d_y): grad_exponential_paths_into(x, y, d_x, d_y),
        tape: exponential_paths_twin(x, y),
    }

    fn logarithms_as_paths_with_variable_and_constant_bases(x in 0.2..5.0, y in 1.5..4.0) -> f64 {
        f: logarithm_paths(x, y),
        grad: grad_logarithm_paths(x, y),
        into(d_x, d_y): grad_logarithm_paths_into(x, y, d_x, d_y),
        tape: logarithm_paths_twin(x, y),
    }

    fn powers_and_roots_as_paths_with_constant_bases_and_exponents(
        x in 0.3..3.0,
        y in 0.4..2.5
    ) -> f64 {
        f: power_paths(x, y),
        grad: grad_power_paths(x, y),
        into(d_x, d_y): grad_power_paths_into(x, y, d_x, d_y),
        tape: power_paths_twin(x, y),
    }

    fn hypot_mul_add_max_min_as_paths_with_constant_arguments(
        x in -2.0..2.0,
        y in -2.0..2.0,
        z in -2.0..2.0
    ) -> f64 {
        f: two_argument_paths(x, y, z),
        grad: grad_two_argument_paths(x, y, z),
        into(d_x, d_y, d_z): grad_two_argument_paths_into(x, y, z, d_x, d_y, d_z),
        tape: two_argument_paths_twin(x, y, z),
    }

    fn abs_signum_and_rounding_as_paths(x in -2.9..2.9) -> f64 {
        f: rounding_paths(x),
        grad: grad_rounding_paths(x),
        into(d_x): grad_rounding_paths_into(x, d_x),
        tape: rounding_paths_twin(x),
    }

    fn exponentials_logarithms_and_powers_as_generic_paths(x in 0.3..2.0, y in 0.4..2.0) -> f64 {
        f: generic_exp_log_pow_paths(x, y),
        grad: grad_generic_exp_log_pow_paths(x, y),
        into(d_x, d_y): grad_generic_exp_log_pow_paths_into(x, y, d_x, d_y),
        tape: generic_exp_log_pow_paths(x, y),
    }

    fn trig_and_hyperbolic_functions_as_generic_paths(x in -0.8..0.8, y in -0.8..0.8) -> f64 {
        f: generic_trig_paths(x, y),
        grad: grad_generic_trig_paths(x, y),
        into(d_x, d_y): grad_generic_trig_paths_into(x, y, d_x, d_y),
        tape: generic_trig_paths(x, y),
    }

    fn piecewise_functions_as_generic_paths(
        x in -2.9..2.9,
        y in -2.9..2.9,
        z in -2.9..2.9
    ) -> f64 {
        f: generic_piecewise_paths(x, y, z),
        grad: grad_generic_piecewise_paths(x, y, z),
        into(d_x, d_y, d_z): grad_generic_piecewise_paths_into(x, y, z, d_x, d_y, d_z),
        tape: generic_piecewise_paths(x, y, z),
    }

    fn let_mut_compound_assignment_and_shadowing(x in -2.0..2.0, y in -2.0..2.0) -> f64 {
        f: locals_and_compound_assignment(x, y),
        grad: grad_locals_and_compound_assignment(x, y),
        into(d_x, d_y): grad_locals_and_compound_assignment_into(x, y, d_x, d_y),
        tape: locals_and_compound_assignment_twin(x, y),
    }

    fn typed_lets_and_blocks_that_shadow_arguments(x in -2.0..2.0, y in -2.0..2.0) -> f64 {
        f: typed_lets_and_blocks(x, y),
        grad: grad_typed_lets_and_blocks(x, y),
        into(d_x, d_y): grad_typed_lets_and_blocks_into(x, y, d_x, d_y),
        tape: typed_lets_and_blocks_twin(x, y),
    }

    fn parentheses_nested_blocks_and_unary_minus(x in -2.0..2.0, y in -2.0..2.0) -> f64 {
        f: parentheses_blocks_and_unary_minus(x, y),
        grad: grad_parentheses_blocks_and_unary_minus(x, y),
        into(d_x, d_y): grad_parentheses_blocks_and_unary_minus_into(x, y, d_x, d_y),
        tape: parentheses_blocks_and_unary_minus_twin(x, y),
    }

    fn if_else_if_else_as_statements(x in -3.0..3.0, y in -3.0..3.0) -> f64 {
        f: if_else_statements(x, y),
        grad: grad_if_else_statements(x, y),
        into(d_x, d_y): grad_if_else_statements_into(x, y, d_x, d_y),
        tape: if_else_statements_twin(x, y),
    }

    fn if_else_if_else_as_expressions_with_and_or_not(x in -3.0..3.0, y in -3.0..3.0) -> f64 {
        f: if_else_expressions(x, y),
        grad: grad_if_else_expressions(x, y),
        into(d_x, d_y): grad_if_else_expressions_into(x, y, d_x, d_y),
        tape: if_else_expressions_twin(x, y),
    }

    fn early_returns_in_branches_and_nested_branches(x in -3.0..3.0, y in -3.0..3.0) -> f64 {
        f: early_returns(x, y),
        grad: grad_early_returns(x, y),
        into(d_x, d_y): grad_early_returns_into(x, y, d_x, d_y),
        tape: early_returns_twin(x, y),
    }

    fn generic_branches_with_where_clause_and_not(x in -3.0..3.0, y in -3.0..3.0) -> f64 {
        f: generic_branches(x, y),
        grad: grad_generic_branches(x, y),
        into(d_x, d_y): grad_generic_branches_into(x, y, d_x, d_y),
        tape: generic_branches(x, y),
    }

    fn integer_arithmetic_with_positive_n(x in 0.5..2.0) -> f64 {
        f: integer_arithmetic(x, 3),
        grad: grad_integer_arithmetic(x, 3),
        into(d_x): grad_integer_arithmetic_into(x, 3, d_x),
        tape: integer_arithmetic_twin(x, 3),
    }

    fn integer_arithmetic_with_negative_n(x in 0.5..2.0) -> f64 {
        f: integer_arithmetic(x, -2),
        grad: grad_integer_arithmetic(x, -2),
        into(d_x): grad_integer_arithmetic_into(x, -2, d_x),
        tape: integer_arithmetic_twin(x, -2),
    }

    fn bool_and_usize_arguments_are_constants_when_true(x in -2.0..2.0) -> f64 {
        f: constant_arguments(x, true, 3),
        grad: grad_constant_arguments(x, true, 3),
        into(d_x): grad_constant_arguments_into(x, true, 3, d_x),
        tape: constant_arguments_twin(x, true, 3),
    }

    fn bool_and_usize_arguments_are_constants_when_false(x in -2.0..2.0) -> f64 {
        f: constant_arguments(x, false, 5),
        grad: grad_constant_arguments(x, false, 5),
        into(d_x): grad_constant_arguments_into(x, false, 5, d_x),
        tape: constant_arguments_twin(x, false, 5),
    }

    fn pi_e_and_user_const_items(x in -2.0..2.0, y in -2.0..2.0) -> f64 {
        f: named_constants(x, y),
        grad: grad_named_constants(x, y),
        into(d_x, d_y): grad_named_constants_into(x, y, d_x, d_y),
        tape: named_constants_twin(x, y),
    }

    fn zero_one_and_from_in_generic_code(x in -2.0..2.0, y in -2.0..2.0) -> f64 {
        f: generic_constants(x, y, 4),
        grad: grad_generic_constants(x, y, 4),
        into(d_x, d_y): grad_generic_constants_into(x, y, 4, d_x, d_y),
        tape: generic_constants(x, y, 4),
    }

    fn zero_one_and_from_in_generic_code_at_f32(x in -2.0..2.0, y in -2.0..2.0) -> f32 {
        f: generic_constants(x, y, 4),
        grad: grad_generic_constants(x, y, 4),
        into(d_x, d_y): grad_generic_constants_into(x, y, 4, d_x, d_y),
        tape: generic_constants(x, y, 4),
    }

    fn unused_argument_has_zero_gradient(x in -2.0..2.0, y in -2.0..2.0) -> f64 {
        f: ignores_second(x, y),
        grad: grad_ignores_second(x, y),
        into(d_x, d_y): grad_ignores_second_into(x, y, d_x, d_y),
        tape: ignores_second_twin(x, y),
    }

    fn concrete_callee(x in -2.0..2.0, y in -2.0..2.0) -> f64 {
        f: callee(x, y),
        grad: grad_callee(x, y),
        into(d_x, d_y): grad_callee_into(x, y, d_x, d_y),
        tape: callee_twin(x, y),
    }

    fn calls_to_a_concrete_annotated_function(x in -1.5..1.5, y in -1.5..1.5) -> f64 {
        f: calls_concrete(x, y),
        grad: grad_calls_concrete(x, y),
        into(d_x, d_y): grad_calls_concrete_into(x, y, d_x, d_y),
        tape: calls_concrete_twin(x, y),
    }

    fn generic_callee_at_f64(x in 0.5..2.0, y in -2.0..2.0) -> f64 {
        f: generic_callee(x, y),
        grad: grad_generic_callee(x, y),
        into(d_x, d_y): grad_generic_callee_into(x, y, d_x, d_y),
        tape: generic_callee(x, y),
    }

    fn calls_to_a_generic_annotated_function(x in 0.5..2.0, y in -2.0..2.0) -> f64 {
        f: calls_generic(x, y),
        grad: grad_calls_generic(x, y),
        into(d_x, d_y): grad_calls_generic_into(x, y, d_x, d_y),
        tape: calls_generic_twin(x, y),
    }

    fn concrete_callee_in_a_module(x in -3.0..3.0) -> f64 {
        f: inner::g(x),
        grad: inner::grad_g(x),
        into(d_x): inner::grad_g_into(x, d_x),
        tape: inner::g_twin(x),
    }

    fn generic_callee_in_a_module(x in -3.0..3.0) -> f64 {
        f: inner::h(x),
        grad: inner::grad_h(x),
        into(d_x): inner::grad_h_into(x, d_x),
        tape: inner::h(x),
    }

    fn calls_through_a_module_path(x in -2.0..2.0, y in -2.0..2.0) -> f64 {
        f: calls_through_module(x, y),
        grad: grad_calls_through_module(x, y),
        into(d_x, d_y): grad_calls_through_module_into(x, y, d_x, d_y),
        tape: calls_through_module_twin(x, y),
    }

    fn generic_function_calling_generic_functions(x in 0.5..2.0, y in -2.0..2.0) -> f64 {
        f: generic_caller(x, y),
        grad: grad_generic_caller(x, y),
        into(d_x, d_y): grad_generic_caller_into(x, y, d_x, d_y),
        tape: generic_caller(x, y),
    }

    fn generic_function_calling_generic_functions_at_f32(x in 0.5..2.0, y in -2.0..2.0) -> f32 {
        f: generic_caller(x, y),
        grad: grad_generic_caller(x, y),
        into(d_x, d_y): grad_generic_caller_into(x, y, d_x, d_y),
        tape: generic_caller(x, y),
    }

    fn wrt_x_leaves_the_float_y_out(x in -2.0..2.0; y in -1.5..1.5) -> f64 {
        f: wrt_first(x, y),
        grad: grad_wrt_first(x, y),
        into(d_x): grad_wrt_first_into(x, y, d_x),
        tape: wrt_first_twin(x, Var::constant(y)),
    }

    fn wrt_x_z_leaves_the_middle_argument_of_a_generic_function_out(
        x in -2.0..2.0,
        z in -2.0..2.0;
        scale in 0.5..2.0
    ) -> f64 {
        f: wrt_generic(x, scale, z),
        grad: grad_wrt_generic(x, scale, z),
        into(d_x, d_z): grad_wrt_generic_into(x, scale, z, d_x, d_z),
        tape: wrt_generic(x, Var::constant(scale), z),
    }

    fn f32_methods(x in -1.0..1.0, y in 0.5..2.0) -> f32 {
        f: single_precision(x, y),
        grad: grad_single_precision(x, y),
        into(d_x, d_y): grad_single_precision_into(x, y, d_x, d_y),
        tape: single_precision_twin(x, y),
    }

    fn f32_paths_and_f32_consts(x in 0.5..2.0, y in 0.5..2.0) -> f32 {
        f: single_precision_paths(x, y),
        grad: grad_single_precision_paths(x, y),
        into(d_x, d_y): grad_single_precision_paths_into(x, y, d_x, d_y),
        tape: single_precision_paths_twin(x, y),
    }

    fn tape_mode_with_a_closure(x in -2.0..2.0, y in -2.0..2.0) -> f64 {
        f: tape_fold(x, y),
        grad: grad_tape_fold(x, y),
        into(d_x, d_y): grad_tape_fold_into(x, y, d_x, d_y),
        tape: tape_fold(x, y),
    }

    fn tape_mode_with_a_closure_at_f32(x in -2.0..2.0, y in -2.0..2.0) -> f32 {
        f: tape_fold(x, y),
        grad: grad_tape_fold(x, y),
        into(d_x, d_y): grad_tape_fold_into(x, y, d_x, d_y),
        tape: tape_fold(x, y),
    }

    fn tape_mode_with_recursion(x in -2.0..2.0) -> f64 {
        f: tape_recursive(x, 3),
        grad: grad_tape_recursive(x, 3),
        into(d_x): grad_tape_recursive_into(x, 3, d_x),
        tape: tape_recursive(x, 3),
    }
}

// ---------------------------------------------------------------------------------------
// The generated signatures and a few values known in closed form.
// ---------------------------------------------------------------------------------------

/// The shapes of SPEC §2.1: a scalar gradient for one active argument, a tuple in argument
/// order for several, `_into` taking one `&mut` buffer per active argument, constants
/// (integers, `bool`, `usize`, floats left out by `wrt`) getting none.
#[test]
#[allow(clippy::type_complexity)] // the spelled-out types are what this test checks
fn generated_signatures_follow_the_spec() {
    let _: fn(f64) -> (f64, f64) = grad_affine;
    let _: fn(f64, &mut f64) -> f64 = grad_affine_into;
    let _: fn(f64, f64) -> (f64, (f64, f64)) = grad_trig_methods;
    let _: fn(f64, f64, &mut f64, &mut f64) -> f64 = grad_trig_methods_into;
    let _: fn(f64, f64, f64) -> (f64, (f64, f64, f64)) = grad_two_argument_methods;
    let _: fn(f64, i32) -> (f64, f64) = grad_integer_arithmetic;
    let _: fn(f64, i32, &mut f64) -> f64 = grad_integer_arithmetic_into;
    let _: fn(f64, bool, usize) -> (f64, f64) = grad_constant_arguments;
    let _: fn(f64, f64) -> (f64, f64) = grad_wrt_first;
    let _: fn(f64, f64, &mut f64) -> f64 = grad_wrt_first_into;
    let _: fn(f64, f64, f64) -> (f64, (f64, f64)) = grad_wrt_generic::<f64>;
    let _: fn(f64, f64, f64, &mut f64, &mut f64) -> f64 = grad_wrt_generic_into::<f64>;
    let _: fn(f32, f32) -> (f32, (f32, f32)) = grad_single_precision;
    let _: fn(f32, f32, i32) -> (f32, (f32, f32)) = grad_generic_constants::<f32>;
    let _: fn(f64) -> (f64, f64) = inner::grad_g;
    let _: fn(f64, &mut f64) -> f64 = inner::grad_h_into::<f64>;
    let _: fn(f64, f64) -> (f64, (f64, f64)) = grad_tape_fold::<f64>;
    let _: fn(f64, u32) -> (f64, f64) = grad_tape_recursive::<f64>;
    let _: fn(f64, u32, &mut f64) -> f64 = grad_tape_recursive_into::<f64>;
}

#[test]
fn seed_example_has_value_three_and_gradient_two_at_zero() {
    assert_eq!(grad_affine(0.0), (3.0, 2.0));
    let mut d_x = 0.0;
    assert_eq!(grad_affine_into(0.0, &mut d_x), 3.0);
    assert_eq!(d_x, 2.0);
}

#[test]
fn wrt_gradient_matches_the_closed_form() {
    let (x, y) = (0.7, -1.3);
    let (value, d_x) = grad_wrt_first(x, y);
    assert_eq!(value, wrt_first(x, y));
    let expected = x.cos() * y + y.exp();
    assert!((d_x - expected).abs() < 1e-12, "{d_x} != {expected}");
}

#[test]
fn generic_gradient_matches_the_closed_form() {
    // d/dx, d/dy of x sin y + √(x² + y²).
    let (x, y) = (1.2, -0.4);
    let (_, (d_x, d_y)) = grad_generic_callee(x, y);
    let r = x.hypot(y);
    assert!((d_x - (y.sin() + x / r)).abs() < 1e-12);
    assert!((d_y - (x * y.cos() + y / r)).abs() < 1e-12);
}

#[test]
fn gradient_of_an_unused_argument_is_exactly_zero() {
    let (_, (d_x, d_y)) = grad_ignores_second(1.5, -0.5);
    assert_eq!(d_x, 3.0);
    assert_eq!(d_y, 0.0);
}
