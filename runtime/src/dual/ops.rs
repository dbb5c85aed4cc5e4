//! Operator traits for [`Dual`]: arithmetic with dual numbers and plain floats on either
//! side, compound assignment, comparisons by value, sums and products, formatting.

use super::Dual;
use core::cmp::Ordering;
use core::fmt;
use core::iter::{Product, Sum};
use core::ops::SubAssign;
use core::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Rem, RemAssign, Sub};
use num_traits::Float;

impl<T: Float> Add for Dual<T> {
    type Output = Self;
    /// d(a + b) = da + db
    #[inline]
    fn add(self, other: Self) -> Self {
        Dual::new(self.value + other.value, self.tangent + other.tangent)
    }
}

impl<T: Float> Sub for Dual<T> {
    type Output = Self;
    /// d(a − b) = da − db
    #[inline]
    fn sub(self, other: Self) -> Self {
        Dual::new(self.value - other.value, self.tangent - other.tangent)
    }
}

impl<T: Float> Mul for Dual<T> {
    type Output = Self;
    /// d(a · b) = b·da + a·db
    #[inline]
    fn mul(self, other: Self) -> Self {
        self.binary(other, self.value * other.value, other.value, self.value)
    }
}

impl<T: Float> Div for Dual<T> {
    type Output = Self;
    /// d(a / b) = da/b − (a/b)·db/b
    #[inline]
    fn div(self, other: Self) -> Self {
        let quotient = self.value / other.value;
        let d_other = -quotient / other.value;
        self.binary(other, quotient, other.value.recip(), d_other)
    }
}

impl<T: Float> Rem for Dual<T> {
    type Output = Self;
    /// d(a % b) = da − trunc(a/b)·db
    #[inline]
    fn rem(self, other: Self) -> Self {
        let d_other = -(self.value / other.value).trunc();
        self.binary(other, self.value % other.value, T::one(), d_other)
    }
}

impl<T: Float> Neg for Dual<T> {
    type Output = Self;
    /// d(−a) = −da
    #[inline]
    fn neg(self) -> Self {
        Dual::new(-self.value, -self.tangent)
    }
}

macro_rules! with_plain_float {
    ($($Op:ident $op:ident $OpAssign:ident $op_assign:ident),*) => {$(
        impl<T: Float> $Op<T> for Dual<T> {
            type Output = Self;
            #[inline]
            fn $op(self, other: T) -> Self {
                $Op::$op(self, Dual::constant(other))
            }
        }
        impl<T: Float> $OpAssign for Dual<T> {
            #[inline]
            fn $op_assign(&mut self, other: Self) {
                *self = $Op::$op(*self, other);
            }
        }
        impl<T: Float> $OpAssign<T> for Dual<T> {
            #[inline]
            fn $op_assign(&mut self, other: T) {
                *self = $Op::$op(*self, Dual::constant(other));
            }
        }
        impl $Op<Dual<f64>> for f64 {
            type Output = Dual<f64>;
            #[inline]
            fn $op(self, other: Dual<f64>) -> Dual<f64> {
                $Op::$op(Dual::constant(self), other)
            }
        }
        impl $Op<Dual<f32>> for f32 {
            type Output = Dual<f32>;
            #[inline]
            fn $op(self, other: Dual<f32>) -> Dual<f32> {
                $Op::$op(Dual::constant(self), other)
            }
        }
    )*};
}

with_plain_float!(
    Add add AddAssign add_assign,
    Sub sub SubAssign sub_assign,
    Mul mul MulAssign mul_assign,
    Div div DivAssign div_assign,
    Rem rem RemAssign rem_assign
);

impl<T: Float> Sum for Dual<T> {
    #[inline]
    fn sum<I: Iterator<Item = Self>>(iter: I) -> Self {
        iter.fold(Dual::constant(T::zero()), Add::add)
    }
}

impl<'a, T: Float> Sum<&'a Dual<T>> for Dual<T> {
    #[inline]
    fn sum<I: Iterator<Item = &'a Self>>(iter: I) -> Self {
        iter.copied().sum()
    }
}

impl<T: Float> Product for Dual<T> {
    #[inline]
    fn product<I: Iterator<Item = Self>>(iter: I) -> Self {
        iter.fold(Dual::constant(T::one()), Mul::mul)
    }
}

impl<'a, T: Float> Product<&'a Dual<T>> for Dual<T> {
    #[inline]
    fn product<I: Iterator<Item = &'a Self>>(iter: I) -> Self {
        iter.copied().product()
    }
}

/// Dual numbers compare by value, as the floats they stand for: the tangents are not
/// looked at, so branches take the same path as on plain floats.
impl<T: Float> PartialEq for Dual<T> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

/// By value, as [`PartialEq`].
impl<T: Float> PartialOrd for Dual<T> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.value.partial_cmp(&other.value)
    }
}

impl<T: Float> PartialEq<T> for Dual<T> {
    #[inline]
    fn eq(&self, other: &T) -> bool {
        self.value == *other
    }
}

impl<T: Float> PartialOrd<T> for Dual<T> {
    #[inline]
    fn partial_cmp(&self, other: &T) -> Option<Ordering> {
        self.value.partial_cmp(other)
    }
}

macro_rules! plain_float_compared {
    ($($float:ty),*) => {$(
        /// A plain float compared with a dual number's value (`0.0 < x`), as the other way
        /// round.
        impl PartialEq<Dual<$float>> for $float {
            #[inline]
            fn eq(&self, other: &Dual<$float>) -> bool {
                *self == other.value
            }
        }

        impl PartialOrd<Dual<$float>> for $float {
            #[inline]
            fn partial_cmp(&self, other: &Dual<$float>) -> Option<Ordering> {
                self.partial_cmp(&other.value)
            }
        }
    )*};
}

plain_float_compared!(f32, f64);

/// The value alone, formatted as the plain float (precision and width apply); `{:?}`
/// shows both parts.
impl<T: Float + fmt::Display> fmt::Display for Dual<T> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.value, f)
    }
}
