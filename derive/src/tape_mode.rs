//! `#[differentiable(tape)]`: the same generated signatures, computed by running the
//! function itself on the runtime tape. The fallback for code the transformation does not
//! cover (recursion, closures, iterator chains, trait objects). Its locals carry a
//! `__gradus_` prefix so that no argument name can collide with them.
//!
//! A struct argument generic over the float type (`p: &Mlp<T>`) is rebuilt as
//! `Mlp<Var<T>>` by the derive's `Rebuild`, and its gradient added into its buffer by
//! rebuilding the buffer (`Rebuild<T>`) in the same visiting order. Neither needs more
//! than the `S: Differentiable` the generated functions already ask, so tape and
//! transformation are called under the same bounds.

use crate::errors::Errors;
use crate::expand::{adjoint_seed_name, adjoint_slots_prelude, partial_slots, sibling, Bodies};
use crate::names::key;
use crate::placement::Placement;
use crate::signature::{FloatType, Param, ParamKind, Signature};
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
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
    let before = errors.len();
    for param in &signature.params {
        if let ParamKind::Struct(structure) = &param.kind {
            refuse_unrebuildable(item, param, &structure.ty, float, errors);
        }
    }
    if errors.len() != before {
        return None;
    }
    let name = &sibling(placement, &item.sig.ident);
    // Arrays and structs are passed on by other functions' reverse sweeps, which call the
    // adjoint companion; a function of scalars alone is called through its partials.
    let has_arrays = signature
        .params
        .iter()
        .any(|param| matches!(param.kind, ParamKind::Array(_) | ParamKind::Struct(_)));

    let active: Vec<&Param> = signature.active_params().collect();
    let recording = record(name, float, signature, &|param| param.active);
    let additions = scatter(
        &active,
        float,
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
        let additions = scatter(&floats, float, &|buffer| quote!(#buffer), &|_, _| {
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
        let prelude = adjoint_slots_prelude(signature, &signature.float);
        let seed = adjoint_seed_name();
        let floats: Vec<&Param> = signature
            .params
            .iter()
            .filter(|param| param.kind != ParamKind::Other)
            .collect();
        let additions = scatter_scaled(&floats, float, &quote!(#seed));
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
        tangent: None,
        dual: Err("it is differentiated on the tape, which records plain floats".to_string()),
    })
}

fn var_name(param: &Param) -> Ident {
    format_ident!("{}_var", key(&param.name))
}

/// The variables a struct argument was rebuilt with, in visiting order.
fn vars_name(param: &Param) -> Ident {
    format_ident!("{}_vars", key(&param.name))
}

/// Refuses a struct argument that cannot be rebuilt over the tape's variables: one whose
/// type does not mention the function's float type (a struct of `f64`s), and `self`, whose
/// type `Self` the attribute cannot write over another float type.
fn refuse_unrebuildable(
    item: &ItemFn,
    param: &Param,
    ty: &Type,
    float: &Ident,
    errors: &mut Errors,
) {
    let function = &item.sig.ident;
    let argument = key(&param.name);
    let names_self = mentions(ty.to_token_stream(), &Ident::new("Self", Span::call_site()));
    if let Some(receiver) = &param.receiver {
        errors.at(
            receiver,
            format!(
                "#[differentiable(tape)] runs `{function}` on the tape's variables, so it would rebuild `self` over them, and the attribute cannot write `Self` over another float type: write the loss as a free function taking the struct generic over its float type (`p: &Model<{float}>`), or drop `tape` (the transformation reads `self`'s fields)"
            ),
        );
    } else if names_self {
        errors.at(
            &param.ty,
            format!(
                "#[differentiable(tape)] runs `{function}` on the tape's variables, so it would rebuild `{argument}` over them, and the attribute cannot write `Self` over another float type: name the struct, generic over its float type (`{argument}: &Model<{float}>`), or drop `tape` (the transformation reads `{argument}`'s fields)"
            ),
        );
    } else if !mentions(ty.to_token_stream(), float) {
        let written = ty.to_token_stream().to_string().replace(' ', "");
        let (struct_name, has_arguments) = match ty {
            Type::Path(path) => path
                .path
                .segments
                .last()
                .map(|segment| (key(&segment.ident), !segment.arguments.is_empty())),
            _ => None,
        }
        .unwrap_or_else(|| ("Model".to_string(), false));
        let way_out = if has_arguments {
            format!("take `{argument}: &{struct_name}<{float}>`")
        } else {
            format!(
                "declare `struct {struct_name}<{float}: Float>` with #[derive(Differentiable)] and take `{argument}: &{struct_name}<{float}>`"
            )
        };
        errors.at(
            &param.ty,
            format!(
                "#[differentiable(tape)] runs `{function}` on the tape's variables, so it rebuilds `{argument}` over them, and `{written}` is not written over the float type `{float}`: {way_out}, or drop `tape` (the transformation reads a struct of `f64`s)"
            ),
        );
    }
}

/// Whether `tokens` mention the identifier `name`.
fn mentions(tokens: TokenStream, name: &Ident) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => ident == *name,
        TokenTree::Group(group) => mentions(group.stream(), name),
        _ => false,
    })
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
            ParamKind::Struct(_) => {
                // `Mlp<T>` rebuilt as `Mlp<Var<T>>` (the derive's `Rebuild`), a variable or
                // a constant per scalar, the variables kept in visiting order. Spanned at
                // the argument's type: a struct without `Rebuild` is reported there.
                let span = param.ty.span();
                let mut argument = argument.clone();
                argument.set_span(span);
                let mut var = var.clone();
                var.set_span(span);
                let source = match &param.ty {
                    Type::Reference(_) => quote!(#argument),
                    _ => quote_spanned!(span=> &#argument),
                };
                let rebuild = quote_spanned! {span=>
                    ::gradus::Rebuild::<::gradus::Var<'_, #float>>::rebuild
                };
                if differentiate(param) {
                    let vars = vars_name(param);
                    setup.extend(quote_spanned! {span=>
                        let mut #vars: ::std::vec::Vec<::gradus::Var<'_, #float>> =
                            ::std::vec::Vec::new();
                        let #var = #rebuild(#source, &mut |__gradus_value| {
                            let __gradus_var = __gradus_tape.var(__gradus_value);
                            #vars.push(__gradus_var);
                            __gradus_var
                        });
                    });
                    collect.extend(quote!(__gradus_variables.extend(#vars);));
                } else {
                    setup.extend(quote_spanned! {span=>
                        let #var = #rebuild(#source, &mut ::gradus::Var::constant);
                    });
                }
                arguments.push(match &param.ty {
                    Type::Reference(_) => quote_spanned!(span=> &#var),
                    _ => quote!(#var),
                });
            }
            ParamKind::Other => arguments.push(quote!(#argument)),
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

/// Adds into a struct buffer, `*buffer` rebuilt with `add(scalar, gradient)` for each of
/// its scalars, in the visiting order the variables were recorded in. (Through `Rebuild`,
/// not `Differentiable::for_each_scalar_mut`: from the where-clause `S: Differentiable`
/// alone rustc cannot tell that the struct's `Scalar` is the float type, while the
/// derive's `Rebuild` says its `Source` is.)
fn add_into_struct(
    param: &Param,
    float: &Ident,
    add: &dyn Fn(TokenStream, TokenStream) -> TokenStream,
) -> TokenStream {
    let span = param.ty.span();
    let mut buffer = param.buffer.clone();
    buffer.set_span(span);
    let sum = add(
        quote!(__gradus_scalar),
        quote!(__gradus_gradient[__gradus_cursor]),
    );
    // At the argument's type, as the rebuilding of the argument is.
    let rebuild = quote_spanned!(span=> ::gradus::Rebuild::<#float>::rebuild);
    let source = quote_spanned!(span=> &*#buffer);
    quote_spanned! {span=>
        *#buffer = #rebuild(#source, &mut |__gradus_scalar| {
            let __gradus_sum = #sum;
            __gradus_cursor += 1;
            __gradus_sum
        });
    }
}

/// Adds `seed ·` the gradient into each parameter's buffer (the adjoint companion's).
fn scatter_scaled(params: &[&Param], float: &Ident, seed: &TokenStream) -> TokenStream {
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
            ParamKind::Struct(_) => out.extend(add_into_struct(
                param,
                float,
                &|scalar, gradient| quote!(#scalar + #seed * #gradient),
            )),
            ParamKind::Other => {}
        }
    }
    out
}

/// Adds the gradient, in recording order, into each parameter's buffer.
fn scatter(
    params: &[&Param],
    float: &Ident,
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
            ParamKind::Struct(_) => out.extend(add_into_struct(
                param,
                float,
                &|scalar, gradient| quote!(#scalar + #gradient),
            )),
            ParamKind::Other => {}
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attr;

    /// The bodies tape mode writes for `source` under `attribute`, or its errors.
    fn generated(attribute: &str, source: &str) -> Result<String, Vec<String>> {
        let options = attr::parse(attribute.parse().unwrap()).unwrap();
        let item: ItemFn = syn::parse_str(source).unwrap();
        let mut errors = Errors::default();
        let signature = crate::signature::analyze(
            &item,
            &options,
            crate::placement::Placement::Module,
            &mut errors,
        )
        .expect("signature");
        match bodies(&item, &signature, Placement::Module, &mut errors) {
            Some(bodies) => {
                let adjoint = bodies.adjoint.expect("a struct argument gets the adjoint");
                assert!(bodies.partials.is_none());
                Ok(format!("{} /* adjoint */ {}", bodies.into, adjoint))
            }
            None => Err(errors.messages()),
        }
    }

    #[test]
    fn a_generic_struct_is_rebuilt_over_the_variables_and_its_buffer_added_into() {
        let code = generated(
            "tape, wrt(k, p)",
            "fn f<T: Float>(k: T, p: &Mlp<T>, n: usize, x: &[T]) -> T { k }",
        )
        .unwrap();
        let code = code.replace(' ', "");
        for expected in [
            // `p` by reference, its variables kept in visiting order.
            "letmutp_vars:::std::vec::Vec<::gradus::Var<'_,T>>",
            "letp_var=::gradus::Rebuild::<::gradus::Var<'_,T>>::rebuild(p,",
            "p_vars.push(__gradus_var)",
            // The arguments' order: `k`, then `p`'s scalars.
            "__gradus_variables.push(k_var);__gradus_variables.extend(p_vars);",
            "f(k_var,&p_var,n,",
            // The buffer rebuilt with each scalar plus its gradient, in the same order.
            "*d_p=::gradus::Rebuild::<T>::rebuild(&*d_p,&mut|__gradus_scalar|{let__gradus_sum=__gradus_scalar+__gradus_gradient[__gradus_cursor];",
            // The adjoint adds `seed ·` the gradient.
            "__gradus_scalar+__gradus_seed*__gradus_gradient[__gradus_cursor]",
        ] {
            assert!(code.contains(expected), "{expected} not in {code}");
        }
    }

    #[test]
    fn a_struct_by_value_is_rebuilt_from_a_reference_and_passed_by_value() {
        let code = generated("tape, wrt(p)", "fn f<T: Float>(p: Mlp<T>) -> T { p.b }").unwrap();
        let code = code.replace(' ', "");
        assert!(code.contains("rebuild(&p,"), "{code}");
        assert!(code.contains("f(p_var)"), "{code}");
    }

    #[test]
    fn a_struct_not_written_over_the_float_type_is_refused_naming_the_way_out() {
        let errors = generated(
            "tape, wrt(line)",
            "fn loss<T: Float>(line: &Line, x: T) -> T { x }",
        )
        .unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].contains("`Line` is not written over the float type `T`: declare `struct Line<T: Float>` with #[derive(Differentiable)] and take `line: &Line<T>`"),
            "{}",
            errors[0]
        );
        let errors = generated(
            "tape, wrt(line)",
            "fn loss<T: Float>(line: &Line<f64>, x: T) -> T { x }",
        )
        .unwrap_err();
        assert!(
            errors[0].contains("`Line<f64>` is not written over the float type `T`: take `line: &Line<T>`, or drop `tape`"),
            "{}",
            errors[0]
        );
        let errors = generated(
            "tape, wrt(p)",
            "fn loss<T: Float>(p: &Self, x: T) -> T { x }",
        )
        .unwrap_err();
        assert!(
            errors[0].contains("cannot write `Self` over another float type"),
            "{}",
            errors[0]
        );
    }
}
