//! [`Differentiable`]: values made of float scalars that a gradient and an optimizer can
//! treat as one flat vector (the JAX pytree idea).

use num_traits::Float;

use crate::dual::Dual;
use crate::shape_path;
use crate::tape::Var;

/// A value made of float scalars: the parameters of a model, and their gradient, which has
/// the same type (Swift's `TangentVector == Self`).
///
/// It is implemented for `f32` and `f64`, the tape's [`Var`], the dual number [`Dual`], arrays and nested arrays of
/// them, `Vec`s of them, and, through `#[derive(Differentiable)]` (exported by `gradus`),
/// for structs whose named fields are these. Every scalar of a value has the one float
/// type [`Scalar`](Differentiable::Scalar), and is visited in one fixed order: fields in
/// declaration order, arrays and `Vec`s by index. [`Optimizer::update`] steps such a value
/// as the flat vector of its scalars in that order.
///
/// [`Optimizer::update`]: crate::optim::Optimizer::update
///
/// ```
/// use gradus_runtime::Differentiable;
///
/// let w = vec![[1.0_f64, 2.0], [3.0, 4.0], [5.0, 6.0]];
/// assert_eq!(w.len(), 3); // Vec::len: three rows
/// assert_eq!(Differentiable::len(&w), 6); // six scalars
/// assert_eq!(w.zeros_like(), vec![[0.0; 2]; 3]);
///
/// let mut sum = 0.0;
/// w.for_each_scalar(&mut |s| sum += s);
/// assert_eq!(sum, 21.0);
/// ```
///
/// A struct can implement it by hand, delegating to its fields in declaration order and
/// naming the field in a shape mismatch with [`shape_path::nest`]; this is what the
/// derive writes:
///
/// ```
/// use gradus_runtime::{shape_path, Differentiable};
///
/// #[derive(Clone, Debug, PartialEq)]
/// struct Line {
///     slope: f64,
///     offsets: Vec<f64>,
/// }
///
/// impl Differentiable for Line {
///     type Scalar = f64;
///     fn zeros_like(&self) -> Self {
///         Line { slope: self.slope.zeros_like(), offsets: self.offsets.zeros_like() }
///     }
///     fn len(&self) -> usize {
///         self.slope.len() + self.offsets.len()
///     }
///     fn for_each_scalar<F: FnMut(f64)>(&self, visit: &mut F) {
///         self.slope.for_each_scalar(visit);
///         self.offsets.for_each_scalar(visit);
///     }
///     fn for_each_scalar_mut<F: FnMut(&mut f64)>(&mut self, visit: &mut F) {
///         self.slope.for_each_scalar_mut(visit);
///         self.offsets.for_each_scalar_mut(visit);
///     }
///     fn shape_mismatch(&self, other: &Self) -> Option<String> {
///         if let Some(detail) = self.slope.shape_mismatch(&other.slope) {
///             return Some(shape_path::nest("slope", detail));
///         }
///         if let Some(detail) = self.offsets.shape_mismatch(&other.offsets) {
///             return Some(shape_path::nest("offsets", detail));
///         }
///         None
///     }
/// }
///
/// let line = Line { slope: 2.0, offsets: vec![1.0, -1.0] };
/// assert_eq!(Differentiable::len(&line), 3);
/// let short = Line { slope: 0.0, offsets: vec![0.0] };
/// assert_eq!(
///     line.shape_mismatch(&short).as_deref(),
///     Some("`offsets` has length 1 where 2 was expected")
/// );
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not `Differentiable`",
    label = "not a float scalar, an array or `Vec` of them, or a #[derive(Differentiable)] struct",
    note = "parameters are float scalars (f32, f64, a `T: Float`), arrays and nested arrays of them, `Vec`s of them, and structs with #[derive(Differentiable)] whose fields are these"
)]
pub trait Differentiable: Clone {
    /// The float type of every scalar it holds.
    ///
    /// ```
    /// use gradus_runtime::Differentiable;
    ///
    /// fn first<D: Differentiable>(value: &D) -> Option<D::Scalar> {
    ///     let mut first = None;
    ///     value.for_each_scalar(&mut |s| {
    ///         first.get_or_insert(s);
    ///     });
    ///     first
    /// }
    ///
    /// let x: Option<f32> = first(&[[1.5_f32; 2]; 3]);
    /// assert_eq!(x, Some(1.5));
    /// ```
    type Scalar: Float;

    /// The same shape (`Vec` lengths kept), every scalar zero: a buffer to add gradients
    /// into.
    ///
    /// ```
    /// use gradus_runtime::Differentiable;
    ///
    /// let rows = vec![vec![1.0_f64; 2], vec![2.0; 3]];
    /// assert_eq!(rows.zeros_like(), vec![vec![0.0; 2], vec![0.0; 3]]);
    /// assert_eq!([4.0_f32; 2].zeros_like(), [0.0; 2]);
    /// ```
    fn zeros_like(&self) -> Self;

    /// How many scalars it holds.
    ///
    /// ```
    /// use gradus_runtime::Differentiable;
    ///
    /// assert_eq!(Differentiable::len(&2.0_f64), 1);
    /// assert_eq!(Differentiable::len(&[[0.0_f32; 8]; 16]), 128);
    /// assert_eq!(Differentiable::len(&vec![[0.0_f64; 2]; 5]), 10);
    /// ```
    fn len(&self) -> usize;

    /// Whether it holds no scalars at all (an empty `Vec`, say).
    ///
    /// ```
    /// use gradus_runtime::Differentiable;
    ///
    /// assert!(Differentiable::is_empty(&Vec::<f64>::new()));
    /// assert!(Differentiable::is_empty(&vec![[0.0_f64; 0]; 4]));
    /// assert!(!Differentiable::is_empty(&0.0_f64));
    /// ```
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Calls `visit` on every scalar, in a fixed order: fields in declaration order, arrays
    /// and `Vec`s by index.
    ///
    /// ```
    /// use gradus_runtime::Differentiable;
    ///
    /// let m = [[1.0_f64, 2.0], [3.0, 4.0]];
    /// let mut seen = Vec::new();
    /// m.for_each_scalar(&mut |s| seen.push(s));
    /// assert_eq!(seen, [1.0, 2.0, 3.0, 4.0]);
    /// ```
    fn for_each_scalar<F: FnMut(Self::Scalar)>(&self, visit: &mut F);

    /// Calls `visit` on every scalar mutably, in the order of
    /// [`for_each_scalar`](Differentiable::for_each_scalar).
    ///
    /// ```
    /// use gradus_runtime::Differentiable;
    ///
    /// let mut w = vec![1.0_f64, 2.0, 3.0];
    /// let mut k = 0.0;
    /// w.for_each_scalar_mut(&mut |s| {
    ///     k += 1.0;
    ///     *s *= k;
    /// });
    /// assert_eq!(w, [1.0, 4.0, 9.0]);
    /// ```
    fn for_each_scalar_mut<F: FnMut(&mut Self::Scalar)>(&mut self, visit: &mut F);

    /// Calls `visit` on runs of consecutive scalars that together are every scalar once, in
    /// the order of [`for_each_scalar`](Differentiable::for_each_scalar): an array or `Vec`
    /// of scalars is one run. Copying a struct's scalars run by run is a `memcpy` per
    /// field, where scalar by scalar it is a call per scalar.
    ///
    /// The default visits one scalar at a time; the derive and the implementations here
    /// give whole runs.
    ///
    /// ```
    /// use gradus_runtime::Differentiable;
    ///
    /// let m = vec![[1.0_f64, 2.0], [3.0, 4.0]];
    /// let mut runs = Vec::new();
    /// m.for_each_run(&mut |run| runs.push(run.to_vec()));
    /// assert_eq!(runs, [vec![1.0, 2.0], vec![3.0, 4.0]]);
    /// ```
    fn for_each_run<F: FnMut(&[Self::Scalar])>(&self, visit: &mut F) {
        self.for_each_scalar(&mut |scalar| visit(core::slice::from_ref(&scalar)));
    }

    /// Calls `visit` on runs of consecutive scalars mutably, as
    /// [`for_each_run`](Differentiable::for_each_run) does.
    ///
    /// ```
    /// use gradus_runtime::Differentiable;
    ///
    /// let mut w = [[1.0_f64; 3]; 2];
    /// w.for_each_run_mut(&mut |run| run.fill(0.5));
    /// assert_eq!(w, [[0.5; 3]; 2]);
    /// ```
    fn for_each_run_mut<F: FnMut(&mut [Self::Scalar])>(&mut self, visit: &mut F) {
        self.for_each_scalar_mut(&mut |scalar| visit(core::slice::from_mut(scalar)));
    }

    /// `items` as one run of scalars, when each item is a scalar; `None` otherwise. Arrays
    /// and `Vec`s ask their element type this to hand over their storage as one run.
    #[doc(hidden)]
    fn as_run(items: &[Self]) -> Option<&[Self::Scalar]>
    where
        Self: Sized,
    {
        let _ = items;
        None
    }

    /// [`as_run`](Differentiable::as_run), mutably.
    #[doc(hidden)]
    fn as_run_mut(items: &mut [Self]) -> Option<&mut [Self::Scalar]>
    where
        Self: Sized,
    {
        let _ = items;
        None
    }

    /// `None` when `other` has `self`'s shape; otherwise where and how it differs, as a
    /// path and both lengths, `self` being the expected one: "`layer.v` has length 3 where
    /// 4 was expected" (see [`shape_path`]).
    ///
    /// Only `Vec`s can differ in shape: scalars and arrays have one shape per type.
    ///
    /// ```
    /// use gradus_runtime::Differentiable;
    ///
    /// let expected = vec![vec![0.0_f64; 3], vec![0.0; 4]];
    /// assert_eq!(expected.shape_mismatch(&expected.zeros_like()), None);
    ///
    /// let other = vec![vec![0.0_f64; 3], vec![0.0; 2]];
    /// assert_eq!(
    ///     expected.shape_mismatch(&other).as_deref(),
    ///     Some("`[1]` has length 2 where 4 was expected")
    /// );
    /// assert_eq!(
    ///     expected.shape_mismatch(&vec![]).as_deref(),
    ///     Some("it has length 0 where 2 was expected")
    /// );
    /// ```
    fn shape_mismatch(&self, other: &Self) -> Option<String>;
}

macro_rules! float_scalar {
    ($($float:ty),*) => {$(
        /// A scalar parameter: one scalar, of its own type.
        impl Differentiable for $float {
            type Scalar = $float;

            #[inline]
            fn zeros_like(&self) -> Self {
                0.0
            }

            #[inline]
            fn len(&self) -> usize {
                1
            }

            #[inline]
            fn for_each_scalar<F: FnMut(Self::Scalar)>(&self, visit: &mut F) {
                visit(*self);
            }

            #[inline]
            fn for_each_scalar_mut<F: FnMut(&mut Self::Scalar)>(&mut self, visit: &mut F) {
                visit(self);
            }

            #[inline]
            fn as_run(items: &[Self]) -> Option<&[Self::Scalar]> {
                Some(items)
            }

            #[inline]
            fn as_run_mut(items: &mut [Self]) -> Option<&mut [Self::Scalar]> {
                Some(items)
            }

            #[inline]
            fn shape_mismatch(&self, _other: &Self) -> Option<String> {
                None
            }
        }
    )*};
}

float_scalar!(f32, f64);

/// A tape variable is a scalar parameter, so a generic struct (`Mlp<T>`) can be built of
/// [`Var`]s and run on the tape. Its zero is a constant, recorded nowhere.
///
/// ```
/// use gradus_runtime::{Differentiable, Tape, Var};
///
/// let tape = Tape::new();
/// let w: [Var; 2] = [tape.var(3.0), tape.var(4.0)];
/// let mut y = Var::constant(0.0);
/// w.for_each_scalar(&mut |s| y = y + s * s);
/// assert_eq!(tape.gradient(y, &w), vec![6.0, 8.0]);
///
/// let zeros = w.zeros_like();
/// assert!(zeros.iter().all(|z| z.is_constant() && z.value() == 0.0));
/// ```
impl<'t, T: Float> Differentiable for Var<'t, T> {
    type Scalar = Var<'t, T>;

    #[inline]
    fn zeros_like(&self) -> Self {
        Var::constant(T::zero())
    }

    #[inline]
    fn len(&self) -> usize {
        1
    }

    #[inline]
    fn for_each_scalar<F: FnMut(Self::Scalar)>(&self, visit: &mut F) {
        visit(*self);
    }

    #[inline]
    fn for_each_scalar_mut<F: FnMut(&mut Self::Scalar)>(&mut self, visit: &mut F) {
        visit(self);
    }

    #[inline]
    fn as_run(items: &[Self]) -> Option<&[Self::Scalar]> {
        Some(items)
    }

    #[inline]
    fn as_run_mut(items: &mut [Self]) -> Option<&mut [Self::Scalar]> {
        Some(items)
    }

    #[inline]
    fn shape_mismatch(&self, _other: &Self) -> Option<String> {
        None
    }
}

/// A dual number is a scalar parameter, so a generic struct (`Mlp<T>`) can be built of
/// [`Dual`]s and run in forward mode. Its zero is a constant (tangent 0).
///
/// ```
/// use gradus_runtime::{Differentiable, Dual};
///
/// // Seed the tangents with a direction v = (1, −1) and run generic code on the result.
/// let w = [Dual::new(3.0, 1.0), Dual::new(4.0, -1.0)];
/// let mut y = Dual::constant(0.0);
/// w.for_each_scalar(&mut |s| y = y + s * s);
/// // y = w₀² + w₁², so ∇y · v = 2·3 − 2·4.
/// assert_eq!((y.value(), y.tangent()), (25.0, -2.0));
///
/// let zeros = w.zeros_like();
/// assert!(zeros.iter().all(|z| z.value() == 0.0 && z.tangent() == 0.0));
/// ```
impl<T: Float> Differentiable for Dual<T> {
    type Scalar = Dual<T>;

    #[inline]
    fn zeros_like(&self) -> Self {
        Dual::constant(T::zero())
    }

    #[inline]
    fn len(&self) -> usize {
        1
    }

    #[inline]
    fn for_each_scalar<F: FnMut(Self::Scalar)>(&self, visit: &mut F) {
        visit(*self);
    }

    #[inline]
    fn for_each_scalar_mut<F: FnMut(&mut Self::Scalar)>(&mut self, visit: &mut F) {
        visit(self);
    }

    #[inline]
    fn as_run(items: &[Self]) -> Option<&[Self::Scalar]> {
        Some(items)
    }

    #[inline]
    fn as_run_mut(items: &mut [Self]) -> Option<&mut [Self::Scalar]> {
        Some(items)
    }

    #[inline]
    fn shape_mismatch(&self, _other: &Self) -> Option<String> {
        None
    }
}

/// An array of parameters, visited by index; its shape is its elements' (`[2]` names the
/// third in a shape mismatch).
///
/// ```
/// use gradus_runtime::Differentiable;
///
/// let w = [vec![1.0_f64; 2], vec![1.0; 3]];
/// assert_eq!(Differentiable::len(&w), 5);
/// let other = [vec![1.0_f64; 2], vec![1.0; 1]];
/// assert_eq!(
///     w.shape_mismatch(&other).as_deref(),
///     Some("`[1]` has length 1 where 3 was expected")
/// );
/// ```
impl<D: Differentiable, const N: usize> Differentiable for [D; N] {
    type Scalar = D::Scalar;

    fn zeros_like(&self) -> Self {
        core::array::from_fn(|i| self[i].zeros_like())
    }

    fn len(&self) -> usize {
        self.iter().map(D::len).sum()
    }

    fn for_each_scalar<F: FnMut(Self::Scalar)>(&self, visit: &mut F) {
        for element in self {
            element.for_each_scalar(visit);
        }
    }

    fn for_each_scalar_mut<F: FnMut(&mut Self::Scalar)>(&mut self, visit: &mut F) {
        for element in self {
            element.for_each_scalar_mut(visit);
        }
    }

    fn for_each_run<F: FnMut(&[Self::Scalar])>(&self, visit: &mut F) {
        match D::as_run(&self[..]) {
            Some(run) => visit(run),
            None => self.iter().for_each(|element| element.for_each_run(visit)),
        }
    }

    fn for_each_run_mut<F: FnMut(&mut [Self::Scalar])>(&mut self, visit: &mut F) {
        match D::as_run_mut(&mut self[..]) {
            Some(run) => visit(run),
            None => self
                .iter_mut()
                .for_each(|element| element.for_each_run_mut(visit)),
        }
    }

    fn shape_mismatch(&self, other: &Self) -> Option<String> {
        elements_mismatch(self, other)
    }
}

/// A `Vec` of parameters, visited by index; its shape is its length and its elements'.
///
/// ```
/// use gradus_runtime::Differentiable;
///
/// let w = vec![[1.0_f64; 3]; 2];
/// assert_eq!(Differentiable::len(&w), 6);
/// assert_eq!(w.zeros_like(), vec![[0.0; 3]; 2]);
/// assert_eq!(
///     w.shape_mismatch(&vec![[0.0; 3]; 5]).as_deref(),
///     Some("it has length 5 where 2 was expected")
/// );
/// ```
impl<D: Differentiable> Differentiable for Vec<D> {
    type Scalar = D::Scalar;

    fn zeros_like(&self) -> Self {
        self.iter().map(D::zeros_like).collect()
    }

    fn len(&self) -> usize {
        self.iter().map(D::len).sum()
    }

    fn for_each_scalar<F: FnMut(Self::Scalar)>(&self, visit: &mut F) {
        for element in self {
            element.for_each_scalar(visit);
        }
    }

    fn for_each_scalar_mut<F: FnMut(&mut Self::Scalar)>(&mut self, visit: &mut F) {
        for element in self {
            element.for_each_scalar_mut(visit);
        }
    }

    fn for_each_run<F: FnMut(&[Self::Scalar])>(&self, visit: &mut F) {
        match D::as_run(&self[..]) {
            Some(run) => visit(run),
            None => self.iter().for_each(|element| element.for_each_run(visit)),
        }
    }

    fn for_each_run_mut<F: FnMut(&mut [Self::Scalar])>(&mut self, visit: &mut F) {
        match D::as_run_mut(&mut self[..]) {
            Some(run) => visit(run),
            None => self
                .iter_mut()
                .for_each(|element| element.for_each_run_mut(visit)),
        }
    }

    fn shape_mismatch(&self, other: &Self) -> Option<String> {
        if self.len() != other.len() {
            return Some(shape_path::length_mismatch(self.len(), other.len()));
        }
        elements_mismatch(self, other)
    }
}

/// The first mismatch between elements of the same index, named by the index.
fn elements_mismatch<D: Differentiable>(expected: &[D], other: &[D]) -> Option<String> {
    expected
        .iter()
        .zip(other)
        .enumerate()
        .find_map(|(i, (expected, other))| {
            let detail = expected.shape_mismatch(other)?;
            Some(shape_path::nest(&format!("[{i}]"), detail))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tape::Tape;

    fn scalars<D: Differentiable>(value: &D) -> Vec<D::Scalar> {
        let mut all = Vec::new();
        value.for_each_scalar(&mut |s| all.push(s));
        all
    }

    #[test]
    fn floats_are_one_scalar_each() {
        assert_eq!(Differentiable::len(&1.5_f64), 1);
        assert_eq!(Differentiable::len(&1.5_f32), 1);
        assert_eq!(2.5_f64.zeros_like(), 0.0);
        assert_eq!(scalars(&2.5_f32), [2.5]);
        let mut x = 2.0_f64;
        x.for_each_scalar_mut(&mut |s| *s = -*s);
        assert_eq!(x, -2.0);
        assert_eq!(1.0_f64.shape_mismatch(&2.0), None);
    }

    #[test]
    fn zeros_of_a_negative_float_are_positive_zero() {
        assert!((-3.0_f64).zeros_like().is_sign_positive());
    }

    #[test]
    fn nested_arrays_visit_row_by_row() {
        let m = [[1.0_f64, 2.0, 3.0], [4.0, 5.0, 6.0]];
        assert_eq!(Differentiable::len(&m), 6);
        assert_eq!(scalars(&m), [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
        assert_eq!(m.zeros_like(), [[0.0; 3]; 2]);
        assert_eq!(m.shape_mismatch(&[[0.0; 3]; 2]), None);
        let mut m = m;
        let mut order = 0.0;
        m.for_each_scalar_mut(&mut |s| {
            order += 1.0;
            *s = order * 10.0;
        });
        assert_eq!(m, [[10.0, 20.0, 30.0], [40.0, 50.0, 60.0]]);
    }

    #[test]
    fn vecs_keep_their_lengths_in_zeros_like() {
        let ragged = vec![vec![1.0_f64], vec![], vec![2.0, 3.0, 4.0]];
        let zeros = ragged.zeros_like();
        assert_eq!(zeros, vec![vec![0.0], vec![], vec![0.0; 3]]);
        assert_eq!(Differentiable::len(&ragged), 4);
        assert_eq!(scalars(&ragged), [1.0, 2.0, 3.0, 4.0]);
        assert!(!Differentiable::is_empty(&ragged));
        assert!(Differentiable::is_empty(&vec![Vec::<f64>::new(); 3]));
    }

    #[test]
    fn a_vec_of_another_length_is_named_with_both_lengths() {
        let expected = vec![0.0_f64; 4];
        assert_eq!(
            expected.shape_mismatch(&vec![0.0; 3]).as_deref(),
            Some("it has length 3 where 4 was expected")
        );
        assert_eq!(expected.shape_mismatch(&vec![1.0; 4]), None);
    }

    #[test]
    fn nested_mismatches_name_the_index_path() {
        let expected = [vec![vec![0.0_f64; 2]; 2], vec![vec![0.0; 2], vec![0.0; 5]]];
        let other = [vec![vec![0.0_f64; 2]; 2], vec![vec![0.0; 2], vec![0.0; 4]]];
        assert_eq!(
            expected.shape_mismatch(&other).as_deref(),
            Some("`[1][1]` has length 4 where 5 was expected")
        );
        // The first mismatch in visiting order is the one reported.
        let other = [vec![vec![0.0_f64; 2]; 3], vec![vec![0.0; 2], vec![0.0; 4]]];
        assert_eq!(
            expected.shape_mismatch(&other).as_deref(),
            Some("`[0]` has length 3 where 2 was expected")
        );
    }

    #[test]
    fn equal_total_lengths_can_still_differ_in_shape() {
        let expected = vec![vec![0.0_f64; 3], vec![0.0; 1]];
        let other = vec![vec![0.0_f64; 1], vec![0.0; 3]];
        assert_eq!(Differentiable::len(&expected), Differentiable::len(&other));
        assert_eq!(
            expected.shape_mismatch(&other).as_deref(),
            Some("`[0]` has length 1 where 3 was expected")
        );
    }

    #[test]
    fn tape_variables_are_scalars_with_constant_zeros() {
        let tape = Tape::new();
        let w = vec![tape.var(1.0), tape.var(2.0)];
        let recorded = tape.len();
        let zeros = w.zeros_like();
        assert_eq!(tape.len(), recorded, "zeros_like recorded something");
        assert!(zeros.iter().all(|z| z.is_constant() && z.value() == 0.0));
        assert_eq!(Differentiable::len(&w), 2);

        let mut y = Var::constant(0.0);
        w.for_each_scalar(&mut |s| y += 3.0 * s);
        assert_eq!(tape.gradient(y, &w), vec![3.0, 3.0]);
        assert_eq!(w.shape_mismatch(&zeros), None);
    }

    #[test]
    fn f32_arrays_have_f32_scalars() {
        fn sum<D: Differentiable>(value: &D) -> D::Scalar {
            let mut total = <D::Scalar as num_traits::Zero>::zero();
            value.for_each_scalar(&mut |s| total = total + s);
            total
        }
        let total: f32 = sum(&[[0.5_f32; 4]; 2]);
        assert_eq!(total, 4.0);
    }
}
