//! `hvp_f`: value, gradient and Hessian-vector product by forward mode over the generated
//! reverse sweep. A function generic over its float type `T` already has a reverse sweep
//! for any `Float`; run at `T = Dual<T>` with every argument `x + ε·v`, the gradient's
//! values are `∇f(x)` and its tangents `H·v`.
//!
//! Generated for functions generic over their own float parameter, bounded by `Float`
//! alone, whose arguments are floats and arrays of it (data of other types may stand
//! beside them). Other functions get no `hvp_f` yet: a concrete `f64` function's reverse
//! sweep is written in `f64` and cannot run on dual numbers, and a struct argument or a
//! method's `impl<T>` would need the struct rebuilt over `Dual<T>`.

use crate::signature::{FloatType, Param, ParamKind, Signature};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, ToTokens};
use syn::{GenericParam, ItemFn, Type, TypeParamBound};

/// The `hvp_f` item, or nothing when the function does not qualify.
pub fn item(
    item: &ItemFn,
    signature: &Signature,
    grad_path: &TokenStream,
    gradient_type: &TokenStream,
    allow: &TokenStream,
    cfgs: &[&syn::Attribute],
) -> TokenStream {
    let FloatType::Generic(float) = &signature.float else {
        return TokenStream::new();
    };
    if !qualifies(item, signature, float) {
        return TokenStream::new();
    }
    let vis = &item.vis;
    let name = &item.sig.ident;
    let generics = &item.sig.generics;
    let where_clause = &generics.where_clause;
    let bare = crate::names::key(name);
    let hvp = format_ident!("hvp_{}", bare, span = name.span());
    let dual = quote!(::gradus::Dual<#float>);
    let active: Vec<&Param> = signature.active_params().collect();
    let directions: Vec<Ident> = active
        .iter()
        .map(|param| direction_name(param, signature))
        .collect();
    let direction_types: Vec<TokenStream> = active
        .iter()
        .map(|param| match &param.kind {
            ParamKind::Array(array) if array.slice => {
                let element = &array.element;
                quote!(&[#element])
            }
            ParamKind::Array(array) => {
                let array = &array.array;
                quote!(&#array)
            }
            _ => float.to_token_stream(),
        })
        .collect();
    // Each argument lifted to dual numbers: `x + ε·v` along `v` for the differentiated
    // ones, `x + ε·0` for the other floats, data as it is.
    let mut lifts = TokenStream::new();
    let mut passed = Vec::new();
    for param in &signature.params {
        let argument = &param.name;
        let lifted = format_ident!("{}_dual", crate::names::key(argument));
        let direction = param
            .active
            .then(|| direction_name(param, signature).to_token_stream());
        match &param.kind {
            ParamKind::Float => {
                let tangent = direction
                    .unwrap_or_else(|| quote!(<#float as ::gradus::__private::Zero>::zero()));
                lifts.extend(quote!(let #lifted = ::gradus::Dual::new(#argument, #tangent);));
                passed.push(quote!(#lifted));
            }
            ParamKind::Array(array) => {
                let zero = quote!(<#float as ::gradus::__private::Zero>::zero());
                let leaf = |x: &TokenStream, v: Option<&TokenStream>| match v {
                    Some(v) => quote!(::gradus::Dual::new(*#x, *#v)),
                    None => quote!(::gradus::Dual::new(*#x, #zero)),
                };
                let v = direction.as_ref();
                if array.slice {
                    let element = map_elements(
                        &array.element,
                        &quote!(__x),
                        v.map(|_| quote!(__v)).as_ref(),
                        0,
                        &leaf,
                    );
                    let mapped = match v {
                        Some(v) => quote! {
                            #argument.iter().zip(#v.iter()).map(|(__x, __v)| #element).collect::<::std::vec::Vec<_>>()
                        },
                        None => quote! {
                            #argument.iter().map(|__x| #element).collect::<::std::vec::Vec<_>>()
                        },
                    };
                    lifts.extend(quote!(let #lifted = #mapped;));
                    passed.push(quote!(&#lifted[..]));
                } else {
                    let x = quote!((&#argument));
                    let mapped = map_elements(&array.array, &x, v, 0, &leaf);
                    lifts.extend(quote!(let #lifted = #mapped;));
                    passed.push(if matches!(param.ty, Type::Reference(_)) {
                        quote!(&#lifted)
                    } else {
                        quote!(#lifted)
                    });
                }
            }
            _ => passed.push(argument.to_token_stream()),
        }
    }
    let gradient_parts: Vec<Ident> = (0..active.len())
        .map(|index| format_ident!("__gradus_gradient_{}", index))
        .collect();
    let pattern = if active.len() == 1 {
        let part = &gradient_parts[0];
        quote!(#part)
    } else {
        quote!((#(#gradient_parts),*))
    };
    let split = |part_of: &dyn Fn(&TokenStream) -> TokenStream| -> TokenStream {
        let parts: Vec<TokenStream> = active
            .iter()
            .zip(&gradient_parts)
            .map(|(param, part)| {
                let leaf = |x: &TokenStream, _: Option<&TokenStream>| part_of(x);
                match &param.kind {
                    ParamKind::Array(array) if array.slice => {
                        let element = map_elements(&array.element, &quote!(__g), None, 0, &leaf);
                        quote!(#part.iter().map(|__g| #element).collect::<::std::vec::Vec<_>>())
                    }
                    ParamKind::Array(array) => {
                        map_elements(&array.array, &quote!((&#part)), None, 0, &leaf)
                    }
                    _ => part_of(&quote!((&#part))),
                }
            })
            .collect();
        if parts.len() == 1 {
            parts[0].clone()
        } else {
            quote!((#(#parts),*))
        }
    };
    let gradient = split(&|x| quote!((*#x).value()));
    let product = split(&|x| quote!((*#x).tangent()));
    let turbofish = dual_turbofish(item, float, &dual);
    let arguments_listed = active
        .iter()
        .map(|param| format!("`{}`", param.name))
        .collect::<Vec<_>>()
        .join(", ");
    let directions_listed = directions
        .iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let doc = format!(
        "Returns the value of [`{name}`], its gradient with respect to {arguments_listed} and the Hessian-vector product `H·v` along {directions_listed}, as `(value, gradient, product)`, by forward mode (dual numbers) over the generated reverse sweep.\n\nGenerated by `#[differentiable]`."
    );
    let declarations = signature.params.iter().map(Param::declaration);
    quote! {
        #(#cfgs)*
        #[doc = #doc]
        #[inline]
        #allow
        #vis fn #hvp #generics (#(#declarations,)* #(#directions: #direction_types),*) -> (#float, #gradient_type, #gradient_type) #where_clause {
            #lifts
            let (__gradus_value, #pattern) = #grad_path #turbofish (#(#passed),*);
            (__gradus_value.value(), #gradient, #product)
        }
    }
}

fn direction_name(param: &Param, signature: &Signature) -> Ident {
    let mut name = format!("v_{}", crate::names::key(&param.name));
    while signature
        .params
        .iter()
        .any(|other| crate::names::key(&other.name) == name)
    {
        name.push('_');
    }
    Ident::new(&name, param.name.span())
}

/// An expression building a value of type `ty` (an array nest or a float) from the
/// references `x` (and `v`): `leaf(x, v)` at each float.
fn map_elements(
    ty: &Type,
    x: &TokenStream,
    v: Option<&TokenStream>,
    depth: usize,
    leaf: &dyn Fn(&TokenStream, Option<&TokenStream>) -> TokenStream,
) -> TokenStream {
    match ty {
        Type::Array(array) => {
            let index = format_ident!("__k{}", depth);
            let inner_x = quote!((&(#x)[#index]));
            let inner_v = v.map(|v| quote!((&(#v)[#index])));
            let inner = map_elements(&array.elem, &inner_x, inner_v.as_ref(), depth + 1, leaf);
            quote!(::core::array::from_fn(|#index| #inner))
        }
        Type::Paren(inner) => map_elements(&inner.elem, x, v, depth, leaf),
        _ => leaf(x, v),
    }
}

/// Whether `hvp_f` can be generated: the float parameter bounded by `Float` alone, no
/// where-clause, every argument a float, an array of floats or data that does not
/// mention the float type, no struct and no `self`.
fn qualifies(item: &ItemFn, signature: &Signature, float: &Ident) -> bool {
    // The float type must be the function's own parameter (not an `impl` block's).
    let own = item
        .sig
        .generics
        .params
        .iter()
        .any(|param| matches!(param, GenericParam::Type(param) if param.ident == *float));
    if !own || item.sig.generics.where_clause.is_some() {
        return false;
    }
    let only_float_bound = item.sig.generics.params.iter().all(|param| match param {
        GenericParam::Type(param) if param.ident == *float => param.bounds.iter().all(|bound| {
            matches!(bound, TypeParamBound::Trait(t) if t.path.segments.last().is_some_and(|s| s.ident == "Float"))
        }),
        _ => true,
    });
    only_float_bound
        && signature.active_params().next().is_some()
        && signature.params.iter().all(|param| {
            param.receiver.is_none()
                && match &param.kind {
                    ParamKind::Float | ParamKind::Array(_) => true,
                    ParamKind::Struct(_) => false,
                    ParamKind::Other => !mentions(&param.ty.to_token_stream(), float),
                }
        })
}

fn mentions(tokens: &TokenStream, name: &Ident) -> bool {
    tokens.clone().into_iter().any(|token| match token {
        proc_macro2::TokenTree::Ident(ident) => ident == *name,
        proc_macro2::TokenTree::Group(group) => mentions(&group.stream(), name),
        _ => false,
    })
}

/// `::<Dual<T>, N>`: the function's type and const parameters with the float one lifted.
fn dual_turbofish(item: &ItemFn, float: &Ident, dual: &TokenStream) -> TokenStream {
    let names: Vec<TokenStream> = item
        .sig
        .generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type(param) if param.ident == *float => Some(dual.clone()),
            GenericParam::Type(param) => Some(param.ident.to_token_stream()),
            GenericParam::Const(param) => Some(param.ident.to_token_stream()),
            GenericParam::Lifetime(_) => None,
        })
        .collect();
    quote!(::<#(#names),*>)
}
