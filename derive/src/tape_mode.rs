//! `#[differentiable(tape)]`: the same generated signatures, computed by running the
//! function itself on the runtime tape. The fallback for code the transformation does not
//! cover (recursion, closures, iterator chains, trait objects).

use crate::errors::Errors;
use crate::expand::{buffer_name, partial_slots, Bodies};
use crate::signature::{FloatType, ParamKind, Signature};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ItemFn;

pub fn bodies(item: &ItemFn, signature: &Signature, errors: &mut Errors) -> Option<Bodies> {
    let FloatType::Generic(float) = &signature.float else {
        errors.at(
            &item.sig.output,
            "#[differentiable(tape)] runs the function on the tape's variables, so it must be generic: write it for `T: Float` and return `T`",
        );
        return None;
    };
    let name = &item.sig.ident;
    let record = |differentiate: &dyn Fn(&crate::signature::Param) -> bool| {
        let arguments: Vec<TokenStream> = signature
            .params
            .iter()
            .map(|param| {
                let name = &param.name;
                match param.kind {
                    ParamKind::Float if differentiate(param) => {
                        let var = format_ident!("{}_var", crate::names::key(name));
                        quote!(#var)
                    }
                    ParamKind::Float => quote!(::gradus::Var::constant(#name)),
                    ParamKind::Other => quote!(#name),
                }
            })
            .collect();
        let variables: Vec<_> = signature
            .params
            .iter()
            .filter(|param| param.kind == ParamKind::Float && differentiate(param))
            .map(|param| {
                let name = &param.name;
                let var = format_ident!("{}_var", crate::names::key(name));
                (quote!(let #var = tape.var(#name);), var)
            })
            .collect();
        let declarations = variables.iter().map(|(declaration, _)| declaration);
        let vars = variables.iter().map(|(_, var)| var);
        quote! {
            let tape = ::gradus::Tape::<#float>::default();
            #(#declarations)*
            let output = #name(#(#arguments),*);
            let gradient = tape.gradient(output, &[#(#vars),*]);
        }
    };

    let active: Vec<_> = signature.active_params().collect();
    let recording = record(&|param| param.active);
    let additions = active.iter().enumerate().map(|(index, param)| {
        let buffer = buffer_name(&param.name);
        quote!(*#buffer = *#buffer + gradient[#index];)
    });
    let into = quote! {
        #recording
        #(#additions)*
        output.value()
    };

    let recording = record(&|_| true);
    let floats = signature
        .params
        .iter()
        .filter(|param| param.kind == ParamKind::Float)
        .enumerate()
        .map(|(index, param)| {
            let local = buffer_name(&param.name);
            quote!(let #local: #float = gradient[#index];)
        });
    let slots = partial_slots(signature);
    let partials = quote! {
        #recording
        #(#floats)*
        (output.value(), (#(#slots,)*))
    };
    Some(Bodies { into, partials })
}
