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
mod derive_struct;
mod desugar;
mod dual_companions;
mod emit;
mod errors;
mod expand;
mod fields;
#[cfg(test)]
mod fuzz;
mod hvp;
mod ir;
mod lift;
mod lower;
mod names;
mod optimize;
mod placement;
mod pullback;
mod rules;
mod signature;
mod tangent;
mod tape_mode;

use proc_macro::TokenStream;

/// Generates `grad_<name>` and `grad_<name>_into`, the reverse-mode gradient of the
/// annotated function, as ordinary Rust. See the `gradus` crate for the details.
#[proc_macro_attribute]
pub fn differentiable(attribute: TokenStream, item: TokenStream) -> TokenStream {
    expand::differentiable(attribute.into(), item.into()).into()
}

/// `#[derive(Differentiable)]`: implements `gradus::Differentiable` for a struct of
/// parameters, so it can be zeroed, counted, visited scalar by scalar (fields in
/// declaration order) and stepped by `Optimizer::update`. See the `gradus` crate, which
/// re-exports it, for an example.
///
/// Its named fields are float scalars (`f32`, `f64`, a type parameter, which stands for the
/// float type), arrays and nested arrays of them, `Vec`s of them, and other
/// `#[derive(Differentiable)]` structs, all of one float type. A field of another type (an
/// integer, an `Option`, a reference…) is a compile error at the field; so are tuple
/// structs, unit structs, enums and unions.
///
/// A struct whose one type parameter is its float type (`struct Mlp<T>`) also gets
/// `gradus::Rebuild`: `Mlp<T>` rebuilt as `Mlp<U>` field by field, bounded by `T: Float`
/// and the nested structs' own `Rebuild` only, which `#[differentiable(tape)]` uses to run
/// a loss over such a struct on the tape.
#[proc_macro_derive(Differentiable)]
pub fn derive_differentiable(item: TokenStream) -> TokenStream {
    derive_struct::derive(item.into()).into()
}
