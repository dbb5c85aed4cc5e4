//! Forward mode: the dual number [`Dual`], a value carried together with its derivative
//! along one direction.

mod float;
mod ops;

use num_traits::Float;

/// A dual number `value + tangent·ε` (with `ε² = 0`): a value together with its derivative
/// along one direction, the forward mode of automatic differentiation.
///
/// `Dual` implements [`num_traits::Float`], so generic code written for `T: Float` runs on
/// it unchanged; every operation computes its value exactly as the plain float does and
/// its tangent by the chain rule, `tangent = f′(value) · tangent`. Seeding an argument with
/// tangent 1 (and the others with 0) gives the partial derivative along that argument;
/// seeding them with a vector `v` gives the directional derivative `∇f · v` in one pass.
/// Like the tape's [`Var`](crate::Var), it mixes with plain floats on both sides
/// (`2.0 * x + 3.0`), a plain float being a constant (tangent 0).
///
/// Comparisons (`==`, `<`, …) look at the values alone, as [`Var`](crate::Var)'s do, so
/// generic code takes the same branches on `Dual`s as on the floats they stand for.
/// [`Zero::is_zero`](num_traits::Zero::is_zero) alone asks for both parts: it holds for
/// the additive identity `0 + 0·ε` only.
///
/// At points where a derivative does not exist the tangent follows the choices of the
/// tape (and of the generated code): `abs` takes slope +1 at 0; `max` and `min` take the
/// whole tangent of `self` on a tie and of the operand that is not NaN when one is;
/// `clamp` the tangent of the bound that binds, else of `self`; `floor`, `ceil`, `round`,
/// `trunc` and `signum` have slope 0 and `fract` slope 1; `powf` takes no tangent from the
/// exponent where the result is 0, nor from the base where the exponent is 0, and `powi(0)`
/// has slope 0. A zero tangent stays zero whatever the slope, so a constant is still a
/// constant after `sqrt` at 0 or `ln` of a negative number, as the tape records nothing
/// for constants.
///
/// ```
/// use gradus_runtime::{Dual, Float};
///
/// fn f<T: Float>(x: T, y: T) -> T {
///     x * x * y + y.sin()
/// }
///
/// // ∂f/∂x at (3, 2): seed x with tangent 1 and y with 0.
/// let d = f(Dual::new(3.0, 1.0), Dual::new(2.0, 0.0));
/// assert_eq!(d.value(), f(3.0, 2.0));
/// assert_eq!(d.tangent(), 2.0 * 3.0 * 2.0);
///
/// // The directional derivative along (1, −1): ∇f · v.
/// let d = f(Dual::new(3.0, 1.0), Dual::new(2.0, -1.0));
/// assert!((d.tangent() - (12.0 - (9.0 + 2.0_f64.cos()))).abs() < 1e-12);
///
/// // Plain floats mix in as constants. (`Dual` alone is `Dual<f64>`: a literal such as
/// // `2.0` on the left needs the float type known, and `Dual::new(0.0, 1.0)` alone
/// // leaves it open between `f32` and `f64`.)
/// let x: Dual = Dual::new(0.0, 1.0);
/// let y = 2.0 * x + 3.0;
/// assert_eq!((y.value(), y.tangent()), (3.0, 2.0));
/// ```
///
/// The tape runs on it too: on a `Tape<Dual<f64>>` the gradient's tangents are the
/// derivative of the gradient along the seeded direction, a Hessian-vector product by
/// forward mode over reverse.
///
/// ```
/// use gradus_runtime::{Dual, Float, Tape};
///
/// // f(x, y) = x²·y + eʸ: ∇f = (2xy, x² + eʸ), H = [[2y, 2x], [2x, eʸ]].
/// let tape = Tape::<Dual<f64>>::default();
/// let (x, y) = (tape.var(Dual::new(3.0, 1.0)), tape.var(Dual::new(2.0, 0.0)));
/// let z = x * x * y + y.exp();
/// let g = tape.gradient(z, &[x, y]);
/// assert_eq!([g[0].value(), g[1].value()], [12.0, 9.0 + 2.0_f64.exp()]);
/// // H · (1, 0), the first column of the Hessian.
/// assert_eq!([g[0].tangent(), g[1].tangent()], [4.0, 6.0]);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Dual<T = f64> {
    value: T,
    tangent: T,
}

impl<T: Float> Dual<T> {
    /// A dual number with this value and this tangent (its derivative along the direction
    /// being followed).
    ///
    /// ```
    /// use gradus_runtime::{Dual, Float};
    ///
    /// let x = Dual::new(0.5, 1.0); // the variable itself: dx/dx = 1
    /// let y = x.exp();
    /// assert_eq!(y.value(), 0.5_f64.exp());
    /// assert_eq!(y.tangent(), 0.5_f64.exp());
    /// ```
    #[inline]
    pub fn new(value: T, tangent: T) -> Self {
        Dual { value, tangent }
    }

    /// A constant: tangent 0, so it contributes nothing to any derivative. A plain float
    /// mixed into arithmetic with a `Dual`, and every float made by `Float` or `NumCast`
    /// (`NumCast::from(2)`, `Dual::epsilon()`), is one.
    ///
    /// ```
    /// use gradus_runtime::Dual;
    ///
    /// let x = Dual::new(4.0, 1.0);
    /// let y = x * Dual::constant(0.5);
    /// assert_eq!((y.value(), y.tangent()), (2.0, 0.5));
    /// assert_eq!(Dual::constant(7.0).tangent(), 0.0);
    /// ```
    #[inline]
    pub fn constant(value: T) -> Self {
        Dual::new(value, T::zero())
    }

    /// The value, which is exactly what the same code computes on plain floats.
    ///
    /// ```
    /// use gradus_runtime::{Dual, Float};
    ///
    /// let y = Dual::new(2.0, 1.0).sqrt();
    /// assert_eq!(y.value(), 2.0_f64.sqrt());
    /// ```
    #[inline]
    pub fn value(&self) -> T {
        self.value
    }

    /// The tangent: the derivative of the value along the direction the inputs were
    /// seeded with.
    ///
    /// ```
    /// use gradus_runtime::Dual;
    ///
    /// let x = Dual::new(3.0, 1.0);
    /// assert_eq!((x * x).tangent(), 6.0);
    /// ```
    #[inline]
    pub fn tangent(&self) -> T {
        self.tangent
    }

    /// The Euclidean quotient, as `f64::div_euclid` computes it: a whole number, so its
    /// tangent is 0 (as the derivative of `floor` is, between its steps).
    ///
    /// ```
    /// use gradus_runtime::Dual;
    ///
    /// let q = Dual::new(-7.5, 1.0).div_euclid(Dual::constant(2.0));
    /// assert_eq!((q.value(), q.tangent()), ((-7.5_f64).div_euclid(2.0), 0.0));
    /// ```
    #[inline]
    pub fn div_euclid(self, other: Self) -> Self {
        Dual::constant(euclid_quotient(self.value, other.value))
    }

    /// The least non-negative remainder, as `f64::rem_euclid` computes it; its tangent is
    /// `da − q·db` with `q` the Euclidean quotient.
    ///
    /// ```
    /// use gradus_runtime::Dual;
    ///
    /// let r = Dual::new(-7.5, 1.0).rem_euclid(Dual::new(2.0, 1.0));
    /// assert_eq!(r.value(), (-7.5_f64).rem_euclid(2.0));
    /// assert_eq!(r.tangent(), 1.0 - (-7.5_f64).div_euclid(2.0));
    /// ```
    #[inline]
    pub fn rem_euclid(self, other: Self) -> Self {
        let remainder = self.value % other.value;
        let value = if remainder < T::zero() {
            remainder + other.value.abs()
        } else {
            remainder
        };
        let quotient = euclid_quotient(self.value, other.value);
        Dual::new(value, self.tangent - quotient * other.tangent)
    }

    /// The result of a one-operand operation with value `value` and derivative `slope`.
    #[inline]
    fn unary(self, value: T, slope: T) -> Self {
        Dual::new(value, times(slope, self.tangent))
    }

    /// The result of a two-operand operation with value `value` and partial derivatives
    /// `d_self`, `d_other`.
    #[inline]
    fn binary(self, other: Self, value: T, d_self: T, d_other: T) -> Self {
        let tangent = times(d_self, self.tangent) + times(d_other, other.tangent);
        Dual::new(value, tangent)
    }

    /// The same tangent with the value `value`: the result of an operation that picks one
    /// operand, such as `max`.
    #[inline]
    fn with_value(self, value: T) -> Self {
        Dual { value, ..self }
    }
}

/// `slope · tangent`, except that a zero tangent stays zero where the slope is infinite or
/// NaN (`sqrt` at 0, `ln` below 0): a constant stays a constant, as on the tape, which
/// records nothing for constants. Where the slope is finite the product is taken as it is,
/// so that a tangent whose value is 0 but which carries derivatives of its own (a `Dual`
/// over tape variables, or over `Dual`s) passes them on.
/// Written as a product and a select rather than a branch around the product, which a
/// compiler can turn into straight-line code.
#[inline]
fn times<T: Float>(slope: T, tangent: T) -> T {
    let product = slope * tangent;
    let constant = (tangent == T::zero()) & !slope.is_finite();
    if constant {
        T::zero()
    } else {
        product
    }
}

/// `a.div_euclid(b)` for any `Float`, as the standard library computes it for `f64`.
fn euclid_quotient<T: Float>(a: T, b: T) -> T {
    let quotient = (a / b).trunc();
    if a % b < T::zero() {
        if b > T::zero() {
            quotient - T::one()
        } else {
            quotient + T::one()
        }
    } else {
        quotient
    }
}
