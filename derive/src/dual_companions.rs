//! A function's dual companions: its partials, adjoint and value over `Dual<f64>`
//! (`dual_partials`, `dual_adjoint` and `dual_primal` beside the other companions,
//! `__gradus_dual_partials_f` … in an `impl` block). Where the reverse sweep of a concrete
//! function's `hvp_f`, written over dual numbers, calls another function, it calls these.
//!
//! - A generic function's run its own companions at `T = Dual<…>`.
//! - A concrete function's are written from its IR over dual numbers (`DualBodies`).
//! - A concrete function that has none (a struct argument, a custom pullback, the tape…)
//!   gets companions of the same signature that panic naming it and the reason: the
//!   caller's `hvp_f` still compiles, and says at its first use what it cannot do.

use crate::expand::{adjoint_seed_name, partials_through_adjoint, sibling, DualBodies};
use crate::placement::Placement;
use crate::signature::{FloatType, Param, ParamKind, Signature};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, ToTokens};
use syn::ItemFn;

/// What the companions are declared with, as `assemble` declares the others.
pub struct Declared<'a> {
    pub item: &'a ItemFn,
    pub signature: &'a Signature,
    pub placement: Placement,
    pub where_clause: &'a Option<syn::WhereClause>,
    pub turbofish: &'a TokenStream,
    pub allow: &'a TokenStream,
    pub cfgs: &'a [&'a syn::Attribute],
    /// The function's own partials and adjoint companions, when it has them.
    pub partials: Option<&'a Ident>,
    pub adjoint: Option<&'a Ident>,
}

/// The name of a dual companion: `dual_partials`, or `__gradus_dual_partials_f` in an
/// `impl` block (as `lower::callee_companion` names it at the call).
fn name(declared: &Declared, kind: &str) -> Ident {
    let function = &declared.item.sig.ident;
    match declared.placement {
        Placement::Module => format_ident!("dual_{}", kind, span = function.span()),
        Placement::Impl => format_ident!(
            "__gradus_dual_{}_{}",
            kind,
            crate::names::key(function),
            span = function.span()
        ),
    }
}

pub fn items(declared: &Declared, dual: &Result<DualBodies, String>) -> TokenStream {
    let signature = declared.signature;
    let arguments: Vec<&Ident> = signature.params.iter().map(|param| &param.name).collect();
    let slot_names: Vec<&Ident> = signature.params.iter().map(|param| &param.buffer).collect();
    let seed = adjoint_seed_name();
    let (float, partials, adjoint, primal) = match (&signature.float, dual) {
        (FloatType::Generic(_), _) => {
            // The function's own companions, at whatever float its caller passes.
            let turbofish = declared.turbofish;
            let partials = declared
                .partials
                .map(|own| quote!(Self::#own #turbofish (#(#arguments),*)));
            let adjoint = declared
                .adjoint
                .map(|own| quote!(Self::#own #turbofish (#(#arguments,)* #seed, #(#slot_names),*)));
            let function = sibling(declared.placement, &declared.item.sig.ident);
            let primal = quote!(#function #turbofish (#(#arguments),*));
            (signature.float.tokens(), partials, adjoint, primal)
        }
        (FloatType::Concrete(float), Ok(bodies)) if bodies.companions_unavailable.is_none() => {
            let prelude = quote! {
                #[allow(unused_imports)]
                use ::gradus::__private::{Float as _, PrimalArray as _};
                type __GradusDual = ::gradus::Dual<#float>;
            };
            let dual_adjoint = name(declared, "adjoint");
            let one = quote!(::gradus::Dual::<#float>::constant(1.0));
            let zero = quote!(::gradus::Dual::<#float>::constant(0.0));
            let partials = match (&bodies.partials, &bodies.adjoint) {
                (Some(body), _) => Some(quote!(#prelude #body)),
                // Arrays that the caller passes as data: the partials of the floats
                // come from the adjoint, the arrays' slots left empty.
                (None, Some(_)) => Some(partials_through_adjoint(
                    signature,
                    &quote!(Self::#dual_adjoint),
                    &lifted(&quote!(#float), float),
                    &zero,
                    &one,
                )),
                (None, None) => None,
            };
            let adjoint = bodies.adjoint.as_ref().map(|body| quote!(#prelude #body));
            let nones = signature
                .params
                .iter()
                .map(|_| quote!(::core::option::Option::None));
            let primal = quote!(Self::#dual_adjoint(#(#arguments,)* #zero, #(#nones),*));
            (lifted(&quote!(#float), float), partials, adjoint, primal)
        }
        (FloatType::Concrete(float), failed) => {
            let reason = match failed {
                Err(reason) => reason,
                Ok(bodies) => bodies
                    .companions_unavailable
                    .as_ref()
                    .expect("the guard above"),
            };
            let message = format!(
                "an `hvp_…` reached `{}`, which has no second derivative, because {reason}",
                crate::names::key(&declared.item.sig.ident)
            );
            let panic = quote!(::core::panic!("{}", #message));
            (
                lifted(&quote!(#float), float),
                declared.partials.map(|_| panic.clone()),
                declared.adjoint.map(|_| panic.clone()),
                panic,
            )
        }
    };
    let lifted_signature = |param: &Param| -> TokenStream {
        match (&signature.float, &param.kind) {
            // `&Vec<f64>` too: callers pass `&[Dual<f64>]`.
            (FloatType::Concrete(float), ParamKind::Array(array))
                if array.slice && param.receiver.is_none() =>
            {
                let (name, element) =
                    (&param.name, lifted(&array.element.to_token_stream(), float));
                quote!(#name: &[#element])
            }
            (FloatType::Concrete(float), ParamKind::Float | ParamKind::Array(_))
                if param.receiver.is_none() =>
            {
                let (name, ty) = (&param.name, lifted(&param.ty.to_token_stream(), float));
                quote!(#name: #ty)
            }
            _ => param.declaration(),
        }
    };
    let declarations: Vec<TokenStream> = signature.params.iter().map(lifted_signature).collect();
    let slot_types = signature.params.iter().map(|param| match param.kind {
        ParamKind::Float => float.clone(),
        _ => quote!(()),
    });
    let adjoint_slots = signature.params.iter().map(|param| {
        let buffer = &param.buffer;
        let ty = match (&signature.float, &param.kind) {
            (_, ParamKind::Other) => quote!(()),
            (FloatType::Concrete(float), ParamKind::Float | ParamKind::Array(_)) => {
                lifted(&param.buffer_type(&signature.float), float)
            }
            _ => param.buffer_type(&signature.float),
        };
        quote!(#buffer: ::core::option::Option<#ty>)
    });
    let (allow, cfgs, vis) = (declared.allow, declared.cfgs, &declared.item.vis);
    let generics = &declared.item.sig.generics;
    let where_clause = declared.where_clause;
    let mut items = TokenStream::new();
    if let Some(body) = partials {
        let dual_partials = name(declared, "partials");
        items.extend(quote! {
            #(#cfgs)*
            #[doc(hidden)]
            #allow
            #vis fn #dual_partials #generics (#(#declarations),*) -> (#float, (#(#slot_types,)*)) #where_clause {
                #body
            }
        });
    }
    if let Some(body) = adjoint {
        let (dual_adjoint, dual_primal) = (name(declared, "adjoint"), name(declared, "primal"));
        items.extend(quote! {
            #(#cfgs)*
            #[doc(hidden)]
            #allow
            #vis fn #dual_adjoint #generics (#(#declarations,)* #seed: #float, #(#adjoint_slots),*) -> #float #where_clause {
                #body
            }

            #(#cfgs)*
            #[doc(hidden)]
            #allow
            #vis fn #dual_primal #generics (#(#declarations),*) -> #float #where_clause {
                #primal
            }
        });
    }
    items
}

/// A type of the function's float (`f64`, `&[f64]`, `[[f64; 3]; 2]`) with the float made a
/// dual number.
fn lifted(ty: &TokenStream, float: &Ident) -> TokenStream {
    retyped(ty, float, &quote!(::gradus::Dual<#float>))
}

/// `ty` with every identifier `from` replaced by `to`.
pub fn retyped(ty: &TokenStream, from: &Ident, to: &TokenStream) -> TokenStream {
    ty.clone()
        .into_iter()
        .flat_map(|token| match token {
            proc_macro2::TokenTree::Ident(ident) if ident == *from => to.clone(),
            proc_macro2::TokenTree::Group(group) => {
                let mut inner =
                    proc_macro2::Group::new(group.delimiter(), retyped(&group.stream(), from, to));
                inner.set_span(group.span());
                proc_macro2::TokenTree::Group(inner).into_token_stream()
            }
            other => other.into_token_stream(),
        })
        .collect()
}
