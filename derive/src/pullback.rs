//! `#[differentiable(pullback = f_pullback)]`: the user's own derivative. The body is not
//! read; the generated functions run `f` for the value and call the pullback, which ADDS
//! `d_out · ∂f/∂a` into one buffer per differentiated argument (the buffers of
//! `grad_f_into`). Other annotated functions reach it through the same companions as any
//! other function, so a call composes through the pullback.
//!
//! A caller may differentiate along an argument the pullback's `wrt` leaves out. That
//! derivative is unknown, so it is NaN: never a silent zero. (The companions compute every
//! argument's partial for their callers, so this cannot be told at compile time.)

use crate::expand::{adjoint_seed_name, sibling, Bodies};
use crate::placement::Placement;
use crate::signature::{ParamKind, Signature};
use proc_macro2::{Ident, TokenStream};
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::ItemFn;

pub fn bodies(
    item: &ItemFn,
    signature: &Signature,
    placement: Placement,
    pullback: &syn::Path,
    turbofish: &TokenStream,
) -> Bodies {
    let ty = signature.float.tokens();
    let primal = sibling(placement, &item.sig.ident);
    let arguments: Vec<&Ident> = signature.params.iter().map(|param| &param.name).collect();
    let active: Vec<&crate::signature::Param> = signature.active_params().collect();
    let buffers: Vec<&Ident> = active.iter().map(|param| &param.buffer).collect();

    // The pullback must take the arguments, `d_out` and the buffers: a coercion to that
    // function pointer type fails at the attribute's path, showing the expected signature.
    let argument_types = signature.params.iter().map(|param| &param.ty);
    let buffer_types = active
        .iter()
        .map(|param| param.buffer_type(&signature.float));
    // It is called through that pointer, so a wrong signature is one error, not two.
    let mut local = String::from("pullback");
    while signature.params.iter().any(|param| param.name == local) {
        local.push('_');
    }
    let local = Ident::new(&local, proc_macro2::Span::call_site());
    let span = pullback.span();
    let checked = quote_spanned! {span=>
        let #local: fn(#(#argument_types,)* #ty, #(#buffer_types),*) = #pullback;
    };
    let call_pullback = |seed: TokenStream| {
        quote! {
            #checked
            #local(#(#arguments,)* #seed, #(#buffers),*);
            #primal #turbofish (#(#arguments),*)
        }
    };
    let into = call_pullback(signature.float.one());

    let has_arrays = signature
        .params
        .iter()
        .any(|param| matches!(param.kind, ParamKind::Array(_) | ParamKind::Struct(_)));
    let grad_into = sibling(
        placement,
        &quote::format_ident!(
            "grad_{}_into",
            crate::names::key(&item.sig.ident),
            span = item.sig.ident.span()
        ),
    );
    let partials = (!has_arrays).then(|| {
        let zero = signature.float.zero();
        let slots = signature.params.iter().map(|param| match param.kind {
            ParamKind::Float if param.active => param.buffer.to_token_stream(),
            ParamKind::Float => quote!(<#ty as ::gradus::__private::Float>::nan()),
            _ => quote!(()),
        });
        quote! {
            #(let mut #buffers: #ty = #zero;)*
            let value: #ty = #grad_into #turbofish (#(#arguments,)* #(&mut #buffers),*);
            (value, (#(#slots,)*))
        }
    });
    let adjoint = has_arrays.then(|| {
        // Only the differentiated arguments have buffers to fill (`None` gets zeros).
        let mut differentiated = signature.clone();
        for param in &mut differentiated.params {
            if !param.active {
                param.kind = ParamKind::Other;
            }
        }
        let prelude = crate::expand::adjoint_slots_prelude(&differentiated, &differentiated.float);
        let unknown = signature
            .params
            .iter()
            .filter(|param| !param.active && param.kind != ParamKind::Other)
            .map(|param| {
                let buffer = &param.buffer;
                let fill = match param.kind {
                    ParamKind::Array(_) => quote! {
                        for element in slot.iter_mut() {
                            ::gradus::__private::fill_nan(element);
                        }
                    },
                    _ => quote!(::gradus::__private::fill_nan(slot);),
                };
                quote! {
                    if let ::core::option::Option::Some(slot) = #buffer {
                        #fill
                    }
                }
            });
        let seed = adjoint_seed_name();
        let body = call_pullback(quote!(#seed));
        quote!(#prelude #(#unknown)* #body)
    });
    Bodies {
        into,
        partials,
        adjoint,
        tangent: None,
        dual: Err(
            "its derivative is a custom pullback, which has no derivative of its own".to_string(),
        ),
    }
}
