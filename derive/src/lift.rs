//! A concrete function's IR lifted to dual numbers, so that its reverse sweep can be
//! written again over `Dual<f64>` (`Dual<f32>`) for `hvp_f` and the dual companions:
//!
//! - every float constant becomes a dual number of tangent 0;
//! - a call goes to the callee's dual companions (`dual_companions`), its float constants
//!   lifted and its integers and data passed on;
//! - the user's own code in the body (conditions, integer code, ranges) reads a float
//!   value through `__private::primal`, its plain value: what it computes does not depend
//!   on tangents, as the reverse sweep does not differentiate it; an array it names whole
//!   (`w.iter()`, `f(&w)`) is a plain copy (`PrimalArray`).

use crate::ir::{Block, CallArgument, Function, LoopHeader, Op, Operand, Stmt};
use crate::signature::{ParamKind, Signature};
use proc_macro2::{Delimiter, Group, Ident, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use std::cell::RefCell;
use std::collections::HashSet;

/// What a caller may pass on to a callee unchanged: its arguments of integer types, and
/// its data arguments (whose types are the callee's too when passed whole).
pub struct PassedOn {
    integers: HashSet<String>,
    data: HashSet<String>,
    structs: HashSet<String>,
    fields: HashSet<String>,
}

impl PassedOn {
    /// Of the signature lowering reads (`fields::Exposed::signature`): the function's own
    /// arguments, then its struct arguments' fields.
    pub fn of(signature: &Signature) -> PassedOn {
        let mut passed = PassedOn {
            integers: HashSet::new(),
            data: HashSet::new(),
            structs: HashSet::new(),
            fields: HashSet::new(),
        };
        for param in &signature.params {
            let name = crate::names::key(&param.name);
            if param.field {
                passed.fields.insert(name.clone());
            }
            if is_integer_type(&param.ty) {
                passed.integers.insert(name);
            } else if param.kind == ParamKind::Other {
                passed.data.insert(name);
            } else if matches!(param.kind, ParamKind::Struct(_)) {
                passed.structs.insert(name);
            }
        }
        passed
    }
}

const INTEGERS: [&str; 13] = [
    "usize", "isize", "u8", "u16", "u32", "u64", "u128", "i8", "i16", "i32", "i64", "i128", "bool",
];

fn is_integer_type(ty: &syn::Type) -> bool {
    let mut ty = ty;
    while let syn::Type::Reference(reference) = ty {
        ty = &reference.elem;
    }
    matches!(ty, syn::Type::Path(path)
        if path.path.get_ident().is_some_and(|ident| INTEGERS.iter().any(|name| ident == name)))
}

/// The lifted IR and the functions it calls (by the paths written at the calls), or what
/// would not compile over dual numbers: a method of a struct field, a callee named with
/// generic arguments, an argument that cannot be told to be an integer, data or a float
/// constant, a whole array in the user's code, or a local array whose initial value is
/// not a repetition or list of constants.
pub fn lifted_function(
    function: &Function,
    float: &Ident,
    passed_on: &PassedOn,
) -> Result<(Function, Vec<String>), String> {
    let mut lifter = Lifter {
        float,
        values: function
            .values
            .iter()
            .map(|info| info.name.clone())
            .collect(),
        arrays: function
            .arrays
            .iter()
            .map(|info| (info.name.clone(), info.rank))
            .collect(),
        integers: passed_on.integers.clone(),
        data: passed_on.data.clone(),
        float_constants: HashSet::new(),
        array_ranks: function.arrays.iter().map(|info| info.rank).collect(),
        array_names: function
            .arrays
            .iter()
            .map(|info| info.name.clone())
            .collect(),
        structs: passed_on.structs.clone(),
        fields: passed_on.fields.clone(),
        callees: RefCell::default(),
    };
    for item in &function.consts {
        if let Ok(constant) = syn::parse2::<syn::ItemConst>(item.clone()) {
            let name = crate::names::key(&constant.ident);
            if is_integer_type(&constant.ty) {
                lifter.integers.insert(name);
            } else {
                lifter.float_constants.insert(name);
            }
        }
    }
    lifter
        .integers
        .extend(function.snapshots.iter().map(|info| info.name.clone()));
    lifter.collect_integers(&function.body);
    let mut lifted = function.clone();
    lifter.block(&mut lifted.body)?;
    Ok((lifted, lifter.callees.into_inner()))
}

struct Lifter<'a> {
    float: &'a Ident,
    /// The names of the values and arrays, which become dual numbers.
    values: HashSet<String>,
    /// With their ranks.
    arrays: std::collections::HashMap<String, usize>,
    /// Names known to hold integers: integer arguments, snapshots, range variables and
    /// the user's integer locals.
    integers: HashSet<String>,
    data: HashSet<String>,
    /// Each array's rank and name, by id.
    array_ranks: Vec<usize>,
    array_names: Vec<String>,
    /// The struct arguments, and the locals of the fields read of them (which may hold
    /// structs).
    structs: HashSet<String>,
    fields: HashSet<String>,
    /// The body's `const` items of a float type.
    float_constants: HashSet<String>,
    callees: RefCell<Vec<String>>,
}

impl Lifter<'_> {
    /// Range variables, and the user's locals that hold integers: annotated so, cast to an
    /// integer type, or computed from integers alone.
    fn collect_integers(&mut self, block: &Block) {
        for stmt in &block.stmts {
            match stmt {
                Stmt::Loop { header, body } => {
                    if let LoopHeader::Range { variable, .. } = header {
                        self.integers.insert(variable.clone());
                    }
                    self.collect_integers(body);
                }
                Stmt::If {
                    then_block,
                    else_block,
                    ..
                } => {
                    self.collect_integers(then_block);
                    self.collect_integers(else_block);
                }
                Stmt::Scope(body) => self.collect_integers(body),
                Stmt::Opaque { tokens, .. } => {
                    let Ok(syn::Stmt::Local(local)) = syn::parse2::<syn::Stmt>(tokens.clone())
                    else {
                        continue;
                    };
                    let (pattern, ty) = match &local.pat {
                        syn::Pat::Type(typed) => (&*typed.pat, Some(&*typed.ty)),
                        other => (other, None),
                    };
                    let syn::Pat::Ident(binding) = pattern else {
                        continue;
                    };
                    let mut init = local.init.as_ref().map(|init| &*init.expr);
                    while let Some(syn::Expr::Paren(inner)) = init {
                        init = Some(&*inner.expr);
                    }
                    let integer = ty.is_some_and(is_integer_type)
                        || matches!(init, Some(syn::Expr::Cast(cast)) if is_integer_type(&cast.ty))
                        || init.is_some_and(|init| {
                            self.kind_of_argument(&init.to_token_stream()) == Some(false)
                        });
                    if integer {
                        self.integers.insert(crate::names::key(&binding.ident));
                    }
                }
                _ => {}
            }
        }
    }

    fn constant(&self, tokens: &TokenStream) -> TokenStream {
        let float = self.float;
        quote!(::gradus::Dual::<#float>::constant(#tokens))
    }

    fn operand(&self, operand: &mut Operand) {
        if let Operand::Constant(tokens) = operand {
            *tokens = self.constant(tokens);
        }
    }

    fn block(&self, block: &mut Block) -> Result<(), String> {
        for stmt in &mut block.stmts {
            match stmt {
                Stmt::Assign { op, .. } => match op {
                    Op::Call { .. } => self.call(op)?,
                    Op::Constant { tokens, .. } => *tokens = self.constant(&self.primal(tokens)?),
                    Op::Binary(_, a, b) | Op::BinaryFn(_, a, b) => {
                        self.operand(a);
                        self.operand(b);
                    }
                    Op::Unary(_, a) | Op::Powi(a, _) => self.operand(a),
                    Op::MulAdd(a, b, c) | Op::Clamp(a, b, c) => {
                        self.operand(a);
                        self.operand(b);
                        self.operand(c);
                    }
                    Op::Read(..) | Op::ReadCell(_) => {}
                },
                Stmt::Opaque { tokens, .. } | Stmt::Snapshot { tokens, .. } => {
                    *tokens = self.primal(tokens)?
                }
                Stmt::DeclareArray { init, zeros, .. } => {
                    let lift = |tokens: &TokenStream| {
                        lift_initial(tokens, self.float).ok_or_else(|| {
                            format!("its local array's initial value `{tokens}` is not a repetition or list of constants")
                        })
                    };
                    *init = lift(init)?;
                    *zeros = lift(zeros)?;
                }
                Stmt::Write { value, .. } => self.operand(value),
                Stmt::SetCell { source, .. } | Stmt::Return(source) => self.operand(source),
                Stmt::If {
                    then_block,
                    else_block,
                    merges,
                    ..
                } => {
                    for merge in merges.iter_mut() {
                        self.operand(&mut merge.then_source);
                        self.operand(&mut merge.else_source);
                    }
                    self.block(then_block)?;
                    self.block(else_block)?;
                }
                Stmt::Loop { header, body } => {
                    if let LoopHeader::Range { range, .. } = header {
                        *range = self.primal(range)?;
                    }
                    self.block(body)?
                }
                Stmt::Scope(body) => self.block(body)?,
                _ => {}
            }
        }
        Ok(())
    }

    /// The user's code with each read of a value or of an array's element made a read of
    /// its plain value (`primal(a)`, `primal(x[i])`); an array's `.len()` stays. `Err` for
    /// an array named otherwise (iterated, passed to a plain function).
    fn primal(&self, tokens: &TokenStream) -> Result<TokenStream, String> {
        if let Some(name) = self.rebound(tokens) {
            return Err(format!(
                "its code `{tokens}` binds the name `{name}` of one of its values again"
            ));
        }
        self.primal_reads(tokens)
    }

    /// A name of a value or array that the code binds again (a closure's parameter, a
    /// `let`, `for` or `match` pattern): its reads there are not the value's.
    fn rebound(&self, tokens: &TokenStream) -> Option<String> {
        let mut flat = Vec::new();
        flatten(tokens, &mut flat);
        let lifted = |token: &TokenTree| match token {
            TokenTree::Ident(ident) => {
                let name = crate::names::key(ident);
                (self.values.contains(&name) || self.arrays.contains_key(&name)).then_some(name)
            }
            _ => None,
        };
        let is = |token: &TokenTree, text: &str| token.to_string() == text;
        let arms = flat
            .windows(2)
            .any(|pair| is(&pair[0], "=") && is(&pair[1], ">"));
        let mut binding: Option<&str> = None;
        for token in &flat {
            match (binding, token.to_string().as_str()) {
                (None, "let") => binding = Some("="),
                (None, "for") => binding = Some("in"),
                (None, "|") => binding = Some("|"),
                (Some(end), text) if text == end => binding = None,
                (Some(_), _) | (None, _) if arms || binding.is_some() => {
                    if let Some(name) = lifted(token) {
                        return Some(name);
                    }
                }
                _ => {}
            }
        }
        None
    }

    fn primal_reads(&self, tokens: &TokenStream) -> Result<TokenStream, String> {
        let tokens: Vec<TokenTree> = tokens.clone().into_iter().collect();
        let mut out = TokenStream::new();
        let mut at = 0;
        let punct = |token: Option<&TokenTree>, c: char| matches!(token, Some(TokenTree::Punct(p)) if p.as_char() == c);
        while at < tokens.len() {
            let token = &tokens[at];
            let named = match token {
                TokenTree::Ident(ident) => {
                    let name = crate::names::key(ident);
                    // A field or method (`.x`) or a path's later segment (`a::b`) is not
                    // the value.
                    let member = (at > 0 && punct(tokens.get(at - 1), '.'))
                        || (at > 1
                            && punct(tokens.get(at - 1), ':')
                            && punct(tokens.get(at - 2), ':'));
                    let path = punct(tokens.get(at + 1), ':') && punct(tokens.get(at + 2), ':');
                    (!member && !path).then_some(name)
                }
                _ => None,
            };
            match (token, named) {
                (_, Some(name)) if self.values.contains(&name) => {
                    out.extend(quote!(::gradus::__private::primal(#token)));
                    at += 1;
                }
                (_, Some(name)) if self.arrays.contains_key(&name) => {
                    // Its elements' plain values, a row or part of it as a plain copy
                    // (`&w.__gradus_primal()[..]`), its length as it is.
                    let rank = self.arrays[&name];
                    let mut end = at + 1;
                    let mut element = token.to_token_stream();
                    let mut indices = 0;
                    let mut part = false;
                    while let Some(TokenTree::Group(group)) = tokens.get(end) {
                        if group.delimiter() != Delimiter::Bracket || part {
                            break;
                        }
                        part = group.stream().to_string().contains("..");
                        let inner = self.primal_reads(&group.stream())?;
                        if part {
                            element = quote!((#element.__gradus_primal()));
                        } else {
                            indices += 1;
                        }
                        let mut index = Group::new(Delimiter::Bracket, inner);
                        index.set_span(group.span());
                        element.extend(index.into_token_stream());
                        end += 1;
                    }
                    let len = punct(tokens.get(end), '.')
                        && matches!(tokens.get(end + 1), Some(TokenTree::Ident(i)) if i == "len");
                    if len || part {
                        out.extend(element);
                    } else if indices == rank {
                        out.extend(quote!(::gradus::__private::primal(#element)));
                    } else {
                        out.extend(quote!((&#element.__gradus_primal())));
                    }
                    at = end;
                }
                (TokenTree::Group(group), _) => {
                    let mut inner =
                        Group::new(group.delimiter(), self.primal_reads(&group.stream())?);
                    inner.set_span(group.span());
                    out.extend(inner.into_token_stream());
                    at += 1;
                }
                _ => {
                    out.extend(token.to_token_stream());
                    at += 1;
                }
            }
        }
        Ok(out)
    }

    /// A call, sent to the callee's dual companions with its float constants lifted.
    fn call(&self, op: &mut Op) -> Result<(), String> {
        let Op::Call {
            partials,
            primal,
            adjoint,
            arguments,
        } = op
        else {
            unreachable!("a call")
        };
        // A generic callee's float argument becomes the dual type (`g::<f64>` →
        // `g::dual_partials::<Dual<f64>>`).
        let float = self.float;
        let dual = quote!(::gradus::Dual<#float>);
        let retyped = crate::dual_companions::retyped(primal, float, &dual);
        let callee: syn::Path = match syn::parse2(retyped) {
            Ok(path) => path,
            Err(_) => return Err(format!("it calls the method `{primal}` of a struct field")),
        };
        let written = primal.to_string().replace(' ', "");
        if !self.callees.borrow().contains(&written) {
            self.callees.borrow_mut().push(written);
        }
        *partials = crate::lower::callee_companion(&callee, "dual_partials");
        *adjoint = crate::lower::callee_companion(&callee, "dual_adjoint");
        *primal = crate::lower::callee_companion(&callee, "dual_primal");
        for argument in arguments.iter_mut() {
            match argument {
                CallArgument::Float { operand, .. } => self.operand(operand),
                // A struct, or an element of a `Vec` of structs: the callee takes it plain.
                CallArgument::Array {
                    array,
                    indices,
                    tokens,
                    ..
                } if indices.len() >= self.array_ranks[array.0 as usize]
                    || self.structs.contains(&self.array_names[array.0 as usize])
                    || self.fields.contains(&self.array_names[array.0 as usize]) =>
                {
                    return Err(format!(
                        "it passes the struct `{tokens}` on to `{}`, which takes it plain",
                        callee.to_token_stream()
                    ))
                }
                CallArgument::Array { .. } => {}
                CallArgument::Other(tokens) => {
                    let data = matches!(syn::parse2::<Ident>(tokens.clone()),
                        Ok(ident) if self.data.contains(&crate::names::key(&ident)));
                    match self.kind_of_argument(tokens) {
                        _ if data => {}
                        Some(true) => *tokens = self.constant(tokens),
                        Some(false) => {}
                        None => {
                            return Err(format!(
                                "its argument `{tokens}` to `{}` is neither an integer, nor data it was given, nor a float constant that gradus can tell",
                                callee.to_token_stream()
                            ))
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// Whether code that names no value is a float constant (`Some(true)`: `0.5`,
    /// `n as f64`, `std::f64::consts::PI`, `1.5_f64.sin()`) or an integer (`Some(false)`:
    /// `n`, `(i + 1) % 4`, `x.len()`); `None` when it names anything else.
    fn kind_of_argument(&self, tokens: &TokenStream) -> Option<bool> {
        let mut flat = Vec::new();
        flatten(tokens, &mut flat);
        let punct = |token: Option<&TokenTree>, c: char| matches!(token, Some(TokenTree::Punct(p)) if p.as_char() == c);
        let mut float = false;
        for (at, token) in flat.iter().enumerate() {
            match token {
                TokenTree::Literal(literal) => {
                    match syn::parse_str::<syn::Lit>(&literal.to_string()) {
                        Ok(syn::Lit::Float(_)) => float = true,
                        Ok(syn::Lit::Int(_)) => {}
                        _ => return None,
                    }
                }
                TokenTree::Ident(ident) => {
                    let name = crate::names::key(ident);
                    // A method's or a path's later segment names no local.
                    let member = (at > 0 && punct(flat.get(at - 1), '.'))
                        || (at > 1 && punct(flat.get(at - 1), ':') && punct(flat.get(at - 2), ':'));
                    let length = punct(flat.get(at + 1), '.')
                        && matches!(flat.get(at + 2), Some(TokenTree::Ident(i)) if i == "len");
                    if *ident == *self.float
                        || name == "f32"
                        || name == "f64"
                        || self.float_constants.contains(&name)
                    {
                        float = true;
                    } else if !(member
                        || length
                        || self.integers.contains(&name)
                        || INTEGERS.contains(&name.as_str())
                        || matches!(name.as_str(), "as" | "std" | "core"))
                    {
                        return None;
                    }
                }
                _ => {}
            }
        }
        Some(float)
    }
}

/// The tokens of `tokens` with its groups opened (their delimiters left out).
fn flatten(tokens: &TokenStream, out: &mut Vec<TokenTree>) {
    for token in tokens.clone() {
        if let TokenTree::Group(group) = &token {
            flatten(&group.stream(), out);
        } else {
            out.push(token);
        }
    }
}

/// `vec![c; n]`, `[c; n]`, `vec![a, b]` and `[a, b]` (nested) with each float constant
/// lifted; `None` for any other initial value.
pub fn lift_initial(tokens: &TokenStream, float: &Ident) -> Option<TokenStream> {
    fn lift_expr(expr: &syn::Expr, float: &Ident) -> Option<TokenStream> {
        match expr {
            syn::Expr::Lit(_)
            | syn::Expr::Unary(syn::ExprUnary {
                op: syn::UnOp::Neg(_),
                ..
            }) => Some(quote!(::gradus::Dual::<#float>::constant(#expr))),
            syn::Expr::Paren(inner) => lift_expr(&inner.expr, float),
            syn::Expr::Repeat(repeat) => {
                let element = lift_expr(&repeat.expr, float)?;
                let length = &repeat.len;
                Some(quote!([#element; #length]))
            }
            syn::Expr::Array(array) => {
                let elements = array
                    .elems
                    .iter()
                    .map(|element| lift_expr(element, float))
                    .collect::<Option<Vec<_>>>()?;
                Some(quote!([#(#elements),*]))
            }
            syn::Expr::Macro(call)
                if call
                    .mac
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "vec") =>
            {
                let body: TokenStream = call.mac.tokens.clone();
                let inner: syn::Expr = syn::parse2(quote!([#body])).ok()?;
                let lifted = lift_expr(&inner, float)?;
                Some(quote!(::std::vec::Vec::from(#lifted)))
                    .filter(|_| !matches!(inner, syn::Expr::Repeat(_)))
                    .or_else(|| {
                        let syn::Expr::Repeat(repeat) = &inner else {
                            return None;
                        };
                        let element = lift_expr(&repeat.expr, float)?;
                        let length = &repeat.len;
                        Some(quote!(::std::vec![#element; #length]))
                    })
            }
            // `Vec::new()`, `Vec::with_capacity(n)`: the pushes give the element type.
            syn::Expr::Call(call)
                if matches!(&*call.func, syn::Expr::Path(path)
                    if path.path.segments.len() >= 2
                        && path.path.segments[path.path.segments.len() - 2].ident == "Vec"
                        && path.path.segments.last().is_some_and(|s| s.ident == "new" || s.ident == "with_capacity")) =>
            {
                Some(expr.to_token_stream())
            }
            _ => None,
        }
    }
    let expr: syn::Expr = syn::parse2(tokens.clone()).ok()?;
    lift_expr(&expr, float)
}
