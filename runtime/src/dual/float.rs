//! `num_traits` for [`Dual`], and with it forward mode's table of derivative rules: each
//! method computes its value with the plain float's method and its tangent from the
//! slope at that value.
//!
//! Choices at points where a derivative does not exist are the tape's
//! (`runtime/src/tape/float.rs`) and the generated code's: `abs` takes the right
//! derivative at 0 (`+1`); `max`/`min` take `self`'s tangent on a tie and the tangent of
//! the operand that is not NaN; `clamp` the tangent of the bound that binds, else
//! `self`'s; `floor`, `ceil`, `round`, `trunc` and `signum` have derivative 0, `fract`
//! derivative 1; `powf` gives 0 for the exponent's partial where the result is 0 and for
//! the base's where the exponent is 0.

use super::Dual;
use core::num::FpCategory;
use num_traits::{Float, Num, NumCast, One, ToPrimitive, Zero};

impl<T: Float> Zero for Dual<T> {
    /// The constant 0.
    #[inline]
    fn zero() -> Self {
        Dual::constant(T::zero())
    }
    /// Whether both the value and the tangent are 0: the additive identity. (`==` compares
    /// values only; this is what tells a zero that carries a derivative from one that
    /// does not, which the tape's reverse walk needs to skip only the second.)
    #[inline]
    fn is_zero(&self) -> bool {
        self.value.is_zero() && self.tangent.is_zero()
    }
}

impl<T: Float> One for Dual<T> {
    /// The constant 1.
    #[inline]
    fn one() -> Self {
        Dual::constant(T::one())
    }
}

impl<T: Float> Num for Dual<T> {
    type FromStrRadixErr = T::FromStrRadixErr;
    /// A constant.
    #[inline]
    fn from_str_radix(text: &str, radix: u32) -> Result<Self, Self::FromStrRadixErr> {
        T::from_str_radix(text, radix).map(Dual::constant)
    }
}

/// The value's conversions.
impl<T: Float> ToPrimitive for Dual<T> {
    #[inline]
    fn to_i64(&self) -> Option<i64> {
        self.value.to_i64()
    }
    #[inline]
    fn to_u64(&self) -> Option<u64> {
        self.value.to_u64()
    }
    #[inline]
    fn to_i128(&self) -> Option<i128> {
        self.value.to_i128()
    }
    #[inline]
    fn to_u128(&self) -> Option<u128> {
        self.value.to_u128()
    }
    #[inline]
    fn to_f32(&self) -> Option<f32> {
        self.value.to_f32()
    }
    #[inline]
    fn to_f64(&self) -> Option<f64> {
        self.value.to_f64()
    }
}

/// A number converted to a dual number is a constant.
impl<T: Float> NumCast for Dual<T> {
    #[inline]
    fn from<N: ToPrimitive>(n: N) -> Option<Self> {
        <T as NumCast>::from(n).map(Dual::constant)
    }
}

fn two<T: Float>() -> T {
    T::one() + T::one()
}

impl<T: Float> Float for Dual<T> {
    #[inline]
    fn nan() -> Self {
        Dual::constant(T::nan())
    }
    #[inline]
    fn infinity() -> Self {
        Dual::constant(T::infinity())
    }
    #[inline]
    fn neg_infinity() -> Self {
        Dual::constant(T::neg_infinity())
    }
    #[inline]
    fn neg_zero() -> Self {
        Dual::constant(T::neg_zero())
    }
    #[inline]
    fn min_value() -> Self {
        Dual::constant(T::min_value())
    }
    #[inline]
    fn min_positive_value() -> Self {
        Dual::constant(T::min_positive_value())
    }
    #[inline]
    fn epsilon() -> Self {
        Dual::constant(T::epsilon())
    }
    #[inline]
    fn max_value() -> Self {
        Dual::constant(T::max_value())
    }
    #[inline]
    fn is_nan(self) -> bool {
        self.value.is_nan()
    }
    #[inline]
    fn is_infinite(self) -> bool {
        self.value.is_infinite()
    }
    #[inline]
    fn is_finite(self) -> bool {
        self.value.is_finite()
    }
    #[inline]
    fn is_normal(self) -> bool {
        self.value.is_normal()
    }
    #[inline]
    fn is_subnormal(self) -> bool {
        self.value.is_subnormal()
    }
    #[inline]
    fn classify(self) -> FpCategory {
        self.value.classify()
    }
    #[inline]
    fn is_sign_positive(self) -> bool {
        self.value.is_sign_positive()
    }
    #[inline]
    fn is_sign_negative(self) -> bool {
        self.value.is_sign_negative()
    }
    #[inline]
    fn integer_decode(self) -> (u64, i16, i8) {
        self.value.integer_decode()
    }

    /// Piecewise constant: derivative 0.
    #[inline]
    fn floor(self) -> Self {
        self.unary(self.value.floor(), T::zero())
    }
    /// Piecewise constant: derivative 0.
    #[inline]
    fn ceil(self) -> Self {
        self.unary(self.value.ceil(), T::zero())
    }
    /// Piecewise constant: derivative 0.
    #[inline]
    fn round(self) -> Self {
        self.unary(self.value.round(), T::zero())
    }
    /// Piecewise constant: derivative 0.
    #[inline]
    fn trunc(self) -> Self {
        self.unary(self.value.trunc(), T::zero())
    }
    /// d(fract x)/dx = 1
    #[inline]
    fn fract(self) -> Self {
        self.unary(self.value.fract(), T::one())
    }
    /// d|x|/dx = −1 for x < 0, +1 otherwise (the right derivative at the kink, as on the
    /// tape)
    #[inline]
    fn abs(self) -> Self {
        let x = self.value;
        let slope = if x < T::zero() { -T::one() } else { T::one() };
        self.unary(x.abs(), slope)
    }
    /// Piecewise constant: derivative 0.
    #[inline]
    fn signum(self) -> Self {
        self.unary(self.value.signum(), T::zero())
    }
    /// d(x·a + b) = a·dx + x·da + db, the value rounded once like the plain float's
    /// `mul_add`
    #[inline]
    fn mul_add(self, a: Self, b: Self) -> Self {
        let value = self.value.mul_add(a.value, b.value);
        let product = self.binary(a, value, a.value, self.value);
        Dual::new(value, product.tangent + b.tangent)
    }
    /// d(1/x)/dx = −(1/x)²
    #[inline]
    fn recip(self) -> Self {
        let y = self.value.recip();
        self.unary(y, -y * y)
    }
    /// d(xⁿ)/dx = n·xⁿ⁻¹ (0 for n = 0)
    #[inline]
    fn powi(self, n: i32) -> Self {
        let slope = if n == 0 {
            T::zero()
        } else {
            T::from(n).unwrap() * self.value.powi(n - 1)
        };
        self.unary(self.value.powi(n), slope)
    }
    /// d(xʸ) = y·xʸ⁻¹·dx + xʸ·ln x·dy (the dx part is 0 where y = 0, the dy part where
    /// xʸ = 0)
    #[inline]
    fn powf(self, y: Self) -> Self {
        let x = self.value;
        let z = x.powf(y.value);
        let d_x = if y.value == T::zero() {
            T::zero()
        } else {
            y.value * x.powf(y.value - T::one())
        };
        let d_y = if z == T::zero() {
            T::zero()
        } else {
            z * x.ln()
        };
        self.binary(y, z, d_x, d_y)
    }
    /// d(√x)/dx = 1/(2√x)
    #[inline]
    fn sqrt(self) -> Self {
        let y = self.value.sqrt();
        self.unary(y, (two::<T>() * y).recip())
    }
    /// d(eˣ)/dx = eˣ
    #[inline]
    fn exp(self) -> Self {
        let y = self.value.exp();
        self.unary(y, y)
    }
    /// d(2ˣ)/dx = 2ˣ·ln 2
    #[inline]
    fn exp2(self) -> Self {
        let y = self.value.exp2();
        self.unary(y, y * T::from(core::f64::consts::LN_2).unwrap())
    }
    /// d(ln x)/dx = 1/x
    #[inline]
    fn ln(self) -> Self {
        self.unary(self.value.ln(), self.value.recip())
    }
    /// d(log_b x) = dx/(x·ln b) − log_b x·db/(b·ln b)
    #[inline]
    fn log(self, base: Self) -> Self {
        let (x, b) = (self.value, base.value);
        let ln_b = b.ln();
        let y = x.log(b);
        self.binary(base, y, (x * ln_b).recip(), -y / (b * ln_b))
    }
    /// d(log₂ x)/dx = 1/(x·ln 2)
    #[inline]
    fn log2(self) -> Self {
        let ln_2 = T::from(core::f64::consts::LN_2).unwrap();
        self.unary(self.value.log2(), (self.value * ln_2).recip())
    }
    /// d(log₁₀ x)/dx = 1/(x·ln 10)
    #[inline]
    fn log10(self) -> Self {
        let ln_10 = T::from(core::f64::consts::LN_10).unwrap();
        self.unary(self.value.log10(), (self.value * ln_10).recip())
    }
    /// The tangent of the larger operand; `self`'s on a tie; the one that is not NaN if
    /// one is
    #[inline]
    fn max(self, other: Self) -> Self {
        let value = self.value.max(other.value);
        if self.value >= other.value || other.value.is_nan() {
            self.with_value(value)
        } else {
            other.with_value(value)
        }
    }
    /// The tangent of the smaller operand; `self`'s on a tie; the one that is not NaN if
    /// one is
    #[inline]
    fn min(self, other: Self) -> Self {
        let value = self.value.min(other.value);
        if self.value <= other.value || other.value.is_nan() {
            self.with_value(value)
        } else {
            other.with_value(value)
        }
    }
    /// `min` below it, `max` above it, else `self` (a NaN `self` included), each with its
    /// own tangent: `num_traits`' default, which the tape keeps
    #[inline]
    fn clamp(self, min: Self, max: Self) -> Self {
        debug_assert!(min <= max, "min must be less than or equal to max");
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
    /// max(x − y, 0), by its parts
    #[allow(deprecated)]
    #[inline]
    fn abs_sub(self, other: Self) -> Self {
        (self - other).max(Dual::constant(T::zero()))
    }
    /// d(∛x)/dx = 1/(3·∛x²)
    #[inline]
    fn cbrt(self) -> Self {
        let y = self.value.cbrt();
        let three = T::from(3).unwrap();
        self.unary(y, (three * y * y).recip())
    }
    /// d√(x² + y²) = (x·dx + y·dy)/√(x² + y²)
    #[inline]
    fn hypot(self, other: Self) -> Self {
        let z = self.value.hypot(other.value);
        self.binary(other, z, self.value / z, other.value / z)
    }
    /// d(sin x)/dx = cos x
    #[inline]
    fn sin(self) -> Self {
        self.unary(self.value.sin(), self.value.cos())
    }
    /// d(cos x)/dx = −sin x
    #[inline]
    fn cos(self) -> Self {
        self.unary(self.value.cos(), -self.value.sin())
    }
    /// d(tan x)/dx = 1 + tan² x
    #[inline]
    fn tan(self) -> Self {
        let y = self.value.tan();
        self.unary(y, T::one() + y * y)
    }
    /// d(asin x)/dx = 1/√(1 − x²)
    #[inline]
    fn asin(self) -> Self {
        let x = self.value;
        self.unary(x.asin(), (T::one() - x * x).sqrt().recip())
    }
    /// d(acos x)/dx = −1/√(1 − x²)
    #[inline]
    fn acos(self) -> Self {
        let x = self.value;
        self.unary(x.acos(), -(T::one() - x * x).sqrt().recip())
    }
    /// d(atan x)/dx = 1/(1 + x²)
    #[inline]
    fn atan(self) -> Self {
        let x = self.value;
        self.unary(x.atan(), (T::one() + x * x).recip())
    }
    /// d atan2(y, x) = (x·dy − y·dx)/(x² + y²), with `self` as y
    #[inline]
    fn atan2(self, other: Self) -> Self {
        let (y, x) = (self.value, other.value);
        let r2 = x * x + y * y;
        self.binary(other, y.atan2(x), x / r2, -y / r2)
    }
    /// Both, each with its own rule
    #[inline]
    fn sin_cos(self) -> (Self, Self) {
        (self.sin(), self.cos())
    }
    /// d(eˣ − 1)/dx = eˣ
    #[inline]
    fn exp_m1(self) -> Self {
        self.unary(self.value.exp_m1(), self.value.exp())
    }
    /// d ln(1 + x)/dx = 1/(1 + x)
    #[inline]
    fn ln_1p(self) -> Self {
        self.unary(self.value.ln_1p(), (T::one() + self.value).recip())
    }
    /// d(sinh x)/dx = cosh x
    #[inline]
    fn sinh(self) -> Self {
        self.unary(self.value.sinh(), self.value.cosh())
    }
    /// d(cosh x)/dx = sinh x
    #[inline]
    fn cosh(self) -> Self {
        self.unary(self.value.cosh(), self.value.sinh())
    }
    /// d(tanh x)/dx = 1 − tanh² x
    #[inline]
    fn tanh(self) -> Self {
        let y = self.value.tanh();
        self.unary(y, T::one() - y * y)
    }
    /// d(asinh x)/dx = 1/√(x² + 1)
    #[inline]
    fn asinh(self) -> Self {
        let x = self.value;
        self.unary(x.asinh(), (x * x + T::one()).sqrt().recip())
    }
    /// d(acosh x)/dx = 1/√(x² − 1)
    #[inline]
    fn acosh(self) -> Self {
        let x = self.value;
        self.unary(x.acosh(), (x * x - T::one()).sqrt().recip())
    }
    /// d(atanh x)/dx = 1/(1 − x²)
    #[inline]
    fn atanh(self) -> Self {
        let x = self.value;
        self.unary(x.atanh(), (T::one() - x * x).recip())
    }
    /// Copies the sign with derivative ±1 (none along `sign`)
    #[inline]
    fn copysign(self, sign: Self) -> Self {
        let value = self.value.copysign(sign.value);
        let slope = if value.is_sign_negative() == self.value.is_sign_negative() {
            T::one()
        } else {
            -T::one()
        };
        self.unary(value, slope)
    }
    /// Multiplies by 180/π
    #[inline]
    fn to_degrees(self) -> Self {
        let factor = T::from(180.0 / core::f64::consts::PI).unwrap();
        self.unary(self.value.to_degrees(), factor)
    }
    /// Multiplies by π/180
    #[inline]
    fn to_radians(self) -> Self {
        let factor = T::from(core::f64::consts::PI / 180.0).unwrap();
        self.unary(self.value.to_radians(), factor)
    }
}
