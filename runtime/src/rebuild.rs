//! [`Rebuild`]: a value of float scalars rebuilt over another float type, scalar by scalar,
//! as tape mode rebuilds a parameter struct `Mlp<T>` over the tape's variables.

use num_traits::Float;

use crate::dual::Dual;
use crate::tape::Var;

/// A value of float scalars rebuilt over another float type `U`, scalar by scalar: a
/// generic parameter struct `Mlp<T>` becomes `Mlp<U>`, an array `[T; N]` becomes `[U; N]`,
/// an `f64` becomes a `U`.
///
/// [`rebuild`](Rebuild::rebuild) calls `f` on every scalar in the order of
/// [`Differentiable::for_each_scalar`](crate::Differentiable::for_each_scalar) (fields in
/// declaration order, arrays and `Vec`s by index) and keeps the shape: `Vec` lengths are
/// kept, and for the types this crate and `#[derive(Differentiable)]` implement it for,
/// the output is [`Differentiable`](crate::Differentiable) with scalars of type `U`.
///
/// `#[derive(Differentiable)]` implements it for a struct generic over its float type
/// (`struct Mlp<T> { w: [[T; 8]; 16], b: Vec<T>, layer: Layer<T> }`), mapping each field
/// as its type is written: a `T` through `f`, arrays and `Vec`s element by element, and a
/// nested struct through its own `Rebuild`. Its only bounds are `T: Float` and the nested
/// structs' `Rebuild`, so generic code knowing no more than `T: Float` can rebuild an
/// `Mlp<T>`. (The implementations for arrays and `Vec`s ask `Rebuild` of their elements,
/// which a bare type parameter `T` does not have: that is why the derive maps the fields it
/// can read itself.) A struct of `f64`s has no float type to replace and no implementation.
///
/// It is not a supertrait of [`Differentiable`](crate::Differentiable), nor does it reuse
/// that trait's `Scalar`: generic code that knows `Mlp<T>: Differentiable` from a
/// where-clause cannot see that the struct's `Scalar` is `T`, while it can see that
/// `Source` is, through the derived implementation.
///
/// ```
/// use gradus_runtime::{Rebuild, Tape, Var};
///
/// let w = vec![[1.0_f64, 2.0], [3.0, 4.0]];
/// let halves: Vec<[f32; 2]> = w.rebuild(&mut |x| (x / 2.0) as f32);
/// assert_eq!(halves, vec![[0.5, 1.0], [1.5, 2.0]]);
///
/// // On the tape: every scalar a variable, in visiting order.
/// let tape = Tape::new();
/// let mut vars = Vec::new();
/// let v: Vec<[Var; 2]> = w.rebuild(&mut |x| {
///     let var = tape.var(x);
///     vars.push(var);
///     var
/// });
/// let y = v[0][1] * v[1][0]; // 2 · 3
/// assert_eq!(tape.gradient(y, &vars), vec![0.0, 3.0, 2.0, 0.0]);
///
/// // And back to the values.
/// let values: Vec<[f64; 2]> = v.rebuild(&mut |x| x.value());
/// assert_eq!(values, w);
/// ```
///
/// A generic struct implements it by hand as the derive does, mapping the fields in
/// declaration order:
///
/// ```
/// use gradus_runtime::{Float, Rebuild};
///
/// #[derive(Clone, Debug, PartialEq)]
/// struct Line<T> {
///     slope: T,
///     offsets: Vec<T>,
/// }
///
/// impl<T: Float, U: Float> Rebuild<U> for Line<T> {
///     type Source = T;
///     type Output = Line<U>;
///     fn rebuild<F: FnMut(T) -> U>(&self, f: &mut F) -> Line<U> {
///         Line {
///             slope: f(self.slope),
///             offsets: self.offsets.iter().map(|x| f(*x)).collect(),
///         }
///     }
/// }
///
/// // Needs nothing but `T: Float`.
/// fn to_f64<T: Float>(line: &Line<T>) -> Line<f64> {
///     line.rebuild(&mut |x| x.to_f64().unwrap())
/// }
///
/// let line = Line { slope: 2.0_f32, offsets: vec![1.0, -1.0] };
/// assert_eq!(to_f64(&line), Line { slope: 2.0, offsets: vec![1.0, -1.0] });
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be rebuilt over another float type `{U}`",
    label = "not a float scalar, an array or `Vec` of them, or a #[derive(Differentiable)] struct generic over its float type",
    note = "#[derive(Differentiable)] implements `Rebuild` for a struct whose one type parameter is its float type (`struct Mlp<T>` with fields `w: [T; 4]`, `b: T`); a struct of `f64`s has no float type to replace"
)]
pub trait Rebuild<U: Float> {
    /// The float type of the scalars it holds (`T` in `Mlp<T>`).
    ///
    /// ```
    /// use gradus_runtime::Rebuild;
    ///
    /// fn first<R: Rebuild<f64>>(value: &R) -> Option<R::Source> {
    ///     let mut first = None;
    ///     value.rebuild(&mut |x| {
    ///         first.get_or_insert(x);
    ///         0.0
    ///     });
    ///     first
    /// }
    ///
    /// assert_eq!(first(&[[2.5_f32; 2]; 3]), Some(2.5));
    /// ```
    type Source: Float;

    /// The same shape with every scalar of type `U` (`Mlp<U>`).
    ///
    /// ```
    /// use gradus_runtime::Rebuild;
    ///
    /// let rebuilt: <[f64; 3] as Rebuild<f32>>::Output = [1.0_f64; 3].rebuild(&mut |x| x as f32);
    /// assert_eq!(rebuilt, [1.0_f32; 3]);
    /// ```
    type Output;

    /// The same shape, every scalar `x` replaced by `f(x)`; `f` is called on the scalars
    /// in the order of [`Differentiable::for_each_scalar`](crate::Differentiable::for_each_scalar).
    ///
    /// ```
    /// use gradus_runtime::Rebuild;
    ///
    /// let mut seen = Vec::new();
    /// let doubled = vec![[1.0_f64, 2.0], [3.0, 4.0]].rebuild(&mut |x: f64| {
    ///     seen.push(x);
    ///     2.0 * x
    /// });
    /// assert_eq!(seen, [1.0, 2.0, 3.0, 4.0]);
    /// assert_eq!(doubled, vec![[2.0, 4.0], [6.0, 8.0]]);
    /// ```
    fn rebuild<F: FnMut(Self::Source) -> U>(&self, f: &mut F) -> Self::Output;
}

macro_rules! float_scalar {
    ($($float:ty),*) => {$(
        /// A scalar: `f` of it.
        impl<U: Float> Rebuild<U> for $float {
            type Source = $float;
            type Output = U;

            #[inline]
            fn rebuild<F: FnMut($float) -> U>(&self, f: &mut F) -> U {
                f(*self)
            }
        }
    )*};
}

float_scalar!(f32, f64);

/// A tape variable is a scalar: `f` of it (say, of its [`value`](Var::value)).
///
/// ```
/// use gradus_runtime::{Rebuild, Tape, Var};
///
/// let tape = Tape::new();
/// let w: [Var; 2] = [tape.var(3.0), tape.var(4.0)];
/// let values: [f64; 2] = w.rebuild(&mut |v| v.value());
/// assert_eq!(values, [3.0, 4.0]);
/// ```
impl<'t, T: Float, U: Float> Rebuild<U> for Var<'t, T> {
    type Source = Var<'t, T>;
    type Output = U;

    #[inline]
    fn rebuild<F: FnMut(Var<'t, T>) -> U>(&self, f: &mut F) -> U {
        f(*self)
    }
}

/// A dual number is a scalar: `f` of it. Rebuilding over `Dual` is how a parameter struct
/// is seeded with a direction for forward mode, and rebuilding back reads the tangents.
///
/// ```
/// use gradus_runtime::{Dual, Rebuild};
///
/// let w = [1.0_f64, 2.0, 3.0];
/// let direction = [0.0, 1.0, 0.0];
/// let mut i = 0;
/// let seeded: [Dual; 3] = w.rebuild(&mut |x| {
///     i += 1;
///     Dual::new(x, direction[i - 1])
/// });
/// let y: Dual = seeded.iter().map(|s| *s * *s).sum();
/// assert_eq!(y.tangent(), 4.0); // ∂(Σ wᵢ²)/∂w₁ = 2·2
///
/// let tangents: [f64; 3] = seeded.rebuild(&mut |d| d.tangent());
/// assert_eq!(tangents, direction);
/// ```
impl<T: Float, U: Float> Rebuild<U> for Dual<T> {
    type Source = Dual<T>;
    type Output = U;

    #[inline]
    fn rebuild<F: FnMut(Dual<T>) -> U>(&self, f: &mut F) -> U {
        f(*self)
    }
}

/// An array, element by element in index order.
impl<U: Float, D: Rebuild<U>, const N: usize> Rebuild<U> for [D; N] {
    type Source = D::Source;
    type Output = [D::Output; N];

    fn rebuild<F: FnMut(Self::Source) -> U>(&self, f: &mut F) -> Self::Output {
        // `from_fn` calls its closure in index order.
        core::array::from_fn(|i| self[i].rebuild(f))
    }
}

/// A `Vec`, element by element in index order; the length is kept.
impl<U: Float, D: Rebuild<U>> Rebuild<U> for Vec<D> {
    type Source = D::Source;
    type Output = Vec<D::Output>;

    fn rebuild<F: FnMut(Self::Source) -> U>(&self, f: &mut F) -> Self::Output {
        self.iter().map(|element| element.rebuild(f)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tape::Tape;
    use crate::Differentiable;

    /// The scalars `rebuild` visits, in order.
    fn visited<R: Rebuild<f64>>(value: &R) -> Vec<R::Source> {
        let mut seen = Vec::new();
        value.rebuild(&mut |x| {
            seen.push(x);
            0.0
        });
        seen
    }

    fn scalars<D: Differentiable>(value: &D) -> Vec<D::Scalar> {
        let mut all = Vec::new();
        value.for_each_scalar(&mut |s| all.push(s));
        all
    }

    #[test]
    fn visits_in_the_order_of_for_each_scalar() {
        let ragged = vec![vec![[1.0_f64, 2.0]], vec![], vec![[3.0, 4.0], [5.0, 6.0]]];
        assert_eq!(visited(&ragged), scalars(&ragged));
        let nested = [[[1.0_f64, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]];
        assert_eq!(visited(&nested), scalars(&nested));
        assert_eq!(visited(&nested), [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]);
    }

    #[test]
    fn keeps_the_shape() {
        let ragged = vec![vec![1.0_f32], vec![], vec![2.0, 3.0]];
        let rebuilt: Vec<Vec<f64>> = ragged.rebuild(&mut |x| f64::from(x) + 0.5);
        assert_eq!(rebuilt, vec![vec![1.5], vec![], vec![2.5, 3.5]]);
        assert_eq!(ragged.zeros_like().shape_mismatch(&ragged), None);
        let empty: Vec<[f64; 3]> = Vec::new();
        assert!(empty.rebuild(&mut |x: f64| x).is_empty());
    }

    #[test]
    fn rebuilds_over_tape_variables_and_back() {
        let tape = Tape::new();
        let w = [[1.0_f64, -2.0], [0.5, 4.0]];
        let vars = w.rebuild(&mut |x| tape.var(x));
        assert_eq!(tape.len(), 4);
        let mut y = Var::constant(0.0);
        vars.for_each_scalar(&mut |v| y += v * v);
        let gradient = tape.gradient(y, &scalars(&vars));
        assert_eq!(gradient, [2.0, -4.0, 1.0, 8.0]);
        let back: [[f64; 2]; 2] = vars.rebuild(&mut |v| v.value());
        assert_eq!(back, w);
    }
}
