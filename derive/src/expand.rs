//! Assembles what `#[differentiable]` emits: the function as written, `grad_f_into`,
//! `grad_f`, and the hidden `__gradus_partials_f` through which other annotated functions
//! call this one. On error: the function, stubs with the right signatures (so callers do
//! not drown in follow-on errors), and every error collected.

use crate::attr::{self, Options};
use crate::errors::Errors;
use crate::ir::ValueId;
use crate::signature::{self, ParamKind, Signature};
use crate::{check, emit, lower, tape_mode};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use std::collections::HashMap;
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
    let Some(signature) = signature::analyze(&item_fn, &options, &mut errors) else {
        if options.tape.is_none() {
            check::check(&item_fn.block, &mut errors);
        }
        let errors = errors.to_compile_errors();
        return quote!(#item_fn #errors);
    };
    if signature.active_params().next().is_none() {
        errors.at(
            &item_fn.sig.ident,
            "#[differentiable] found no float argument to differentiate",
        );
    }
    let generated = if options.tape.is_some() {
        tape_mode::bodies(&item_fn, &signature, &mut errors)
    } else {
        check::check(&item_fn.block, &mut errors);
        transformed_bodies(&item_fn, &signature, &mut errors)
    };
    match generated {
        Some(bodies) if errors.is_empty() => {
            let items = assemble(&item_fn, &signature, bodies);
            dump(&item_fn.sig.ident, &items);
            quote!(#item_fn #items)
        }
        _ => {
            let stub = quote!(::core::unreachable!());
            let stubs = assemble(
                &item_fn,
                &signature,
                Bodies {
                    into: stub.clone(),
                    partials: stub,
                },
            );
            let errors = errors.to_compile_errors();
            quote!(#item_fn #stubs #errors)
        }
    }
}

/// The bodies of `grad_f_into` and of the hidden partials function.
pub struct Bodies {
    /// Adds into the buffers named by [`buffer_name`] for the active arguments.
    pub into: TokenStream,
    /// Returns `(value, (partial or (), …))`, one slot per argument.
    pub partials: TokenStream,
}

/// The buffer that receives the gradient of `param` in `grad_f_into`.
pub fn buffer_name(param: &Ident) -> Ident {
    format_ident!("d_{}", crate::names::key(param), span = param.span())
}

fn transformed_bodies(item: &ItemFn, signature: &Signature, errors: &mut Errors) -> Option<Bodies> {
    let lowered = lower::lower(item, signature, errors)?;
    if dump_requested(&item.sig.ident) {
        eprintln!(
            "// #[differentiable] fn {}: IR\n{}",
            item.sig.ident,
            crate::ir::Printer(&lowered.function)
        );
    }
    let argument_values: Vec<(ValueId, &signature::Param)> = signature
        .params
        .iter()
        .filter(|param| param.kind == ParamKind::Float)
        .enumerate()
        .map(|(index, param)| (ValueId(index as u32), param))
        .collect();

    let buffers: HashMap<ValueId, TokenStream> = argument_values
        .iter()
        .filter(|(_, param)| param.active)
        .map(|(value, param)| {
            let buffer = buffer_name(&param.name);
            (*value, quote!(*#buffer))
        })
        .collect();
    let into = emit::gradient_body(
        &lowered.function,
        &mut lowered.namer.clone(),
        &signature.float,
        &buffers,
    );

    let locals: HashMap<ValueId, TokenStream> = argument_values
        .iter()
        .map(|(value, param)| {
            let local = buffer_name(&param.name);
            (*value, quote!(#local))
        })
        .collect();
    let all_floats = emit::gradient_body(
        &lowered.function,
        &mut lowered.namer.clone(),
        &signature.float,
        &locals,
    );
    let zero = signature.float.zero();
    let ty = signature.float.tokens();
    let declarations = argument_values.iter().map(|(_, param)| {
        let local = buffer_name(&param.name);
        quote!(let mut #local: #ty = #zero;)
    });
    let slots = partial_slots(signature);
    let partials = quote! {
        #(#declarations)*
        let value: #ty = { #all_floats };
        (value, (#(#slots,)*))
    };
    Some(Bodies { into, partials })
}

/// One slot per argument of the partials tuple: the partial of a float, `()` otherwise.
pub fn partial_slots(signature: &Signature) -> Vec<TokenStream> {
    signature
        .params
        .iter()
        .map(|param| match param.kind {
            ParamKind::Float => {
                let local = buffer_name(&param.name);
                quote!(#local)
            }
            ParamKind::Other => quote!(()),
        })
        .collect()
}

fn assemble(item: &ItemFn, signature: &Signature, bodies: Bodies) -> TokenStream {
    let vis = &item.vis;
    let name = &item.sig.ident;
    let generics = &item.sig.generics;
    let where_clause = &generics.where_clause;
    let ty = signature.float.tokens();
    let zero = signature.float.zero();
    let cfgs: Vec<_> = item
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg"))
        .collect();
    let bare = crate::names::key(name);
    let grad = format_ident!("grad_{}", bare, span = name.span());
    let grad_into = format_ident!("grad_{}_into", bare, span = name.span());
    let partials = format_ident!("__gradus_partials_{}", bare, span = name.span());

    let params: Vec<TokenStream> = signature
        .params
        .iter()
        .map(|param| {
            let (name, ty) = (&param.name, &param.ty);
            quote!(#name: #ty)
        })
        .collect();
    let arguments: Vec<&Ident> = signature.params.iter().map(|param| &param.name).collect();
    let active: Vec<&Ident> = signature.active_params().map(|param| &param.name).collect();
    let buffers: Vec<Ident> = active.iter().map(|name| buffer_name(name)).collect();
    let turbofish = turbofish(item);
    // The gradient stands for the function: a user who calls only `grad_f` should not be
    // told that `f` is never used.
    let nameable = generics
        .params
        .iter()
        .all(|param| matches!(param, GenericParam::Lifetime(_)))
        || !turbofish.is_empty();
    let mark_used = if nameable {
        quote!(let _ = #name #turbofish;)
    } else {
        TokenStream::new()
    };

    let listed = active
        .iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let gradient_shape = if active.len() == 1 {
        format!("`{}`", buffers[0])
    } else {
        format!(
            "`({})`",
            buffers
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let grad_doc = format!(
        "Returns the value of [`{name}`] and its gradient with respect to {listed}, as `(value, {})`.\n\nGenerated by `#[differentiable]`.",
        gradient_shape.trim_matches('`')
    );
    let into_doc = format!(
        "Returns the value of [`{name}`] and ADDS its gradient with respect to {listed} into {}.\n\nGenerated by `#[differentiable]`; summing a batch's gradients this way allocates nothing.",
        buffers.iter().map(|b| format!("`{b}`")).collect::<Vec<_>>().join(", ")
    );
    let gradient = if buffers.len() == 1 {
        let buffer = &buffers[0];
        quote!(#buffer)
    } else {
        quote!((#(#buffers),*))
    };
    let gradient_type = if buffers.len() == 1 {
        ty.clone()
    } else {
        let types = buffers.iter().map(|_| &ty);
        quote!((#(#types),*))
    };
    let slot_types = signature.params.iter().map(|param| match param.kind {
        ParamKind::Float => ty.clone(),
        ParamKind::Other => quote!(()),
    });
    let into_body = &bodies.into;
    let partials_body = &bodies.partials;
    let allow = quote! {
        #[allow(
            dead_code,
            unused_mut,
            unused_variables,
            unused_assignments,
            unused_parens,
            unused_braces,
            non_snake_case,
            clippy::all,
            clippy::pedantic,
            clippy::nursery
        )]
    };

    quote! {
        #(#cfgs)*
        #[doc = #into_doc]
        #allow
        #vis fn #grad_into #generics (#(#params,)* #(#buffers: &mut #ty),*) -> #ty #where_clause {
            #mark_used
            #into_body
        }

        #(#cfgs)*
        #[doc = #grad_doc]
        #[inline]
        #allow
        #vis fn #grad #generics (#(#params),*) -> (#ty, #gradient_type) #where_clause {
            #(let mut #buffers: #ty = #zero;)*
            let value = #grad_into #turbofish (#(#arguments,)* #(&mut #buffers),*);
            (value, #gradient)
        }

        #(#cfgs)*
        #[doc(hidden)]
        #allow
        #vis fn #partials #generics (#(#params),*) -> (#ty, (#(#slot_types,)*)) #where_clause {
            #partials_body
        }
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
