//! The crate's one error type, [`Error`].
//!
//! Every fallible operation of the runtime (an optimizer step, building mini-batches, a
//! gradient check) reports its problem as a variant of [`Error`]. Values are stored as
//! `f64` whatever float type the caller used, so the enum is not generic and one `?`
//! works everywhere.
//!
//! ```
//! use gradus_runtime::optim::{Optimizer, Sgd};
//! use gradus_runtime::Error;
//!
//! let mut opt = Sgd::new(-0.1);
//! let err = opt.step(&mut [1.0], &[1.0]).unwrap_err();
//! assert_eq!(err, Error::InvalidLearningRate(-0.1));
//! assert_eq!(err.to_string(), "learning rate must be finite and positive, got -0.1");
//! ```

use std::fmt;

use num_traits::Float;

/// What went wrong in a runtime operation.
///
/// The enum is `#[non_exhaustive]`: match it with a wildcard arm, since later versions may
/// report new problems.
///
/// ```
/// use gradus_runtime::data::MiniBatches;
/// use gradus_runtime::Error;
///
/// match MiniBatches::new(10, 0, 7) {
///     Err(Error::InvalidBatchSize) => {}
///     other => panic!("expected InvalidBatchSize, got {other:?}"),
/// }
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// An optimizer's learning rate is NaN, infinite, zero or negative.
    ///
    /// ```
    /// use gradus_runtime::optim::{Optimizer, Sgd};
    /// use gradus_runtime::Error;
    ///
    /// let err = Sgd::new(0.0).step(&mut [1.0], &[1.0]).unwrap_err();
    /// assert_eq!(err, Error::InvalidLearningRate(0.0));
    /// ```
    InvalidLearningRate(f64),
    /// An optimizer's momentum is NaN or outside `[0, 1)`.
    ///
    /// ```
    /// use gradus_runtime::optim::{Optimizer, Sgd};
    /// use gradus_runtime::Error;
    ///
    /// let err = Sgd::new(0.1).momentum(1.0).step(&mut [1.0], &[1.0]).unwrap_err();
    /// assert_eq!(err, Error::InvalidMomentum(1.0));
    /// ```
    InvalidMomentum(f64),
    /// An optimizer's weight decay is NaN, infinite or negative.
    ///
    /// ```
    /// use gradus_runtime::optim::{Optimizer, Sgd};
    /// use gradus_runtime::Error;
    ///
    /// let err = Sgd::new(0.1).weight_decay(-1e-4).step(&mut [1.0], &[1.0]).unwrap_err();
    /// assert_eq!(err, Error::InvalidWeightDecay(-1e-4));
    /// ```
    InvalidWeightDecay(f64),
    /// The parameters and the gradients handed to an optimizer differ in length.
    ///
    /// ```
    /// use gradus_runtime::optim::{Optimizer, Sgd};
    /// use gradus_runtime::Error;
    ///
    /// let err = Sgd::new(0.1).step(&mut [1.0, 2.0], &[1.0]).unwrap_err();
    /// assert_eq!(err, Error::LengthMismatch { params: 2, grads: 1 });
    /// ```
    LengthMismatch {
        /// The number of parameters.
        params: usize,
        /// The number of gradient components.
        grads: usize,
    },
    /// An optimizer that has already stepped a parameter vector of one length was handed
    /// one of another length.
    ///
    /// ```
    /// use gradus_runtime::optim::{Optimizer, Sgd};
    /// use gradus_runtime::Error;
    ///
    /// let mut opt = Sgd::new(0.1).momentum(0.9);
    /// opt.step(&mut [1.0, 2.0], &[1.0, 1.0])?;
    /// let err = opt.step(&mut [1.0], &[1.0]).unwrap_err();
    /// assert_eq!(err, Error::StateLengthMismatch { expected: 2, got: 1 });
    /// # Ok::<(), Error>(())
    /// ```
    StateLengthMismatch {
        /// The length the optimizer's state was sized for.
        expected: usize,
        /// The length it was handed.
        got: usize,
    },
    /// The gradients handed to [`Optimizer::update`](crate::optim::Optimizer::update) do
    /// not have the shape of the parameters: a `Vec` somewhere in them has another length.
    ///
    /// ```
    /// use gradus_runtime::optim::{Optimizer, Sgd};
    /// use gradus_runtime::Error;
    ///
    /// let mut w = [vec![1.0_f64; 2], vec![1.0; 3]];
    /// let g = [vec![1.0_f64; 2], vec![1.0; 1]];
    /// let err = Sgd::new(0.1).update(&mut w, &g).unwrap_err();
    /// assert_eq!(
    ///     err,
    ///     Error::ShapeMismatch { detail: "`[1]` has length 1 where 3 was expected".into() }
    /// );
    /// assert_eq!(
    ///     err.to_string(),
    ///     "the gradients must have the shape of the parameters: `[1]` has length 1 where 3 was expected"
    /// );
    /// ```
    ShapeMismatch {
        /// Where the gradients differ from the parameters and how, as
        /// [`Differentiable::shape_mismatch`](crate::Differentiable::shape_mismatch) words it
        /// (the parameters' length being the expected one).
        detail: String,
    },
    /// A gradient component is NaN or infinite.
    ///
    /// ```
    /// use gradus_runtime::optim::{Optimizer, Sgd};
    /// use gradus_runtime::Error;
    ///
    /// let err = Sgd::new(0.1).step(&mut [1.0, 2.0], &[1.0, f64::NAN]).unwrap_err();
    /// assert_eq!(err, Error::NonFiniteGradient { index: 1 });
    /// ```
    NonFiniteGradient {
        /// The position of the first non-finite component.
        index: usize,
    },
    /// A mini-batch size of zero was asked for.
    ///
    /// ```
    /// use gradus_runtime::data::MiniBatches;
    /// use gradus_runtime::Error;
    ///
    /// assert_eq!(MiniBatches::new(10, 0, 7).unwrap_err(), Error::InvalidBatchSize);
    /// ```
    InvalidBatchSize,
    /// A gradient check was asked at a point with no coordinates.
    ///
    /// ```
    /// use gradus_runtime::check::check_gradient;
    /// use gradus_runtime::Error;
    ///
    /// let err = check_gradient(|_: &[f64]| 0.0, &[], &[]).unwrap_err();
    /// assert_eq!(err, Error::EmptyInput);
    /// ```
    EmptyInput,
    /// A gradient check was handed a gradient whose length differs from the point's.
    ///
    /// ```
    /// use gradus_runtime::check::check_gradient;
    /// use gradus_runtime::Error;
    ///
    /// let err = check_gradient(|x: &[f64]| x[0] * x[1], &[1.0, 2.0], &[2.0]).unwrap_err();
    /// assert_eq!(err, Error::GradientLengthMismatch { inputs: 2, gradient: 1 });
    /// ```
    GradientLengthMismatch {
        /// The number of coordinates of the point.
        inputs: usize,
        /// The number of gradient components.
        gradient: usize,
    },
    /// A gradient check was asked at a point with a NaN or infinite coordinate.
    ///
    /// ```
    /// use gradus_runtime::check::check_gradient;
    /// use gradus_runtime::Error;
    ///
    /// let err = check_gradient(|x: &[f64]| x[0], &[f64::INFINITY], &[1.0]).unwrap_err();
    /// assert_eq!(err, Error::NonFiniteInput { index: 0 });
    /// ```
    NonFiniteInput {
        /// The position of the first non-finite coordinate.
        index: usize,
    },
    /// A finite-difference step is NaN, infinite, not positive, or so small that it does
    /// not move some coordinate of the point.
    ///
    /// ```
    /// use gradus_runtime::check::check_gradient_with_step;
    /// use gradus_runtime::Error;
    ///
    /// let err = check_gradient_with_step(|x: &[f64]| x[0], &[1.0], &[1.0], 0.0).unwrap_err();
    /// assert_eq!(err, Error::InvalidStep(0.0));
    /// ```
    InvalidStep(f64),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidLearningRate(lr) => {
                write!(f, "learning rate must be finite and positive, got {lr}")
            }
            Error::InvalidMomentum(m) => write!(f, "momentum must be in [0, 1), got {m}"),
            Error::InvalidWeightDecay(wd) => {
                write!(f, "weight decay must be finite and non-negative, got {wd}")
            }
            Error::LengthMismatch { params, grads } => write!(
                f,
                "params and grads must have the same length, got {params} params and {grads} grads"
            ),
            Error::StateLengthMismatch { expected, got } => write!(
                f,
                "the optimizer's state was sized for {expected} params, got {got} \
                 (call reset() to start over with another length)"
            ),
            Error::ShapeMismatch { detail } => write!(
                f,
                "the gradients must have the shape of the parameters: {detail}"
            ),
            Error::NonFiniteGradient { index } => {
                write!(f, "gradient component {index} is NaN or infinite")
            }
            Error::InvalidBatchSize => write!(f, "batch size must be at least 1, got 0"),
            Error::EmptyInput => write!(f, "a gradient check needs at least one input, got none"),
            Error::GradientLengthMismatch { inputs, gradient } => write!(
                f,
                "the gradient must have one component per input, got {inputs} inputs \
                 and {gradient} gradient components"
            ),
            Error::NonFiniteInput { index } => write!(f, "input {index} is NaN or infinite"),
            Error::InvalidStep(h) => write!(
                f,
                "finite-difference step must be finite, positive and large enough to move \
                 every input, got {h}"
            ),
        }
    }
}

impl std::error::Error for Error {}

/// Converts a float of any [`Float`] type to the `f64` an [`Error`] stores.
///
/// Every `Float` of the standard library converts; a foreign type that cannot is
/// reported as NaN rather than hiding the error behind a panic.
pub(crate) fn error_value<T: Float>(value: T) -> f64 {
    value.to_f64().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_lowercase_and_name_the_values() {
        let cases = [
            (
                Error::InvalidLearningRate(-0.1),
                "learning rate must be finite and positive, got -0.1",
            ),
            (
                Error::InvalidMomentum(1.5),
                "momentum must be in [0, 1), got 1.5",
            ),
            (
                Error::InvalidWeightDecay(f64::NAN),
                "weight decay must be finite and non-negative, got NaN",
            ),
            (
                Error::LengthMismatch {
                    params: 3,
                    grads: 2,
                },
                "params and grads must have the same length, got 3 params and 2 grads",
            ),
            (
                Error::ShapeMismatch {
                    detail: "`layer.v` has length 3 where 4 was expected".to_string(),
                },
                "the gradients must have the shape of the parameters: \
                 `layer.v` has length 3 where 4 was expected",
            ),
            (
                Error::NonFiniteGradient { index: 4 },
                "gradient component 4 is NaN or infinite",
            ),
            (
                Error::InvalidBatchSize,
                "batch size must be at least 1, got 0",
            ),
        ];
        for (error, message) in cases {
            assert_eq!(error.to_string(), message);
        }
        let all = [
            Error::StateLengthMismatch {
                expected: 2,
                got: 3,
            },
            Error::EmptyInput,
            Error::GradientLengthMismatch {
                inputs: 1,
                gradient: 2,
            },
            Error::NonFiniteInput { index: 0 },
            Error::InvalidStep(0.0),
        ];
        for error in all {
            let message = error.to_string();
            assert!(message.starts_with(char::is_lowercase), "{message}");
        }
    }

    #[test]
    fn is_a_std_error() {
        let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(Error::EmptyInput);
        assert!(boxed.source().is_none());
    }

    #[test]
    fn error_value_widens_f32() {
        assert_eq!(error_value(0.5_f32), 0.5);
        assert!(error_value(f32::NAN).is_nan());
    }
}
