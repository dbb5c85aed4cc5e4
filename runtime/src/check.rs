//! Gradient checks against central finite differences.
//!
//! [`check_gradient`] estimates every partial derivative of a function with a central
//! difference, `(f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h`, compares the estimates with a
//! gradient computed some other way (generated, taped, or by hand), and reports the
//! largest error and where it occurred.
//!
//! ```
//! use gradus_runtime::check::check_gradient;
//!
//! // f(x, y) = x² y, whose gradient is (2xy, x²).
//! let f = |v: &[f64]| v[0] * v[0] * v[1];
//! let x = [3.0, -2.0];
//! let gradient = [2.0 * x[0] * x[1], x[0] * x[0]];
//!
//! let report = check_gradient(f, &x, &gradient)?;
//! assert!(report.passes(1e-8), "{report:?}");
//! # Ok::<(), gradus_runtime::Error>(())
//! ```

use num_traits::Float;

use crate::error::{error_value, Error};

/// The outcome of a gradient check.
///
/// The error of component `i` is `|gᵢ − fdᵢ| / max(1, |gᵢ|, |fdᵢ|)`: relative where the
/// derivative is large, absolute where it is small, so that a derivative near zero is
/// not failed over rounding noise. A component whose error cannot be computed (a NaN
/// or infinite gradient or estimate) counts as an infinite error.
///
/// ```
/// use gradus_runtime::check::check_gradient;
///
/// let report = check_gradient(|v: &[f64]| v[0].sin(), &[0.5], &[0.5_f64.cos()])?;
/// assert_eq!(report.index, 0);
/// assert!((report.finite_difference[0] - 0.5_f64.cos()).abs() < 1e-9);
/// assert!(report.max_relative_error < 1e-9);
/// # Ok::<(), gradus_runtime::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct GradientCheck<T> {
    /// The largest error over the components (see the type's documentation).
    pub max_relative_error: T,
    /// The component where the largest error occurred (the first one, on a tie).
    pub index: usize,
    /// The finite-difference estimate of each partial derivative.
    pub finite_difference: Vec<T>,
}

impl<T: Float> GradientCheck<T> {
    /// Whether the largest error is at most `tolerance`.
    ///
    /// With the default step, a correct `f64` gradient of a smooth function typically
    /// errs by 1e-10 to 1e-8, a correct `f32` one by about 1e-3.
    ///
    /// ```
    /// use gradus_runtime::check::check_gradient;
    ///
    /// let report = check_gradient(|v: &[f64]| v[0].exp(), &[1.0], &[2.7])?;
    /// assert!(!report.passes(1e-6)); // e ≠ 2.7
    /// assert!(report.passes(1e-2));
    /// # Ok::<(), gradus_runtime::Error>(())
    /// ```
    pub fn passes(&self, tolerance: T) -> bool {
        self.max_relative_error <= tolerance
    }
}

/// Checks `gradient` against central finite differences of `f` at `x`.
///
/// Coordinate `i` is moved by `h = ∛ε · max(1, |xᵢ|)` (ε the machine epsilon of `T`),
/// the step that balances the truncation error of a central difference (∝ h²) against
/// rounding (∝ ε/h), scaled with the coordinate so that large inputs still move.
/// `f` is called twice per coordinate, on a copy of `x`.
///
/// # Errors
///
/// [`Error::EmptyInput`] when `x` is empty, [`Error::GradientLengthMismatch`] when
/// `gradient` has another length, and [`Error::NonFiniteInput`] when a coordinate of
/// `x` is NaN or infinite.
///
/// ```
/// use gradus_runtime::check::check_gradient;
///
/// // Rosenbrock's function with one wrong partial derivative.
/// let f = |v: &[f64]| (1.0 - v[0]).powi(2) + 100.0 * (v[1] - v[0] * v[0]).powi(2);
/// let (x, y) = (0.5, 0.7);
/// let mut gradient = [
///     -2.0 * (1.0 - x) - 400.0 * x * (y - x * x),
///     200.0 * (y - x * x),
/// ];
/// assert!(check_gradient(f, &[x, y], &gradient)?.passes(1e-8));
///
/// gradient[1] *= 1.01;
/// let report = check_gradient(f, &[x, y], &gradient)?;
/// assert!(!report.passes(1e-8));
/// assert_eq!(report.index, 1);
/// # Ok::<(), gradus_runtime::Error>(())
/// ```
pub fn check_gradient<T, F>(f: F, x: &[T], gradient: &[T]) -> Result<GradientCheck<T>, Error>
where
    T: Float,
    F: FnMut(&[T]) -> T,
{
    check_inputs(x, gradient)?;
    let scale = T::epsilon().cbrt();
    Ok(compare(f, x, gradient, |xi| scale * xi.abs().max(T::one())))
}

/// Checks `gradient` against central finite differences of `f` at `x`, moving every
/// coordinate by the same step `step`.
///
/// Use it when the default step of [`check_gradient`] does not suit `f`, for example
/// near a kink or when `f` is noisy.
///
/// # Errors
///
/// Those of [`check_gradient`], plus [`Error::InvalidStep`] when `step` is not finite
/// and positive or is too small to change some coordinate of `x`.
///
/// ```
/// use gradus_runtime::check::check_gradient_with_step;
///
/// let report = check_gradient_with_step(|v: &[f64]| v[0].powi(3), &[2.0], &[12.0], 1e-3)?;
/// // The central difference of x³ errs by exactly h²: 1e-6 here.
/// assert!((report.finite_difference[0] - 12.000001).abs() < 1e-9);
/// assert!(report.passes(1e-5));
/// # Ok::<(), gradus_runtime::Error>(())
/// ```
pub fn check_gradient_with_step<T, F>(
    f: F,
    x: &[T],
    gradient: &[T],
    step: T,
) -> Result<GradientCheck<T>, Error>
where
    T: Float,
    F: FnMut(&[T]) -> T,
{
    check_inputs(x, gradient)?;
    let step_is_valid =
        step.is_finite() && step > T::zero() && x.iter().all(|&xi| xi + step != xi - step);
    if !step_is_valid {
        return Err(Error::InvalidStep(error_value(step)));
    }
    Ok(compare(f, x, gradient, |_| step))
}

/// The input errors both checks share.
fn check_inputs<T: Float>(x: &[T], gradient: &[T]) -> Result<(), Error> {
    if x.is_empty() {
        return Err(Error::EmptyInput);
    }
    if x.len() != gradient.len() {
        return Err(Error::GradientLengthMismatch {
            inputs: x.len(),
            gradient: gradient.len(),
        });
    }
    if let Some(index) = x.iter().position(|xi| !xi.is_finite()) {
        return Err(Error::NonFiniteInput { index });
    }
    Ok(())
}

/// Estimates each partial derivative with the step `step_for(xᵢ)` and compares.
fn compare<T, F>(mut f: F, x: &[T], gradient: &[T], step_for: impl Fn(T) -> T) -> GradientCheck<T>
where
    T: Float,
    F: FnMut(&[T]) -> T,
{
    let mut point = x.to_vec();
    let mut finite_difference = Vec::with_capacity(x.len());
    let mut max_relative_error = T::zero();
    let mut index = 0;
    for (i, (&xi, &gi)) in x.iter().zip(gradient).enumerate() {
        let h = step_for(xi);
        let above = xi + h;
        let below = xi - h;
        point[i] = above;
        let f_above = f(&point);
        point[i] = below;
        let f_below = f(&point);
        point[i] = xi;
        // Dividing by the distance actually stepped, rather than 2h, cancels the
        // rounding of xᵢ ± h.
        let estimate = (f_above - f_below) / (above - below);
        let error = component_error(gi, estimate);
        if error > max_relative_error {
            max_relative_error = error;
            index = i;
        }
        finite_difference.push(estimate);
    }
    GradientCheck {
        max_relative_error,
        index,
        finite_difference,
    }
}

/// `|g − fd| / max(1, |g|, |fd|)`, or infinity when it is NaN, so that a broken
/// component is reported instead of being skipped by the comparisons.
fn component_error<T: Float>(gradient: T, estimate: T) -> T {
    let scale = T::one().max(gradient.abs()).max(estimate.abs());
    let error = (gradient - estimate).abs() / scale;
    if error.is_nan() {
        T::infinity()
    } else {
        error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rosenbrock(x: &[f64]) -> f64 {
        x.windows(2)
            .map(|w| (1.0 - w[0]).powi(2) + 100.0 * (w[1] - w[0] * w[0]).powi(2))
            .sum()
    }

    fn rosenbrock_gradient(x: &[f64]) -> Vec<f64> {
        let mut g = vec![0.0; x.len()];
        for i in 0..x.len() - 1 {
            let r = x[i + 1] - x[i] * x[i];
            g[i] += -2.0 * (1.0 - x[i]) - 400.0 * x[i] * r;
            g[i + 1] += 200.0 * r;
        }
        g
    }

    fn sample_point() -> Vec<f64> {
        vec![0.3, -1.2, 0.8, 1.5, -0.4, 2.0]
    }

    #[test]
    fn a_correct_gradient_passes() {
        let x = sample_point();
        let report = check_gradient(rosenbrock, &x, &rosenbrock_gradient(&x)).unwrap();
        assert!(report.max_relative_error < 1e-8, "{report:?}");
        assert!(report.passes(1e-8));
        assert_eq!(report.finite_difference.len(), x.len());
    }

    #[test]
    fn a_wrong_component_is_caught_at_its_index() {
        let x = sample_point();
        for wrong in 0..x.len() {
            let mut gradient = rosenbrock_gradient(&x);
            gradient[wrong] += 1e-3 * gradient[wrong].abs().max(1.0);
            let report = check_gradient(rosenbrock, &x, &gradient).unwrap();
            assert_eq!(report.index, wrong);
            assert!(report.max_relative_error > 5e-4, "{report:?}");
            assert!(!report.passes(1e-6));
        }
    }

    #[test]
    fn error_is_relative_for_large_components_and_absolute_for_small() {
        // f = 1000 x + y / 1000 + z²/2 at z = 0.
        let f = |v: &[f64]| 1000.0 * v[0] + v[1] / 1000.0 + v[2] * v[2] / 2.0;
        let x = [1.0, 1.0, 0.0];
        // Off by 0.1 out of 1000: a relative error of 1e-4.
        let report = check_gradient(f, &x, &[1000.1, 1e-3, 0.0]).unwrap();
        assert_eq!(report.index, 0);
        assert!(
            (report.max_relative_error - 1e-4).abs() < 1e-6,
            "{report:?}"
        );
        // Off by 1e-3 where the derivative is 1e-3: an absolute error of 1e-3, not 100 %.
        let report = check_gradient(f, &x, &[1000.0, 2e-3, 0.0]).unwrap();
        assert_eq!(report.index, 1);
        assert!(
            (report.max_relative_error - 1e-3).abs() < 1e-6,
            "{report:?}"
        );
    }

    #[test]
    fn large_coordinates_get_a_proportional_step() {
        let f = |v: &[f64]| v[0].ln();
        let x = [1e8];
        let report = check_gradient(f, &x, &[1e-8]).unwrap();
        assert!(report.passes(1e-10), "{report:?}");
        assert!((report.finite_difference[0] / 1e-8 - 1.0).abs() < 1e-6);
    }

    #[test]
    fn a_nan_gradient_component_fails_at_its_index() {
        let x = sample_point();
        let mut gradient = rosenbrock_gradient(&x);
        gradient[3] = f64::NAN;
        let report = check_gradient(rosenbrock, &x, &gradient).unwrap();
        assert_eq!(report.index, 3);
        assert_eq!(report.max_relative_error, f64::INFINITY);
        assert!(!report.passes(1.0));
    }

    #[test]
    fn a_non_finite_function_fails_instead_of_passing() {
        let f = |v: &[f64]| if v[1] > 1.0 { f64::NAN } else { v[0] + v[1] };
        let report = check_gradient(f, &[0.0, 1.0], &[1.0, 1.0]).unwrap();
        assert_eq!(report.index, 1);
        assert!(!report.passes(1e3));
    }

    #[test]
    fn works_with_f32() {
        let f = |v: &[f32]| v[0] * v[0] * v[1] + v[1].sin();
        let x = [1.5_f32, 0.5];
        let gradient = [2.0 * x[0] * x[1], x[0] * x[0] + x[1].cos()];
        let report = check_gradient(f, &x, &gradient).unwrap();
        assert!(report.passes(1e-3), "{report:?}");
        let wrong = [gradient[0], gradient[1] + 0.1];
        let report = check_gradient(f, &x, &wrong).unwrap();
        assert_eq!(report.index, 1);
        assert!(!report.passes(1e-2));
    }

    #[test]
    fn calls_f_twice_per_coordinate_and_leaves_x_alone() {
        let mut calls = 0;
        let x = sample_point();
        let bits: Vec<u64> = x.iter().map(|v| v.to_bits()).collect();
        check_gradient(
            |v: &[f64]| {
                calls += 1;
                rosenbrock(v)
            },
            &x,
            &rosenbrock_gradient(&x),
        )
        .unwrap();
        assert_eq!(calls, 2 * x.len());
        assert_eq!(x.iter().map(|v| v.to_bits()).collect::<Vec<_>>(), bits);
    }

    #[test]
    fn with_step_uses_the_given_step() {
        // The central difference of x³ is 3x² + h² exactly.
        let h = 0.01;
        let report = check_gradient_with_step(|v: &[f64]| v[0].powi(3), &[1.0], &[3.0], h).unwrap();
        assert!((report.finite_difference[0] - (3.0 + h * h)).abs() < 1e-10);
        assert!((report.max_relative_error - h * h / (3.0 + h * h)).abs() < 1e-10);
    }

    #[test]
    fn rejects_an_empty_input() {
        let f = |_: &[f64]| 0.0;
        assert_eq!(check_gradient(f, &[], &[]), Err(Error::EmptyInput));
        assert_eq!(
            check_gradient_with_step(f, &[], &[], 1e-3),
            Err(Error::EmptyInput)
        );
    }

    #[test]
    fn rejects_a_gradient_of_another_length() {
        let x = sample_point();
        let gradient = vec![0.0; x.len() - 1];
        assert_eq!(
            check_gradient(rosenbrock, &x, &gradient),
            Err(Error::GradientLengthMismatch {
                inputs: 6,
                gradient: 5
            })
        );
    }

    #[test]
    fn rejects_a_non_finite_input() {
        let x = [1.0, f64::NAN, f64::INFINITY];
        assert_eq!(
            check_gradient(|v: &[f64]| v[0], &x, &[1.0, 0.0, 0.0]),
            Err(Error::NonFiniteInput { index: 1 })
        );
    }

    #[test]
    fn rejects_bad_steps() {
        let f = |v: &[f64]| v[0];
        for step in [0.0, -1e-3, f64::INFINITY] {
            assert_eq!(
                check_gradient_with_step(f, &[1.0], &[1.0], step),
                Err(Error::InvalidStep(step))
            );
        }
        let nan = check_gradient_with_step(f, &[1.0], &[1.0], f64::NAN);
        assert!(matches!(nan, Err(Error::InvalidStep(h)) if h.is_nan()));
        // A step that cannot move 1e20 in f64.
        assert_eq!(
            check_gradient_with_step(f, &[1e20], &[1.0], 1.0),
            Err(Error::InvalidStep(1.0))
        );
    }
}
