//! The attribute's own arguments: `#[differentiable]`, `#[differentiable(wrt(a, b))]`,
//! `#[differentiable(tape)]`, `#[differentiable(pullback = f_pullback)]`.

use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::parse::Parser;
use syn::Ident;

#[derive(Default)]
pub struct Options {
    /// The arguments named in `wrt(…)`, with their spans for errors.
    pub wrt: Option<Vec<Ident>>,
    /// Where `tape` was written, if it was.
    pub tape: Option<Span>,
    /// The user's own derivative: the body is not read, `grad_f` calls this.
    pub pullback: Option<syn::Path>,
}

pub fn parse(attribute: TokenStream) -> syn::Result<Options> {
    let mut options = Options::default();
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("tape") {
            if options.tape.is_some() {
                return Err(meta.error("`tape` is given twice"));
            }
            options.tape = Some(meta.input.span());
            Ok(())
        } else if meta.path.is_ident("wrt") {
            if options.wrt.is_some() {
                return Err(meta.error("`wrt(…)` is given twice; name every argument in one list"));
            }
            let content;
            syn::parenthesized!(content in meta.input);
            let names = content
                .parse_terminated(Ident::parse_any, syn::Token![,])
                .map_err(|error| {
                    syn::Error::new(error.span(), "expected argument names, as in `wrt(x, y)`")
                })?;
            let names: Vec<Ident> = names.into_iter().collect();
            if names.is_empty() {
                return Err(meta.error("`wrt()` names no argument; name the arguments to differentiate, as in `wrt(x)`"));
            }
            options.wrt = Some(names);
            Ok(())
        } else if meta.path.is_ident("pullback") {
            if options.pullback.is_some() {
                return Err(meta.error("`pullback` is given twice"));
            }
            let path: syn::Path = meta.value()?.parse().map_err(|error| {
                syn::Error::new(
                    error.span(),
                    "expected the pullback function's path, as in `pullback = erf_pullback`",
                )
            })?;
            options.pullback = Some(path);
            Ok(())
        } else {
            Err(meta.error(
                "unknown option of #[differentiable]; expected `wrt(arguments…)`, `tape` or `pullback = function`",
            ))
        }
    });
    parser.parse2(attribute)?;
    if let (Some(tape), Some(pullback)) = (options.tape, &options.pullback) {
        let mut error = syn::Error::new_spanned(
            pullback,
            "`pullback` and `tape` exclude each other: with a pullback the body is not read at all",
        );
        error.combine(syn::Error::new(tape, "`tape` is given here"));
        return Err(error);
    }
    Ok(options)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn reads_wrt_and_tape() {
        let options = parse(quote!(wrt(a, b), tape)).unwrap();
        assert!(options.pullback.is_none());
        let with_pullback = parse(quote!(pullback = special::erf_pullback)).unwrap();
        let path = with_pullback.pullback.unwrap();
        assert_eq!(quote!(#path).to_string(), "special :: erf_pullback");
        let names: Vec<String> = options.wrt.unwrap().iter().map(|n| n.to_string()).collect();
        assert_eq!(names, ["a", "b"]);
        assert!(options.tape.is_some());
        assert!(parse(quote!()).unwrap().wrt.is_none());
    }

    #[test]
    fn refuses_unknown_and_malformed_options() {
        for bad in [
            quote!(forward),
            quote!(wrt()),
            quote!(wrt(a::b)),
            quote!(wrt(a), wrt(b)),
            quote!(pullback),
            quote!(pullback = 3),
            quote!(pullback = f, pullback = g),
            quote!(pullback = f, tape),
        ] {
            assert!(parse(bad.clone()).is_err(), "{bad} was accepted");
        }
    }
}
