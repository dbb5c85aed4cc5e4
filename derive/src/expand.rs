//! Assembles what `#[differentiable]` emits: the function as written, `grad_f_into`,
//! `grad_f`, and the hidden `__gradus_partials_f` through which other annotated functions
//! call this one. On error: the function, stubs with the right signatures (so callers do
//! not drown in follow-on errors), and every error collected.

use crate::attr::{self, Options};
use crate::emit::Targets;
use crate::errors::Errors;
use crate::lower::Parameter;
use crate::placement::Placement;
use crate::signature::{self, FloatType, ParamKind, Signature};
use crate::{check, desugar, emit, fields, lower, pullback, tape_mode};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, ToTokens};
use std::collections::HashMap;
use syn::spanned::Spanned;
use syn::{GenericParam, ItemFn};

pub fn differentiable(attribute: TokenStream, item: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let options = match attr::parse(attribute) {
        Ok(options) => options,
        Err(error) => {
            errors.push(error);
            Options::default()
        }
    };
    let item_fn: ItemFn = match syn::parse2(item.clone()) {
        Ok(item_fn) => item_fn,
        Err(_) => {
            errors.at(
                &item,
                "#[differentiable] goes on a function, as in `#[differentiable] fn f(x: f64) -> f64 { … }`",
            );
            let errors = errors.to_compile_errors();
            return quote!(#item #errors);
        }
    };
    // A method is in an `impl` block wherever its file says it is.
    let placement = if item_fn.sig.receiver().is_some() {
        Placement::Impl
    } else {
        Placement::of_current_attribute()
    };
    let Some(signature) = signature::analyze(&item_fn, &options, placement, &mut errors) else {
        // The body is read once the signature is right: its errors would mostly repeat
        // the signature's (a tuple returned where the signature returns a tuple).
        let errors = errors.to_compile_errors();
        return quote!(#item_fn #errors);
    };
    if signature.active_params().next().is_none() {
        errors.at(
            &item_fn.sig.ident,
            "#[differentiable] found no float argument to differentiate",
        );
    }
    // `match` and `if let` are read as the `if` / `else` they stand for.
    let desugared = desugar::desugar(&item_fn);
    let generated = if let Some(pullback) = &options.pullback {
        // The user's derivative stands for the body, which is not read.
        Some(pullback::bodies(
            &item_fn,
            &signature,
            placement,
            pullback,
            &turbofish(&item_fn),
        ))
    } else if options.tape.is_some() {
        tape_mode::bodies(&item_fn, &signature, placement, &mut errors)
    } else {
        check::check(&desugared.block, &mut errors);
        // Lowering a body the check refused would only report the same problem again.
        // What the check refuses (`?`, `unsafe`, `async`, macros…) is not emitted either.
        if !errors.is_empty() {
            errors.body_is_not_rust();
        }
        if errors.is_empty() {
            transformed_bodies(&desugared, &signature, placement, &mut errors)
        } else {
            None
        }
    };
    match generated {
        Some(bodies) if errors.is_empty() => {
            let items = assemble(&item_fn, &signature, placement, bodies);
            dump(&item_fn.sig.ident, &items);
            quote!(#item_fn #items)
        }
        _ => {
            let stub = quote!(::core::unreachable!());
            let stubs = assemble(
                &item_fn,
                &signature,
                placement,
                Bodies {
                    into: stub.clone(),
                    partials: Some(stub.clone()),
                    adjoint: Some(stub.clone()),
                    tangent: Some(stub),
                    dual: Err("its body was refused".to_string()),
                },
            );
            let errors_keep_body = errors.keeps_body();
            let errors = errors.to_compile_errors();
            let primal = if errors_keep_body {
                item_fn.clone()
            } else {
                with_stub_body(&item_fn)
            };
            quote!(#primal #stubs #errors)
        }
    }
}

/// The user's function with its body replaced, once the body is refused as not valid Rust
/// or not readable: rustc then reports only our errors, not its own complaints about the
/// same lines (a `?` in a function that returns `f64`, a write through `&[f64]`), and calls
/// to the function still type-check. A body refused for what it calls is kept, so its
/// imports stay used.
fn with_stub_body(item_fn: &ItemFn) -> ItemFn {
    let mut primal = item_fn.clone();
    primal.block = syn::parse_quote!({ ::core::unreachable!() });
    primal
        .attrs
        .push(syn::parse_quote!(#[allow(unused_variables, unused_mut)]));
    primal
}

/// The bodies of `grad_f_into` and of the hidden partials function.
pub struct Bodies {
    /// Adds into the buffers named by each active `Param::buffer`.
    pub into: TokenStream,
    /// Returns `(value, (partial or (), …))`, one slot per argument; only for functions
    /// whose float arguments are all scalars.
    pub partials: Option<TokenStream>,
    /// Adds `seed ·` the gradient into an optional buffer per argument; only for
    /// functions with array arguments, which other functions' reverse sweeps call.
    pub adjoint: Option<TokenStream>,
    /// Returns `(value, tangent)` from the tangent sweep, the tangent of each float, array
    /// or struct argument bound to its buffer's name; `None` for a function whose body is
    /// not read (tape mode, a pullback): its tangent is its gradient dotted with the
    /// tangents.
    pub tangent: Option<TokenStream>,
    /// A concrete function's companions over dual numbers, for `hvp_f`; `Err` says why it
    /// has none (empty for a generic function, whose own companions take dual numbers).
    pub dual: Result<DualBodies, String>,
}

/// A concrete function's reverse sweep written over `Dual<f64>` (`Dual<f32>`).
pub struct DualBodies {
    /// Its struct arguments' fields lifted before the sweep, and their buffers split into
    /// the gradient's and the product's structs after it (`hvp::struct_fields`).
    pub struct_fields: (TokenStream, TokenStream),
    /// Why its dual companions cannot be written although its `hvp_f` can.
    pub companions_unavailable: Option<String>,
    /// The functions it calls (their dual companions may panic: `dual_companions`).
    pub callees: Vec<String>,
    /// The body of its `hvp_f`, where it cannot call its dual companion (a struct
    /// argument, whose fields its companions would not see).
    pub hvp: Option<TokenStream>,
    /// The bodies of its dual companions, as `Bodies::partials` and `Bodies::adjoint`.
    pub partials: Option<TokenStream>,
    pub adjoint: Option<TokenStream>,
}

fn transformed_bodies(
    item: &ItemFn,
    signature: &Signature,
    placement: Placement,
    errors: &mut Errors,
) -> Option<Bodies> {
    let before = errors.len();
    let exposed = fields::expose(item, signature, errors);
    if errors.len() != before {
        return None;
    }
    let extended = exposed.signature(signature);
    let mut lowered = lower::lower(&exposed.item, &extended, errors)?;
    let fields_prelude = exposed.prelude();
    let field_parameters = &lowered.parameters[signature.params.len()..];
    let (forwarded, accumulated) = crate::optimize::run(&mut lowered.function);
    if dump_requested(&item.sig.ident) {
        eprintln!(
            "// #[differentiable] fn {}: IR ({forwarded} array reads forwarded, \
             {accumulated} writes made accumulations)\n{}",
            item.sig.ident,
            crate::ir::Printer(&lowered.function)
        );
    }
    let mut targets = Targets {
        scalars: HashMap::new(),
        arrays: HashMap::new(),
    };
    for (param, parameter) in signature.params.iter().zip(&lowered.parameters) {
        let buffer = param.buffer.clone();
        match parameter {
            Parameter::Scalar(value) if param.active => {
                targets.scalars.insert(*value, quote!(*#buffer));
            }
            Parameter::Array(array) if param.active => {
                targets.arrays.insert(*array, quote!(#buffer));
            }
            _ => {}
        }
    }
    add_field_targets(&mut targets, &exposed, field_parameters);
    let tangent = tangent_body(&lowered, signature, &exposed);
    let has_arrays = lowered
        .parameters
        .iter()
        .any(|p| matches!(p, Parameter::Array(_)));
    let dual = match &signature.float {
        FloatType::Concrete(float) => {
            crate::hvp::concrete_reason(&exposed).and_then(|()| {
                let passed_on = crate::lift::PassedOn::of(&extended);
                let (lifted, callees) =
                    crate::lift::lifted_function(&lowered.function, float, &passed_on)?;
                let dual = FloatType::Generic(crate::hvp::dual_alias());
                let companions = Companions {
                    function: &lifted,
                    namer: &lowered.namer,
                    float: &dual,
                    signature,
                    parameters: &lowered.parameters,
                };
                // A struct's caller passes it plain: its dual companions cannot take it.
                let takes_struct = signature
                    .params
                    .iter()
                    .any(|param| matches!(param.kind, ParamKind::Struct(_)));
                Ok(DualBodies {
                    callees,
                    struct_fields: crate::hvp::struct_fields(&exposed, signature),
                    companions_unavailable: takes_struct.then(|| {
                        "it takes a struct argument, which its caller passes as plain floats"
                            .to_string()
                    }),
                    // Otherwise `hvp_f` calls the dual companion, one copy of the sweep.
                    hvp: takes_struct.then(|| {
                        emit::gradient_body(
                            &lifted,
                            &mut lowered.namer.clone(),
                            &dual,
                            &targets,
                            dual.one(),
                        )
                    }),
                    partials: (!has_arrays).then(|| companions.partials()),
                    adjoint: has_arrays
                        .then(|| companions.adjoint(&TokenStream::new(), &Targets::default())),
                })
            })
        }
        FloatType::Generic(_) => Err(String::new()),
    };
    let one = signature.float.one();
    let into = emit::gradient_body(
        &lowered.function,
        &mut lowered.namer.clone(),
        &signature.float,
        &targets,
        one.clone(),
    );

    // Every float argument differentiated: the companions need no body of their own.
    let all_active = signature
        .params
        .iter()
        .all(|param| param.kind == ParamKind::Other || param.active);
    let bare = crate::names::key(&item.sig.ident);
    let turbofish = turbofish(item);
    let arguments: Vec<&Ident> = signature.params.iter().map(|param| &param.name).collect();
    if all_active && !has_arrays {
        let grad_into = sibling(
            placement,
            &format_ident!("grad_{}_into", bare, span = item.sig.ident.span()),
        );
        let zero = signature.float.zero();
        let ty = signature.float.tokens();
        let buffers: Vec<Ident> = signature
            .active_params()
            .map(|param| param.buffer.clone())
            .collect();
        let slots = partial_slots(signature);
        let partials = quote! {
            #(let mut #buffers: #ty = #zero;)*
            let value: #ty = #grad_into #turbofish (#(#arguments,)* #(&mut #buffers),*);
            (value, (#(#slots,)*))
        };
        return Some(Bodies {
            into,
            partials: Some(partials),
            adjoint: None,
            tangent: Some(tangent),
            dual,
        });
    }
    let companions = Companions {
        function: &lowered.function,
        namer: &lowered.namer,
        float: &signature.float,
        signature,
        parameters: &lowered.parameters,
    };
    let partials = (!has_arrays).then(|| companions.partials());
    let adjoint = has_arrays.then(|| {
        let mut fields = Targets::default();
        add_field_targets(&mut fields, &exposed, field_parameters);
        companions.adjoint(&fields_prelude, &fields)
    });
    let into = quote!(#fields_prelude #into);
    Some(Bodies {
        into,
        partials,
        adjoint,
        tangent: Some(tangent),
        dual,
    })
}

/// What the partials and adjoint companions' bodies are written from: the function's IR
/// in its float type, or its lifted IR over dual numbers.
struct Companions<'a> {
    function: &'a crate::ir::Function,
    namer: &'a crate::names::Namer,
    float: &'a FloatType,
    signature: &'a Signature,
    parameters: &'a [Parameter],
}

impl Companions<'_> {
    /// `(value, (partial or (), …))`: the reverse sweep into a local per float argument.
    fn partials(&self) -> TokenStream {
        let mut locals = Targets::default();
        for (param, parameter) in self.signature.params.iter().zip(self.parameters) {
            if let Parameter::Scalar(value) = parameter {
                let local = param.buffer.clone();
                locals.scalars.insert(*value, quote!(#local));
            }
        }
        let all_floats = emit::gradient_body(
            self.function,
            &mut self.namer.clone(),
            self.float,
            &locals,
            self.float.one(),
        );
        let zero = self.float.zero();
        let ty = self.float.tokens();
        let declarations = self
            .signature
            .params
            .iter()
            .filter(|param| param.kind == ParamKind::Float)
            .map(|param| {
                let local = param.buffer.clone();
                quote!(let mut #local: #ty = #zero;)
            });
        let slots = partial_slots(self.signature);
        quote! {
            #(#declarations)*
            let value: #ty = { #all_floats };
            (value, (#(#slots,)*))
        }
    }

    /// The reverse sweep seeded with the adjoint companion's seed, into a buffer per
    /// argument (`fields` adds a struct argument's fields).
    fn adjoint(&self, fields_prelude: &TokenStream, fields: &Targets) -> TokenStream {
        let mut all = Targets {
            scalars: fields.scalars.clone(),
            arrays: fields.arrays.clone(),
        };
        for (param, parameter) in self.signature.params.iter().zip(self.parameters) {
            let buffer = param.buffer.clone();
            match parameter {
                Parameter::Scalar(value) => {
                    all.scalars.insert(*value, quote!(*#buffer));
                }
                Parameter::Array(array) => {
                    all.arrays.insert(*array, quote!(#buffer));
                }
                Parameter::Other => {}
            }
        }
        let seed = adjoint_seed_name();
        let body = emit::gradient_body(
            self.function,
            &mut self.namer.clone(),
            self.float,
            &all,
            quote!(#seed),
        );
        let prelude = adjoint_slots_prelude(self.signature, self.float);
        quote!(#prelude #fields_prelude #body)
    }
}

/// The tangent companion's sweep: each argument's tangent is read from the local named
/// like its gradient buffer, a struct field's from its place in the struct's tangent.
fn tangent_body(
    lowered: &lower::Lowered,
    signature: &Signature,
    exposed: &fields::Exposed,
) -> TokenStream {
    let mut seeds = crate::tangent::Seeds {
        scalars: HashMap::new(),
        arrays: HashMap::new(),
    };
    for (param, parameter) in signature.params.iter().zip(&lowered.parameters) {
        let buffer = &param.buffer;
        match parameter {
            Parameter::Scalar(value) => {
                seeds.scalars.insert(*value, quote!(#buffer));
            }
            Parameter::Array(array) => {
                seeds.arrays.insert(*array, quote!(#buffer));
            }
            Parameter::Other => {}
        }
    }
    let field_parameters = &lowered.parameters[signature.params.len()..];
    for (field, parameter) in exposed.fields.iter().zip(field_parameters) {
        match parameter {
            Parameter::Scalar(value) => {
                seeds.scalars.insert(*value, exposed.tangent_seed(field));
            }
            Parameter::Array(array) => {
                seeds.arrays.insert(*array, exposed.tangent_seed(field));
            }
            Parameter::Other => {}
        }
    }
    let bindings = exposed.bindings();
    let sweep = crate::tangent::tangent_body(
        &lowered.function,
        &mut lowered.namer.clone(),
        &signature.float,
        &seeds,
    );
    quote!(#bindings #sweep)
}

/// The gradient of each field a struct argument exposes goes to its place in the
/// struct's buffer.
fn add_field_targets(targets: &mut Targets, exposed: &fields::Exposed, parameters: &[Parameter]) {
    for (field, parameter) in exposed.fields.iter().zip(parameters) {
        match parameter {
            Parameter::Scalar(value) => {
                targets.scalars.insert(*value, exposed.target(field));
            }
            Parameter::Array(array) => {
                targets.arrays.insert(*array, exposed.target(field));
            }
            Parameter::Other => {}
        }
    }
}

/// The seed parameter of the adjoint companion.
pub fn adjoint_seed_name() -> Ident {
    format_ident!("__gradus_seed")
}

/// Turns each `Option<&mut …>` slot of the adjoint companion into a buffer, a local of
/// zeros standing in for a `None`.
pub fn adjoint_slots_prelude(signature: &Signature, float: &FloatType) -> TokenStream {
    let ty = float.tokens();
    let zero = float.zero();
    signature
        .params
        .iter()
        .map(|param| {
            let buffer = param.buffer.clone();
            let fallback = format_ident!("{}_fallback", buffer);
            match &param.kind {
                ParamKind::Float => quote! {
                    let mut #fallback: #ty = #zero;
                    let #buffer: &mut #ty = match #buffer {
                        ::core::option::Option::Some(slot) => slot,
                        ::core::option::Option::None => &mut #fallback,
                    };
                },
                ParamKind::Array(array) => {
                    let zeros = array.zeros(&param.name, float);
                    // Over dual numbers (`dual_companions`), the buffer holds them too.
                    let buffer_type = crate::dual_companions::retyped(
                        &array.buffer_type(),
                        signature.float.ident(),
                        &float.tokens(),
                    );
                    let borrow = if array.slice {
                        quote!(&mut #fallback[..])
                    } else {
                        quote!(&mut #fallback)
                    };
                    quote! {
                        let mut #fallback;
                        let #buffer: #buffer_type = match #buffer {
                            ::core::option::Option::Some(slot) => slot,
                            ::core::option::Option::None => {
                                #fallback = #zeros;
                                #borrow
                            }
                        };
                    }
                }
                ParamKind::Struct(structure) => {
                    let zeros = structure.zeros(&param.name);
                    let ty = &structure.ty;
                    quote! {
                        let mut #fallback;
                        let #buffer: &mut #ty = match #buffer {
                            ::core::option::Option::Some(slot) => slot,
                            ::core::option::Option::None => {
                                #fallback = #zeros;
                                &mut #fallback
                            }
                        };
                    }
                }
                ParamKind::Other => TokenStream::new(),
            }
        })
        .collect()
}

/// The partials companion's body of a function with array arguments, called with scalars
/// only when its arrays are the caller's data: the partials of its floats from its adjoint
/// companion (`adjoint`, seeded with `one`), the arrays' slots left empty. `ty`, `zero`
/// and `one` are of the float the companion computes in (`f64`, or `Dual<f64>` for the
/// dual companions).
pub fn partials_through_adjoint(
    signature: &Signature,
    adjoint: &TokenStream,
    ty: &TokenStream,
    zero: &TokenStream,
    one: &TokenStream,
) -> TokenStream {
    let arguments = signature.params.iter().map(|param| &param.name);
    let floats = signature
        .params
        .iter()
        .filter(|param| param.kind == ParamKind::Float)
        .map(|param| &param.buffer);
    let slots = signature.params.iter().map(|param| {
        let buffer = &param.buffer;
        match param.kind {
            ParamKind::Float => quote!(::core::option::Option::Some(&mut #buffer)),
            _ => quote!(::core::option::Option::None),
        }
    });
    let results = partial_slots(signature);
    quote! {
        #(let mut #floats: #ty = #zero;)*
        let value: #ty = #adjoint(#(#arguments,)* #one, #(#slots),*);
        (value, (#(#results,)*))
    }
}

/// One slot per argument of the partials tuple: the partial of a float, `()` otherwise.
pub fn partial_slots(signature: &Signature) -> Vec<TokenStream> {
    signature
        .params
        .iter()
        .map(|param| match param.kind {
            ParamKind::Float => {
                let local = param.buffer.clone();
                quote!(#local)
            }
            _ => quote!(()),
        })
        .collect()
}

fn assemble(
    item: &ItemFn,
    signature: &Signature,
    placement: Placement,
    bodies: Bodies,
) -> TokenStream {
    let vis = &item.vis;
    let name = &item.sig.ident;
    let generics = &item.sig.generics;
    // A struct argument's gradient needs `Differentiable` (the function itself does not:
    // a generic `fn f<T: Float>(p: &Mlp<T>)` need not say so).
    let mut where_clause = generics.where_clause.clone();
    for param in &signature.params {
        if let ParamKind::Struct(structure) = &param.kind {
            // At the argument's type: a struct without the derive is refused there.
            let ty = &structure.ty;
            let span = match &param.receiver {
                Some(receiver) => receiver.span(),
                None => param.ty.span(),
            };
            where_clause
                .get_or_insert_with(|| syn::parse_quote!(where))
                .predicates
                .push(syn::parse_quote_spanned!(span=> #ty: ::gradus::Differentiable));
        }
    }
    let where_clause = &where_clause;
    let ty = signature.float.tokens();
    let cfgs: Vec<_> = item
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg"))
        .collect();
    let bare = crate::names::key(name);
    let grad = format_ident!("grad_{}", bare, span = name.span());
    let grad_into = format_ident!("grad_{}_into", bare, span = name.span());
    let grad_into_path = sibling(placement, &grad_into);
    let (partials, adjoint_name) = match placement {
        Placement::Module => (
            format_ident!("partials", span = name.span()),
            format_ident!("adjoint", span = name.span()),
        ),
        Placement::Impl => (
            format_ident!("__gradus_partials_{}", bare, span = name.span()),
            format_ident!("__gradus_adjoint_{}", bare, span = name.span()),
        ),
    };

    let params: Vec<TokenStream> = signature
        .params
        .iter()
        .map(|param| param.declaration())
        .collect();
    let arguments: Vec<&Ident> = signature.params.iter().map(|param| &param.name).collect();
    let active: Vec<&signature::Param> = signature.active_params().collect();
    let buffers: Vec<Ident> = active.iter().map(|param| param.buffer.clone()).collect();
    let buffer_types: Vec<TokenStream> = active
        .iter()
        .map(|param| param.buffer_type(&signature.float))
        .collect();
    let gradient_types: Vec<TokenStream> = active
        .iter()
        .map(|param| match &param.kind {
            ParamKind::Array(array) => array.gradient_type(),
            ParamKind::Struct(structure) => structure.ty.to_token_stream(),
            _ => ty.clone(),
        })
        .collect();
    let zeros: Vec<TokenStream> = active
        .iter()
        .map(|param| match &param.kind {
            ParamKind::Array(array) => array.zeros(&param.name, &signature.float),
            ParamKind::Struct(structure) => structure.zeros(&param.name),
            _ => signature.float.zero(),
        })
        .collect();
    let borrows: Vec<TokenStream> = active
        .iter()
        .zip(&buffers)
        .map(|(param, buffer)| match &param.kind {
            ParamKind::Array(array) if array.slice => quote!(&mut #buffer[..]),
            _ => quote!(&mut #buffer),
        })
        .collect();
    // A slice buffer must match its argument's length: say which one does not.
    let length_checks = active.iter().zip(&buffers).filter_map(|(param, buffer)| match &param.kind {
        ParamKind::Array(array) if array.slice => {
            let argument = &param.name;
            let message = format!(
                "{grad_into}: the gradient buffer `{buffer}` has length {{}} but the argument `{argument}` has length {{}}"
            );
            Some(quote! {
                ::core::assert!(#buffer.len() == #argument.len(), #message, #buffer.len(), #argument.len());
            })
        }
        // A struct buffer must have its argument's shape (the lengths of its `Vec` fields).
        ParamKind::Struct(structure) => {
            let (argument, ty) = (&param.name, &structure.ty);
            let names = [grad_into.to_string(), argument.to_string(), buffer.to_string()];
            Some(quote! {
                ::gradus::__private::assert_same_shape::<#ty>(&#argument, &*#buffer, #(#names),*);
            })
        }
        _ => None,
    });
    let turbofish = turbofish(item);
    // The gradient stands for the function: a user who calls only `grad_f` should not be
    // told that `f` is never used.
    let nameable = generics
        .params
        .iter()
        .all(|param| matches!(param, GenericParam::Lifetime(_)))
        || !turbofish.is_empty();
    let mark_used = if nameable {
        let name = sibling(placement, name);
        quote!(let _ = #name #turbofish;)
    } else {
        TokenStream::new()
    };

    let listed = active
        .iter()
        .map(|param| format!("`{}`", param.name))
        .collect::<Vec<_>>()
        .join(", ");
    let gradient_shape = if buffers.len() == 1 {
        buffers[0].to_string()
    } else {
        format!(
            "({})",
            buffers
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let grad_doc = format!(
        "Returns the value of [`{name}`] and its gradient with respect to {listed}, as `(value, {gradient_shape})`.\n\nGenerated by `#[differentiable]`."
    );
    let into_doc = format!(
        "Returns the value of [`{name}`] and ADDS its gradient with respect to {listed} into {}.\n\nGenerated by `#[differentiable]`; summing a batch's gradients this way allocates no gradient.\n\n# Panics\nIf a slice buffer's length differs from its argument's, or a struct buffer's shape (the lengths of its `Vec` fields).",
        buffers.iter().map(|b| format!("`{b}`")).collect::<Vec<_>>().join(", ")
    );
    let gradient = if buffers.len() == 1 {
        let buffer = &buffers[0];
        quote!(#buffer)
    } else {
        quote!((#(#buffers),*))
    };
    let gradient_type = if buffers.len() == 1 {
        gradient_types[0].clone()
    } else {
        quote!((#(#gradient_types),*))
    };
    let into_body = &bodies.into;
    let allow = quote! {
        #[allow(
            dead_code,
            unused_mut,
            unused_variables,
            unused_assignments,
            unused_parens,
            unused_braces,
            non_snake_case,
            unreachable_patterns,
            unreachable_code,
            clippy::all,
            clippy::pedantic,
            clippy::nursery
        )]
    };
    // A function with array arguments is called with scalars only when its arrays are the
    // caller's data: its partials come from the adjoint companion, the arrays left out.
    let partials_through_adjoint = bodies.adjoint.as_ref().map(|_| {
        partials_through_adjoint(
            signature,
            &quote!(Self::#adjoint_name #turbofish),
            &ty,
            &signature.float.zero(),
            &signature.float.one(),
        )
    });
    let partials_body = bodies
        .partials
        .as_ref()
        .or(partials_through_adjoint.as_ref());
    let partials_item = partials_body.map(|partials_body| {
        let slot_types = signature.params.iter().map(|param| match param.kind {
            ParamKind::Float => ty.clone(),
            _ => quote!(()),
        });
        quote! {
            #(#cfgs)*
            #[doc(hidden)]
            #allow
            #vis fn #partials #generics (#(#params),*) -> (#ty, (#(#slot_types,)*)) #where_clause {
                #partials_body
            }
        }
    });

    let adjoint_item = bodies.adjoint.as_ref().map(|adjoint_body| {
        let seed = adjoint_seed_name();
        let slots = signature.params.iter().map(|param| {
            let buffer = param.buffer.clone();
            match &param.kind {
                ParamKind::Other => quote!(_: ::core::option::Option<()>),
                _ => {
                    let buffer_type = param.buffer_type(&signature.float);
                    quote!(#buffer: ::core::option::Option<#buffer_type>)
                }
            }
        });
        quote! {
            #(#cfgs)*
            #[doc(hidden)]
            #[inline]
            #allow
            #vis fn #adjoint_name #generics (#(#params,)* #seed: #ty, #(#slots),*) -> #ty #where_clause {
                #adjoint_body
            }
        }
    });
    let tangent_name = match placement {
        Placement::Module => format_ident!("tangent", span = name.span()),
        Placement::Impl => format_ident!("__gradus_tangent_{}", bare, span = name.span()),
    };
    let tangent_item = {
        let slots = signature.params.iter().map(|param| {
            let buffer = &param.buffer;
            match tangent_type(param, &signature.float) {
                Some(tangent_type) => quote!(#buffer: ::core::option::Option<#tangent_type>),
                None => quote!(_: ::core::option::Option<()>),
            }
        });
        let prelude = tangent_slots_prelude(signature);
        let body = match &bodies.tangent {
            Some(body) => body.clone(),
            None => tangent_through_gradient(
                signature,
                bodies.adjoint.is_some(),
                &adjoint_name,
                &partials,
                &turbofish,
            ),
        };
        quote! {
            #(#cfgs)*
            #[doc(hidden)]
            #[inline]
            #allow
            #vis fn #tangent_name #generics (#(#params,)* #(#slots),*) -> (#ty, #ty) #where_clause {
                #prelude
                #body
            }
        }
    };
    let dual_items = crate::dual_companions::items(
        &crate::dual_companions::Declared {
            item,
            signature,
            placement,
            where_clause,
            turbofish: &turbofish,
            allow: &allow,
            cfgs: &cfgs,
            partials: partials_item.as_ref().map(|_| &partials),
            adjoint: adjoint_item.as_ref().map(|_| &adjoint_name),
        },
        &bodies.dual,
    );
    // In a module the companions hang off a type named like the function, which `use`
    // imports together with it; an `impl` block takes them as associated functions.
    let companions = match placement {
        Placement::Module => quote! {
            #(#cfgs)*
            #[doc(hidden)]
            #[allow(non_camel_case_types, dead_code)]
            #vis struct #name {}

            #(#cfgs)*
            impl #name {
                #adjoint_item
                #partials_item
                #tangent_item
                #dual_items
            }
        },
        Placement::Impl => quote!(#adjoint_item #partials_item #tangent_item #dual_items),
    };
    let grad_path = sibling(placement, &grad);
    let hvp_item = crate::hvp::item(
        item,
        where_clause,
        signature,
        placement,
        &bodies.dual,
        &grad_path,
        &gradient_type,
        &allow,
        &cfgs,
    );
    let jvp = format_ident!("jvp_{}", bare, span = name.span());
    let tangent_path = match placement {
        Placement::Module => quote!(#name::#tangent_name),
        Placement::Impl => quote!(Self::#tangent_name),
    };
    let tangent_names: Vec<Ident> = active
        .iter()
        .map(|param| tangent_argument(param, signature))
        .collect();
    let tangent_types: Vec<TokenStream> = active
        .iter()
        .map(|param| {
            tangent_type(param, &signature.float).expect("an active argument has a tangent")
        })
        .collect();
    let tangent_slots = signature.params.iter().map(|param| {
        if param.active && param.kind != ParamKind::Other {
            let tangent = tangent_argument(param, signature);
            quote!(::core::option::Option::Some(#tangent))
        } else {
            quote!(::core::option::Option::None)
        }
    });
    let jvp_doc = format!(
        "Returns the value of [`{name}`] and its directional derivative along the tangents {} of {listed}, as `(value, tangent)`, from a forward (tangent) sweep.\n\nGenerated by `#[differentiable]`.",
        tangent_names.iter().map(|t| format!("`{t}`")).collect::<Vec<_>>().join(", ")
    );
    quote! {
        #companions

        #(#cfgs)*
        #[doc = #into_doc]
        #[inline]
        #allow
        #vis fn #grad_into #generics (#(#params,)* #(#buffers: #buffer_types),*) -> #ty #where_clause {
            #mark_used
            #(#length_checks)*
            #into_body
        }

        #(#cfgs)*
        #[doc = #grad_doc]
        #[inline]
        #allow
        #vis fn #grad #generics (#(#params),*) -> (#ty, #gradient_type) #where_clause {
            #(let mut #buffers: #gradient_types = #zeros;)*
            let value = #grad_into_path #turbofish (#(#arguments,)* #(#borrows),*);
            (value, #gradient)
        }

        #hvp_item

        #(#cfgs)*
        #[doc = #jvp_doc]
        #[inline]
        #allow
        #vis fn #jvp #generics (#(#params,)* #(#tangent_names: #tangent_types),*) -> (#ty, #ty) #where_clause {
            #tangent_path #turbofish (#(#arguments,)* #(#tangent_slots),*)
        }
    }
}

/// The type of an argument's tangent: `T`, `&[T]`, `&[T; N]`, `&S`; `None` for data.
fn tangent_type(param: &signature::Param, float: &signature::FloatType) -> Option<TokenStream> {
    match &param.kind {
        ParamKind::Float => Some(float.tokens()),
        ParamKind::Array(array) => {
            let element = &array.element;
            Some(if array.slice {
                quote!(&[#element])
            } else {
                let array = &array.array;
                quote!(&#array)
            })
        }
        ParamKind::Struct(structure) => {
            let ty = &structure.ty;
            Some(quote!(&#ty))
        }
        ParamKind::Other => None,
    }
}

/// `jvp_f`'s name for the tangent of `param`: `t_x` (`t_self` in a method), unless an
/// argument is already called that.
fn tangent_argument(param: &signature::Param, signature: &Signature) -> Ident {
    signature.companion_argument("t_", param)
}

/// Turns each `Option<…>` tangent slot of the tangent companion into a tangent, zeros
/// standing in for a `None`.
fn tangent_slots_prelude(signature: &Signature) -> TokenStream {
    let ty = signature.float.tokens();
    let zero = signature.float.zero();
    signature
        .params
        .iter()
        .map(|param| {
            let buffer = &param.buffer;
            let fallback = format_ident!("{}_fallback", buffer);
            let Some(tangent_type) = tangent_type(param, &signature.float) else {
                return TokenStream::new();
            };
            let (zeros, borrow) = match &param.kind {
                ParamKind::Float => {
                    return quote! {
                        let #buffer: #ty = match #buffer {
                            ::core::option::Option::Some(tangent) => tangent,
                            ::core::option::Option::None => #zero,
                        };
                    }
                }
                ParamKind::Array(array) => (
                    array.zeros(&param.name, &signature.float),
                    if array.slice {
                        quote!(&#fallback[..])
                    } else {
                        quote!(&#fallback)
                    },
                ),
                ParamKind::Struct(structure) => (structure.zeros(&param.name), quote!(&#fallback)),
                ParamKind::Other => unreachable!("data has no tangent"),
            };
            quote! {
                let #fallback;
                let #buffer: #tangent_type = match #buffer {
                    ::core::option::Option::Some(tangent) => tangent,
                    ::core::option::Option::None => {
                        #fallback = #zeros;
                        #borrow
                    }
                };
            }
        })
        .collect()
}

/// `+ Σ g·t` over the elements of two arrays of `rank` (nested loops: the elements of a
/// generic `T` have no trait that would flatten them).
fn dot_of_arrays(
    gradient: &Ident,
    tangent: &Ident,
    rank: usize,
    zero: &TokenStream,
) -> TokenStream {
    let sum = format_ident!("__gradus_dot");
    let mut body = {
        let (g, t) = (format_ident!("g{}", rank), format_ident!("t{}", rank));
        quote!(#sum = #sum + *#g * *#t;)
    };
    for level in (1..=rank).rev() {
        let (g, t) = (format_ident!("g{}", level), format_ident!("t{}", level));
        let (outer_g, outer_t) = if level == 1 {
            (quote!(#gradient), quote!(#tangent))
        } else {
            let (g, t) = (
                format_ident!("g{}", level - 1),
                format_ident!("t{}", level - 1),
            );
            (quote!(#g), quote!(#t))
        };
        body = quote! {
            for (#g, #t) in #outer_g.iter().zip(#outer_t.iter()) {
                #body
            }
        };
    }
    quote!(+ {
        let mut #sum = #zero;
        #body
        #sum
    })
}

/// The tangent of a function whose body is not read: its gradient (through the adjoint
/// or the partials companion) dotted with the tangents, which the prelude bound to the
/// buffers' names.
fn tangent_through_gradient(
    signature: &Signature,
    has_adjoint: bool,
    adjoint_name: &Ident,
    partials_name: &Ident,
    turbofish: &TokenStream,
) -> TokenStream {
    let ty = signature.float.tokens();
    let one = signature.float.one();
    let arguments: Vec<&Ident> = signature.params.iter().map(|param| &param.name).collect();
    let start = signature.float.adjoint_zero();
    if !has_adjoint {
        let partials: Vec<Ident> = (0..signature.params.len())
            .map(|index| format_ident!("__gradus_partial_{}", index))
            .collect();
        let slots = signature
            .params
            .iter()
            .zip(&partials)
            .map(|(param, partial)| match param.kind {
                ParamKind::Float => quote!(#partial),
                _ => quote!(_),
            });
        let terms = signature
            .params
            .iter()
            .zip(&partials)
            .filter(|(param, _)| param.kind == ParamKind::Float)
            .map(|(param, partial)| {
                let tangent = &param.buffer;
                quote!(+ #partial * #tangent)
            });
        return quote! {
            let (value, (#(#slots,)*)): (#ty, _) = Self::#partials_name #turbofish (#(#arguments),*);
            (value, #start #(#terms)*)
        };
    }
    let mut declarations = TokenStream::new();
    let mut slots = Vec::new();
    let mut terms = Vec::new();
    for (index, param) in signature.params.iter().enumerate() {
        let gradient = format_ident!("__gradus_gradient_{}", index);
        let tangent = &param.buffer;
        match &param.kind {
            ParamKind::Float => {
                let zero = signature.float.zero();
                declarations.extend(quote!(let mut #gradient: #ty = #zero;));
                slots.push(quote!(::core::option::Option::Some(&mut #gradient)));
                terms.push(quote!(+ #gradient * #tangent));
            }
            ParamKind::Array(array) => {
                let zeros = array.zeros(&param.name, &signature.float);
                declarations.extend(quote!(let mut #gradient = #zeros;));
                slots.push(if array.slice {
                    quote!(::core::option::Option::Some(&mut #gradient[..]))
                } else {
                    quote!(::core::option::Option::Some(&mut #gradient))
                });
                terms.push(dot_of_arrays(&gradient, tangent, array.rank, &start));
            }
            ParamKind::Struct(structure) => {
                let zeros = structure.zeros(&param.name);
                declarations.extend(quote!(let mut #gradient = #zeros;));
                slots.push(quote!(::core::option::Option::Some(&mut #gradient)));
                // The struct's scalar type is its own associated type here: converted.
                terms.push(quote!(+ <#ty as ::gradus::__private::NumCast>::from(
                    ::gradus::__private::dot(
                        ::core::slice::from_ref(&#gradient),
                        ::core::slice::from_ref(#tangent),
                    ),
                ).unwrap()));
            }
            ParamKind::Other => slots.push(quote!(::core::option::Option::None)),
        }
    }
    quote! {
        #declarations
        let value: #ty = Self::#adjoint_name #turbofish (#(#arguments,)* #one, #(#slots),*);
        (value, #start #(#terms)*)
    }
}

/// A path to another item generated beside the function: `Self::name` in an `impl` block.
pub fn sibling(placement: Placement, name: &Ident) -> TokenStream {
    match placement {
        Placement::Module => quote!(#name),
        Placement::Impl => quote!(Self::#name),
    }
}

/// `::<T, N>` naming the type and const parameters, unless an argument is `impl Trait`.
fn turbofish(item: &ItemFn) -> TokenStream {
    let names: Vec<&Ident> = item
        .sig
        .generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type(param) => Some(&param.ident),
            GenericParam::Const(param) => Some(&param.ident),
            GenericParam::Lifetime(_) => None,
        })
        .collect();
    let impl_trait = item.sig.inputs.iter().any(|input| {
        matches!(input, syn::FnArg::Typed(typed) if quote!(#typed).to_string().contains("impl "))
    });
    if names.is_empty() || impl_trait {
        TokenStream::new()
    } else {
        quote!(::<#(#names),*>)
    }
}

/// With `GRADUS_DUMP=name` (or `GRADUS_DUMP=1` for every function) in the environment of
/// the build, prints what is generated for that function, for reading it as a reviewer.
fn dump(name: &Ident, items: &TokenStream) {
    if dump_requested(name) {
        eprintln!(
            "// #[differentiable] fn {name}: generated code\n{}",
            formatted(items)
        );
    }
}

fn dump_requested(name: &Ident) -> bool {
    std::env::var("GRADUS_DUMP").is_ok_and(|wanted| wanted == "1" || *name == wanted)
}

/// The code through `rustfmt` when it is installed, as it is otherwise.
fn formatted(items: &TokenStream) -> String {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let source = items.to_string();
    let child = Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = child else { return source };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(source.as_bytes());
    }
    match child.wait_with_output() {
        Ok(output) if output.status.success() => {
            String::from_utf8_lossy(&output.stdout).into_owned()
        }
        _ => source,
    }
}
