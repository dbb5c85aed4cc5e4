//! The `#[differentiable]` attribute of [gradus](https://docs.rs/gradus): compile-time
//! reverse-mode automatic differentiation. Use it through the `gradus` crate, whose
//! documentation describes what it accepts and generates.
//!
//! The pipeline, one file per step: `attr` reads the attribute, `signature` the
//! function's arguments, `check` refuses what the DSL never supports, `lower` turns the
//! body into the `ir` (a Wengert list), `activity` decides what each value needs,
//! `emit` writes the forward and reverse sweeps from it using the derivative `rules`, and
//! `expand` assembles the generated functions (`tape_mode` instead runs the function on
//! the runtime tape).
#![forbid(unsafe_code)]

mod activity;
mod attr;
mod callees;
mod check;
mod desugar;
mod emit;
mod errors;
mod expand;
#[cfg(test)]
mod fuzz;
mod ir;
mod lower;
mod names;
mod optimize;
mod placement;
mod rules;
mod signature;
mod tape_mode;

use proc_macro::TokenStream;

/// Generates `grad_<name>` and `grad_<name>_into`, the reverse-mode gradient of the
/// annotated function, as ordinary Rust. See the `gradus` crate for the details.
#[proc_macro_attribute]
pub fn differentiable(attribute: TokenStream, item: TokenStream) -> TokenStream {
    expand::differentiable(attribute.into(), item.into()).into()
}
