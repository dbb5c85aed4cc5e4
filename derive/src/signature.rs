//! Reads the annotated function's signature: its float type, which arguments are floats,
//! and which of those are differentiated.

use crate::attr::Options;
use crate::errors::Errors;
use crate::placement::Placement;
use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::{
    FnArg, GenericParam, Ident, ItemFn, Pat, ReturnType, Type, TypeParamBound, WherePredicate,
};

/// The scalar type the function computes in.
#[derive(Clone)]
pub enum FloatType {
    /// `f32` or `f64`.
    Concrete(Ident),
    /// A type parameter bounded by `Float`.
    Generic(Ident),
}

impl FloatType {
    pub fn ident(&self) -> &Ident {
        match self {
            FloatType::Concrete(ident) | FloatType::Generic(ident) => ident,
        }
    }

    pub fn is_generic(&self) -> bool {
        matches!(self, FloatType::Generic(_))
    }

    pub fn tokens(&self) -> TokenStream {
        self.ident().to_token_stream()
    }

    /// Zero of this type, as short as the type allows.
    /// Zero as the body itself would write it (`0.0`, `T::zero()`), for statements the
    /// lowering writes and then reads like the user's own.
    pub fn zero_in_body(&self) -> syn::Expr {
        match self {
            FloatType::Concrete(_) => syn::parse_quote!(0.0),
            FloatType::Generic(t) => syn::parse_quote!(#t::zero()),
        }
    }

    pub fn zero(&self) -> TokenStream {
        match self {
            FloatType::Concrete(_) => quote!(0.0),
            FloatType::Generic(t) => quote!(<#t as ::gradus::__private::Zero>::zero()),
        }
    }

    /// What an adjoint starts from: −0.0, the exact identity of `+`, so the compiler can
    /// fold the first `d += e` into `d = e` (with +0.0 it may not: `0.0 + −0.0` is +0.0).
    pub fn adjoint_zero(&self) -> TokenStream {
        match self {
            FloatType::Concrete(_) => quote!(-0.0),
            FloatType::Generic(t) => quote!(<#t as ::gradus::__private::Float>::neg_zero()),
        }
    }

    pub fn one(&self) -> TokenStream {
        match self {
            FloatType::Concrete(_) => quote!(1.0),
            FloatType::Generic(t) => quote!(<#t as ::gradus::__private::One>::one()),
        }
    }

    /// An `f64` constant (a literal or a path) converted to this type.
    pub fn constant(&self, value: TokenStream) -> TokenStream {
        match self {
            FloatType::Concrete(t) if t == "f64" => value,
            FloatType::Concrete(t) => quote!(((#value) as #t)),
            FloatType::Generic(t) => {
                quote!(<#t as ::gradus::__private::NumCast>::from(#value).unwrap())
            }
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
pub enum ParamKind {
    /// A float scalar of the function's float type.
    Float,
    /// A slice, `Vec` reference or (nested) array of the float type.
    Array(Box<ArrayParam>),
    /// A `Differentiable` struct that `wrt` names (or `self` in a method): its gradient
    /// has its own type.
    Struct(Box<StructParam>),
    /// Anything else: a constant for differentiation, passed through.
    Other,
}

/// How an array argument is indexed and what its gradient looks like.
#[derive(Clone)]
pub struct ArrayParam {
    /// How many indices reach an element.
    pub rank: usize,
    /// `&[T]`, `&[[T; N]]` or `&Vec<T>`: the gradient is a `Vec`, its length the argument's.
    pub slice: bool,
    /// The element type under the outer slice, or the whole array type.
    pub element: Type,
    /// The array type itself (for arrays), without the reference.
    pub array: Type,
}

/// A struct argument: `p: &Mlp`, `p: Mlp<T>`, `&self`.
#[derive(Clone)]
pub struct StructParam {
    /// The struct's type without the reference (`Mlp`, `Mlp<T>`, `Self`).
    pub ty: Type,
}

impl PartialEq for StructParam {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for StructParam {}

impl StructParam {
    /// Zeros shaped like the argument `name` (`Vec` fields keep their lengths).
    pub fn zeros(&self, name: &Ident) -> TokenStream {
        let ty = &self.ty;
        quote!(::gradus::__private::zeros_like::<#ty>(&#name))
    }
}

/// `Mlp`, `&Mlp`, `Mlp<T>`, `&Self`: a type that can be a `Differentiable` struct (rustc
/// checks that it is). Containers and primitives are not.
fn struct_param(ty: &Type) -> Option<StructParam> {
    let inner = match ty {
        Type::Reference(reference) if reference.mutability.is_none() => &*reference.elem,
        other => other,
    };
    let Type::Path(path) = inner else { return None };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?.ident.to_string();
    let not_a_struct = [
        "Option", "Vec", "Box", "Rc", "Arc", "Cell", "RefCell", "HashMap", "BTreeMap", "HashSet",
        "BTreeSet", "VecDeque", "String", "str", "bool", "char", "f32", "f64", "i8", "i16", "i32",
        "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
    ];
    (!not_a_struct.contains(&last.as_str())).then(|| StructParam { ty: inner.clone() })
}

impl PartialEq for ArrayParam {
    fn eq(&self, other: &Self) -> bool {
        self.rank == other.rank && self.slice == other.slice
    }
}

impl Eq for ArrayParam {}

impl ArrayParam {
    /// The type `grad_f` returns for this argument.
    pub fn gradient_type(&self) -> TokenStream {
        let element = &self.element;
        if self.slice {
            quote!(::std::vec::Vec<#element>)
        } else {
            self.array.to_token_stream()
        }
    }

    /// The type of the buffer `grad_f_into` adds into.
    pub fn buffer_type(&self) -> TokenStream {
        let element = &self.element;
        if self.slice {
            quote!(&mut [#element])
        } else {
            let array = &self.array;
            quote!(&mut #array)
        }
    }

    /// Zeros shaped like the gradient of the argument `name`.
    pub fn zeros(&self, name: &Ident, float: &FloatType) -> TokenStream {
        if self.slice {
            let element = zeros_of(&self.element, float);
            quote!(::std::vec![#element; #name.len()])
        } else {
            zeros_of(&self.array, float)
        }
    }
}

/// Zeros of a float or (nested) array type.
pub fn zeros_of(ty: &Type, float: &FloatType) -> TokenStream {
    match ty {
        Type::Array(array) => {
            let inner = zeros_of(&array.elem, float);
            let len = &array.len;
            quote!([#inner; #len])
        }
        Type::Paren(inner) => zeros_of(&inner.elem, float),
        _ => float.zero(),
    }
}

#[derive(Clone)]
pub struct Param {
    pub name: Ident,
    pub ty: Type,
    pub kind: ParamKind,
    /// Differentiated (a float that `wrt` selects, or every float without `wrt`).
    pub active: bool,
    /// The name of its gradient buffer in `grad_f_into`: `d_x`, unless an argument is
    /// already called that.
    pub buffer: Ident,
    /// `&self` or `self` as written, for a method whose `self` is data.
    pub receiver: Option<syn::Receiver>,
    /// A field of a struct argument, exposed as an argument of its own (`fields`).
    pub field: bool,
}

impl Param {
    /// The parameter as it is declared: `x: f64`, or `&self`.
    pub fn declaration(&self) -> TokenStream {
        match &self.receiver {
            Some(receiver) => receiver.to_token_stream(),
            None => {
                let (name, ty) = (&self.name, &self.ty);
                quote!(#name: #ty)
            }
        }
    }

    /// The type of its buffer in `grad_f_into` (and in a pullback): `&mut T`, `&mut [T]`,
    /// `&mut [T; N]`, `&mut S`.
    pub fn buffer_type(&self, float: &FloatType) -> TokenStream {
        match &self.kind {
            ParamKind::Array(array) => array.buffer_type(),
            ParamKind::Struct(structure) => {
                let ty = &structure.ty;
                quote!(&mut #ty)
            }
            _ => {
                let ty = float.tokens();
                quote!(&mut #ty)
            }
        }
    }
}

#[derive(Clone)]
pub struct Signature {
    pub float: FloatType,
    pub params: Vec<Param>,
}

impl Signature {
    pub fn active_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|param| param.active)
    }

    /// The name of a generated argument that goes with `param`: `prefix` before its name
    /// (`t_x` for `jvp_f`'s tangent, `v_x` for `hvp_f`'s direction), with `_` added until
    /// no argument is called that.
    pub fn companion_argument(&self, prefix: &str, param: &Param) -> Ident {
        let mut name = format!("{prefix}{}", crate::names::key(&param.name));
        while self
            .params
            .iter()
            .any(|other| crate::names::key(&other.name) == name)
        {
            name.push('_');
        }
        Ident::new(&name, param.name.span())
    }
}

/// Whether `ty` is the type parameter `name` or `f32`/`f64`, and which.
fn float_type_of(ty: &Type, float_generics: &[Ident]) -> Option<FloatType> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let ident = path.path.get_ident()?;
    if ident == "f32" || ident == "f64" {
        Some(FloatType::Concrete(ident.clone()))
    } else if float_generics.contains(ident) {
        Some(FloatType::Generic(ident.clone()))
    } else {
        None
    }
}

fn is_float_bound(bound: &TypeParamBound) -> bool {
    match bound {
        TypeParamBound::Trait(bound) => bound
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "Float"),
        _ => false,
    }
}

/// In `impl<T: Float> Mlp<T>`, a method returning `T`: the attribute sees the method
/// alone, so a bare type name the method does not declare is taken for the impl's float
/// parameter (rustc checks that it is one: the generated code calls `Float` on it).
fn impl_float_parameter(item: &ItemFn) -> Option<Ident> {
    let ReturnType::Type(_, ty) = &item.sig.output else {
        return None;
    };
    let Type::Path(path) = &**ty else { return None };
    let ident = path.path.get_ident().filter(|_| path.qself.is_none())?;
    let declared = item
        .sig
        .generics
        .params
        .iter()
        .any(|param| matches!(param, GenericParam::Type(param) if param.ident == *ident));
    let known = [
        "f32", "f64", "Self", "bool", "char", "str", "String", "i8", "i16", "i32", "i64", "i128",
        "isize", "u8", "u16", "u32", "u64", "u128", "usize",
    ];
    (!declared && !known.contains(&ident.to_string().as_str())).then(|| ident.clone())
}

/// The type parameters bounded by `Float`, in the parameter list or a where-clause.
pub fn float_generics(item: &ItemFn) -> Vec<Ident> {
    let mut found = Vec::new();
    for param in &item.sig.generics.params {
        if let GenericParam::Type(param) = param {
            if param.bounds.iter().any(is_float_bound) {
                found.push(param.ident.clone());
            }
        }
    }
    if let Some(clause) = &item.sig.generics.where_clause {
        for predicate in &clause.predicates {
            if let WherePredicate::Type(predicate) = predicate {
                if let Type::Path(path) = &predicate.bounded_ty {
                    if let Some(ident) = path.path.get_ident() {
                        if predicate.bounds.iter().any(is_float_bound) && !found.contains(ident) {
                            found.push(ident.clone());
                        }
                    }
                }
            }
        }
    }
    found
}

/// `[T; N]`, `[[T; N]; M]`, …: the rank, if `ty` is an array of the float type.
fn array_rank(ty: &Type, float: &FloatType, float_generics: &[Ident]) -> Option<usize> {
    match ty {
        Type::Array(array) => match float_type_of(&array.elem, float_generics) {
            Some(element) if same_float(&element, float) => Some(1),
            Some(_) => None,
            None => array_rank(&array.elem, float, float_generics).map(|rank| rank + 1),
        },
        Type::Paren(inner) => array_rank(&inner.elem, float, float_generics),
        _ => None,
    }
}

/// Reads `&[T]`, `&Vec<T>`, `[T; N]`, `&[T; N]`, `&[[T; N]; M]`, `&[[T; N]]`.
fn array_param(ty: &Type, float: &FloatType, float_generics: &[Ident]) -> Option<ArrayParam> {
    let (inner, by_reference) = match ty {
        Type::Reference(reference) if reference.mutability.is_none() => (&*reference.elem, true),
        other => (other, false),
    };
    let element_rank = |element: &Type| -> Option<usize> {
        match float_type_of(element, float_generics) {
            Some(element) if same_float(&element, float) => Some(0),
            Some(_) => None,
            None => array_rank(element, float, float_generics),
        }
    };
    match inner {
        Type::Slice(slice) if by_reference => Some(ArrayParam {
            rank: element_rank(&slice.elem)? + 1,
            slice: true,
            element: (*slice.elem).clone(),
            array: inner.clone(),
        }),
        Type::Path(path) if by_reference && path.qself.is_none() => {
            let segment = path.path.segments.last()?;
            if segment.ident != "Vec" {
                return None;
            }
            let syn::PathArguments::AngleBracketed(arguments) = &segment.arguments else {
                return None;
            };
            let Some(syn::GenericArgument::Type(element)) = arguments.args.first() else {
                return None;
            };
            Some(ArrayParam {
                rank: element_rank(element)? + 1,
                slice: true,
                element: element.clone(),
                array: inner.clone(),
            })
        }
        Type::Array(array) => Some(ArrayParam {
            rank: element_rank(&array.elem)? + 1,
            slice: false,
            element: (*array.elem).clone(),
            array: inner.clone(),
        }),
        _ => None,
    }
}

fn same_float(a: &FloatType, b: &FloatType) -> bool {
    a.ident() == b.ident()
}

/// Whether `ty` holds a float somewhere (a slice, array, reference or `Vec` of one).
fn contains_float(ty: &Type, float_generics: &[Ident]) -> bool {
    match ty {
        Type::Reference(reference) => contains_float(&reference.elem, float_generics),
        Type::Slice(slice) => contains_float(&slice.elem, float_generics),
        Type::Array(array) => contains_float(&array.elem, float_generics),
        Type::Paren(inner) => contains_float(&inner.elem, float_generics),
        Type::Path(path) => {
            float_type_of(ty, float_generics).is_some()
                || path.path.segments.iter().any(|segment| match &segment.arguments {
                    syn::PathArguments::AngleBracketed(args) => args.args.iter().any(|arg| {
                        matches!(arg, syn::GenericArgument::Type(inner) if contains_float(inner, float_generics))
                    }),
                    _ => false,
                })
        }
        Type::Tuple(tuple) => tuple.elems.iter().any(|elem| contains_float(elem, float_generics)),
        _ => false,
    }
}

pub fn analyze(
    item: &ItemFn,
    options: &Options,
    placement: Placement,
    errors: &mut Errors,
) -> Option<Signature> {
    let sig = &item.sig;
    let mut float_generics = float_generics(item);
    if placement == Placement::Impl {
        float_generics.extend(impl_float_parameter(item));
    }
    let before = errors.len();

    if let Some(constness) = &sig.constness {
        errors.at(
            constness,
            "#[differentiable] does not support `const fn`; remove `const`",
        );
    }
    if let Some(asyncness) = &sig.asyncness {
        errors.at(asyncness, "#[differentiable] does not support `async fn`; differentiate a plain function and call it from async code");
    }
    if let Some(unsafety) = &sig.unsafety {
        errors.at(
            unsafety,
            "#[differentiable] does not support `unsafe fn`; gradus generates safe code only",
        );
    }
    if let Some(variadic) = &sig.variadic {
        errors.at(
            variadic,
            "#[differentiable] does not support variadic functions",
        );
    }

    let float = match &sig.output {
        ReturnType::Type(_, ty) => match float_type_of(ty, &float_generics) {
            Some(float) => Some(float),
            None => {
                errors.at(ty, return_type_message(ty, item));
                None
            }
        },
        ReturnType::Default => {
            errors.at(&sig.ident, "#[differentiable] functions must return a float scalar (`f32`, `f64`, or a type parameter bounded by `Float`)");
            None
        }
    };

    let mut params = Vec::new();
    // In a method, `self` alone is differentiated unless `wrt` says otherwise.
    let self_alone = sig.receiver().is_some() && options.wrt.is_none();
    for input in &sig.inputs {
        let typed = match input {
            FnArg::Receiver(receiver) => {
                let self_is_data = options
                    .wrt
                    .as_ref()
                    .is_some_and(|wrt| !wrt.iter().any(|name| name == "self"));
                if receiver.mutability.is_some() {
                    errors.at(receiver, "#[differentiable] does not support `&mut self`: the function must be pure; take `&self` and return the value");
                } else {
                    // `self` is the model: differentiated unless `wrt` names others only.
                    let kind = if self_is_data {
                        ParamKind::Other
                    } else {
                        ParamKind::Struct(Box::new(StructParam {
                            ty: syn::parse_quote!(Self),
                        }))
                    };
                    params.push(Param {
                        name: Ident::new("self", receiver.self_token.span),
                        ty: (*receiver.ty).clone(),
                        kind,
                        active: !self_is_data,
                        buffer: Ident::new("self", receiver.self_token.span),
                        receiver: Some(receiver.clone()),
                        field: false,
                    });
                }
                continue;
            }
            FnArg::Typed(typed) => typed,
        };
        let name = match &*typed.pat {
            Pat::Ident(pat) if pat.subpat.is_none() && pat.by_ref.is_none() => pat.ident.clone(),
            other => {
                errors.at(
                    other,
                    "#[differentiable] needs every argument to be a plain name, as in `x: f64`",
                );
                continue;
            }
        };
        let ty = (*typed.ty).clone();
        let kind = match float_type_of(&ty, &float_generics) {
            Some(param_float) => {
                // A float of another type that `wrt` leaves out is data (`scale: f64` in
                // a function generic over `T`).
                let data = options.wrt.as_ref().is_some_and(|wrt| !wrt.contains(&name));
                match &float {
                    Some(float) if !same_float(&param_float, float) && data => ParamKind::Other,
                    Some(float) if !same_float(&param_float, float) => {
                        errors.at(&ty, format!(
                            "this argument is `{}` but the function returns `{}`; every differentiated float argument must have the return type (leave it out of `wrt(…)` to read it as data)",
                            param_float.ident(),
                            float.ident()
                        ));
                        ParamKind::Float
                    }
                    _ => ParamKind::Float,
                }
            }
            None => {
                let mutable_reference = match &ty {
                    Type::Reference(reference) => reference.mutability.as_ref(),
                    _ => None,
                };
                let array = float
                    .as_ref()
                    .and_then(|float| array_param(&ty, float, &float_generics));
                if let Some(mutability) = mutable_reference {
                    errors.at(mutability, "#[differentiable] does not support `&mut` arguments: the function must be pure; return the value instead");
                } else if let Some(array) = array {
                    params.push(Param {
                        buffer: name.clone(),
                        name,
                        ty,
                        kind: ParamKind::Array(Box::new(array)),
                        active: !self_alone,
                        receiver: None,
                        field: false,
                    });
                    continue;
                }
                // Any other type is data (`Option<f64>`, `&[Vec<f64>]`, a struct), even
                // when it holds floats; `wrt` naming it is refused below.
                ParamKind::Other
            }
        };
        let active = kind == ParamKind::Float && !self_alone;
        params.push(Param {
            buffer: name.clone(),
            name,
            ty,
            kind,
            active,
            receiver: None,
            field: false,
        });
    }

    if let Some(wrt) = &options.wrt {
        for param in &mut params {
            param.active = false;
        }
        for (index, name) in wrt.iter().enumerate() {
            if wrt[..index].contains(name) {
                errors.at(name, format!("`{name}` is named twice in `wrt`"));
                continue;
            }
            match params.iter_mut().find(|param| param.name == *name) {
                Some(param)
                    if matches!(
                        param.kind,
                        ParamKind::Float | ParamKind::Array(_) | ParamKind::Struct(_)
                    ) =>
                {
                    param.active = true
                }
                Some(param) if param.receiver.is_none() && struct_param(&param.ty).is_some() => {
                    param.kind = ParamKind::Struct(Box::new(struct_param(&param.ty).unwrap()));
                    param.active = true;
                }
                Some(param) if contains_float(&param.ty, &float_generics) => {
                    let ty = &param.ty;
                    errors.at(name, format!(
                        "`{name}` has type `{}`, whose gradient #[differentiable] does not compute; differentiate float scalars, `&[T]`, `&Vec<T>`, (nested) arrays `[T; N]` and structs with #[derive(Differentiable)], or use #[differentiable(tape)]",
                        quote!(#ty).to_string().replace(" ", "")
                    ))
                }
                Some(_) => errors.at(name, format!(
                    "`{name}` is not a float argument, so it has no gradient; `wrt` names float arguments only"
                )),
                None => {
                    let closest = params
                        .iter()
                        .map(|param| crate::names::key(&param.name))
                        .min_by_key(|candidate| edit_distance(candidate, &name.to_string()))
                        .filter(|candidate| {
                            let distance = edit_distance(candidate, &name.to_string());
                            distance <= 2 && distance < name.to_string().len()
                        });
                    let hint = closest
                        .map(|candidate| format!("; did you mean `{candidate}`?"))
                        .unwrap_or_default();
                    errors.at(name, format!("`{name}` is not an argument of this function{hint}"))
                }
            }
        }
    }

    if errors.len() != before {
        return None;
    }
    let names: Vec<String> = params
        .iter()
        .map(|param| crate::names::key(&param.name))
        .collect();
    for param in &mut params {
        let mut buffer = format!("d_{}", crate::names::key(&param.name));
        while names.contains(&buffer) {
            buffer.push('_');
        }
        param.buffer = crate::names::ident(&buffer, param.name.span());
    }
    Some(Signature {
        float: float?,
        params,
    })
}

/// The Levenshtein distance between two names, for suggesting the one meant.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substituted = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substituted.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

fn return_type_message(ty: &Type, item: &ItemFn) -> String {
    if let Type::Path(path) = ty {
        if let Some(ident) = path.path.get_ident() {
            let generic =
                item.sig.generics.params.iter().any(
                    |param| matches!(param, GenericParam::Type(param) if param.ident == *ident),
                );
            if generic {
                return format!(
                    "`{ident}` needs a `Float` bound to be differentiated: write `{ident}: Float` (num_traits::Float, re-exported as gradus::Float)"
                );
            }
        }
    }
    match ty {
        Type::Tuple(_) | Type::Array(_) | Type::Slice(_) => "#[differentiable] functions return one float scalar; vector outputs (Jacobians) are not supported yet: differentiate each output as its own function".to_string(),
        _ => "#[differentiable] functions must return a float scalar: `f32`, `f64`, or a type parameter bounded by `Float`".to_string(),
    }
}
