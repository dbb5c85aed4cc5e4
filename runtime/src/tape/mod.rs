//! The gradient tape: an arena of recorded operations walked backwards once.
//!
//! Every operation on a [`Var`] appends one [`Node`] holding the indices of its (at most
//! two) operands and the local partial derivatives with respect to them, computed while
//! the forward value is at hand. [`Tape::gradient`] seeds the output's adjoint with one
//! and walks the arena from the output down, adding `partial · adjoint` into each operand.

mod float;
mod ops;

use core::cell::RefCell;
use core::fmt;
use num_traits::Float;

/// Marks a missing operand: leaves have none, unary operations have one.
const NO_OPERAND: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Node<T> {
    operands: [u32; 2],
    partials: [T; 2],
}

/// A gradient tape: records operations on its variables so that their gradients can be
/// computed afterwards in one reverse walk (the GradientTape of TensorFlow).
///
/// Its float type can be any `T: Float`, the forward-mode [`Dual`](crate::Dual) included:
/// on a `Tape::<Dual<f64>>::default()` the gradient's tangents are the derivative of the
/// gradient along the direction the variables were seeded with, a Hessian-vector product
/// (see [`Dual`](crate::Dual)).
///
/// `var` and `gradient` take `&self`, so a tape needs no `mut` until it is cleared.
/// Variables borrow the tape, which is why [`Tape::clear`] (taking `&mut self`) cannot
/// be called while any of them is alive.
///
/// ```
/// use gradus_runtime::Tape;
///
/// let tape = Tape::new();
/// let x = tape.var(0.0);
/// let y = 2.0 * x + 3.0;
/// assert_eq!(y.value(), 3.0);
/// assert_eq!(tape.gradient(y, &[x]), vec![2.0]);
/// ```
pub struct Tape<T = f64> {
    nodes: RefCell<Vec<Node<T>>>,
    /// The adjoints of the last reverse walk, kept so the next one need not allocate.
    adjoints: RefCell<Vec<T>>,
}

/// A value on a [`Tape`]: either recorded (a variable or the result of an operation on
/// one) or a constant, which the tape does not record and whose gradient is zero.
///
/// `Var` implements [`num_traits::Float`], so generic code written for `T: Float` runs on
/// it unchanged, and it mixes with plain floats on both sides (`2.0 * x + 3.0`).
///
/// ```
/// use gradus_runtime::Tape;
/// use num_traits::Float;
///
/// fn area<T: Float>(r: T) -> T {
///     T::from(std::f64::consts::PI).unwrap() * r * r
/// }
///
/// let tape = Tape::new();
/// let r = tape.var(2.0);
/// let a = area(r);
/// assert_eq!(a.value(), area(2.0));
/// assert!((tape.gradient(a, &[r])[0] - 4.0 * std::f64::consts::PI).abs() < 1e-12);
/// ```
#[derive(Clone, Copy)]
pub struct Var<'t, T = f64> {
    tape: Option<&'t Tape<T>>,
    index: u32,
    value: T,
}

impl Tape<f64> {
    /// An empty tape of `f64` values, the common case.
    ///
    /// It is `f64` alone so that `2.0 * x` needs no annotation; a tape of another float
    /// type is `Tape::<f32>::default()` (or [`Tape::with_capacity`]).
    ///
    /// ```
    /// let tape = gradus_runtime::Tape::new();
    /// let x = tape.var(0.0);
    /// let y = 2.0 * x + 3.0;
    /// assert_eq!(tape.gradient(y, &[x]), vec![2.0]);
    ///
    /// let single = gradus_runtime::Tape::<f32>::default();
    /// assert!(single.is_empty());
    /// ```
    pub fn new() -> Self {
        Self::with_capacity(0)
    }
}

impl<T: Float> Tape<T> {
    /// An empty tape with room for `operations` recorded operations before it reallocates.
    ///
    /// ```
    /// let tape = gradus_runtime::Tape::<f64>::with_capacity(1024);
    /// assert_eq!(tape.len(), 0);
    /// ```
    pub fn with_capacity(operations: usize) -> Self {
        Tape {
            nodes: RefCell::new(Vec::with_capacity(operations)),
            adjoints: RefCell::new(Vec::new()),
        }
    }

    /// A new variable holding `value`, recorded so that gradients can be taken with
    /// respect to it (the `tf.Variable` a `GradientTape` watches).
    ///
    /// ```
    /// let tape = gradus_runtime::Tape::new();
    /// let x = tape.var(1.5);
    /// assert_eq!(x.value(), 1.5);
    /// ```
    #[inline]
    pub fn var(&self, value: T) -> Var<'_, T> {
        let index = self.record([NO_OPERAND; 2], [T::zero(); 2]);
        Var {
            tape: Some(self),
            index,
            value,
        }
    }

    /// One new variable per value, in order.
    ///
    /// ```
    /// let tape = gradus_runtime::Tape::new();
    /// let w = tape.vars(&[1.0, 2.0]);
    /// let y = w[0] * w[1];
    /// assert_eq!(tape.gradient(y, &w), vec![2.0, 1.0]);
    /// ```
    pub fn vars(&self, values: &[T]) -> Vec<Var<'_, T>> {
        values.iter().map(|&value| self.var(value)).collect()
    }

    /// A constant: usable in arithmetic with this tape's variables, never recorded, and
    /// with gradient zero. The same as [`Var::constant`].
    ///
    /// ```
    /// let tape = gradus_runtime::Tape::new();
    /// let (x, c) = (tape.var(3.0), tape.constant(2.0));
    /// let y = x * c;
    /// assert_eq!(tape.gradient(y, &[x, c]), vec![2.0, 0.0]);
    /// ```
    pub fn constant(&self, value: T) -> Var<'_, T> {
        Var::constant(value)
    }

    /// How many variables and operations have been recorded.
    ///
    /// ```
    /// use gradus_runtime::{Float, Tape};
    /// let tape = Tape::new();
    /// let x = tape.var(1.0);
    /// let _ = x.sin() + 1.0;
    /// assert_eq!(tape.len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        self.nodes.borrow().len()
    }

    /// Whether nothing has been recorded.
    ///
    /// ```
    /// assert!(gradus_runtime::Tape::<f64>::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.nodes.borrow().is_empty()
    }

    /// Forgets everything recorded, keeping the memory for the next pass. The borrow
    /// checker guarantees that no variable of the cleared recording is still in use.
    ///
    /// ```
    /// use gradus_runtime::Float;
    /// let mut tape = gradus_runtime::Tape::new();
    /// for step in 0..3 {
    ///     tape.clear();
    ///     let x = tape.var(step as f64);
    ///     let y = x * x;
    ///     assert_eq!(tape.gradient(y, &[x]), vec![2.0 * step as f64]);
    /// }
    /// ```
    pub fn clear(&mut self) {
        self.nodes.get_mut().clear();
    }

    /// The gradient of `output` with respect to each of `wrt`, in that order, computed
    /// by one reverse walk over the recording.
    ///
    /// A constant in `wrt`, or a variable `output` does not depend on, gets zero.
    ///
    /// # Panics
    /// If `output` or a variable in `wrt` belongs to another tape.
    ///
    /// ```
    /// use gradus_runtime::{Float, Tape};
    /// let tape = Tape::new();
    /// let (x, y) = (tape.var(2.0), tape.var(5.0));
    /// let z = x * y + x.sin();
    /// let g = tape.gradient(z, &[x, y]);
    /// assert_eq!(g, vec![5.0 + 2.0_f64.cos(), 2.0]);
    /// ```
    pub fn gradient(&self, output: Var<'_, T>, wrt: &[Var<'_, T>]) -> Vec<T> {
        self.check_owns(&output, "the output passed to Tape::gradient");
        for var in wrt {
            self.check_owns(var, "a variable passed to Tape::gradient");
        }
        if output.tape.is_none() {
            return vec![T::zero(); wrt.len()];
        }
        let mut adjoints = self.adjoints.borrow_mut();
        self.walk_back(output.index, &mut adjoints);
        wrt.iter()
            .map(|var| match var.tape {
                Some(_) => adjoints
                    .get(var.index as usize)
                    .copied()
                    .unwrap_or_else(T::zero),
                None => T::zero(),
            })
            .collect()
    }

    /// The reverse walk: the adjoint of every node up to `output`, into `adjoints`.
    fn walk_back(&self, output: u32, adjoints: &mut Vec<T>) {
        let nodes = self.nodes.borrow();
        adjoints.clear();
        adjoints.resize(output as usize + 1, T::zero());
        adjoints[output as usize] = T::one();
        for (index, node) in nodes[..=output as usize].iter().enumerate().rev() {
            let adjoint = adjoints[index];
            // A node the output does not depend on must not turn an infinite partial
            // (sqrt at 0, say) into a NaN through 0 · ∞. `is_zero`, not `== 0`: on a
            // tape of `Dual`s, which compare by value, an adjoint of value 0 can carry a
            // tangent (a second derivative at a critical point) that must flow on.
            if adjoint.is_zero() {
                continue;
            }
            for (&operand, &partial) in node.operands.iter().zip(&node.partials) {
                if operand != NO_OPERAND {
                    let slot = &mut adjoints[operand as usize];
                    *slot = *slot + partial * adjoint;
                }
            }
        }
    }

    #[inline]
    fn record(&self, operands: [u32; 2], partials: [T; 2]) -> u32 {
        let mut nodes = self.nodes.borrow_mut();
        let index = nodes.len();
        assert!(
            index < NO_OPERAND as usize,
            "gradus tape is full: it holds at most {} operations",
            NO_OPERAND
        );
        nodes.push(Node { operands, partials });
        index as u32
    }

    fn check_owns(&self, var: &Var<'_, T>, what: &str) {
        if let Some(tape) = var.tape {
            assert!(
                core::ptr::eq(tape, self),
                "{what} belongs to another tape: gradients can only be taken on the tape that recorded the variables"
            );
        }
    }
}

impl<T: Float> Default for Tape<T> {
    fn default() -> Self {
        Self::with_capacity(0)
    }
}

impl<T> fmt::Debug for Tape<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tape")
            .field("operations", &self.nodes.borrow().len())
            .finish()
    }
}

impl<'t, T: Float> Var<'t, T> {
    /// A constant that belongs to no tape: it mixes with any tape's variables and its
    /// gradient is zero.
    ///
    /// ```
    /// use gradus_runtime::{Tape, Var};
    /// let tape = Tape::new();
    /// let x = tape.var(4.0);
    /// let y = x * Var::constant(0.5);
    /// assert_eq!(tape.gradient(y, &[x]), vec![0.5]);
    /// ```
    #[inline]
    pub fn constant(value: T) -> Self {
        Var {
            tape: None,
            index: NO_OPERAND,
            value,
        }
    }

    /// The value computed in the forward pass.
    ///
    /// ```
    /// let tape = gradus_runtime::Tape::new();
    /// assert_eq!((tape.var(2.0) * 3.0).value(), 6.0);
    /// ```
    #[inline]
    pub fn value(&self) -> T {
        self.value
    }

    /// Whether this is a constant (not recorded, gradient zero).
    ///
    /// ```
    /// let tape = gradus_runtime::Tape::new();
    /// assert!(!tape.var(1.0).is_constant());
    /// assert!(tape.var(1.0).detach().is_constant());
    /// ```
    pub fn is_constant(&self) -> bool {
        self.tape.is_none()
    }

    /// The same value as a constant: gradients do not flow through it (a stopped
    /// gradient, `tf.stop_gradient`).
    ///
    /// ```
    /// let tape = gradus_runtime::Tape::new();
    /// let x = tape.var(3.0);
    /// let y = x * x.detach();
    /// assert_eq!(tape.gradient(y, &[x]), vec![3.0]);
    /// ```
    pub fn detach(&self) -> Self {
        Var::constant(self.value)
    }

    /// The result of a one-operand operation with value `value` and derivative `partial`.
    #[inline]
    fn unary(self, value: T, partial: T) -> Self {
        match self.tape {
            Some(tape) => Var {
                tape: Some(tape),
                index: tape.record([self.index, NO_OPERAND], [partial, T::zero()]),
                value,
            },
            None => Var::constant(value),
        }
    }

    /// The same variable (its gradient flows to the same node), with the value `value`:
    /// the result of an operation that picks one operand, such as `max`.
    #[inline]
    fn with_value(self, value: T) -> Self {
        Var { value, ..self }
    }

    /// The result of a two-operand operation with value `value` and partial derivatives
    /// `d_self`, `d_other`.
    #[inline]
    fn binary(self, other: Self, value: T, d_self: T, d_other: T) -> Self {
        let (tape, operands, partials) = match (self.tape, other.tape) {
            (Some(a), Some(b)) => {
                assert!(
                    core::ptr::eq(a, b),
                    "variables from two different tapes were combined in one operation"
                );
                (a, [self.index, other.index], [d_self, d_other])
            }
            (Some(a), None) => (a, [self.index, NO_OPERAND], [d_self, T::zero()]),
            (None, Some(b)) => (b, [other.index, NO_OPERAND], [d_other, T::zero()]),
            (None, None) => return Var::constant(value),
        };
        Var {
            tape: Some(tape),
            index: tape.record(operands, partials),
            value,
        }
    }
}
