//! Operator traits for [`Var`]: arithmetic with variables and plain floats on either
//! side, compound assignment, comparisons by value, sums and products.

use super::Var;
use core::cmp::Ordering;
use core::fmt;
use core::iter::{Product, Sum};
use core::ops::SubAssign;
use core::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Rem, RemAssign, Sub};
use num_traits::Float;

impl<'t, T: Float> Add for Var<'t, T> {
    type Output = Self;
    /// d(a + b) = da + db
    #[inline]
    fn add(self, other: Self) -> Self {
        self.binary(other, self.value + other.value, T::one(), T::one())
    }
}

impl<'t, T: Float> Sub for Var<'t, T> {
    type Output = Self;
    /// d(a − b) = da − db
    #[inline]
    fn sub(self, other: Self) -> Self {
        self.binary(other, self.value - other.value, T::one(), -T::one())
    }
}

impl<'t, T: Float> Mul for Var<'t, T> {
    type Output = Self;
    /// d(a · b) = b·da + a·db
    #[inline]
    fn mul(self, other: Self) -> Self {
        self.binary(other, self.value * other.value, other.value, self.value)
    }
}

impl<'t, T: Float> Div for Var<'t, T> {
    type Output = Self;
    /// d(a / b) = da/b − (a/b)·db/b
    #[inline]
    fn div(self, other: Self) -> Self {
        let quotient = self.value / other.value;
        let d_other = -quotient / other.value;
        self.binary(other, quotient, other.value.recip(), d_other)
    }
}

impl<'t, T: Float> Rem for Var<'t, T> {
    type Output = Self;
    /// d(a % b) = da − trunc(a/b)·db
    #[inline]
    fn rem(self, other: Self) -> Self {
        let d_other = -(self.value / other.value).trunc();
        self.binary(other, self.value % other.value, T::one(), d_other)
    }
}

impl<'t, T: Float> Neg for Var<'t, T> {
    type Output = Self;
    /// d(−a) = −da
    #[inline]
    fn neg(self) -> Self {
        self.unary(-self.value, -T::one())
    }
}

macro_rules! with_plain_float {
    ($($Op:ident $op:ident $OpAssign:ident $op_assign:ident),*) => {$(
        impl<'t, T: Float> $Op<T> for Var<'t, T> {
            type Output = Self;
            fn $op(self, other: T) -> Self {
                $Op::$op(self, Var::constant(other))
            }
        }
        impl<'t, T: Float> $OpAssign for Var<'t, T> {
            fn $op_assign(&mut self, other: Self) {
                *self = $Op::$op(*self, other);
            }
        }
        impl<'t, T: Float> $OpAssign<T> for Var<'t, T> {
            fn $op_assign(&mut self, other: T) {
                *self = $Op::$op(*self, Var::constant(other));
            }
        }
        impl<'t> $Op<Var<'t, f64>> for f64 {
            type Output = Var<'t, f64>;
            fn $op(self, other: Var<'t, f64>) -> Var<'t, f64> {
                $Op::$op(Var::constant(self), other)
            }
        }
        impl<'t> $Op<Var<'t, f32>> for f32 {
            type Output = Var<'t, f32>;
            fn $op(self, other: Var<'t, f32>) -> Var<'t, f32> {
                $Op::$op(Var::constant(self), other)
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

impl<'t, T: Float> Sum for Var<'t, T> {
    #[inline]
    fn sum<I: Iterator<Item = Self>>(iter: I) -> Self {
        iter.fold(Var::constant(T::zero()), Add::add)
    }
}

impl<'a, 't, T: Float> Sum<&'a Var<'t, T>> for Var<'t, T> {
    #[inline]
    fn sum<I: Iterator<Item = &'a Self>>(iter: I) -> Self {
        iter.copied().sum()
    }
}

impl<'t, T: Float> Product for Var<'t, T> {
    #[inline]
    fn product<I: Iterator<Item = Self>>(iter: I) -> Self {
        iter.fold(Var::constant(T::one()), Mul::mul)
    }
}

impl<'a, 't, T: Float> Product<&'a Var<'t, T>> for Var<'t, T> {
    #[inline]
    fn product<I: Iterator<Item = &'a Self>>(iter: I) -> Self {
        iter.copied().product()
    }
}

/// Variables compare by value, as the floats they stand for.
impl<'t, T: Float> PartialEq for Var<'t, T> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<'t, T: Float> PartialOrd for Var<'t, T> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.value.partial_cmp(&other.value)
    }
}

impl<'t, T: Float> PartialEq<T> for Var<'t, T> {
    #[inline]
    fn eq(&self, other: &T) -> bool {
        self.value == *other
    }
}

impl<'t, T: Float> PartialOrd<T> for Var<'t, T> {
    #[inline]
    fn partial_cmp(&self, other: &T) -> Option<Ordering> {
        self.value.partial_cmp(other)
    }
}

impl<'t, T: Float + fmt::Debug> fmt::Debug for Var<'t, T> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("Var");
        out.field("value", &self.value);
        match self.tape {
            Some(_) => out.field("index", &self.index),
            None => out.field("constant", &true),
        };
        out.finish()
    }
}

impl<'t, T: Float + fmt::Display> fmt::Display for Var<'t, T> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.value, f)
    }
}
