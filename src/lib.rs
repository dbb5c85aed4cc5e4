#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

pub use gradus_derive::differentiable;
/// ```
/// use gradus::optim::{Optimizer, Sgd};
/// use gradus::Differentiable;
///
/// #[derive(Clone, Debug, PartialEq, Differentiable)]
/// struct Layer<T> {
///     w: [[T; 2]; 3],
///     b: Vec<T>,
/// }
///
/// #[derive(Clone, Debug, PartialEq, Differentiable)]
/// struct Model {
///     layer: Layer<f64>,
///     scale: f64,
/// }
///
/// let mut p = Model { layer: Layer { w: [[1.0; 2]; 3], b: vec![0.5; 3] }, scale: 2.0 };
/// assert_eq!(p.len(), 10);
/// let mut g = p.zeros_like();
/// assert_eq!(g.layer.b, vec![0.0; 3]);
///
/// g.scale = 1.0;
/// Sgd::new(0.5).update(&mut p, &g)?;
/// assert_eq!(p.scale, 1.5);
///
/// g.layer.b.pop();
/// assert_eq!(
///     p.shape_mismatch(&g).as_deref(),
///     Some("`layer.b` has length 2 where 3 was expected")
/// );
/// # Ok::<(), gradus::Error>(())
/// ```
///
/// A struct whose one type parameter is its float type also gets [`Rebuild`]: the same
/// struct over another float type, field by field in the visiting order. This is how
/// `#[differentiable(tape)]` rebuilds a parameter struct over the tape's variables; it asks
/// nothing of `T` but `Float`.
///
/// ```
/// use gradus::{Differentiable, Float, Rebuild};
///
/// #[derive(Clone, Debug, PartialEq, Differentiable)]
/// struct Layer<T> {
///     w: [[T; 2]; 3],
///     b: Vec<T>,
/// }
///
/// #[derive(Clone, Debug, PartialEq, Differentiable)]
/// struct Model<T> {
///     layers: Vec<Layer<T>>,
///     scale: T,
/// }
///
/// fn to_f32<T: Float>(model: &Model<T>) -> Model<f32> {
///     model.rebuild(&mut |x| x.to_f32().unwrap())
/// }
///
/// let layer = Layer { w: [[1.0_f64; 2]; 3], b: vec![0.5; 3] };
/// let model = Model { layers: vec![layer.clone(), layer], scale: 2.0 };
/// let single = to_f32(&model);
/// assert_eq!(single.layers[1].b, vec![0.5_f32; 3]);
///
/// let mut order = Vec::new();
/// let _: Model<f64> = model.rebuild(&mut |x: f64| {
///     order.push(x);
///     x
/// });
/// let mut expected = Vec::new();
/// model.for_each_scalar(&mut |x| expected.push(x));
/// assert_eq!(order, expected);
/// ```
pub use gradus_derive::Differentiable;
pub use gradus_runtime::*;

/// What generated code refers to by absolute path. Not part of the API.
#[doc(hidden)]
pub mod __private {
    pub use gradus_runtime::records::Records;
    pub use gradus_runtime::{shape_path, Differentiable};
    pub use num_traits::{Float, NumCast, One, Zero};
    pub use std::string::String;

    /// The plain value of what the user's code reads in a function's reverse sweep written
    /// over dual numbers (`hvp_f`): conditions and integer code see values, not tangents.
    ///
    /// ```
    /// use gradus::{Dual, __private::primal};
    ///
    /// assert_eq!(primal(Dual::new(2.0, 1.0)), 2.0);
    /// assert_eq!(primal(3_usize), 3);
    /// ```
    #[inline(always)]
    pub fn primal<P: Primal>(read: P) -> P::Plain {
        read.primal()
    }

    /// What `primal` reads: a dual number's value, any other number as it is.
    pub trait Primal {
        type Plain;
        fn primal(self) -> Self::Plain;
    }

    impl<T: Float> Primal for crate::Dual<T> {
        type Plain = T;
        #[inline(always)]
        fn primal(self) -> T {
            self.value()
        }
    }

    macro_rules! plain {
        ($($ty:ty)*) => {$(
            impl Primal for $ty {
                type Plain = $ty;
                #[inline(always)]
                fn primal(self) -> $ty {
                    self
                }
            }
        )*};
    }
    /// A struct field's floats (a float, an array or a `Vec` of them, nested) beside the
    /// same shape of dual numbers, for the `hvp_f` of a function of a struct: the field
    /// and its direction lifted to `x + ε·v`, a buffer of dual zeros, and the buffer split
    /// back into the gradient's and the product's field.
    ///
    /// ```
    /// use gradus::__private::DualShape;
    ///
    /// let (w, v): (Vec<[f64; 2]>, Vec<[f64; 2]>) = (vec![[1.0, 2.0]], vec![[0.5, 0.0]]);
    /// let lifted = w.lift_pair(&v);
    /// assert_eq!((lifted[0][0].value(), lifted[0][0].tangent()), (1.0, 0.5));
    /// let (mut value, mut tangent) = (w.clone(), w.clone());
    /// Vec::split_pair(&lifted, &mut value, &mut tangent);
    /// assert_eq!((value, tangent), (w, v));
    /// ```
    pub trait DualShape: Sized {
        type Dual;
        fn lift_pair(&self, direction: &Self) -> Self::Dual;
        fn dual_zeros(&self) -> Self::Dual;
        fn split_pair(dual: &Self::Dual, value: &mut Self, tangent: &mut Self);
    }

    macro_rules! dual_shape_of_float {
        ($($float:ty)*) => {$(
            impl DualShape for $float {
                type Dual = crate::Dual<$float>;
                #[inline]
                fn lift_pair(&self, direction: &Self) -> Self::Dual {
                    crate::Dual::new(*self, *direction)
                }
                #[inline]
                fn dual_zeros(&self) -> Self::Dual {
                    crate::Dual::constant(0.0)
                }
                #[inline]
                fn split_pair(dual: &Self::Dual, value: &mut Self, tangent: &mut Self) {
                    *value = dual.value();
                    *tangent = dual.tangent();
                }
            }
        )*};
    }
    dual_shape_of_float!(f32 f64);

    impl<P: DualShape, const N: usize> DualShape for [P; N] {
        type Dual = [P::Dual; N];
        fn lift_pair(&self, direction: &Self) -> Self::Dual {
            core::array::from_fn(|i| self[i].lift_pair(&direction[i]))
        }
        fn dual_zeros(&self) -> Self::Dual {
            core::array::from_fn(|i| self[i].dual_zeros())
        }
        fn split_pair(dual: &Self::Dual, value: &mut Self, tangent: &mut Self) {
            for ((dual, value), tangent) in
                dual.iter().zip(value.iter_mut()).zip(tangent.iter_mut())
            {
                P::split_pair(dual, value, tangent);
            }
        }
    }

    /// # Panics
    /// If the direction's length differs from the field's.
    impl<P: DualShape> DualShape for std::vec::Vec<P> {
        type Dual = std::vec::Vec<P::Dual>;
        fn lift_pair(&self, direction: &Self) -> Self::Dual {
            assert_eq!(
                self.len(),
                direction.len(),
                "hvp: a direction's `Vec` field has another length than the argument's"
            );
            self.iter()
                .zip(direction)
                .map(|(x, v)| x.lift_pair(v))
                .collect()
        }
        fn dual_zeros(&self) -> Self::Dual {
            self.iter().map(DualShape::dual_zeros).collect()
        }
        fn split_pair(dual: &Self::Dual, value: &mut Self, tangent: &mut Self) {
            for ((dual, value), tangent) in
                dual.iter().zip(value.iter_mut()).zip(tangent.iter_mut())
            {
                P::split_pair(dual, value, tangent);
            }
        }
    }

    /// A plain copy of an array of dual numbers (of any rank), for the user's code that
    /// names an array whole (`w.iter()`, `f(&w)`) in a reverse sweep written over dual
    /// numbers. A method, so that `w`, `&w` and `w[i]` of any array type all reach it.
    ///
    /// ```
    /// use gradus::{Dual, __private::PrimalArray};
    ///
    /// let w = [[Dual::new(1.0, 5.0), Dual::new(2.0, 6.0)]];
    /// assert_eq!(w.__gradus_primal(), [[1.0, 2.0]]);
    /// assert_eq!(w[0][..].__gradus_primal(), vec![1.0, 2.0]);
    /// ```
    pub trait PrimalArray {
        type Plain;
        #[allow(non_snake_case)]
        fn __gradus_primal(&self) -> Self::Plain;
    }

    impl<T: Float> PrimalArray for crate::Dual<T> {
        type Plain = T;
        #[inline]
        fn __gradus_primal(&self) -> T {
            self.value()
        }
    }

    impl<P: PrimalArray, const N: usize> PrimalArray for [P; N] {
        type Plain = [P::Plain; N];
        #[inline]
        fn __gradus_primal(&self) -> Self::Plain {
            core::array::from_fn(|i| self[i].__gradus_primal())
        }
    }

    impl<P: PrimalArray> PrimalArray for [P] {
        type Plain = std::vec::Vec<P::Plain>;
        #[inline]
        fn __gradus_primal(&self) -> Self::Plain {
            self.iter().map(PrimalArray::__gradus_primal).collect()
        }
    }

    impl<P: PrimalArray> PrimalArray for std::vec::Vec<P> {
        type Plain = std::vec::Vec<P::Plain>;
        #[inline]
        fn __gradus_primal(&self) -> Self::Plain {
            self[..].__gradus_primal()
        }
    }

    impl<P: Primal + Copy> Primal for &P {
        type Plain = P::Plain;
        #[inline(always)]
        fn primal(self) -> P::Plain {
            (*self).primal()
        }
    }

    plain!(f32 f64 usize isize u8 u16 u32 u64 u128 i8 i16 i32 i64 i128 bool);

    /// Bounds the `hvp_f` of a method or associated function that has no second
    /// derivative, so that calling it is a compile error saying so; no type implements it.
    #[diagnostic::on_unimplemented(
        message = "this `hvp_…` is not available: the function has no second derivative (the documentation of `hvp_…` says why)",
        label = "no Hessian-vector product for this function"
    )]
    pub trait NoSecondDerivative {}

    /// A float of data, whether the user's code holds it by value or by reference (a
    /// name bound by a pattern over `&[f64]` or `&Option<f64>`).
    #[inline(always)]
    pub fn value<T: Copy, B: core::borrow::Borrow<T>>(data: B) -> T {
        *data.borrow()
    }

    /// Zeros shaped like `value` (`Vec` lengths kept): the gradient buffer `grad_f`
    /// starts from for a struct argument.
    ///
    /// ```
    /// let zeros = gradus::__private::zeros_like(&vec![[1.0_f64; 2]; 3]);
    /// assert_eq!(zeros, vec![[0.0; 2]; 3]);
    /// ```
    #[inline]
    pub fn zeros_like<D: Differentiable>(value: &D) -> D {
        value.zeros_like()
    }

    /// Panics when `buffer` does not have the shape of `argument`, naming `function`, the
    /// buffer, the argument and where they differ: the check `grad_f_into` makes of the
    /// buffer given for a struct argument.
    ///
    /// ```
    /// use gradus::__private::assert_same_shape;
    ///
    /// let p = vec![1.0_f64; 4];
    /// assert_same_shape(&p, &vec![0.0; 4], "grad_loss_into", "p", "d_p");
    ///
    /// let short = vec![0.0_f64; 3];
    /// let panic = std::panic::catch_unwind(|| {
    ///     assert_same_shape(&p, &short, "grad_loss_into", "p", "d_p")
    /// })
    /// .unwrap_err();
    /// assert_eq!(
    ///     panic.downcast_ref::<String>().map(String::as_str),
    ///     Some(
    ///         "grad_loss_into: the gradient buffer `d_p` does not have the shape of the \
    ///          argument `p`: it has length 3 where 4 was expected"
    ///     )
    /// );
    /// ```
    #[track_caller]
    pub fn assert_same_shape<D: Differentiable>(
        argument: &D,
        buffer: &D,
        function: &str,
        argument_name: &str,
        buffer_name: &str,
    ) {
        if let Some(detail) = argument.shape_mismatch(buffer) {
            panic!(
                "{function}: the gradient buffer `{buffer_name}` does not have the shape of \
                 the argument `{argument_name}`: {detail}"
            );
        }
    }

    /// `Σ aᵢ·bᵢ` over every scalar of `a` and `b` (same shapes): a gradient dotted with a
    /// tangent, for `jvp_f` of a function whose body the macro does not read.
    ///
    /// ```
    /// let a = [[1.0_f64, 2.0], [3.0, 4.0]];
    /// let b = [[1.0_f64, 0.5], [0.0, -1.0]];
    /// assert_eq!(gradus::__private::dot(&a, &b), 1.0 + 1.0 - 4.0);
    /// ```
    pub fn dot<D: Differentiable>(a: &[D], b: &[D]) -> D::Scalar {
        let mut flat = Vec::new();
        for element in b {
            element.for_each_run(&mut |run| flat.extend_from_slice(run));
        }
        let mut sum = <D::Scalar as Float>::neg_zero();
        let mut next = flat.iter();
        for element in a {
            element.for_each_scalar(&mut |x| {
                if let Some(&y) = next.next() {
                    sum = sum + x * y;
                }
            });
        }
        sum
    }

    /// Makes every scalar of a gradient buffer NaN: the derivative along an argument a
    /// pullback's `wrt` leaves out is unknown, and a caller that asks for it must see so.
    pub fn fill_nan<D: Differentiable>(buffer: &mut D) {
        buffer.for_each_scalar_mut(&mut |x| *x = <D::Scalar as Float>::nan());
    }
}
