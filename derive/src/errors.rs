//! Collects every error of one expansion so the user sees them all in one compile.

use proc_macro2::TokenStream;
use quote::ToTokens;
use std::fmt::Display;

#[derive(Default)]
pub struct Errors {
    errors: Vec<syn::Error>,
    /// The body is not valid Rust as written (a `?` in a function returning `f64`, a write
    /// through `&[f64]`), so rustc would complain about the same lines.
    body_is_not_rust: bool,
}

impl Errors {
    /// An error spanning the tokens of `at`.
    pub fn at(&mut self, at: impl ToTokens, message: impl Display) {
        self.errors.push(syn::Error::new_spanned(at, message));
    }

    pub fn push(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    /// Records that the body cannot be emitted as written without rustc's own errors.
    pub fn body_is_not_rust(&mut self) {
        self.body_is_not_rust = true;
    }

    pub fn keeps_body(&self) -> bool {
        !self.body_is_not_rust
    }

    pub fn len(&self) -> usize {
        self.errors.len()
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    #[cfg(test)]
    pub fn messages(&self) -> Vec<String> {
        self.errors.iter().map(ToString::to_string).collect()
    }

    pub fn to_compile_errors(&self) -> TokenStream {
        self.errors
            .iter()
            .map(syn::Error::to_compile_error)
            .collect()
    }
}
