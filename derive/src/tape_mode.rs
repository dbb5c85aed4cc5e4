//! `#[differentiable(tape)]`: the same generated signatures, computed by running the
//! function itself on the runtime tape. The fallback for code the transformation does not
//! cover (recursion, closures, iterator chains, trait objects). Its locals carry a
//! `__gradus_` prefix so that no argument name can collide with them.

use crate::errors::Errors;
use crate::expand::{adjoint_seed_name, adjoint_slots_prelude, partial_slots, sibling, Bodies};
use crate::names::key;
use crate::placement::Placement;
use crate::signature::{FloatType, Param, ParamKind, Signature};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use syn::{ItemFn, Type};

pub fn bodies(
    item: &ItemFn,
    signature: &Signature,
    placement: Placement,
    errors: &mut Errors,
) -> Option<Bodies> {
    let FloatType::Generic(float) = &signature.float else {
        errors.at(
            &item.sig.output,
            "#[differentiable(tape)] runs the function on the tape's variables, so it must be generic: write it for `T: Float` and return `T`",
        );
        return None;
    };
    if let Some(param) = signature
        .params
        .iter()
        .find(|param| matches!(param.kind, ParamKind::Struct(_)))
    {
        errors.at(
            &param.name,
            "#[differentiable(tape)] does not differentiate struct arguments yet: drop `tape` (the transformation reads struct fields), or pass the fields as arrays",
        );
        return None;
    }
    let name = &sibling(placement, &item.sig.ident);
    let has_arrays = signature
        .params
        .iter()
        .any(|param| matches!(param.kind, ParamKind::Array(_)));

    let active: Vec<&Param> = signature.active_params().collect();
    let recording = record(name, float, signature, &|param| param.active);
    let additions = scatter(
        &active,
        &|buffer| quote!(*#buffer),
        &|buffer, indices| quote!(#buffer #indices),
    );
    let into = quote! {
        #recording
        let mut __gradus_cursor = 0usize;
        #additions
        __gradus_output.value()
    };

    let partials = (!has_arrays).then(|| {
        let recording = record(name, float, signature, &|param| {
            param.kind == ParamKind::Float
        });
        let floats: Vec<&Param> = signature
            .params
            .iter()
            .filter(|param| param.kind == ParamKind::Float)
            .collect();
        let zero = signature.float.zero();
        let declarations = floats.iter().map(|param| {
            let local = param.buffer.clone();
            quote!(let mut #local: #float = #zero;)
        });
        let additions = scatter(&floats, &|buffer| quote!(#buffer), &|_, _| {
            TokenStream::new()
        });
        let slots = partial_slots(signature);
        quote! {
            #recording
            #(#declarations)*
            let mut __gradus_cursor = 0usize;
            #additions
            (__gradus_output.value(), (#(#slots,)*))
        }
    });
    let adjoint = has_arrays.then(|| {
        let recording = record(name, float, signature, &|param| {
            param.kind != ParamKind::Other
        });
        let prelude = adjoint_slots_prelude(signature);
        let seed = adjoint_seed_name();
        let floats: Vec<&Param> = signature
            .params
            .iter()
            .filter(|param| param.kind != ParamKind::Other)
            .collect();
        let additions = scatter_scaled(&floats, &quote!(#seed));
        quote! {
            #prelude
            #recording
            let mut __gradus_cursor = 0usize;
            #additions
            __gradus_output.value()
        }
    });
    Some(Bodies {
        into,
        partials,
        adjoint,
    })
}

fn var_name(param: &Param) -> Ident {
    format_ident!("{}_var", key(&param.name))
}

/// Records the arguments on a tape (variables where `differentiate`, constants elsewhere),
/// runs the function, and takes the gradient with respect to every variable, in order.
fn record(
    name: &TokenStream,
    float: &Ident,
    signature: &Signature,
    differentiate: &dyn Fn(&Param) -> bool,
) -> TokenStream {
    let mut setup = TokenStream::new();
    let mut arguments = Vec::new();
    let mut collect = TokenStream::new();
    for param in &signature.params {
        let argument = &param.name;
        let var = var_name(param);
        let leaf = |element: TokenStream| {
            if differentiate(param) {
                quote!(__gradus_tape.var(#element))
            } else {
                quote!(::gradus::Var::constant(#element))
            }
        };
        match &param.kind {
            ParamKind::Float => {
                let made = leaf(quote!(#argument));
                setup.extend(quote!(let #var = #made;));
                arguments.push(quote!(#var));
                if differentiate(param) {
                    collect.extend(quote!(__gradus_variables.push(#var);));
                }
            }
            ParamKind::Array(array) => {
                let container = match &param.ty {
                    Type::Reference(reference) => (*reference.elem).clone(),
                    other => other.clone(),
                };
                let made = build(quote!(#argument), &container, 0, &leaf);
                setup.extend(quote!(let #var = #made;));
                let by_reference = matches!(param.ty, Type::Reference(_));
                arguments.push(if by_reference {
                    quote!(&#var)
                } else {
                    quote!(#var)
                });
                if differentiate(param) {
                    collect.extend(walk(
                        quote!(#var),
                        array.rank,
                        0,
                        &|element| quote!(__gradus_variables.push(#element);),
                    ));
                }
            }
            ParamKind::Other => arguments.push(quote!(#argument)),
            ParamKind::Struct(_) => unreachable!("struct arguments are refused in tape mode"),
        }
    }
    quote! {
        let __gradus_tape = ::gradus::Tape::<#float>::default();
        #setup
        let __gradus_output = #name(#(#arguments),*);
        let mut __gradus_variables = ::std::vec::Vec::new();
        #collect
        let __gradus_gradient = __gradus_tape.gradient(__gradus_output, &__gradus_variables);
    }
}

/// The same shape as `source` (a slice, `Vec` or nested array of floats) with `leaf`
/// applied to every float.
fn build(
    source: TokenStream,
    container: &Type,
    depth: usize,
    leaf: &dyn Fn(TokenStream) -> TokenStream,
) -> TokenStream {
    let index = format_ident!("i{}", depth);
    let element_type = match container {
        Type::Slice(slice) => Some((&*slice.elem, true)),
        Type::Array(array) => Some((&*array.elem, false)),
        Type::Paren(inner) => return build(source, &inner.elem, depth, leaf),
        Type::Path(path) => {
            path.path
                .segments
                .last()
                .and_then(|segment| match &segment.arguments {
                    syn::PathArguments::AngleBracketed(arguments) if segment.ident == "Vec" => {
                        match arguments.args.first() {
                            Some(syn::GenericArgument::Type(element)) => Some((element, true)),
                            _ => None,
                        }
                    }
                    _ => None,
                })
        }
        _ => None,
    };
    match element_type {
        None => leaf(source),
        Some((element, growable)) => {
            let inner = build(quote!(#source[#index]), element, depth + 1, leaf);
            if growable {
                quote!((0..#source.len()).map(|#index| #inner).collect::<::std::vec::Vec<_>>())
            } else {
                quote!(::core::array::from_fn(|#index| #inner))
            }
        }
    }
}

/// Loops over every float of a rank-`rank` structure, in order.
fn walk(
    source: TokenStream,
    rank: usize,
    depth: usize,
    visit: &dyn Fn(TokenStream) -> TokenStream,
) -> TokenStream {
    if depth == rank {
        return visit(source);
    }
    let index = format_ident!("i{}", depth);
    let inner = walk(quote!(#source[#index]), rank, depth + 1, visit);
    quote!(for #index in 0..#source.len() { #inner })
}

/// Adds `seed ·` the gradient into each parameter's buffer (the adjoint companion's).
fn scatter_scaled(params: &[&Param], seed: &TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    for param in params {
        let buffer = param.buffer.clone();
        match &param.kind {
            ParamKind::Float => out.extend(quote! {
                *#buffer = *#buffer + #seed * __gradus_gradient[__gradus_cursor];
                __gradus_cursor += 1;
            }),
            ParamKind::Array(array) => {
                out.extend(walk(quote!(#buffer), array.rank, 0, &|path| {
                    quote! {
                        #path = #path + #seed * __gradus_gradient[__gradus_cursor];
                        __gradus_cursor += 1;
                    }
                }));
            }
            ParamKind::Other => {}
            ParamKind::Struct(_) => unreachable!("struct arguments are refused in tape mode"),
        }
    }
    out
}

/// Adds the gradient, in recording order, into each parameter's buffer.
fn scatter(
    params: &[&Param],
    scalar: &dyn Fn(&Ident) -> TokenStream,
    element: &dyn Fn(&Ident, TokenStream) -> TokenStream,
) -> TokenStream {
    let mut out = TokenStream::new();
    for param in params {
        let buffer = param.buffer.clone();
        match &param.kind {
            ParamKind::Float => {
                let target = scalar(&buffer);
                out.extend(quote! {
                    #target = #target + __gradus_gradient[__gradus_cursor];
                    __gradus_cursor += 1;
                });
            }
            ParamKind::Array(array) => {
                out.extend(walk(quote!(#buffer), array.rank, 0, &|indices_path| {
                    let target = element(&buffer, strip_buffer(&buffer, indices_path));
                    quote! {
                        #target = #target + __gradus_gradient[__gradus_cursor];
                        __gradus_cursor += 1;
                    }
                }));
            }
            ParamKind::Other => {}
            ParamKind::Struct(_) => unreachable!("struct arguments are refused in tape mode"),
        }
    }
    out
}

/// `buffer[i0][i1]` from the walked path (which already starts with the buffer).
fn strip_buffer(_buffer: &Ident, path: TokenStream) -> TokenStream {
    let mut tokens = path.into_iter();
    tokens.next();
    tokens.collect()
}
