//! The `#[differentiable]` attribute of gradus. Use it through the `gradus` crate.
#![forbid(unsafe_code)]
