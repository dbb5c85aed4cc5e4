//! The runtime of [gradus](https://docs.rs/gradus): what a compiler cannot see ahead of time.
//!
//! - [`Tape`] records operations on [`Var`]s as they run and walks them backwards with the
//!   chain rule (the GradientTape idea), for code `#[differentiable]` cannot transform.
//! - [`Dual`] carries a value with its derivative along one direction (forward mode); like
//!   [`Var`] it implements `Float`, so generic code, and the tape itself, run on it.
//! - [`optim`] holds the optimizers that consume gradients ([`optim::Sgd`] with momentum,
//!   Nesterov and decoupled weight decay).
//! - [`Differentiable`] values (floats, arrays, `Vec`s and structs of them) are stepped by
//!   [`Optimizer::update`](optim::Optimizer::update) as one flat vector of scalars, and
//!   rebuilt over another float type (a parameter struct over the tape's variables) by
//!   [`Rebuild`].
//! - [`data`] draws seeded, shuffled mini-batches; [`check`] compares a gradient with
//!   central finite differences.
//!
//! ```
//! use gradus_runtime::Tape;
//!
//! let tape = Tape::new();
//! let x = tape.var(0.0);
//! let y = 2.0 * x + 3.0;
//! assert_eq!(y.value(), 3.0);
//! assert_eq!(tape.gradient(y, &[x]), vec![2.0]);
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod check;
pub mod data;
mod differentiable;
mod dual;
mod error;
pub mod optim;
mod rebuild;
#[doc(hidden)]
pub mod records;
pub mod shape_path;
mod tape;

pub use differentiable::Differentiable;
pub use dual::Dual;
pub use error::Error;
/// `num_traits`, re-exported for its other traits (`Zero`, `One`, `NumCast`, …).
pub use num_traits;
/// The float trait generic code is written against; re-exported so `use gradus::Float;` is enough.
pub use num_traits::Float;
pub use rebuild::Rebuild;
pub use tape::{Tape, Var};
