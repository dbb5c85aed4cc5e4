//! `hvp_f`: value, gradient and Hessian-vector product by forward mode over the generated
//! reverse sweep, run on dual numbers `x + ε·v`: the gradient's values are `∇f(x)` and its
//! tangents `H·v`.
//!
//! - A function generic over its own float parameter (bounded by `Float` alone) already
//!   has a reverse sweep for any `Float`: `hvp_f` calls `grad_f` at `T = Dual<T>`, its
//!   generic struct arguments rebuilt over `Dual<T>` (`Rebuild`).
//! - A concrete `f64`/`f32` function's sweep is written in its float type, so `hvp_f`
//!   holds a second sweep written over `Dual<f64>` from its lifted IR (`lift`), its
//!   arguments lifted with their directions and its struct arguments' fields with theirs
//!   (`struct_fields`); its calls reach the callees' dual companions.
//! - Otherwise `hvp_f` is declared with a bound nothing meets, so that a call is a compile
//!   error saying why (`unavailable_item`).

use crate::dual_companions::retyped;
use crate::placement::Placement;
use crate::signature::{FloatType, Param, ParamKind, Signature};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, ToTokens};
use syn::{GenericParam, ItemFn, Type, TypeParamBound};

/// The `hvp_f` item: by dual numbers through `grad_f` for a generic function, through its
/// reverse sweep written over dual numbers for a concrete one, else one whose call is a
/// compile error that says why there is none.
#[allow(clippy::too_many_arguments)]
pub fn item(
    item: &ItemFn,
    where_clause: &Option<syn::WhereClause>,
    signature: &Signature,
    placement: Placement,
    dual: &Result<crate::expand::DualBodies, String>,
    grad_path: &TokenStream,
    gradient_type: &TokenStream,
    allow: &TokenStream,
    cfgs: &[&syn::Attribute],
) -> TokenStream {
    let written = match (&signature.float, dual) {
        (FloatType::Generic(float), _) => qualifies(item, signature, float).map(|generic| {
            let body = match generic {
                Generic::Function => generic_body(item, signature, float, grad_path),
                Generic::Method => generic_method_body(item, signature, float),
            };
            (body, String::new())
        }),
        (FloatType::Concrete(_), Ok(dual)) => Ok((
            concrete_body(item, signature, placement, dual),
            panics_in_callees(&dual.callees),
        )),
        (FloatType::Concrete(_), Err(reason)) => Err(reason.clone()),
    };
    // Declared with `grad_f`'s where-clause (a struct argument's `Differentiable`, at the
    // argument's span), so a struct without the derive is refused once, as for `grad_f`.
    let mut declared = item.clone();
    declared.sig.generics.where_clause = where_clause.clone();
    let item = &declared;
    match written {
        Ok((body, panics)) => {
            let item = match &signature.float {
                FloatType::Generic(float) => rebuild_bounds(item, signature, float),
                FloatType::Concrete(_) => item.clone(),
            };
            function_item(&item, signature, &body, &panics, gradient_type, allow, cfgs)
        }
        Err(reason) => unavailable_item(
            item,
            signature,
            placement,
            &reason,
            gradient_type,
            allow,
            cfgs,
        ),
    }
}

/// The `# Panics` section of a concrete `hvp_f` that calls other functions, whose dual
/// companions panic where they have no second derivative.
fn panics_in_callees(callees: &[String]) -> String {
    if callees.is_empty() {
        return String::new();
    }
    let called = callees
        .iter()
        .map(|callee| format!("`{callee}`"))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "\n\n# Panics\nIf a function it calls ({called}) has no second derivative itself (it has a custom pullback, runs on the tape or takes a struct): the message names it."
    )
}

/// The function with the bounds its generic `hvp_f` needs of each struct argument `S<T>`:
/// rebuilt over `Dual<T>` and back. A struct without `Rebuild` (a hand-written
/// `Differentiable`) then makes a call of `hvp_f` fail, saying so, not its definition.
fn rebuild_bounds(item: &ItemFn, signature: &Signature, float: &Ident) -> ItemFn {
    let mut bounded = item.clone();
    let dual = quote!(::gradus::Dual<#float>);
    // (`self` is left to the `impl` blocks: its type at `Dual<T>` cannot be named here.)
    for param in signature
        .active_params()
        .filter(|param| param.receiver.is_none())
    {
        if let ParamKind::Struct(structure) = &param.kind {
            let ty = &structure.ty;
            let lifted = retyped(&ty.to_token_stream(), float, &dual);
            let predicates = bounded.sig.generics.make_where_clause();
            predicates.predicates.push(syn::parse_quote!(
                #ty: ::gradus::Rebuild<#dual, Source = #float, Output = #lifted>
            ));
            predicates.predicates.push(syn::parse_quote!(
                #lifted: ::gradus::Rebuild<#float, Source = #dual, Output = #ty> + ::gradus::Differentiable
            ));
        }
    }
    bounded
}

/// `self.grad_f(…)` on `self` rebuilt over `Dual<T>` (`T` the `impl` block's float type),
/// every argument `x + ε·v`. The rebuilt struct's type is `Self` with `T` replaced, which
/// the method cannot name: the call goes through method syntax, and rustc finds the
/// struct's `Rebuild` and the `impl` block at `Dual<T>`.
fn generic_method_body(item: &ItemFn, signature: &Signature, float: &Ident) -> TokenStream {
    let active: Vec<&Param> = signature.active_params().collect();
    let (lifts, passed) = lift_arguments(signature, &float.to_token_stream(), true);
    let (receiver, rest) = passed
        .split_first()
        .expect("a method's first argument is `self`");
    let grad = format_ident!("grad_{}", crate::names::key(&item.sig.ident));
    let own: Vec<TokenStream> = item
        .sig
        .generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type(param) => Some(param.ident.to_token_stream()),
            GenericParam::Const(param) => Some(param.ident.to_token_stream()),
            GenericParam::Lifetime(_) => None,
        })
        .collect();
    let turbofish = if own.is_empty() {
        TokenStream::new()
    } else {
        quote!(::<#(#own),*>)
    };
    let gradient_parts: Vec<Ident> = (0..active.len())
        .map(|index| format_ident!("__gradus_gradient_{}", index))
        .collect();
    let pattern = if active.len() == 1 {
        let part = &gradient_parts[0];
        quote!(#part)
    } else {
        quote!((#(#gradient_parts),*))
    };
    let split = |part_of: &dyn Fn(&TokenStream) -> TokenStream| {
        split_gradient(&active, &gradient_parts, part_of)
    };
    let gradient = split(&|x| quote!((*#x).value()));
    let product = split(&|x| quote!((*#x).tangent()));
    quote! {
        #lifts
        let (__gradus_value, #pattern) = (#receiver).#grad #turbofish (#(#rest),*);
        (__gradus_value.value(), #gradient, #product)
    }
}

/// `grad_f` at `T = Dual<T>`, every argument `x + ε·v`.
fn generic_body(
    item: &ItemFn,
    signature: &Signature,
    float: &Ident,
    grad_path: &TokenStream,
) -> TokenStream {
    let dual = quote!(::gradus::Dual<#float>);
    let active: Vec<&Param> = signature.active_params().collect();
    let (lifts, passed) = lift_arguments(signature, &float.to_token_stream(), true);
    let gradient_parts: Vec<Ident> = (0..active.len())
        .map(|index| format_ident!("__gradus_gradient_{}", index))
        .collect();
    let pattern = if active.len() == 1 {
        let part = &gradient_parts[0];
        quote!(#part)
    } else {
        quote!((#(#gradient_parts),*))
    };
    let split = |part_of: &dyn Fn(&TokenStream) -> TokenStream| {
        split_gradient(&active, &gradient_parts, part_of)
    };
    let gradient = split(&|x| quote!((*#x).value()));
    let product = split(&|x| quote!((*#x).tangent()));
    let turbofish = dual_turbofish(item, float, &dual);
    quote! {
        #lifts
        let (__gradus_value, #pattern) = #grad_path #turbofish (#(#passed),*);
        (__gradus_value.value(), #gradient, #product)
    }
}

/// An `hvp_f` that exists, so that calling it is a compile error naming the reason, and a
/// call in code that never runs it costs nothing. Its extra lifetime keeps the bound from
/// being checked where it is declared.
fn unavailable_item(
    item: &ItemFn,
    signature: &Signature,
    placement: Placement,
    reason: &str,
    gradient_type: &TokenStream,
    allow: &TokenStream,
    cfgs: &[&syn::Attribute],
) -> TokenStream {
    let name = &item.sig.ident;
    let bare = crate::names::key(name);
    let hvp = format!("hvp_{bare}");
    let message =
        format!("`{hvp}` is not available: `{bare}` has no second derivative, because {reason}");
    let lifetime = syn::Lifetime::new("'__gradus_unavailable", proc_macro2::Span::call_site());
    let mut generics = item.sig.generics.clone();
    generics.params.insert(0, syn::parse_quote!(#lifetime));
    let (bound, declaration) = match placement {
        Placement::Module => {
            let vis = &item.vis;
            let marker = format_ident!("__gradus_no_hvp_{}", bare, span = name.span());
            let declaration = quote! {
                #(#cfgs)*
                #[doc(hidden)]
                #[allow(non_camel_case_types)]
                #[diagnostic::on_unimplemented(message = #message, label = "no second derivative")]
                #vis trait #marker {}
            };
            (marker.to_token_stream(), declaration)
        }
        Placement::Impl => (
            quote!(::gradus::__private::NoSecondDerivative),
            TokenStream::new(),
        ),
    };
    generics
        .make_where_clause()
        .predicates
        .push(syn::parse_quote!(&#lifetime (): #bound));
    let mut unavailable = item.clone();
    unavailable.sig.generics = generics;
    let body = quote!(::core::unreachable!("{}", #message));
    let note = format!(
        "\n\n**Not available:** `{bare}` has no second derivative, because {reason}. Calling `{hvp}` is a compile error that says so."
    );
    let function = function_item(
        &unavailable,
        signature,
        &body,
        &note,
        gradient_type,
        allow,
        cfgs,
    );
    quote!(#declaration #function)
}

/// `fn hvp_f(args, v_a, …) -> (T, G, G) { body }`, documented (`more_doc` after the rest), with the function's
/// visibility, generics and where-clause.
fn function_item(
    item: &ItemFn,
    signature: &Signature,
    body: &TokenStream,
    more_doc: &str,
    gradient_type: &TokenStream,
    allow: &TokenStream,
    cfgs: &[&syn::Attribute],
) -> TokenStream {
    let float = signature.float.tokens();
    let vis = &item.vis;
    let name = &item.sig.ident;
    let generics = &item.sig.generics;
    let where_clause = &generics.where_clause;
    let hvp = format_ident!("hvp_{}", crate::names::key(name), span = name.span());
    let active: Vec<&Param> = signature.active_params().collect();
    let directions: Vec<Ident> = active
        .iter()
        .map(|param| direction_name(param, signature))
        .collect();
    let direction_types: Vec<TokenStream> = active
        .iter()
        .map(|param| direction_type(param, &float))
        .collect();
    let listed = |names: &mut dyn Iterator<Item = String>| {
        names
            .map(|name| format!("`{name}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let doc = format!(
        "Returns the value of [`{name}`], its gradient with respect to {} and the Hessian-vector product `H·v` along {}, as `(value, gradient, product)`, by forward mode (dual numbers) over the generated reverse sweep.\n\nGenerated by `#[differentiable]`.{more_doc}",
        listed(&mut active.iter().map(|param| param.name.to_string())),
        listed(&mut directions.iter().map(ToString::to_string)),
    );
    let declarations = signature.params.iter().map(Param::declaration);
    quote! {
        #(#cfgs)*
        #[doc = #doc]
        #[inline]
        #allow
        #vis fn #hvp #generics (#(#declarations,)* #(#directions: #direction_types),*) -> (#float, #gradient_type, #gradient_type) #where_clause {
            #body
        }
    }
}

/// The type of an argument's direction `v`: its float type, `&[E]`, `&[E; N]` or `&S`.
fn direction_type(param: &Param, float: &TokenStream) -> TokenStream {
    match &param.kind {
        ParamKind::Struct(structure) => {
            let ty = &structure.ty;
            quote!(&#ty)
        }
        ParamKind::Array(array) if array.slice => {
            let element = &array.element;
            quote!(&[#element])
        }
        ParamKind::Array(array) => {
            let array = &array.array;
            quote!(&#array)
        }
        _ => float.clone(),
    }
}

/// Each float and array argument lifted to dual numbers: `x + ε·v` along its direction for
/// the differentiated ones, `x + ε·0` for the others; data as it is. Returns the code
/// that lifts them and the expressions that pass them on.
fn lift_arguments(
    signature: &Signature,
    float: &TokenStream,
    rebuild_structs: bool,
) -> (TokenStream, Vec<TokenStream>) {
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
            // A generic struct, rebuilt over dual numbers scalar by scalar with the
            // direction's scalars, in the same order.
            ParamKind::Struct(_) if rebuild_structs => {
                let v = direction.expect("a struct argument is differentiated");
                let message = format!(
                    "hvp: the direction `{v}` has another shape than the argument `{argument}` (a `Vec` field of another length)"
                );
                // (`Rebuild` reads the scalars: in generic code `T` need not be
                // `Differentiable`.)
                lifts.extend(quote! {
                    let #lifted = {
                        let mut directions = ::std::vec::Vec::new();
                        // By method: `#argument` may be a reference or the struct itself.
                        use ::gradus::Rebuild as _;
                        let _ = (#v).rebuild(&mut |scalar: #float| {
                            directions.push(scalar);
                            ::gradus::Dual::<#float>::constant(scalar)
                        });
                        let mut next = directions.into_iter();
                        let lifted = (#argument).rebuild(&mut |x: #float| {
                            ::gradus::Dual::<#float>::new(x, next.next().expect(#message))
                        });
                        ::core::assert!(next.next().is_none(), #message);
                        lifted
                    };
                });
                passed.push(if matches!(param.ty, Type::Reference(_)) {
                    quote!(&#lifted)
                } else {
                    quote!(#lifted)
                });
            }
            _ => passed.push(argument.to_token_stream()),
        }
    }
    (lifts, passed)
}

/// The gradient parts (one per active argument, of dual numbers) mapped scalar by scalar
/// through `part_of` (`.value()` or `.tangent()`), as a tuple for several.
fn split_gradient(
    active: &[&Param],
    parts: &[Ident],
    part_of: &dyn Fn(&TokenStream) -> TokenStream,
) -> TokenStream {
    let mapped: Vec<TokenStream> = active
        .iter()
        .zip(parts)
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
                ParamKind::Struct(_) => {
                    let scalar = part_of(&quote!((&__d)));
                    quote!(::gradus::Rebuild::rebuild(&#part, &mut |__d: ::gradus::Dual<_>| #scalar))
                }
                _ => part_of(&quote!((&#part))),
            }
        })
        .collect();
    if mapped.len() == 1 {
        mapped[0].clone()
    } else {
        quote!((#(#mapped),*))
    }
}

fn direction_name(param: &Param, signature: &Signature) -> Ident {
    signature.companion_argument("v_", param)
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

/// How a generic function's `hvp_f` reaches `grad_f` at `Dual<T>`.
enum Generic {
    /// `grad_f::<Dual<T>>(…)`: the float type is the function's own parameter.
    Function,
    /// `self_dual.grad_f(…)`: a method whose float type is its `impl` block's, `self`
    /// differentiated (and rebuilt over `Dual<T>`).
    Method,
}

/// Whether `hvp_f` can be generated, and how: the float parameter the function's own and
/// bounded by `Float` alone, or the `impl` block's in a method of a differentiated `&self`;
/// no where-clause; every other argument a float, an array of floats, a generic struct or
/// data that does not mention the float type.
fn qualifies(item: &ItemFn, signature: &Signature, float: &Ident) -> Result<Generic, String> {
    let own = item
        .sig
        .generics
        .params
        .iter()
        .any(|param| matches!(param, GenericParam::Type(param) if param.ident == *float));
    let generic = if own {
        Generic::Function
    } else {
        // An associated function of the `impl` block cannot name its struct at `Dual<T>`;
        // a method reaches it through `self`.
        let method = signature.params.first().is_some_and(|param| {
            param.active
                && param
                    .receiver
                    .as_ref()
                    .is_some_and(|receiver| receiver.reference.is_some())
        });
        if !method {
            return Err(format!(
                "its float type `{float}` is a parameter of the `impl` block, and it has no differentiated `&self` through which to reach the block at `Dual<{float}>`"
            ));
        }
        Generic::Method
    };
    if item.sig.generics.where_clause.is_some() {
        return Err(
            "it has a `where` clause (`hvp_f` runs it on `Dual<T>`, which must meet only `Float`)"
                .into(),
        );
    }
    let only_float_bound = item.sig.generics.params.iter().all(|param| match param {
        GenericParam::Type(param) if param.ident == *float => param.bounds.iter().all(|bound| {
            matches!(bound, TypeParamBound::Trait(t) if t.path.segments.last().is_some_and(|s| s.ident == "Float"))
        }),
        _ => true,
    });
    if !only_float_bound {
        return Err(format!(
            "`{float}` has bounds other than `Float` (`hvp_f` runs it on `Dual<{float}>`)"
        ));
    }
    generic_struct_reason(signature, float, matches!(generic, Generic::Method))?;
    match signature.params.iter().find(|param| {
        param.kind == ParamKind::Other && mentions(&param.ty.to_token_stream(), float)
    }) {
        Some(param) => Err(format!(
            "its data argument `{}` holds `{float}`s, which `hvp_f` cannot lift",
            param.name
        )),
        None => Ok(generic),
    }
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

// ---------------------------------------------------------------------------------------
// Concrete functions: the reverse sweep written again over `Dual<f64>` (or `Dual<f32>`).
// ---------------------------------------------------------------------------------------

/// The name of the dual type inside a concrete function's `hvp_f`.
pub fn dual_alias() -> Ident {
    format_ident!("__GradusDual")
}

/// Why a generic function's `hvp_f` cannot run `grad_f` on dual numbers: `self` (but in a
/// method whose float type is its `impl` block's, see `generic_method_body`), or a
/// struct argument that is not generic over the float type, cannot be rebuilt over
/// `Dual<T>` (a generic one is, through `Rebuild`).
fn generic_struct_reason(signature: &Signature, float: &Ident, method: bool) -> Result<(), String> {
    for param in signature.params.iter().filter(|param| param.active) {
        if param.receiver.is_some() {
            if method {
                // Rebuilt through its `Rebuild` (see `generic_method_body`).
                continue;
            }
            return Err(format!(
                "it is a method with a float parameter of its own (`self` cannot be rebuilt over `Dual<{float}>`)"
            ));
        }
        if let ParamKind::Struct(structure) = &param.kind {
            if !mentions(&structure.ty.to_token_stream(), float) {
                return Err(format!(
                    "its struct argument `{}` is not generic over `{float}`, so it cannot be rebuilt over `Dual<{float}>`",
                    param.name
                ));
            }
        }
    }
    Ok(())
}

/// Why a concrete function's `hvp_f` cannot be written from its IR, if it cannot: a struct
/// argument passed on whole to another function.
pub fn concrete_reason(exposed: &crate::fields::Exposed) -> Result<(), String> {
    if !exposed.fields.is_empty() && !exposed.own_buffers {
        return Err("it passes a struct argument (or a field holding the fields it reads) on whole to another function, which takes plain floats".into());
    }
    Ok(())
}

/// The name of the product's struct beside a struct argument's gradient (`d_p`).
fn product_name(param: &Param) -> Ident {
    format_ident!("__gradus_product_{}", crate::names::key(&param.buffer))
}

/// `tokens` with its first identifier `from` replaced by `to` (`&p.w1` → `&v_p.w1`).
fn replace_root(tokens: &TokenStream, from: &Ident, to: &Ident) -> TokenStream {
    let mut done = false;
    tokens
        .clone()
        .into_iter()
        .map(|token| match token {
            proc_macro2::TokenTree::Ident(ident) if !done && ident == *from => {
                done = true;
                proc_macro2::TokenTree::Ident(to.clone())
            }
            other => other,
        })
        .collect()
}

/// The fields a concrete function reads of its struct arguments, in its `hvp_f`: each
/// lifted with its direction to dual numbers (`p_w1 = &lift_pair(&p.w1, &v_p.w1)`), a
/// buffer of dual zeros for its gradient, and after the sweep that buffer split into the
/// gradient's and the product's field. Both structs start as `zeros_like` the argument, so
/// a field the function never reads has gradient and product 0.
pub fn struct_fields(
    exposed: &crate::fields::Exposed,
    signature: &Signature,
) -> (TokenStream, TokenStream) {
    let alias = dual_alias();
    let mut prelude = TokenStream::new();
    let mut split = TokenStream::new();
    let structs: Vec<&Param> = signature
        .active_params()
        .filter(|param| matches!(param.kind, ParamKind::Struct(_)))
        .collect();
    for param in &structs {
        let (name, buffer, product) = (&param.name, &param.buffer, product_name(param));
        prelude.extend(quote! {
            let mut #buffer = #name.zeros_like();
            let mut #product = #name.zeros_like();
        });
    }
    for field in &exposed.fields {
        let root = field
            .buffer_path
            .clone()
            .into_iter()
            .find_map(|token| match token {
                proc_macro2::TokenTree::Ident(ident) => Some(ident),
                _ => None,
            });
        let Some(param) = structs
            .iter()
            .find(|param| root.as_ref() == Some(&param.buffer))
        else {
            continue;
        };
        let direction = direction_name(param, signature);
        let (local, buffer, path) = (&field.local, &field.buffer, &field.buffer_path);
        let binding = &field.binding;
        let direction_binding = replace_root(binding, &param.name, &direction);
        let product_path = replace_root(path, &param.buffer, &product_name(param));
        let store = format_ident!("__gradus_store_{}", crate::names::key(buffer));
        if field.rank == 0 {
            prelude.extend(quote! {
                let #local: #alias = ::gradus::__private::DualShape::lift_pair(&#binding, &#direction_binding);
                let mut #store: #alias = ::gradus::__private::DualShape::dual_zeros(&#binding);
                let #buffer = &mut #store;
            });
            split.extend(quote! {
                #path = #store.value();
                #product_path = #store.tangent();
            });
        } else {
            let lifted = format_ident!("__gradus_lifted_{}", crate::names::key(local));
            prelude.extend(quote! {
                let #lifted = ::gradus::__private::DualShape::lift_pair(#binding, #direction_binding);
                let #local = &#lifted;
                let mut #store = ::gradus::__private::DualShape::dual_zeros(#binding);
                let #buffer = &mut #store;
            });
            split.extend(quote! {
                ::gradus::__private::DualShape::split_pair(&#store, &mut #path, &mut #product_path);
            });
        }
    }
    (prelude, split)
}

/// The reverse sweep of `hvp_f` as a call of the function's own dual companion, seeded
/// with 1: its adjoint into the buffers of the differentiated arguments, or its partials
/// copied into them. (One copy of the sweep over dual numbers serves both.)
fn companion_sweep(
    item: &ItemFn,
    signature: &Signature,
    placement: Placement,
    dual: &crate::expand::DualBodies,
) -> TokenStream {
    let name = &item.sig.ident;
    let bare = crate::names::key(name);
    let companion = |kind: &str| match placement {
        Placement::Module => {
            let kind = format_ident!("dual_{}", kind);
            quote!(#name::#kind)
        }
        Placement::Impl => {
            let kind = format_ident!("__gradus_dual_{}_{}", kind, bare);
            quote!(Self::#kind)
        }
    };
    let float = signature.float.tokens();
    let arguments: Vec<&Ident> = signature.params.iter().map(|param| &param.name).collect();
    if dual.adjoint.is_some() {
        let adjoint = companion("adjoint");
        let slots = signature.params.iter().map(|param| {
            let buffer = &param.buffer;
            if param.active && param.kind != ParamKind::Other {
                quote!(::core::option::Option::Some(#buffer))
            } else {
                quote!(::core::option::Option::None)
            }
        });
        quote!(#adjoint(#(#arguments,)* ::gradus::Dual::<#float>::constant(1.0), #(#slots),*))
    } else {
        let partials = companion("partials");
        let names: Vec<Ident> = (0..signature.params.len())
            .map(|index| format_ident!("__gradus_partial_{}", index))
            .collect();
        let copies = signature
            .params
            .iter()
            .zip(&names)
            .filter_map(|(param, partial)| {
                let buffer = &param.buffer;
                (param.active && param.kind == ParamKind::Float)
                    .then(|| quote!(*#buffer = #partial;))
            });
        quote!({
            let (value, (#(#names,)*)) = #partials(#(#arguments),*);
            #(#copies)*
            value
        })
    }
}

/// The body of a concrete function's `hvp_f`: its arguments lifted to dual numbers
/// (shadowing their names), the reverse sweep `body` written over `Dual<float>` adding
/// into dual buffers, then the buffers split into the gradient and the product.
fn concrete_body(
    item: &ItemFn,
    signature: &Signature,
    placement: Placement,
    dual: &crate::expand::DualBodies,
) -> TokenStream {
    let sweep = match &dual.hvp {
        Some(body) => quote!({ #body }),
        None => companion_sweep(item, signature, placement, dual),
    };
    let (fields, split) = &dual.struct_fields;
    let float = signature.float.tokens();
    let alias = dual_alias();
    let active: Vec<&Param> = signature.active_params().collect();
    let (lifts, passed) = lift_arguments(signature, &float, false);
    // The lifted arguments take the arguments' names, as the sweep reads them.
    let float_ident = signature.float.ident().clone();
    let mut shadows = TokenStream::new();
    for (param, passed) in signature.params.iter().zip(&passed) {
        let argument = &param.name;
        let ty = match &param.kind {
            ParamKind::Float => alias.to_token_stream(),
            ParamKind::Array(array) if array.slice => {
                let element = retyped(
                    &array.element.to_token_stream(),
                    &float_ident,
                    &alias.to_token_stream(),
                );
                quote!(&[#element])
            }
            ParamKind::Array(array) => {
                let lifted = retyped(
                    &array.array.to_token_stream(),
                    &float_ident,
                    &alias.to_token_stream(),
                );
                if matches!(param.ty, Type::Reference(_)) {
                    quote!(&#lifted)
                } else {
                    lifted
                }
            }
            _ => continue,
        };
        shadows.extend(quote!(let #argument: #ty = #passed;));
    }
    let lifted_float = FloatType::Generic(alias.clone());
    let stores: Vec<Ident> = (0..active.len())
        .map(|index| format_ident!("__gradus_gradient_{}", index))
        .collect();
    let mut buffers = TokenStream::new();
    for (param, store) in active.iter().zip(&stores) {
        let buffer = &param.buffer;
        match &param.kind {
            // Declared with its fields (`struct_fields`).
            ParamKind::Struct(_) => {}
            ParamKind::Array(array) => {
                let zeros = array.zeros(&param.name, &lifted_float);
                let borrow = if array.slice {
                    quote!(&mut #store[..])
                } else {
                    quote!(&mut #store)
                };
                buffers.extend(quote!(let mut #store = #zeros; let #buffer = #borrow;));
            }
            _ => {
                let zero = lifted_float.zero();
                buffers.extend(quote!(let mut #store: #alias = #zero; let #buffer = &mut #store;));
            }
        }
    }
    let part = |part_of: &dyn Fn(&TokenStream) -> TokenStream,
                structure: &dyn Fn(&Param) -> Ident| {
        let parts: Vec<TokenStream> = active
            .iter()
            .zip(&stores)
            .map(|(param, store)| match param.kind {
                ParamKind::Struct(_) => structure(param).to_token_stream(),
                _ => split_gradient(&[param], std::slice::from_ref(store), part_of),
            })
            .collect();
        if parts.len() == 1 {
            parts[0].clone()
        } else {
            quote!((#(#parts),*))
        }
    };
    let gradient = part(&|x| quote!((*#x).value()), &|param| param.buffer.clone());
    let product = part(&|x| quote!((*#x).tangent()), &product_name);
    quote! {
        // The sweep calls `Float` methods on dual numbers where the user's module need not
        // have the trait in scope.
        #[allow(unused_imports)]
        use ::gradus::__private::{Differentiable as _, Float as _, PrimalArray as _};
        type #alias = ::gradus::Dual<#float>;
        #lifts
        #shadows
        #buffers
        #fields
        let __gradus_value: #alias = #sweep;
        #split
        (__gradus_value.value(), #gradient, #product)
    }
}
