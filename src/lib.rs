#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

pub use gradus_derive::differentiable;
pub use gradus_runtime::*;

/// What generated code refers to by absolute path. Not part of the API.
#[doc(hidden)]
pub mod __private {
    pub use gradus_runtime::records::Records;
    pub use num_traits::{Float, NumCast, One, Zero};

    /// A float of data, whether the user's code holds it by value or by reference (a
    /// name bound by a pattern over `&[f64]` or `&Option<f64>`).
    #[inline(always)]
    pub fn value<T: Copy, B: core::borrow::Borrow<T>>(data: B) -> T {
        *data.borrow()
    }
}
