//! `#[derive(Differentiable)]`: the trait for a struct of parameters, delegating to its
//! named fields in declaration order.
//!
//! The fields' types are read syntactically first, so that a field holding data (an
//! integer, an `Option`, a reference…) is refused at the field in our words; what the
//! syntax cannot settle (that a named struct implements the trait, that its scalars are
//! the struct's float type) is left to rustc through where-clauses spanned at each
//! field's type, whose failures read the trait's `on_unimplemented` message there.
//!
//! A struct whose one type parameter is its scalar type also gets `Rebuild` (the struct
//! over another float type), its fields mapped as their types are written.
//!
//! On any refusal the errors come with a stand-in implementation whose methods are
//! unreachable, so uses of the struct as `Differentiable` (or `Rebuild`) elsewhere add no
//! errors of their own.

use crate::errors::Errors;
use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use std::collections::HashSet;
use syn::ext::IdentExt;
use syn::{
    Data, DeriveInput, Field, Fields, GenericArgument, Generics, PathArguments, Type, TypePath,
};

/// What every refusal says is accepted.
const ACCEPTED: &str = "a Differentiable struct's fields are float scalars (f32, f64, a type \
     parameter `T: Float`), arrays and nested arrays of them, `Vec`s of them, and other \
     #[derive(Differentiable)] structs";

pub fn derive(item: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(item) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let mut errors = Errors::default();
    let fields = named_fields(&input, &mut errors);
    let type_params: Vec<Ident> = input
        .generics
        .type_params()
        .map(|param| param.ident.clone())
        .collect();
    for field in &fields {
        if let Some((at, what)) = refusal(&field.ty, &type_params) {
            // `steps: usize` has type `usize`; `mask: Vec<bool>` holds `bool`.
            let has = if std::ptr::eq(at, &field.ty) {
                "has type"
            } else {
                "holds"
            };
            errors.at(
                at,
                format!(
                    "#[derive(Differentiable)]: field `{}` {has} `{}`, {what}; {ACCEPTED}",
                    field_name(field),
                    tokens(at),
                ),
            );
        }
    }
    if errors.is_empty() {
        check_float_types(&fields, &type_params, &mut errors);
    }
    if errors.is_empty() {
        implementation(&input, &fields, &type_params)
    } else {
        let stand_in = stand_in(&input, &fields, &type_params);
        let errors = errors.to_compile_errors();
        quote!(#errors #stand_in)
    }
}

/// The struct's named fields, or nothing after an error at the item's name saying what is
/// supported.
fn named_fields<'a>(input: &'a DeriveInput, errors: &mut Errors) -> Vec<&'a Field> {
    let name = &input.ident;
    let (what, way_out) = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(named) if !named.named.is_empty() => {
                return named.named.iter().collect();
            }
            Fields::Named(_) => (
                "has no fields".to_string(),
                "there is nothing to differentiate".to_string(),
            ),
            Fields::Unnamed(_) => (
                "is a tuple struct".to_string(),
                format!("name its fields: `struct {name} {{ w: [f64; 3], b: f64 }}`"),
            ),
            Fields::Unit => (
                "is a unit struct".to_string(),
                "there is nothing to differentiate".to_string(),
            ),
        },
        Data::Enum(_) => (
            "is an enum".to_string(),
            "an enum's variants differ in shape; put the parameters of each in a struct"
                .to_string(),
        ),
        Data::Union(_) => (
            "is a union".to_string(),
            "put the parameters in a struct".to_string(),
        ),
    };
    errors.at(
        name,
        format!(
            "#[derive(Differentiable)] supports structs with named fields: `{name}` {what}; \
             {way_out}"
        ),
    );
    Vec::new()
}

fn field_name(field: &Field) -> String {
    field
        .ident
        .as_ref()
        .map(|ident| ident.unraw().to_string())
        .unwrap_or_default()
}

/// Where in `ty` a type is not a parameter, and what it is ("an integer: …"), or `None`
/// if `ty` is accepted syntactically.
fn refusal<'t>(ty: &'t Type, type_params: &[Ident]) -> Option<(&'t Type, &'static str)> {
    let kind = |what: &'static str| Some((ty, what));
    match ty {
        Type::Array(array) => refusal(&array.elem, type_params),
        Type::Paren(paren) => refusal(&paren.elem, type_params),
        Type::Group(group) => refusal(&group.elem, type_params),
        Type::Path(path) => path_refusal(ty, path, type_params),
        Type::Reference(_) => kind("a reference: the struct owns its parameters"),
        Type::Tuple(tuple) if tuple.elems.is_empty() => kind("which holds nothing"),
        Type::Tuple(_) => kind("a tuple: use an array, or a struct with named fields"),
        Type::Slice(_) => kind("a slice: use an array or a `Vec`"),
        Type::Ptr(_) => kind("a raw pointer"),
        Type::BareFn(_) => kind("a function pointer"),
        Type::TraitObject(_) | Type::ImplTrait(_) => kind("a trait object"),
        Type::Never(_) => kind("which has no values"),
        // A type macro, `_` or tokens syn does not know: rustc checks the where-clause.
        _ => None,
    }
}

fn path_refusal<'t>(
    ty: &'t Type,
    path: &'t TypePath,
    type_params: &[Ident],
) -> Option<(&'t Type, &'static str)> {
    let kind = |what: &'static str| Some((ty, what));
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    let name = last.ident.unraw().to_string();
    match &last.arguments {
        PathArguments::Parenthesized(_) => return kind("a function type"),
        PathArguments::AngleBracketed(arguments) if name == "Vec" => {
            let mut types = arguments.args.iter().filter_map(|argument| match argument {
                GenericArgument::Type(ty) => Some(ty),
                _ => None,
            });
            if let (Some(element), None) = (types.next(), types.next()) {
                return refusal(element, type_params);
            }
        }
        _ => {}
    }
    let single = path.path.segments.len() == 1 && path.path.leading_colon.is_none();
    if single && type_params.contains(&last.ident) {
        return None;
    }
    match name.as_str() {
        "f32" | "f64" => None,
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64"
        | "u128" | "usize" => kind("an integer: keep data such as counts and indices outside the parameters, in another argument"),
        "bool" => kind("not a float: keep flags outside the parameters, in another argument"),
        "char" | "str" | "String" => kind("text: keep it outside the parameters"),
        "Option" => kind(
            "which may hold nothing, so its shape is not fixed: use a `Vec` (empty or not), or \
             keep it outside the parameters",
        ),
        "Result" => kind("not a parameter"),
        "Box" | "Rc" | "Arc" | "Cell" | "RefCell" | "Mutex" | "RwLock" | "Cow" => {
            kind("a pointer or cell: hold the parameters themselves")
        }
        "HashMap" | "BTreeMap" | "HashSet" | "BTreeSet" | "VecDeque" | "LinkedList"
        | "BinaryHeap" => kind("a collection with no fixed order of scalars: use a `Vec` or an array"),
        "PhantomData" => kind("which holds no parameters"),
        _ => None,
    }
}

/// A type as the user wrote it, spaced as rustc prints types (`Vec<usize>`, `&[f64]`).
fn tokens(ty: &Type) -> String {
    let text = ty.to_token_stream().to_string();
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' {
            let next = chars.peek().copied().unwrap_or(' ');
            let previous = out.chars().last().unwrap_or(' ');
            let tight_after = matches!(previous, '<' | '&' | '[' | '(' | ':' | '*');
            let tight_before = matches!(next, '<' | '>' | ',' | ']' | '(' | ')' | ';' | ':');
            if tight_after || tight_before {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// What a field's scalars are, as far as its type says (through arrays and `Vec`s).
enum Leaf<'t> {
    /// `f32`, `f64` or a type parameter of the struct (which stands for the float type),
    /// written at `at`.
    Known { at: &'t Type, name: Ident },
    /// Another struct (the type whose scalars they are, arrays and `Vec`s taken off), or a
    /// type the macro does not read (the field's whole type).
    Other(&'t Type),
}

fn leaf<'t>(ty: &'t Type, type_params: &[Ident]) -> Leaf<'t> {
    match ty {
        Type::Array(array) => leaf(&array.elem, type_params),
        Type::Paren(paren) => leaf(&paren.elem, type_params),
        Type::Group(group) => leaf(&group.elem, type_params),
        Type::Path(path) if path.qself.is_none() => {
            let Some(last) = path.path.segments.last() else {
                return Leaf::Other(ty);
            };
            match &last.arguments {
                PathArguments::AngleBracketed(arguments) if last.ident == "Vec" => {
                    match arguments.args.first() {
                        Some(GenericArgument::Type(element)) => leaf(element, type_params),
                        _ => Leaf::Other(ty),
                    }
                }
                PathArguments::None
                    if last.ident == "f32"
                        || last.ident == "f64"
                        || (path.path.segments.len() == 1
                            && path.path.leading_colon.is_none()
                            && type_params.contains(&last.ident)) =>
                {
                    Leaf::Known {
                        at: ty,
                        name: last.ident.clone(),
                    }
                }
                _ => Leaf::Other(ty),
            }
        }
        _ => Leaf::Other(ty),
    }
}

/// Whether `ty` is a type parameter itself, which has its bound `T: Differentiable<Scalar =
/// T>` already.
fn is_type_param(ty: &Type, type_params: &[Ident]) -> bool {
    match ty {
        Type::Paren(paren) => is_type_param(&paren.elem, type_params),
        Type::Group(group) => is_type_param(&group.elem, type_params),
        Type::Path(path) => {
            path.qself.is_none()
                && path.path.leading_colon.is_none()
                && path.path.segments.len() == 1
                && path.path.segments[0].arguments.is_empty()
                && type_params.contains(&path.path.segments[0].ident)
        }
        _ => false,
    }
}

/// Refuses fields written with different float types (f32, f64, a type parameter) in one
/// struct, at the field that differs from the first one written with a float. (Other
/// mixes, through other structs, rustc reports at the field's where-clause.)
fn check_float_types(fields: &[&Field], type_params: &[Ident], errors: &mut Errors) {
    let mut first: Option<(&Field, Ident)> = None;
    for field in fields {
        let Leaf::Known { at, name } = leaf(&field.ty, type_params) else {
            continue;
        };
        match &first {
            None => first = Some((field, name)),
            Some((first_field, first_name)) if *first_name != name => errors.at(
                at,
                format!(
                    "#[derive(Differentiable)]: field `{}` holds {name} where field `{}` holds \
                     {first_name}: every scalar of a Differentiable struct has one float type \
                     (here {first_name}, the first field's)",
                    field_name(field),
                    field_name(first_field),
                ),
            ),
            Some(_) => {}
        }
    }
}

/// The struct's scalar type: the float or type parameter its first field written with one
/// holds; else its first type parameter; else the first field's own scalar type, which is
/// then the one field bounded by `Differentiable` alone (returned second).
///
/// The bounds are written so that no associated type gets two of them: `T:
/// Differentiable<Scalar = T>` beside `T: Differentiable<Scalar = <F as
/// Differentiable>::Scalar>` is an ambiguity rustc cannot resolve.
fn scalar_type<'f>(fields: &[&'f Field], type_params: &[Ident]) -> (TokenStream, Option<&'f Type>) {
    let known = fields
        .iter()
        .find_map(|field| match leaf(&field.ty, type_params) {
            Leaf::Known { name, .. } => Some(name),
            Leaf::Other(_) => None,
        });
    if let Some(name) = known {
        return (name.to_token_stream(), None);
    }
    if let Some(param) = type_params.first() {
        return (param.to_token_stream(), None);
    }
    // The struct the first field holds, not the field's type: `Vec<L>: Differentiable` and
    // `L: Differentiable<Scalar = <Vec<L> as Differentiable>::Scalar>` is a cycle rustc
    // overflows on, `L: Differentiable` and `Vec<L>: Differentiable<Scalar = <L as
    // Differentiable>::Scalar>` is not.
    match fields.first().map(|field| leaf(&field.ty, type_params)) {
        Some(Leaf::Other(ty)) => (quote!(<#ty as ::gradus::Differentiable>::Scalar), Some(ty)),
        _ => (quote!(::core::primitive::f64), None),
    }
}

/// The struct's generics with `T: Differentiable<Scalar = T> + Float` for every type
/// parameter (`Float` too because rustc does not infer it from `Scalar = T`, and the
/// struct need not say `T: Float`), and `extra` where-predicates.
fn generics_with(input: &DeriveInput, extra: Vec<TokenStream>) -> Generics {
    let mut generics = input.generics.clone();
    let type_params: Vec<Ident> = generics
        .type_params()
        .map(|param| param.ident.clone())
        .collect();
    let where_clause = generics.make_where_clause();
    for param in type_params {
        where_clause
            .predicates
            .push(syn::parse_quote_spanned! {param.span()=>
                #param: ::gradus::Differentiable<Scalar = #param> + ::gradus::__private::Float
            });
    }
    for predicate in extra {
        where_clause
            .predicates
            .push(syn::parse2(predicate).expect("a where-predicate the macro wrote"));
    }
    generics
}

fn implementation(input: &DeriveInput, fields: &[&Field], type_params: &[Ident]) -> TokenStream {
    let name = &input.ident;
    let (scalar, alone) = scalar_type(fields, type_params);
    // Each field's type is bounded at its own span, so rustc's complaint (not
    // `Differentiable`, another float type) is at the field.
    // Each type is bounded once (`L: Differentiable` beside `L: Differentiable<Scalar = <L
    // as Differentiable>::Scalar>`, for two fields of type `L`, is a cycle rustc overflows
    // on), a type parameter by its own bound alone, and at its own span, so rustc's
    // complaint (not `Differentiable`, another float type) is at the field.
    let mut seen = HashSet::new();
    let mut predicates = Vec::new();
    if let Some(alone) = alone {
        seen.insert(alone.to_token_stream().to_string());
        predicates.push(bounded(alone, quote!(::gradus::Differentiable)));
    }
    for field in fields {
        let ty = &field.ty;
        if !is_type_param(ty, type_params) && seen.insert(ty.to_token_stream().to_string()) {
            predicates.push(bounded(
                ty,
                quote!(::gradus::Differentiable<Scalar = #scalar>),
            ));
        }
    }
    let generics = generics_with(input, predicates);
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let idents: Vec<&Ident> = fields.iter().filter_map(|f| f.ident.as_ref()).collect();
    let names: Vec<String> = fields.iter().map(|field| field_name(field)).collect();
    let visit = Ident::new("__GradusVisit", Span::call_site());
    let rebuild = rebuild_parameter(&scalar, type_params)
        .map(|param| rebuild_implementation(input, fields, param))
        .unwrap_or_default();
    quote! {
        #rebuild

        #[automatically_derived]
        impl #impl_generics ::gradus::Differentiable for #name #ty_generics #where_clause {
            type Scalar = #scalar;

            #[inline]
            fn zeros_like(&self) -> Self {
                Self {
                    #( #idents: ::gradus::Differentiable::zeros_like(&self.#idents), )*
                }
            }

            #[inline]
            fn len(&self) -> ::core::primitive::usize {
                #( ::gradus::Differentiable::len(&self.#idents) )+*
            }

            #[inline]
            fn for_each_scalar<#visit: ::core::ops::FnMut(Self::Scalar)>(
                &self,
                visit: &mut #visit,
            ) {
                #( ::gradus::Differentiable::for_each_scalar(&self.#idents, visit); )*
            }

            #[inline]
            fn for_each_scalar_mut<#visit: ::core::ops::FnMut(&mut Self::Scalar)>(
                &mut self,
                visit: &mut #visit,
            ) {
                #( ::gradus::Differentiable::for_each_scalar_mut(&mut self.#idents, visit); )*
            }

            #[inline]
            fn for_each_run<#visit: ::core::ops::FnMut(&[Self::Scalar])>(
                &self,
                visit: &mut #visit,
            ) {
                #( ::gradus::Differentiable::for_each_run(&self.#idents, visit); )*
            }

            #[inline]
            fn for_each_run_mut<#visit: ::core::ops::FnMut(&mut [Self::Scalar])>(
                &mut self,
                visit: &mut #visit,
            ) {
                #( ::gradus::Differentiable::for_each_run_mut(&mut self.#idents, visit); )*
            }

            fn shape_mismatch(
                &self,
                other: &Self,
            ) -> ::core::option::Option<::gradus::__private::String> {
                #(
                    if let ::core::option::Option::Some(detail) =
                        ::gradus::Differentiable::shape_mismatch(&self.#idents, &other.#idents)
                    {
                        return ::core::option::Option::Some(
                            ::gradus::__private::shape_path::nest(#names, detail),
                        );
                    }
                )*
                ::core::option::Option::None
            }
        }
    }
}

/// The struct's type parameter that `Rebuild` replaces: its scalar type, when that is its
/// one type parameter. A struct of `f64`s has no float type to replace; one with more type
/// parameters has fields the derive could not map (a `Layer<V>` whose scalars are `T`).
fn rebuild_parameter<'p>(scalar: &TokenStream, type_params: &'p [Ident]) -> Option<&'p Ident> {
    match type_params {
        [param] if *param == scalar.to_string() => Some(param),
        _ => None,
    }
}

/// The float type the struct is rebuilt over, a parameter of the implementation only.
fn rebuilt_float() -> Ident {
    Ident::new("__GradusFloat", Span::call_site())
}

/// `tokens` with every identifier `from` replaced by `to` (`Layer<T>` → `Layer<U>`).
fn substitute(tokens: TokenStream, from: &Ident, to: &Ident) -> TokenStream {
    tokens
        .into_iter()
        .map(|token| match token {
            TokenTree::Ident(ident) if ident == *from => {
                TokenTree::Ident(Ident::new(&to.to_string(), ident.span()))
            }
            TokenTree::Group(group) => {
                let mut inner = Group::new(group.delimiter(), substitute(group.stream(), from, to));
                inner.set_span(group.span());
                TokenTree::Group(inner)
            }
            other => other,
        })
        .collect()
}

/// The header of `impl<…, U> Rebuild<U> for S<…, T, …>` with `type Output = S<…, U, …>`:
/// bounded by `T: Float`, `U: Float`, the struct's own bounds on `T` repeated for `U` (so
/// that `S<U>` is a type), and `extra` (the nested structs' `Rebuild`). Nothing asks `T`
/// for `Differentiable` or `Rebuild`: generic code that knows `T: Float` alone can rebuild.
struct RebuildHeader {
    impl_generics: TokenStream,
    ty: TokenStream,
    output: TokenStream,
    where_clause: TokenStream,
    param: Ident,
    name: Ident,
}

impl RebuildHeader {
    fn new(input: &DeriveInput, param: &Ident, extra: Vec<TokenStream>) -> RebuildHeader {
        let float = rebuilt_float();
        let (_, ty_generics, _) = input.generics.split_for_impl();
        let name = &input.ident;
        let ty = quote!(#name #ty_generics);
        let output = substitute(ty.clone(), param, &float);
        let mut generics = input.generics.clone();
        generics.params.push(syn::parse_quote!(#float));
        let mut predicates: Vec<TokenStream> = vec![
            quote!(#param: ::gradus::__private::Float),
            quote!(#float: ::gradus::__private::Float),
        ];
        for generic in &input.generics.params {
            if let syn::GenericParam::Type(type_param) = generic {
                if type_param.ident == *param && !type_param.bounds.is_empty() {
                    let bounds = &type_param.bounds;
                    predicates.push(substitute(quote!(#float: #bounds), param, &float));
                }
            }
        }
        if let Some(clause) = &input.generics.where_clause {
            for predicate in &clause.predicates {
                let tokens = predicate.to_token_stream();
                let substituted = substitute(tokens.clone(), param, &float);
                if substituted.to_string() != tokens.to_string() {
                    predicates.push(substituted);
                }
            }
        }
        predicates.extend(extra);
        let where_clause = generics.make_where_clause();
        for predicate in predicates {
            where_clause
                .predicates
                .push(syn::parse2(predicate).expect("a where-predicate the macro wrote"));
        }
        let (impl_generics, _, where_clause) = generics.split_for_impl();
        RebuildHeader {
            impl_generics: impl_generics.to_token_stream(),
            ty,
            output,
            where_clause: where_clause.to_token_stream(),
            param: param.clone(),
            name: name.clone(),
        }
    }

    fn implementation(&self, body: TokenStream) -> TokenStream {
        let RebuildHeader {
            impl_generics,
            ty,
            output,
            where_clause,
            param,
            ..
        } = self;
        let float = rebuilt_float();
        quote! {
            #[automatically_derived]
            impl #impl_generics ::gradus::Rebuild<#float> for #ty #where_clause {
                type Source = #param;
                type Output = #output;

                #[inline]
                fn rebuild<__GradusMap: ::core::ops::FnMut(#param) -> #float>(
                    &self,
                    __gradus_map: &mut __GradusMap,
                ) -> #output {
                    #body
                }
            }
        }
    }
}

/// `impl Rebuild<U> for S<T>`: each field mapped as its type is written, in declaration
/// order (the order of `for_each_scalar`): a `T` through the map, arrays by
/// `core::array::from_fn` and `Vec`s by `(0..len).map()`, in index order, anything else (a
/// nested struct) through its own `Rebuild`, which a where-predicate asks of it.
fn rebuild_implementation(input: &DeriveInput, fields: &[&Field], param: &Ident) -> TokenStream {
    let mut nested = Vec::new();
    let values: Vec<TokenStream> = fields
        .iter()
        .map(|field| {
            let ident = &field.ident;
            rebuilt(quote!(self.#ident), &field.ty, param, 0, &mut nested)
        })
        .collect();
    let float = rebuilt_float();
    let mut seen = HashSet::new();
    let extra = nested
        .into_iter()
        .filter(|ty| seen.insert(ty.to_token_stream().to_string()))
        .map(|ty| {
            let output = substitute(ty.to_token_stream(), param, &float);
            bounded(
                ty,
                quote!(::gradus::Rebuild<#float, Source = #param, Output = #output>),
            )
        })
        .collect();
    let header = RebuildHeader::new(input, param, extra);
    let name = &header.name;
    let idents = fields.iter().map(|field| &field.ident);
    header.implementation(quote! {
        #name { #( #idents: #values, )* }
    })
}

/// The value of `place` (of type `ty`) rebuilt; the nested structs it delegates to are
/// pushed on `nested`.
fn rebuilt<'t>(
    place: TokenStream,
    ty: &'t Type,
    param: &Ident,
    depth: usize,
    nested: &mut Vec<&'t Type>,
) -> TokenStream {
    let index = quote::format_ident!("__gradus_i{}", depth);
    match ty {
        Type::Paren(paren) => rebuilt(place, &paren.elem, param, depth, nested),
        Type::Group(group) => rebuilt(place, &group.elem, param, depth, nested),
        _ if is_type_param(ty, std::slice::from_ref(param)) => quote!(__gradus_map(#place)),
        Type::Array(array) => {
            let inner = rebuilt(
                quote!(#place[#index]),
                &array.elem,
                param,
                depth + 1,
                nested,
            );
            quote!(::core::array::from_fn(|#index| #inner))
        }
        Type::Path(path) if path.qself.is_none() => match vec_element(path) {
            Some(element) => {
                let inner = rebuilt(quote!(#place[#index]), element, param, depth + 1, nested);
                quote! {
                    ::core::iter::Iterator::collect::<::std::vec::Vec<_>>(
                        ::core::iter::Iterator::map(0..#place.len(), |#index| #inner),
                    )
                }
            }
            None => {
                nested.push(ty);
                let float = rebuilt_float();
                quote!(::gradus::Rebuild::<#float>::rebuild(&#place, __gradus_map))
            }
        },
        _ => {
            nested.push(ty);
            let float = rebuilt_float();
            quote!(::gradus::Rebuild::<#float>::rebuild(&#place, __gradus_map))
        }
    }
}

/// `X` in `Vec<X>` (however the path to `Vec` is written).
fn vec_element(path: &TypePath) -> Option<&Type> {
    let last = path.path.segments.last()?;
    let PathArguments::AngleBracketed(arguments) = &last.arguments else {
        return None;
    };
    if last.ident != "Vec" {
        return None;
    }
    let mut types = arguments.args.iter().filter_map(|argument| match argument {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    });
    match (types.next(), types.next()) {
        (Some(element), None) => Some(element),
        _ => None,
    }
}

/// The where-predicate `ty: bound`, with the bound's tokens spanning `ty` as written:
/// rustc reports an unsatisfied bound at the bound's span, which then underlines the
/// field's type (the first token at its first token, the last at its last).
fn bounded(ty: &Type, bound: TokenStream) -> TokenStream {
    let mut spans = ty.to_token_stream().into_iter().map(|token| token.span());
    let first = spans.next().unwrap_or_else(Span::call_site);
    let last = spans.last().unwrap_or(first);
    let mut bound: Vec<TokenTree> = respan(bound, first).into_iter().collect();
    if let Some(token) = bound.last_mut() {
        token.set_span(last);
    }
    let bound: TokenStream = bound.into_iter().collect();
    quote!(#ty: #bound)
}

/// `tokens` with every span set to `span`.
fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let TokenTree::Group(group) = &token {
                let mut inner = Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                token = TokenTree::Group(inner);
            }
            token.set_span(span);
            token
        })
        .collect()
}

/// An implementation for an item the derive refused, so that its uses elsewhere add no
/// errors to the refusal's: the scalar type the struct would have had (or `f64`), and
/// methods that are never run.
fn stand_in(input: &DeriveInput, fields: &[&Field], type_params: &[Ident]) -> TokenStream {
    let name = &input.ident;
    let accepted: Vec<&Field> = fields
        .iter()
        .copied()
        .filter(|field| refusal(&field.ty, type_params).is_none())
        .collect();
    let (scalar, alone) = scalar_type(&accepted, type_params);
    let predicates = alone
        .map(|ty| bounded(ty, quote!(::gradus::Differentiable)))
        .into_iter()
        .collect();
    let generics = generics_with(input, predicates);
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let unreachable = quote! {
        ::core::unreachable!("#[derive(Differentiable)] refused this type")
    };
    let rebuild = rebuild_parameter(&scalar, type_params)
        .map(|param| {
            let header = RebuildHeader::new(input, param, Vec::new());
            header.implementation(unreachable.clone())
        })
        .unwrap_or_default();
    quote! {
        #rebuild

        #[automatically_derived]
        impl #impl_generics ::gradus::Differentiable for #name #ty_generics #where_clause {
            type Scalar = #scalar;
            fn zeros_like(&self) -> Self {
                #unreachable
            }
            fn len(&self) -> ::core::primitive::usize {
                #unreachable
            }
            fn for_each_scalar<__GradusVisit: ::core::ops::FnMut(Self::Scalar)>(
                &self,
                _: &mut __GradusVisit,
            ) {
                #unreachable
            }
            fn for_each_scalar_mut<__GradusVisit: ::core::ops::FnMut(&mut Self::Scalar)>(
                &mut self,
                _: &mut __GradusVisit,
            ) {
                #unreachable
            }
            fn shape_mismatch(
                &self,
                _: &Self,
            ) -> ::core::option::Option<::gradus::__private::String> {
                #unreachable
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(item: TokenStream) -> Vec<String> {
        let output = derive(item).to_string();
        output
            .match_indices("compile_error !")
            .map(|(at, _)| {
                let rest = &output[at..];
                let start = rest.find('"').unwrap() + 1;
                let end = rest[start..].find("\" }").unwrap() + start;
                rest[start..end].to_string()
            })
            .collect()
    }

    #[test]
    fn accepts_floats_arrays_vecs_parameters_and_structs() {
        let item = quote! {
            struct Model {
                a: f64, b: [f64; 3], c: [[f64; 2]; 4], d: Vec<f64>, e: Vec<[f64; 2]>,
                f: Layer, g: Layer<f64>, j: ::std::vec::Vec<f64>, r#type: (f64),
                k: Var<'static>, l: <X as Y>::Z,
            }
        };
        assert_eq!(messages(item), Vec::<String>::new());
        let item = quote! {
            struct Model<'a, T: Float, const N: usize> {
                w: [T; N], g: Layer<T>, h: T, i: Vec<Vec<T>>, k: Var<'a, T>,
            }
        };
        assert_eq!(messages(item), Vec::<String>::new());
    }

    #[test]
    fn refuses_data_fields_at_each_field_naming_it() {
        let item = quote! {
            struct Model {
                w: f64, n: usize, flags: Vec<bool>, cache: Option<f64>, r: &'static [f64],
                pair: (f64, f64), m: std::collections::HashMap<u8, f64>, s: [[i32; 2]; 2],
                b: Box<f64>, name: String,
            }
        };
        let messages = messages(item);
        let expected = [
            ("n", "`usize`, an integer"),
            ("flags", "`bool`, not a float"),
            ("cache", "`Option<f64>`, which may hold nothing"),
            ("r", "`&'static [f64]`, a reference"),
            ("pair", "`(f64, f64)`, a tuple"),
            ("m", "`std::collections::HashMap<u8, f64>`, a collection"),
            ("s", "`i32`, an integer"),
            ("b", "`Box<f64>`, a pointer"),
            ("name", "`String`, text"),
        ];
        assert_eq!(messages.len(), expected.len(), "{messages:#?}");
        for (message, (field, what)) in messages.iter().zip(expected) {
            let has = if ["flags", "s"].contains(&field) {
                "holds"
            } else {
                "has type"
            };
            let named = format!("field `{field}` {has} {what}");
            assert!(message.contains(&named), "{message} lacks {named}");
            assert!(message.contains("arrays and nested arrays"), "{message}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_struct_with_named_fields() {
        for (item, what) in [
            (
                quote!(
                    struct P(f64, f64);
                ),
                "`P` is a tuple struct",
            ),
            (
                quote!(
                    struct P;
                ),
                "`P` is a unit struct",
            ),
            (
                quote!(
                    struct P {}
                ),
                "`P` has no fields",
            ),
            (
                quote!(
                    enum P {
                        A { w: f64 },
                    }
                ),
                "`P` is an enum",
            ),
            (quote!(union P { w: f64 }), "`P` is a union"),
        ] {
            let messages = messages(item);
            assert_eq!(messages.len(), 1, "{messages:?}");
            assert!(
                messages[0]
                    .starts_with("#[derive(Differentiable)] supports structs with named fields: "),
                "{}",
                messages[0]
            );
            assert!(messages[0].contains(what), "{} lacks {what}", messages[0]);
        }
    }

    #[test]
    fn refuses_f32_and_f64_fields_together() {
        let item = quote! {
            struct Mixed { l: Layer, w: [f32; 2], b: Vec<f64>, c: f32, d: Vec<[f64; 2]> }
        };
        let messages = messages(item);
        assert_eq!(messages.len(), 2, "{messages:#?}");
        assert!(messages[0].contains("field `b` holds f64 where field `w` holds f32"));
        assert!(messages[1].contains("field `d` holds f64 where field `w` holds f32"));
    }

    #[test]
    fn refuses_a_type_parameter_beside_a_float_or_another_parameter() {
        let item = quote! {
            struct Mixed<T, U> { w: Vec<T>, b: f64, c: [U; 2], d: T }
        };
        let messages = messages(item);
        assert_eq!(messages.len(), 2, "{messages:#?}");
        assert!(messages[0].contains("field `b` holds f64 where field `w` holds T"));
        assert!(messages[1].contains("field `c` holds U where field `w` holds T"));
    }

    #[test]
    fn the_scalar_type_is_the_first_written_float_then_a_parameter_then_a_projection() {
        let implementation = |item: TokenStream| derive(item).to_string();
        let output = implementation(quote!(
            struct P {
                l: Layer,
                w: [f32; 2],
            }
        ));
        assert!(output.contains("type Scalar = f32"), "{output}");
        assert!(output.contains("Layer : :: gradus :: Differentiable < Scalar = f32 >"));

        let output = implementation(quote!(
            struct P<T> {
                l: Layer<T>,
                w: Vec<T>,
                b: T,
            }
        ));
        assert!(output.contains("type Scalar = T"), "{output}");
        assert!(output.contains("T : :: gradus :: Differentiable < Scalar = T >"));
        assert!(output.contains("Vec < T > : :: gradus :: Differentiable < Scalar = T >"));
        // The parameter's own bound is the only one on `T`.
        assert_eq!(
            output.matches("T : :: gradus :: Differentiable").count(),
            1,
            "{output}"
        );

        let output = implementation(quote!(
            struct P<T> {
                a: Dense<T>,
                b: Dense<T>,
            }
        ));
        assert!(output.contains("type Scalar = T"), "{output}");

        let output = implementation(quote!(
            struct P {
                a: Layer,
                b: Vec<Layer>,
            }
        ));
        let first = "< Layer as :: gradus :: Differentiable > :: Scalar";
        assert!(
            output.contains(&format!("type Scalar = {first}")),
            "{output}"
        );
        assert!(
            output.contains("Layer : :: gradus :: Differentiable ,"),
            "{output}"
        );
        assert!(output.contains(&format!(
            "Vec < Layer > : :: gradus :: Differentiable < Scalar = {first} >"
        )));

        // The struct inside the first field, each type bounded once.
        let output = implementation(quote!(
            struct P {
                a: Vec<Layer>,
                b: Layer,
                c: Layer,
            }
        ));
        assert!(
            output.contains(&format!("type Scalar = {first}")),
            "{output}"
        );
        assert_eq!(output.matches("Layer : :: gradus").count(), 1, "{output}");
        assert_eq!(output.matches("Vec < Layer > : :: gradus").count(), 1);
    }

    #[test]
    fn a_refused_item_still_gets_an_implementation() {
        let output = derive(quote!(
            struct P {
                n: usize,
                w: [f32; 2],
            }
        ))
        .to_string();
        assert!(output.contains("compile_error"));
        assert!(output.contains("impl :: gradus :: Differentiable for P"));
        assert!(output.contains("type Scalar = f32"), "{output}");
    }

    #[test]
    fn type_parameters_are_scalars() {
        let output = derive(quote!(
            struct Mlp<T: Float> {
                w: [T; 2],
                b: T,
            }
        ))
        .to_string();
        assert!(
            output.contains(
                "T : :: gradus :: Differentiable < Scalar = T > + :: gradus :: __private :: Float"
            ),
            "{output}"
        );
        assert!(output.contains("type Scalar = T"), "{output}");
    }

    /// The `Rebuild` implementation in the derive's output, if there is one.
    fn rebuild_impl(item: TokenStream) -> Option<String> {
        let output = derive(item).to_string();
        let start = output.find(":: gradus :: Rebuild <")?;
        let end = output[start..]
            .find("# [automatically_derived]")
            .map_or(output.len(), |end| start + end);
        Some(output[start..end].to_string())
    }

    #[test]
    fn a_struct_generic_over_its_float_type_is_rebuilt_field_by_field() {
        let rebuild = rebuild_impl(quote!(
            struct Mlp<T: Float>
            where
                T: Copy,
            {
                layers: Vec<Layer<T>>,
                head: [Layer<T>; 2],
                w: [[T; 3]; 2],
                b: Vec<T>,
                s: T,
            }
        ))
        .expect("a Rebuild implementation");
        for expected in [
            "Rebuild < __GradusFloat > for Mlp < T >",
            "type Source = T",
            "type Output = Mlp < __GradusFloat >",
            "T : :: gradus :: __private :: Float",
            "__GradusFloat : :: gradus :: __private :: Float",
            // The struct's own bounds on `T`, repeated for the new float type.
            "__GradusFloat : Float",
            "__GradusFloat : Copy",
            // A nested struct through its own `Rebuild`, bounded once.
            "Layer < T > : :: gradus :: Rebuild < __GradusFloat , Source = T , Output = Layer < __GradusFloat > >",
            // Arrays and `Vec`s mapped where they are written, in index order.
            "w : :: core :: array :: from_fn (| __gradus_i0 | :: core :: array :: from_fn (| __gradus_i1 | __gradus_map (self . w [__gradus_i0] [__gradus_i1])))",
            "0 .. self . b . len ()",
            "s : __gradus_map (self . s)",
        ] {
            assert!(rebuild.contains(expected), "{expected} not in {rebuild}");
        }
        assert_eq!(
            rebuild.matches("Layer < T > : :: gradus").count(),
            1,
            "{rebuild}"
        );
        // Nothing asks the bare parameter for `Differentiable` or `Rebuild`.
        assert!(
            !rebuild.contains("T : :: gradus :: Differentiable"),
            "{rebuild}"
        );
        assert!(!rebuild.contains("T : :: gradus :: Rebuild"), "{rebuild}");
    }

    #[test]
    fn only_a_struct_whose_one_type_parameter_is_its_float_type_is_rebuilt() {
        assert!(rebuild_impl(quote!(
            struct P {
                w: [f64; 2],
            }
        ))
        .is_none());
        assert!(rebuild_impl(quote!(
            struct P<T, V> {
                w: Vec<T>,
                l: Layer<V>,
            }
        ))
        .is_none());
        // Lifetimes and constants are kept as they are.
        let rebuild = rebuild_impl(quote!(
            struct P<'a, T, const N: usize> {
                w: [T; N],
                l: Layer<'a, T>,
            }
        ))
        .expect("a Rebuild implementation");
        assert!(
            rebuild.contains("type Output = P < 'a , __GradusFloat , N >"),
            "{rebuild}"
        );
        // A struct of structs alone takes its type parameter as float type.
        assert!(rebuild_impl(quote!(
            struct P<T> {
                a: Dense<T>,
            }
        ))
        .is_some());
    }

    #[test]
    fn a_refused_generic_struct_still_gets_a_rebuild_implementation() {
        let rebuild = rebuild_impl(quote!(
            struct P<T> {
                n: usize,
                w: [T; 2],
            }
        ))
        .expect("a stand-in Rebuild implementation");
        assert!(rebuild.contains("unreachable"), "{rebuild}");
    }

    #[test]
    fn type_names_are_printed_as_rustc_prints_them() {
        let ty: Type = syn::parse_quote!(&'a [Vec<(u8, f64)>; 3]);
        assert_eq!(tokens(&ty), "&'a [Vec<(u8, f64)>; 3]");
        let ty: Type = syn::parse_quote!(fn(f64) -> f64);
        assert_eq!(tokens(&ty), "fn(f64) -> f64");
    }
}
