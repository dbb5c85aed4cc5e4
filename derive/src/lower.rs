//! Lowers a checked function body to the IR: every float expression becomes a chain of
//! single-operation values, every user local is renamed, and code that computes no float
//! is kept as it is for the forward sweep.
//!
//! An `if` statement that may `return` takes the statements after it into each branch that
//! falls through, so every path of the IR ends in exactly one `Return`.

use crate::check;
use crate::errors::Errors;
use crate::ir::*;
use crate::names::{self, key, Namer};
use crate::signature::{FloatType, ParamKind, Signature};
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{format_ident, quote, ToTokens};
use std::collections::HashSet;
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{BinOp, Expr, ExprIf, Ident, ItemFn, Lit, Local, Pat, Stmt as SynStmt, Type, UnOp};

/// What a user's name stands for in the generated code.
#[derive(Clone)]
enum Binding {
    Float(ValueId),
    /// A non-float local or argument, under its generated name. `stable` when it never
    /// changes and the reverse sweep can compute it again (an immutable integer `let` of
    /// reconstructible integers, or an argument).
    Other {
        name: Ident,
        kind: Kind,
        stable: bool,
    },
    /// The integer variable of a `for` loop.
    LoopVar {
        name: Ident,
    },
    /// An array of floats, or a row of one (`prefix` holds the indices taken so far).
    Array {
        array: ArrayId,
        prefix: Vec<Index>,
    },
    /// A closure bound to a name, with the names it captures as they stood where it was
    /// written: a call inlines its body.
    Closure {
        closure: Box<syn::ExprClosure>,
        captured: Box<Env>,
    },
    /// `len` consecutive elements of an array (or row) from `start`: an item of
    /// `.windows(k)` or `.chunks(k)`, read by index.
    Window {
        array: ArrayId,
        prefix: Vec<Index>,
        start: TokenStream,
        len: TokenStream,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Float,
    Int,
    Bool,
    Unknown,
}

/// Lexical scopes of user names.
#[derive(Clone, Default)]
struct Env {
    scopes: Vec<Vec<(String, Binding)>>,
    /// Per scope, the elements of argument arrays already read (the array, the indices as
    /// written, the value): reading one again reuses the value, so `x[i] * x[i]` reads once
    /// and the reverse sweep adds into `d_x[i]` once. Arguments never change, and a value
    /// read in a scope is defined wherever that scope's code runs.
    reads: Vec<Vec<(ArrayId, String, ValueId)>>,
}

impl Env {
    fn lookup(&self, name: &str) -> Option<&Binding> {
        self.scopes
            .iter()
            .rev()
            .find_map(|scope| scope.iter().rev().find(|(n, _)| n == name).map(|(_, b)| b))
    }

    /// The binding of `name` in the outermost `scopes` scopes only.
    fn lookup_within(&self, name: &str, scopes: usize) -> Option<&Binding> {
        self.scopes[..scopes.min(self.scopes.len())]
            .iter()
            .rev()
            .find_map(|scope| scope.iter().rev().find(|(n, _)| n == name).map(|(_, b)| b))
    }

    fn declare(&mut self, name: String, binding: Binding) {
        self.scopes.last_mut().unwrap().push((name, binding));
    }

    fn assign(&mut self, name: &str, binding: Binding) {
        for scope in self.scopes.iter_mut().rev() {
            if let Some(slot) = scope.iter_mut().rev().find(|(n, _)| n == name) {
                slot.1 = binding;
                return;
            }
        }
    }

    fn push(&mut self) {
        self.scopes.push(Vec::new());
        self.reads.push(Vec::new());
    }

    fn pop(&mut self) {
        self.scopes.pop();
        self.reads.pop();
    }

    fn read_before(&self, array: ArrayId, indices: &str) -> Option<ValueId> {
        self.reads.iter().rev().find_map(|scope| {
            scope
                .iter()
                .find(|(a, i, _)| *a == array && i == indices)
                .map(|(_, _, value)| *value)
        })
    }

    fn note_read(&mut self, array: ArrayId, indices: String, value: ValueId) {
        if let Some(scope) = self.reads.last_mut() {
            scope.push((array, indices, value));
        }
    }

    /// The float value each visible name is bound to, innermost binding per name.
    fn float_bindings(&self) -> Vec<(String, ValueId)> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for scope in self.scopes.iter().rev() {
            for (name, binding) in scope.iter().rev() {
                if seen.insert(name.clone()) {
                    if let Binding::Float(value) = binding {
                        out.push((name.clone(), *value));
                    }
                }
            }
        }
        out
    }
}

/// One item of a statement sequence: a statement, or the end of a branch's scope when a
/// branch continues with the statements after its `if`.
#[derive(Clone, Copy)]
enum Item<'s> {
    Stmt(&'s SynStmt),
    /// An `else if` taken as the single statement of an `else` branch.
    If(&'s ExprIf),
    PopScope,
    /// The end of a branch of `let name = if … { …; value } else { … };` whose branches may
    /// `return`, `break` or `continue`: evaluates `value` (`None`: the branch gives none),
    /// leaves the branch's scope, and binds `name`.
    Bind {
        name: &'s Ident,
        value: Option<&'s Expr>,
        at: &'s [SynStmt],
    },
}

/// What ends a statement sequence that runs out of statements.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tail {
    /// The function body: its trailing expression is the result.
    Result,
    /// A branch of an `if` statement: it falls through.
    Statement,
    /// A loop body: the iteration ends (and loop-carried floats are set).
    Iteration,
}

/// A loop being lowered: the floats it carries, and how many scopes were open outside it.
#[derive(Clone)]
struct LoopContext {
    carried: Vec<(String, CellId)>,
    outer_scopes: usize,
}

/// The three paths through which a call reaches an annotated function.
struct Callee {
    partials: TokenStream,
    primal: TokenStream,
    adjoint: TokenStream,
}

/// What each argument became.
#[derive(Clone, Copy)]
pub enum Parameter {
    Scalar(ValueId),
    Array(ArrayId),
    Other,
}

pub struct Lowered {
    pub function: Function,
    pub namer: Namer,
    pub parameters: Vec<Parameter>,
}

pub fn lower(item: &ItemFn, signature: &Signature, errors: &mut Errors) -> Option<Lowered> {
    let before = errors.len();
    let mut lowerer = Lowerer {
        float: &signature.float,
        values: Vec::new(),
        snapshots: Vec::new(),
        arrays: Vec::new(),
        cells: Vec::new(),
        loops: Vec::new(),
        return_exit: None,
        temporaries: HashSet::new(),
        namer: Namer::new(reserved_names(item)),
        consts: Vec::new(),
        const_names: Vec::new(),
        const_kinds: Vec::new(),
        borrowed: HashSet::new(),
        float_names: float_names(&item.block, signature),
        structs: signature
            .params
            .iter()
            .filter(|param| param.field || matches!(param.kind, ParamKind::Struct(_)))
            .map(|param| key(&param.name))
            .collect(),
        errors,
    };
    let mut env = Env::default();
    env.push();
    let mut parameters = Vec::new();
    for param in &signature.params {
        lowerer.namer.claim(&key(&param.name));
        let (binding, parameter) = match &param.kind {
            ParamKind::Float => {
                let value = ValueId(lowerer.values.len() as u32);
                lowerer.values.push(ValueInfo {
                    name: key(&param.name),
                    span: param.name.span(),
                    argument: Some(Argument {
                        active: param.active,
                    }),
                    origin: None,
                });
                (Binding::Float(value), Parameter::Scalar(value))
            }
            ParamKind::Array(_) | ParamKind::Struct(_) => {
                // A struct is an array the body only passes on whole: its fields are read
                // through names of their own (`fields`).
                let rank = match &param.kind {
                    ParamKind::Array(shape) => shape.rank,
                    _ => 1,
                };
                let array = ArrayId(lowerer.arrays.len() as u32);
                lowerer.arrays.push(ArrayInfo {
                    name: key(&param.name),
                    span: param.name.span(),
                    rank,
                    argument: Some(Argument {
                        active: param.active,
                    }),
                    written: false,
                });
                let binding = Binding::Array {
                    array,
                    prefix: Vec::new(),
                };
                (binding, Parameter::Array(array))
            }
            ParamKind::Other => {
                let binding = Binding::Other {
                    name: param.name.clone(),
                    kind: kind_of_type(&param.ty, signature),
                    stable: true,
                };
                (binding, Parameter::Other)
            }
        };
        parameters.push(parameter);
        env.declare(key(&param.name), binding);
    }
    let items: Vec<Item> = item.block.stmts.iter().map(Item::Stmt).collect();
    let mut body = Block::default();
    let returned = lowerer.lower_sequence(&items, &mut env, &mut body, Tail::Result);
    if !returned {
        lowerer.errors.at(
            &item.block,
            "#[differentiable] needs the body to end with the returned value",
        );
    }
    let function = Function {
        values: lowerer.values,
        snapshots: lowerer.snapshots,
        arrays: lowerer.arrays,
        cells: lowerer.cells,
        consts: lowerer.consts,
        body,
    };
    let namer = lowerer.namer;
    (errors.len() == before).then_some(Lowered {
        function,
        namer,
        parameters,
    })
}

/// The names of the body that hold floats, read off the code: the float and array
/// arguments, and every name given (by `let` or an assignment) a value that mentions a
/// float literal, a math method, a cast to a float or a name that holds floats. Only used to
/// tell that a `let mut` of data (`let mut z = cfg.bias;`) later takes floats.
fn float_names(block: &syn::Block, signature: &Signature) -> HashSet<String> {
    struct Definitions(Vec<(String, Expr)>);
    impl Definitions {
        fn note(&mut self, target: &Expr, value: &Expr) {
            if let Expr::Path(path) = target {
                if let Some(ident) = path.path.get_ident() {
                    self.0.push((key(ident), value.clone()));
                }
            }
        }
    }
    impl<'ast> Visit<'ast> for Definitions {
        fn visit_local(&mut self, local: &'ast Local) {
            let pat = match &local.pat {
                Pat::Type(typed) => &*typed.pat,
                other => other,
            };
            if let (Some(init), Pat::Ident(ident)) = (&local.init, pat) {
                self.0.push((key(&ident.ident), (*init.expr).clone()));
            }
            if let (Some(init), Pat::Tuple(tuple)) = (&local.init, pat) {
                if let Expr::Tuple(values) = &*init.expr {
                    for (pat, value) in tuple.elems.iter().zip(&values.elems) {
                        if let Pat::Ident(ident) = pat {
                            self.0.push((key(&ident.ident), value.clone()));
                        }
                    }
                }
            }
            syn::visit::visit_local(self, local);
        }
        fn visit_expr_assign(&mut self, node: &'ast syn::ExprAssign) {
            self.note(&node.left, &node.right);
            syn::visit::visit_expr_assign(self, node);
        }
        fn visit_expr_binary(&mut self, node: &'ast syn::ExprBinary) {
            if matches!(
                node.op,
                BinOp::AddAssign(_)
                    | BinOp::SubAssign(_)
                    | BinOp::MulAssign(_)
                    | BinOp::DivAssign(_)
                    | BinOp::RemAssign(_)
            ) {
                self.note(&node.left, &node.right);
            }
            syn::visit::visit_expr_binary(self, node);
        }
        // `for v in x.iter()`: the names of the pattern take items of the iterator.
        fn visit_expr_for_loop(&mut self, node: &'ast syn::ExprForLoop) {
            let mut names = Vec::new();
            crate::desugar::bound_names(&node.pat, &mut names);
            for name in names {
                self.0.push((key(&name), (*node.expr).clone()));
            }
            syn::visit::visit_expr_for_loop(self, node);
        }
        // `v.push(x)`: a vector that floats are pushed onto holds floats.
        fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
            if call.method == "push" && call.args.len() == 1 {
                self.note(&call.receiver, &call.args[0]);
            }
            syn::visit::visit_expr_method_call(self, call);
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    }
    struct Mentions<'n> {
        floats: &'n HashSet<String>,
        float_type: String,
        generic: bool,
        found: bool,
    }
    impl<'ast> Visit<'ast> for Mentions<'_> {
        fn visit_lit(&mut self, lit: &'ast Lit) {
            // In a function generic over `T`, a literal is an `f64` of data.
            self.found |= !self.generic && is_float_literal(lit);
        }
        fn visit_expr_path(&mut self, path: &'ast syn::ExprPath) {
            if let Some(ident) = path.path.get_ident() {
                self.found |= self.floats.contains(&key(ident));
            }
        }
        fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
            self.found |= is_math_method(&call.method.to_string());
            syn::visit::visit_expr_method_call(self, call);
        }
        fn visit_expr_cast(&mut self, cast: &'ast syn::ExprCast) {
            let target = cast.ty.to_token_stream().to_string();
            self.found |= (!self.generic && (target == "f64" || target == "f32"))
                || target == self.float_type;
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
    }
    let mut definitions = Definitions(Vec::new());
    definitions.visit_block(block);
    let mut floats: HashSet<String> = signature
        .params
        .iter()
        .filter(|param| param.kind != ParamKind::Other)
        .map(|param| key(&param.name))
        .collect();
    loop {
        let mut changed = false;
        for (name, value) in &definitions.0 {
            if floats.contains(name) {
                continue;
            }
            let mut mentions = Mentions {
                floats: &floats,
                float_type: signature.float.ident().to_string(),
                generic: signature.float.is_generic(),
                found: false,
            };
            mentions.visit_expr(value);
            if mentions.found {
                floats.insert(name.clone());
                changed = true;
            }
        }
        if !changed {
            return floats;
        }
    }
}

/// Every identifier of the function that is not one of its own locals or arguments.
fn reserved_names(item: &ItemFn) -> HashSet<String> {
    struct Collect {
        all: HashSet<String>,
        locals: HashSet<String>,
    }
    impl<'ast> Visit<'ast> for Collect {
        fn visit_ident(&mut self, ident: &'ast Ident) {
            self.all.insert(key(ident));
        }
        fn visit_pat_ident(&mut self, pat: &'ast syn::PatIdent) {
            self.locals.insert(key(&pat.ident));
            syn::visit::visit_pat_ident(self, pat);
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            for token in mac.tokens.clone() {
                if let TokenTree::Ident(ident) = token {
                    self.all.insert(key(&ident));
                }
            }
            syn::visit::visit_macro(self, mac);
        }
    }
    let mut collect = Collect {
        all: HashSet::new(),
        locals: HashSet::new(),
    };
    collect.visit_item_fn(item);
    collect
        .all
        .difference(&collect.locals)
        .cloned()
        .chain(["gradus", "core", "std"].map(String::from))
        .collect()
}

fn kind_of_type(ty: &Type, signature: &Signature) -> Kind {
    if let Type::Path(path) = ty {
        if let Some(ident) = path.path.get_ident() {
            let name = ident.to_string();
            if ident == signature.float.ident() || name == "f32" || name == "f64" {
                return Kind::Float;
            }
            if name == "bool" {
                return Kind::Bool;
            }
            if matches!(
                name.as_str(),
                "i8" | "i16"
                    | "i32"
                    | "i64"
                    | "i128"
                    | "isize"
                    | "u8"
                    | "u16"
                    | "u32"
                    | "u64"
                    | "u128"
                    | "usize"
            ) {
                return Kind::Int;
            }
        }
    }
    Kind::Unknown
}

fn is_float_literal(lit: &Lit) -> bool {
    match lit {
        Lit::Float(_) => true,
        Lit::Int(int) => matches!(int.suffix(), "f32" | "f64"),
        _ => false,
    }
}

/// The `Float` methods that read their receiver only as a number, not through its gradient.
const PREDICATES: &[&str] = &[
    "is_nan",
    "is_infinite",
    "is_finite",
    "is_normal",
    "is_sign_positive",
    "is_sign_negative",
];

pub(crate) fn is_math_method(name: &str) -> bool {
    UnaryFn::from_method(name).is_some()
        || BinaryFn::from_method(name).is_some()
        || name == "powi"
        || name == "mul_add"
        || name == "clamp"
}

/// `T::from(c).unwrap()` and its path forms: a constant converted to the float type.
fn is_from_unwrap(expr: &syn::ExprMethodCall) -> bool {
    if expr.method != "unwrap" || !expr.args.is_empty() {
        return false;
    }
    match &*expr.receiver {
        Expr::Call(call) => matches!(&*call.func, Expr::Path(path)
            if path.path.segments.len() >= 2
                && path.path.segments.last().is_some_and(|s| s.ident == "from")),
        _ => false,
    }
}

/// `f64::sin`, `T::max`, `Float::sqrt`, `<T as Float>::exp`: a math function by path.
fn math_function_path(path: &syn::ExprPath, float: &FloatType) -> Option<String> {
    let segments = &path.path.segments;
    if segments.len() < 2 && path.qself.is_none() {
        return None;
    }
    let last = segments.last()?.ident.to_string();
    if !is_math_method(&last) {
        return None;
    }
    if path.qself.is_some() {
        return Some(last);
    }
    let owner = &segments[segments.len() - 2].ident;
    (owner == "f32" || owner == "f64" || owner == "Float" || owner == float.ident()).then_some(last)
}

/// `T::zero()`, `T::one()`, `f64::zero()`, and the other constants of `Float`.
fn is_float_constant_call(path: &syn::ExprPath, float: &FloatType) -> bool {
    let segments = &path.path.segments;
    if segments.len() < 2 {
        return false;
    }
    let owner = &segments[segments.len() - 2].ident;
    let last = segments.last().unwrap().ident.to_string();
    (owner == "f32" || owner == "f64" || owner == "Float" || owner == float.ident())
        && matches!(
            last.as_str(),
            "zero"
                | "one"
                | "nan"
                | "infinity"
                | "neg_infinity"
                | "neg_zero"
                | "min_value"
                | "min_positive_value"
                | "epsilon"
                | "max_value"
        )
}

struct Lowerer<'a> {
    float: &'a FloatType,
    values: Vec<ValueInfo>,
    snapshots: Vec<SnapshotInfo>,
    arrays: Vec<ArrayInfo>,
    cells: Vec<CellInfo>,
    /// The loops around the statement being lowered, innermost last.
    loops: Vec<LoopContext>,
    /// Inside a loop that contains `return`: the flag it sets and the cell of the value.
    return_exit: Option<(Ident, CellId)>,
    /// Values still under a temporary name, which a `let` may rename after its variable.
    temporaries: HashSet<ValueId>,
    namer: Namer,
    /// The body's `const` items, with their names.
    consts: Vec<TokenStream>,
    const_names: Vec<String>,
    const_kinds: Vec<(String, Kind)>,
    /// Locals that borrow an item of data (`x` in `for x in data.iter()`): read as a
    /// float, such a name is dereferenced.
    borrowed: HashSet<String>,
    /// The names that hold floats, read off the code (see `float_names`).
    float_names: HashSet<String>,
    /// Struct arguments and the fields they expose: a method called on one is a call to an
    /// annotated method (`net.out.forward(x)`), not a float method without a rule.
    structs: HashSet<String>,
    errors: &'a mut Errors,
}

impl Lowerer<'_> {
    fn new_value(&mut self, name: String) -> ValueId {
        let id = ValueId(self.values.len() as u32);
        self.values.push(ValueInfo {
            name,
            span: Span::call_site(),
            argument: None,
            origin: None,
        });
        id
    }

    fn temporary(&mut self) -> ValueId {
        let name = self.namer.temporary();
        let value = self.new_value(name);
        self.temporaries.insert(value);
        value
    }

    fn new_snapshot(&mut self, base: &str, ty: TokenStream) -> SnapshotId {
        let id = SnapshotId(self.snapshots.len() as u32);
        let name = self.namer.name(base);
        self.snapshots.push(SnapshotInfo { name, ty });
        id
    }

    /// Lowers `items` into `block`; true when every path through them ended (returned,
    /// or, in a loop body, ended its iteration).
    fn lower_sequence(
        &mut self,
        items: &[Item],
        env: &mut Env,
        block: &mut Block,
        tail: Tail,
    ) -> bool {
        let in_loop = !self.loops.is_empty();
        for (index, item) in items.iter().enumerate() {
            let rest = &items[index + 1..];
            let is_last =
                tail == Tail::Result && rest.iter().all(|item| matches!(item, Item::PopScope));
            match *item {
                Item::PopScope => env.pop(),
                Item::Bind { name, value, at } => {
                    let operand = match value {
                        Some(value) => {
                            let before = self.values.len();
                            let operand = self.lower_float(value, env, block);
                            env.pop();
                            Some((operand, before))
                        }
                        None => {
                            self.errors.at(
                                at.last().map_or_else(|| name.to_token_stream(), |stmt| stmt.to_token_stream()),
                                "this branch gives no value; an `if` used as a value needs a float in each branch",
                            );
                            env.pop();
                            None
                        }
                    };
                    match operand {
                        Some((operand, before)) => {
                            let value = self.bind_float(operand, &key(name), before, block);
                            env.declare(key(name), Binding::Float(value));
                        }
                        None => self.declare_placeholder(key(name), env),
                    }
                }
                Item::If(expr_if) => {
                    if diverges(&Expr::If(expr_if.clone()), in_loop) {
                        self.lower_diverging_if(expr_if, rest, env, block, tail);
                        return true;
                    }
                    self.lower_if_statement(expr_if, env, block);
                }
                Item::Stmt(stmt) => match stmt {
                    SynStmt::Local(local) => {
                        if let Some((user_name, expr_if)) = returning_if_in_let(local, in_loop) {
                            self.lower_diverging_let(user_name, expr_if, rest, env, block, tail);
                            return true;
                        }
                        self.lower_let(local, env, block)
                    }
                    SynStmt::Macro(mac)
                        if check::is_assertion(&mac.mac) || check::is_panic(&mac.mac) =>
                    {
                        self.lower_assertion(&mac.mac, env, block)
                    }
                    // Refused by `check`.
                    SynStmt::Item(syn::Item::Const(item)) => {
                        let name = key(&item.ident);
                        let tokens = item.to_token_stream();
                        // The statements after an `if` that returns are lowered once per
                        // branch: the same item met again is the same item.
                        if self
                            .consts
                            .iter()
                            .any(|known| known.to_string() == tokens.to_string())
                        {
                            continue;
                        }
                        if self.const_names.contains(&name) {
                            self.errors.at(&item.ident, format!("#[differentiable] declares the body's `const` items once for the whole function; rename one of the two named `{name}`"));
                        }
                        let kind = self.kind_of_annotation(&item.ty);
                        self.const_names.push(name.clone());
                        self.const_kinds.push((name, kind));
                        self.consts.push(item.to_token_stream());
                    }
                    SynStmt::Item(_) | SynStmt::Macro(_) => {}
                    SynStmt::Expr(Expr::Block(inner), _) if inner.label.is_none() => {
                        // A bare block is its statements in a scope of their own; every
                        // local has a unique generated name, so nothing else is needed.
                        let mut items: Vec<Item> =
                            inner.block.stmts.iter().map(Item::Stmt).collect();
                        items.push(Item::PopScope);
                        items.extend_from_slice(rest);
                        env.push();
                        return self.lower_sequence(&items, env, block, tail);
                    }
                    SynStmt::Expr(expr, semi) => {
                        match expr {
                            Expr::Return(ret) if in_loop => {
                                let operand = match &ret.expr {
                                    Some(value) => self.lower_float(value, env, block),
                                    None => {
                                        self.errors
                                            .at(ret, "`return` needs the float value to return");
                                        Operand::Constant(TokenStream::new())
                                    }
                                };
                                if let Some((flag, cell)) = self.return_exit.clone() {
                                    block.stmts.push(Stmt::SetCell {
                                        cell,
                                        source: operand,
                                    });
                                    block.stmts.push(Stmt::Opaque {
                                        tokens: quote!(#flag = true;),
                                        replay: false,
                                    });
                                }
                                self.end_iteration(env, block, Stmt::Break);
                                return true;
                            }
                            Expr::Return(ret) => {
                                let operand = match &ret.expr {
                                    Some(value) => self.lower_float(value, env, block),
                                    None => {
                                        self.errors
                                            .at(ret, "`return` needs the float value to return");
                                        Operand::Constant(TokenStream::new())
                                    }
                                };
                                block.stmts.push(Stmt::Return(operand));
                                return true;
                            }
                            Expr::Break(jump) if in_loop => {
                                if jump.label.is_some() || jump.expr.is_some() {
                                    self.errors.at(jump, "#[differentiable] supports a plain `break` of the innermost loop; labels and values are not supported");
                                }
                                self.end_iteration(env, block, Stmt::Break);
                                return true;
                            }
                            Expr::Continue(jump) if in_loop => {
                                if jump.label.is_some() {
                                    self.errors.at(jump, "#[differentiable] supports a plain `continue` of the innermost loop; labels are not supported");
                                }
                                self.end_iteration(env, block, Stmt::Next);
                                return true;
                            }
                            Expr::ForLoop(_) | Expr::While(_) | Expr::Loop(_)
                                if diverges(expr, false) =>
                            {
                                self.lower_returning_loop(expr, rest, env, block, tail);
                                return true;
                            }
                            Expr::ForLoop(for_loop) => {
                                self.lower_for(for_loop, env, block);
                                continue;
                            }
                            Expr::While(while_loop) => {
                                self.lower_while(while_loop, env, block);
                                continue;
                            }
                            Expr::Loop(plain_loop) => {
                                self.lower_plain_loop(plain_loop, env, block);
                                continue;
                            }
                            _ => {}
                        }
                        if let Expr::If(expr_if) = expr {
                            if diverges(expr, in_loop) {
                                self.lower_diverging_if(expr_if, rest, env, block, tail);
                                return true;
                            }
                            if semi.is_some() || !is_last {
                                self.lower_if_statement(expr_if, env, block);
                                continue;
                            }
                        }
                        if semi.is_none() && is_last {
                            let operand = self.lower_float(expr, env, block);
                            block.stmts.push(Stmt::Return(operand));
                            return true;
                        }
                        self.lower_expression_statement(expr, env, block);
                    }
                },
            }
        }
        if tail == Tail::Iteration {
            self.end_iteration(env, block, Stmt::Next);
            return true;
        }
        false
    }

    fn lower_expression_statement(&mut self, expr: &Expr, env: &mut Env, block: &mut Block) {
        match expr {
            Expr::Assign(assign) => {
                self.lower_assignment(&assign.left, None, &assign.right, env, block)
            }
            Expr::Binary(binary) => {
                let op = match binary.op {
                    BinOp::AddAssign(_) => BinaryOp::Add,
                    BinOp::SubAssign(_) => BinaryOp::Sub,
                    BinOp::MulAssign(_) => BinaryOp::Mul,
                    BinOp::DivAssign(_) => BinaryOp::Div,
                    BinOp::RemAssign(_) => BinaryOp::Rem,
                    _ => {
                        self.no_effect(expr);
                        return;
                    }
                };
                self.lower_assignment(&binary.left, Some((op, binary)), &binary.right, env, block)
            }
            Expr::Block(inner) if inner.label.is_none() => {
                let mut scope = Block::default();
                env.push();
                let items: Vec<Item> = inner.block.stmts.iter().map(Item::Stmt).collect();
                if self.lower_sequence(&items, env, &mut scope, Tail::Statement) {
                    self.errors.at(expr, "#[differentiable] supports `return` in `if` branches and at the top level, not inside a bare block");
                }
                env.pop();
                block.stmts.push(Stmt::Scope(scope));
            }
            Expr::Paren(inner) => self.lower_expression_statement(&inner.expr, env, block),
            Expr::MethodCall(call)
                if call.method == "push"
                    && call.args.len() == 1
                    && self.lower_push(call, env, block) => {}
            Expr::MethodCall(call) if self.lower_copy_from_slice(call, env, block) => {}
            Expr::Macro(mac) if check::is_assertion(&mac.mac) || check::is_panic(&mac.mac) => {
                self.lower_assertion(&mac.mac, env, block)
            }
            _ if check::refusal(expr).is_some() => {}
            _ => self.no_effect(expr),
        }
    }

    /// An assertion runs in the forward sweep as written, its operands renamed.
    fn lower_assertion(&mut self, mac: &syn::Macro, env: &Env, block: &mut Block) {
        use syn::punctuated::Punctuated;
        let Ok(arguments) =
            mac.parse_body_with(Punctuated::<Expr, syn::Token![,]>::parse_terminated)
        else {
            self.errors.at(mac, "#[differentiable] reads the arguments of an assertion as expressions; this one does not parse");
            return;
        };
        let renamed = arguments.iter().map(|argument| match argument {
            Expr::Lit(_) => argument.to_token_stream(),
            other => self.rename(other, env),
        });
        let path = &mac.path;
        let bang = &mac.bang_token;
        block.stmts.push(Stmt::Opaque {
            tokens: quote!(#path #bang (#(#renamed),*);),
            replay: false,
        });
    }

    fn no_effect(&mut self, expr: &Expr) {
        self.errors.at(
            expr,
            "#[differentiable] cannot use this statement: its value is not used, and a differentiable body has no side effects; remove it, or assign its value",
        );
    }

    fn lower_let(&mut self, local: &Local, env: &mut Env, block: &mut Block) {
        let (pat, ty) = match &local.pat {
            Pat::Type(typed) => (&*typed.pat, Some(&*typed.ty)),
            other => (other, None),
        };
        if let (Pat::Tuple(tuple), Some(init)) = (pat, &local.init) {
            if init.diverge.is_none() {
                self.lower_tuple_let(tuple, ty, &init.expr, env, block);
                return;
            }
        }
        if let (Pat::Slice(slice), Some(init)) = (pat, &local.init) {
            if init.diverge.is_none() && ty.is_none() {
                // `let [a, b] = [x, y];` and `let [a, b] = xs;`, element by element.
                let source = match &*init.expr {
                    Expr::Unary(syn::ExprUnary {
                        op: UnOp::Deref(_),
                        expr,
                        ..
                    }) => &**expr,
                    other => other,
                };
                let values: Option<Vec<Expr>> = match source {
                    Expr::Array(array) => Some(array.elems.iter().cloned().collect()),
                    source @ (Expr::Path(_) | Expr::Index(_) | Expr::Field(_)) => Some(
                        (0..slice.elems.len())
                            .map(|index| syn::parse_quote!(#source[#index]))
                            .collect(),
                    ),
                    _ => None,
                };
                if let Some(values) = values {
                    let tuple = syn::PatTuple {
                        attrs: Vec::new(),
                        paren_token: Default::default(),
                        elems: slice.elems.clone(),
                    };
                    let values: Expr = syn::parse_quote!((#(#values,)*));
                    self.lower_tuple_let(&tuple, None, &values, env, block);
                    return;
                }
            }
        }
        if matches!(pat, Pat::Wild(_)) {
            return;
        }
        let Pat::Ident(pat_ident) = pat else {
            let message = if local
                .init
                .as_ref()
                .is_some_and(|init| init.diverge.is_some())
            {
                "#[differentiable] does not support `let … else`; write `if let` (or `match`) with the rest of the body in its branch"
            } else {
                "#[differentiable] destructures tuples and arrays only (`let (a, b) = …`, `let [a, b] = …`); read the fields instead, as in `pair.a`"
            };
            self.errors.at(pat, message);
            return;
        };
        if pat_ident.by_ref.is_some() || pat_ident.subpat.is_some() {
            self.errors
                .at(pat, "#[differentiable] supports `let name = …;` only");
            return;
        }
        let user_name = key(&pat_ident.ident);
        let Some(init) = &local.init else {
            self.errors.at(
                local,
                "#[differentiable] needs `let` to give its value at once; write `let y = …;`, with `if` / `else` as the value if it depends on a branch",
            );
            self.declare_placeholder(user_name, env);
            return;
        };
        if let Some((_, diverge)) = &init.diverge {
            self.errors
                .at(diverge, "#[differentiable] does not support `let … else`; write `if let` (or `match`) with the rest of the body in its branch");
            self.declare_placeholder(user_name, env);
            return;
        }
        if let Expr::Closure(closure) = &*init.expr {
            let captured = Box::new(env.clone());
            env.declare(
                user_name,
                Binding::Closure {
                    closure: Box::new(closure.clone()),
                    captured,
                },
            );
            return;
        }
        if check::refusal(&init.expr).is_some() {
            self.declare_placeholder(user_name, env);
            return;
        }
        if self.declare_growing_vector(&pat_ident.ident, ty, &init.expr, env, block) {
            return;
        }
        let array_type = ty.is_none_or(|ty| {
            matches!(ty, Type::Array(_))
                || quote!(#ty).to_string().replace(' ', "").starts_with("Vec<")
        });
        if array_type && self.declare_local_array(&pat_ident.ident, &init.expr, env, block) {
            return;
        }
        if ty.is_none()
            && self.declare_alias(
                &pat_ident.ident,
                &init.expr,
                pat_ident.mutability.is_some(),
                env,
                block,
            )
        {
            return;
        }
        if self.lower_array_value_let(&pat_ident.ident, &init.expr, env, block) {
            return;
        }
        if self.lower_collect_let(&pat_ident.ident, ty, &init.expr, env, block) {
            return;
        }
        if let Expr::Macro(mac) = &*init.expr {
            // `vec![a, b, c]` is the array `[a, b, c]`.
            if let Ok(elements) = mac.mac.parse_body_with(
                syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated,
            ) {
                let literal: Expr = syn::parse_quote!([#elements]);
                if elements.len() > 1
                    && self.lower_array_value_let(&pat_ident.ident, &literal, env, block)
                {
                    return;
                }
            }
            if self.reads_float_values(&init.expr, env) || mac.mac.tokens.to_string().contains(',')
            {
                self.errors.at(&mac.mac, "#[differentiable] supports `vec![c; n]` with a constant `c` only; declare it that way and write the elements after");
                self.declare_placeholder(user_name, env);
                return;
            }
        }
        if let Expr::Reference(reference) = &*init.expr {
            if self.reads_float_values(&init.expr, env) {
                self.errors.at(reference, "#[differentiable] reads floats by value; a reference is allowed only to pass an array to another #[differentiable] function; use the value itself");
                self.declare_placeholder(user_name, env);
                return;
            }
        }
        let kind = match ty {
            Some(ty) => self.kind_of_annotation(ty),
            None => self.infer(&init.expr, env),
        };
        // `let mut z = cfg.bias;` then `z += w[j] * x[j];`: data that a float is later
        // added to is a float.
        // A value of unknown type computed from floats (a block or an `if` whose value is
        // data, `{ let b = x * x; rows[i][0] }`) is taken for a float: rustc says so at
        // the user's line if it is not one.
        let kind = if kind == Kind::Unknown
            && ((pat_ident.mutability.is_some() && self.float_names.contains(&user_name))
                || self.reads_float_values(&init.expr, env))
        {
            Kind::Float
        } else {
            kind
        };
        if kind == Kind::Float {
            let before = self.values.len();
            let operand = self.lower_float(&init.expr, env, block);
            let value = self.bind_float(operand, &user_name, before, block);
            env.declare(user_name, Binding::Float(value));
        } else {
            let name = names::ident(&self.namer.name(&user_name), pat_ident.ident.span());
            let mutability = &pat_ident.mutability;
            let init_tokens = self.rename(&init.expr, env);
            let annotation = ty.map(|ty| quote!(: #ty));
            // An integer that never changes and that the reverse sweep can compute again
            // may index arrays there: it is computed again at the top of its block.
            // At the top of the body (in no loop, branch or block) a `let` stays in scope
            // for the whole reverse sweep, whatever it reads: a step count computed from
            // a float (`(t_end / dt) as usize`) bounds loops like any other integer.
            // Floats defined in branches are declared up front, so they are in scope there
            // too; a `let mut` integer is not, and what reads one is not stable.
            let top_level = self.loops.is_empty()
                && env.scopes.len() == 1
                && reads_no_changing_integer(&init.expr, env);
            let stable = mutability.is_none()
                && kind != Kind::Bool
                && (self.reconstructible(&init.expr, env) || top_level);
            block.stmts.push(Stmt::Opaque {
                tokens: quote!(let #mutability #name #annotation = #init_tokens;),
                replay: stable,
            });
            env.declare(user_name, Binding::Other { name, kind, stable });
        }
    }

    /// Binds a name whose definition was refused, so its uses raise no further errors.
    fn declare_placeholder(&mut self, user_name: String, env: &mut Env) {
        let value = self.temporary();
        env.declare(user_name, Binding::Float(value));
    }

    fn kind_of_annotation(&self, ty: &Type) -> Kind {
        if let Type::Path(path) = ty {
            if let Some(ident) = path.path.get_ident() {
                if ident == self.float.ident() {
                    return Kind::Float;
                }
                // In a function generic over `T`, an `f64` is data.
                if ident == "f32" || ident == "f64" {
                    return if self.float.is_generic() {
                        Kind::Unknown
                    } else {
                        Kind::Float
                    };
                }
                if ident == "bool" {
                    return Kind::Bool;
                }
                return Kind::Int;
            }
        }
        Kind::Unknown
    }

    /// Names the value an expression produced after the user's variable: a new value
    /// (created at or after `first_new`) takes the name; an existing one is shared; a
    /// constant becomes a value of its own.
    fn bind_float(
        &mut self,
        operand: Operand,
        user_name: &str,
        first_new: usize,
        block: &mut Block,
    ) -> ValueId {
        match operand {
            // Only a temporary takes the user's name: a value that already has one may be
            // written into code under it (a condition that reads it, say).
            Operand::Value(value)
                if value.0 as usize >= first_new && self.temporaries.remove(&value) =>
            {
                let name = self.namer.name(user_name);
                self.values[value.0 as usize].name = name;
                value
            }
            Operand::Value(value) => value,
            Operand::Constant(tokens) => {
                let name = self.namer.name(user_name);
                let value = self.new_value(name);
                block.stmts.push(Stmt::Assign {
                    value,
                    op: Op::Constant {
                        tokens,
                        reconstructible: false,
                    },
                });
                value
            }
        }
    }

    fn lower_assignment(
        &mut self,
        target: &Expr,
        compound: Option<(BinaryOp, &syn::ExprBinary)>,
        right: &Expr,
        env: &mut Env,
        block: &mut Block,
    ) {
        let path = match target {
            Expr::Path(path) => path,
            Expr::Index(index) => {
                let op = compound.map(|(op, _)| op);
                self.lower_write(index, op, right, env, block);
                return;
            }
            _ => {
                self.errors.at(
                    target,
                    "#[differentiable] can assign to local variables and elements of local arrays only",
                );
                return;
            }
        };
        let Some(ident) = path.path.get_ident().filter(|_| path.qself.is_none()) else {
            self.errors.at(
                target,
                "#[differentiable] can assign to local variables only",
            );
            return;
        };
        let user_name = key(ident);
        match env.lookup(&user_name).cloned() {
            Some(Binding::Float(old)) => {
                let before = self.values.len();
                let operand = match compound {
                    None => self.lower_float(right, env, block),
                    Some((op, _)) => {
                        let right = self.lower_float(right, env, block);
                        let value = self.temporary();
                        block.stmts.push(Stmt::Assign {
                            value,
                            op: Op::Binary(op, Operand::Value(old), right),
                        });
                        Operand::Value(value)
                    }
                };
                let value = self.bind_float(operand, &user_name, before, block);
                env.assign(&user_name, Binding::Float(value));
            }
            Some(Binding::Other { name, kind, .. }) => {
                if kind == Kind::Unknown && self.reads_float_values(right, env) {
                    self.errors.at(target, format!(
                        "#[differentiable] cannot tell that `{user_name}` is a float, so what is assigned to it here would lose its gradient; give it a type where it is declared, as in `let mut {user_name}: {} = …;`",
                        self.float.ident()
                    ));
                    return;
                }
                let right = self.rename(right, env);
                let op = match compound {
                    None => quote!(=),
                    Some((_, binary)) => binary.op.to_token_stream(),
                };
                block.stmts.push(Stmt::Opaque {
                    tokens: quote!(#name #op #right;),
                    replay: false,
                });
            }
            Some(Binding::LoopVar { .. }) => self.errors.at(target, "a loop variable cannot be assigned"),
            Some(Binding::Closure { .. }) => self.errors.at(target, "#[differentiable] does not assign closures again; give the new closure a name of its own"),
            Some(Binding::Array { array, .. })
                if compound.is_none()
                    && self.arrays[array.0 as usize].argument.is_none()
                    && self.lower_array_value_assignment(ident, right, env, block) => {}
            Some(Binding::Array { .. } | Binding::Window { .. }) => self.errors.at(target, "#[differentiable] assigns a whole local array from an array literal or another array of floats only; assign its elements (`a[i] = …`) otherwise"),
            None => self.errors.at(
                target,
                format!("#[differentiable] can assign to local variables only, and `{user_name}` is not one"),
            ),
        }
    }

    fn snapshot_condition(&mut self, condition: &Expr, env: &Env, block: &mut Block) -> SnapshotId {
        if self.infer(condition, env) == Kind::Float {
            self.errors.at(
                condition,
                "this condition is a float; compare it, as in `x > 0.0`",
            );
        }
        let (condition, env) = self.closure_calls_computed(condition, env, block);
        let tokens = self.rename(&condition, &env);
        let snapshot = self.new_snapshot("branch", quote!(bool));
        block.stmts.push(Stmt::Snapshot { snapshot, tokens });
        snapshot
    }

    /// `if g(m) > 0.0` with a closure `g`: each call computed first as a value, the condition
    /// reading that value.
    fn closure_calls_computed(
        &mut self,
        condition: &Expr,
        env: &Env,
        block: &mut Block,
    ) -> (Expr, Env) {
        struct Calls<'e> {
            env: &'e Env,
            found: Vec<Expr>,
        }
        impl<'ast> Visit<'ast> for Calls<'_> {
            fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
                if let Expr::Path(path) = &*call.func {
                    if let Some(ident) = path.path.get_ident() {
                        if matches!(self.env.lookup(&key(ident)), Some(Binding::Closure { .. })) {
                            self.found.push(Expr::Call(call.clone()));
                            return;
                        }
                    }
                }
                syn::visit::visit_expr_call(self, call);
            }
        }
        let mut calls = Calls {
            env,
            found: Vec::new(),
        };
        calls.visit_expr(condition);
        let mut env = env.clone();
        if calls.found.is_empty() {
            return (condition.clone(), env);
        }
        let mut replacements = Vec::new();
        for (index, call) in calls.found.into_iter().enumerate() {
            let name = format_ident!("__gradus_called{}", index);
            let before = self.values.len();
            let operand = self.lower_float(&call, &mut env, block);
            let value = self.bind_float(operand, &key(&name), before, block);
            env.declare(key(&name), Binding::Float(value));
            replacements.push((call.to_token_stream().to_string(), name));
        }
        struct Replace(Vec<(String, Ident)>);
        impl VisitMut for Replace {
            fn visit_expr_mut(&mut self, expr: &mut Expr) {
                let text = expr.to_token_stream().to_string();
                if let Some((_, name)) = self.0.iter().find(|(call, _)| *call == text) {
                    *expr = syn::parse_quote!(#name);
                    return;
                }
                syn::visit_mut::visit_expr_mut(self, expr);
            }
        }
        let mut rewritten = condition.clone();
        Replace(replacements).visit_expr_mut(&mut rewritten);
        (rewritten, env)
    }

    /// An `if` that may return (or, in a loop, `break` or `continue`): each branch that
    /// falls through continues with `rest`.
    fn lower_diverging_if(
        &mut self,
        expr_if: &ExprIf,
        rest: &[Item],
        env: &mut Env,
        block: &mut Block,
        tail: Tail,
    ) {
        let condition = self.snapshot_condition(&expr_if.cond, env, block);
        let mut then_items: Vec<Item> = expr_if.then_branch.stmts.iter().map(Item::Stmt).collect();
        then_items.push(Item::PopScope);
        then_items.extend_from_slice(rest);
        let mut then_env = env.clone();
        then_env.push();
        let mut then_block = Block::default();
        let then_returned = self.lower_sequence(&then_items, &mut then_env, &mut then_block, tail);

        let mut else_items: Vec<Item> = Vec::new();
        match expr_if.else_branch.as_ref().map(|(_, e)| &**e) {
            Some(Expr::Block(else_block)) => {
                else_items.extend(else_block.block.stmts.iter().map(Item::Stmt));
            }
            Some(Expr::If(else_if)) => else_items.push(Item::If(else_if)),
            Some(other) => self.errors.at(other, "unexpected `else` branch"),
            None => {}
        }
        else_items.push(Item::PopScope);
        else_items.extend_from_slice(rest);
        let mut else_env = env.clone();
        else_env.push();
        let mut else_block = Block::default();
        let else_returned = self.lower_sequence(&else_items, &mut else_env, &mut else_block, tail);

        if !(then_returned && else_returned) && tail == Tail::Result {
            self.errors.at(
                expr_if,
                "#[differentiable] needs the body to end with the returned value",
            );
        }
        block.stmts.push(Stmt::If {
            condition,
            then_block,
            else_block,
            merges: Vec::new(),
        });
    }

    /// `let u = if c { …; return a; } else { b };`: each branch either returns or binds `u`
    /// and continues with `rest`.
    fn lower_diverging_let(
        &mut self,
        user_name: &Ident,
        expr_if: &ExprIf,
        rest: &[Item],
        env: &mut Env,
        block: &mut Block,
        tail: Tail,
    ) {
        let condition = self.snapshot_condition(&expr_if.cond, env, block);
        let then_block =
            self.lower_diverging_let_branch(user_name, &expr_if.then_branch.stmts, rest, env, tail);
        let else_block = match expr_if.else_branch.as_ref().map(|(_, e)| &**e) {
            Some(Expr::Block(else_block)) => {
                self.lower_diverging_let_branch(user_name, &else_block.block.stmts, rest, env, tail)
            }
            Some(Expr::If(else_if)) => {
                let mut else_env = env.clone();
                let mut else_block = Block::default();
                self.lower_diverging_let(
                    user_name,
                    else_if,
                    rest,
                    &mut else_env,
                    &mut else_block,
                    tail,
                );
                else_block
            }
            _ => {
                self.errors
                    .at(expr_if, "an `if` used as a value needs an `else` branch");
                Block::default()
            }
        };
        block.stmts.push(Stmt::If {
            condition,
            then_block,
            else_block,
            merges: Vec::new(),
        });
    }

    fn lower_diverging_let_branch(
        &mut self,
        user_name: &Ident,
        stmts: &[SynStmt],
        rest: &[Item],
        env: &Env,
        tail: Tail,
    ) -> Block {
        let mut branch_env = env.clone();
        branch_env.push();
        let mut block = Block::default();
        let (body, value_expr) = match stmts.split_last() {
            Some((SynStmt::Expr(value, None), body))
                if !matches!(value, Expr::Return(_) | Expr::Break(_) | Expr::Continue(_)) =>
            {
                (body, Some(value))
            }
            _ => (stmts, None),
        };
        // The branch, its value bound to the variable, and the statements after the `let`:
        // one sequence, so a `continue` or `return` anywhere in the branch skips the rest.
        let mut items: Vec<Item> = body.iter().map(Item::Stmt).collect();
        items.push(Item::Bind {
            name: user_name,
            value: value_expr,
            at: stmts,
        });
        items.extend_from_slice(rest);
        if !self.lower_sequence(&items, &mut branch_env, &mut block, tail) && tail == Tail::Result {
            self.errors.at(
                user_name,
                "#[differentiable] needs the body to end with the returned value",
            );
        }
        block
    }

    /// An `if` statement without `return`: the floats it assigns merge after it.
    fn lower_if_statement(&mut self, expr_if: &ExprIf, env: &mut Env, block: &mut Block) {
        let condition = self.snapshot_condition(&expr_if.cond, env, block);
        let (then_block, then_env, _) = self.lower_branch(&expr_if.then_branch.stmts, None, env);
        let (else_block, else_env) = match expr_if.else_branch.as_ref().map(|(_, e)| &**e) {
            Some(Expr::Block(else_block)) => {
                let (block, env, _) = self.lower_branch(&else_block.block.stmts, None, env);
                (block, env)
            }
            Some(Expr::If(else_if)) => {
                let mut else_env = env.clone();
                let mut else_block = Block::default();
                self.lower_if_statement(else_if, &mut else_env, &mut else_block);
                (else_block, else_env)
            }
            Some(other) => {
                self.errors.at(other, "unexpected `else` branch");
                (Block::default(), env.clone())
            }
            None => (Block::default(), env.clone()),
        };
        let merges = self.merge_bindings(env, &then_env, &else_env);
        block.stmts.push(Stmt::If {
            condition,
            then_block,
            else_block,
            merges,
        });
    }

    /// Lowers a branch's statements in a scope of its own. With `value` the branch's
    /// trailing expression is its float result.
    fn lower_branch(
        &mut self,
        stmts: &[SynStmt],
        value: Option<()>,
        env: &Env,
    ) -> (Block, Env, Option<Operand>) {
        let mut branch_env = env.clone();
        branch_env.push();
        let mut block = Block::default();
        let (body, tail) = match (value, stmts.split_last()) {
            (Some(()), Some((SynStmt::Expr(tail, None), body))) => (body, Some(tail)),
            _ => (stmts, None),
        };
        let items: Vec<Item> = body.iter().map(Item::Stmt).collect();
        if self.lower_sequence(&items, &mut branch_env, &mut block, Tail::Statement) {
            self.errors.at(
                &stmts[0],
                "#[differentiable] supports `return` in `if` statements, not inside an `if` used as a value",
            );
        }
        let result = match (value, tail) {
            (Some(()), Some(tail)) => Some(self.lower_float(tail, &mut branch_env, &mut block)),
            (Some(()), None) => {
                self.errors.at(
                    stmts.last().map_or_else(TokenStream::new, |stmt| stmt.to_token_stream()),
                    "this branch gives no value; an `if` used as a value needs a float in each branch",
                );
                Some(Operand::Constant(TokenStream::new()))
            }
            _ => None,
        };
        branch_env.pop();
        (block, branch_env, result)
    }

    /// A merge for each float name of `before` that the two branches left bound differently.
    fn merge_bindings(&mut self, before: &mut Env, then_env: &Env, else_env: &Env) -> Vec<Merge> {
        let mut merges = Vec::new();
        for (name, _) in before.float_bindings() {
            let then_value = match then_env.lookup(&name) {
                Some(Binding::Float(value)) => *value,
                _ => continue,
            };
            let else_value = match else_env.lookup(&name) {
                Some(Binding::Float(value)) => *value,
                _ => continue,
            };
            if then_value != else_value {
                let merged = self.namer.name(&name);
                let value = self.new_value(merged);
                merges.push(Merge {
                    value,
                    then_source: Operand::Value(then_value),
                    else_source: Operand::Value(else_value),
                });
                before.assign(&name, Binding::Float(value));
            }
        }
        merges
    }

    /// An `if` used as a float value.
    fn lower_if_value(&mut self, expr_if: &ExprIf, env: &mut Env, block: &mut Block) -> Operand {
        let condition = self.snapshot_condition(&expr_if.cond, env, block);
        let (then_block, then_env, then_value) =
            self.lower_branch(&expr_if.then_branch.stmts, Some(()), env);
        let (else_block, else_env, else_value) =
            match expr_if.else_branch.as_ref().map(|(_, e)| &**e) {
                Some(Expr::Block(else_block)) => {
                    self.lower_branch(&else_block.block.stmts, Some(()), env)
                }
                Some(Expr::If(else_if)) => {
                    let mut else_env = env.clone();
                    let mut else_block = Block::default();
                    let value = self.lower_if_value(else_if, &mut else_env, &mut else_block);
                    (else_block, else_env, Some(value))
                }
                _ => {
                    self.errors
                        .at(expr_if, "an `if` used as a value needs an `else` branch");
                    (
                        Block::default(),
                        env.clone(),
                        Some(Operand::Constant(TokenStream::new())),
                    )
                }
            };
        let mut merges = self.merge_bindings(env, &then_env, &else_env);
        let result = self.temporary();
        merges.push(Merge {
            value: result,
            then_source: then_value.unwrap_or(Operand::Constant(TokenStream::new())),
            else_source: else_value.unwrap_or(Operand::Constant(TokenStream::new())),
        });
        block.stmts.push(Stmt::If {
            condition,
            then_block,
            else_block,
            merges,
        });
        Operand::Value(result)
    }

    fn emit(&mut self, op: Op, block: &mut Block) -> Operand {
        let value = self.temporary();
        block.stmts.push(Stmt::Assign { value, op });
        Operand::Value(value)
    }

    /// A float expression that reads no float value: inline if it reads no local either,
    /// else a constant value of its own, computed where it stands.
    fn lower_constant(&mut self, expr: &Expr, env: &Env, block: &mut Block) -> Operand {
        let typed = typed_literals(expr, self.float);
        let (tokens, reads_locals) = self.rename_and_report(&typed, env);
        if reads_locals {
            let reconstructible = reads_only_stable(expr, env);
            self.emit(
                Op::Constant {
                    tokens,
                    reconstructible,
                },
                block,
            )
        } else {
            Operand::Constant(tokens)
        }
    }

    fn lower_float(&mut self, expr: &Expr, env: &mut Env, block: &mut Block) -> Operand {
        if check::refusal(expr).is_some() {
            return Operand::Constant(TokenStream::new());
        }
        if let Expr::MethodCall(call) = expr {
            if let Some(operand) = self.lower_pipeline(call, env, block) {
                return operand;
            }
        }
        if let Expr::Path(path) = expr {
            if let Some(Binding::Other { name, kind, .. }) = path
                .path
                .get_ident()
                .and_then(|ident| env.lookup(&key(ident)))
            {
                if self.borrowed.contains(&name.to_string()) {
                    let dereferenced: Expr = syn::parse_quote!(*#path);
                    return self.lower_constant(&dereferenced, env, block);
                }
                // Data bound by a pattern may be a float or a reference to one.
                if *kind == Kind::Unknown {
                    let value: Expr = syn::parse_quote!(::gradus::__private::value(#path));
                    return self.lower_constant(&value, env, block);
                }
            }
        }
        if !self.reads_float_values(expr, env) && !calls_a_function(expr, self.float) {
            if let Some(error) = self.unsupported_in_float(expr, env) {
                self.errors.push(error);
            }
            return self.lower_constant(expr, env, block);
        }
        match expr {
            Expr::Lit(_) => self.lower_constant(expr, env, block),
            Expr::Path(path) => {
                if let Some(ident) = path.path.get_ident().filter(|_| path.qself.is_none()) {
                    match env.lookup(&key(ident)) {
                        Some(Binding::Float(value)) => return Operand::Value(*value),
                        Some(Binding::Other {
                            kind: Kind::Bool | Kind::Int,
                            ..
                        }) => {
                            self.errors.at(expr, "expected a float here; convert integers with `as`, as in `n as f64`");
                        }

                        _ => {}
                    }
                }
                self.lower_constant(expr, env, block)
            }
            Expr::Paren(inner) => self.lower_float(&inner.expr, env, block),
            Expr::Group(inner) => self.lower_float(&inner.expr, env, block),
            Expr::Index(index) => self.lower_read(index, env, block),
            Expr::Unary(unary) => match unary.op {
                UnOp::Neg(_) => {
                    let operand = self.lower_float(&unary.expr, env, block);
                    self.emit(Op::Unary(UnaryFn::Neg, operand), block)
                }
                // `*v` of an item of `xs.iter()`: the item is a float already.
                UnOp::Deref(_) => self.lower_float(&unary.expr, env, block),
                _ => {
                    self.errors.at(
                        unary,
                        format!(
                            "#[differentiable] does not support `{}` on a float here",
                            unary.op.to_token_stream()
                        ),
                    );
                    Operand::Constant(TokenStream::new())
                }
            },
            Expr::Binary(binary) => {
                let op = match binary.op {
                    BinOp::Add(_) => BinaryOp::Add,
                    BinOp::Sub(_) => BinaryOp::Sub,
                    BinOp::Mul(_) => BinaryOp::Mul,
                    BinOp::Div(_) => BinaryOp::Div,
                    BinOp::Rem(_) => BinaryOp::Rem,
                    _ => {
                        self.errors.at(
                            binary.op,
                            "expected a float expression here, not a comparison or assignment",
                        );
                        return Operand::Constant(TokenStream::new());
                    }
                };
                let left = self.lower_float(&binary.left, env, block);
                let right = self.lower_float(&binary.right, env, block);
                self.emit(Op::Binary(op, left, right), block)
            }
            Expr::MethodCall(call) => {
                if is_from_unwrap(call) {
                    self.errors.at(call, "`from(…)` of a value that depends on the arguments would drop its gradient; use the value itself");
                    return Operand::Constant(TokenStream::new());
                }
                let method = call.method.to_string();
                if !is_math_method(&method) && is_self(&call.receiver) {
                    // `self.cost(p)` in a method: `Self::cost(self, p)`.
                    let (receiver, name, arguments) = (&call.receiver, &call.method, &call.args);
                    let turbofish = &call.turbofish;
                    let as_call: syn::ExprCall = syn::parse_quote!(
                        Self::#name #turbofish (#receiver, #arguments)
                    );
                    return self.lower_call(&as_call, env, block);
                }
                if !is_math_method(&method) {
                    if let Some(operand) = self.lower_method_of_struct(call, env, block) {
                        return operand;
                    }
                    self.errors
                        .at(&call.method, unsupported_method_message(&method));
                    return Operand::Constant(TokenStream::new());
                }
                let receiver = self.lower_float(&call.receiver, env, block);
                let arguments: Vec<&Expr> = call.args.iter().collect();
                self.lower_math(&method, receiver, &arguments, call, env, block)
            }
            Expr::Call(call) => self.lower_call(call, env, block),
            Expr::Cast(cast) if self.infer(&cast.expr, env) != Kind::Float => {
                // `xs.len() as f64`, `n as f64`: an integer made a float is a constant.
                self.lower_constant(expr, env, block)
            }
            Expr::Cast(cast) => {
                if self.kind_of_annotation(&cast.ty) != Kind::Float {
                    self.errors.at(
                        &cast.ty,
                        "expected a float here; this cast gives another type",
                    );
                    return Operand::Constant(TokenStream::new());
                }
                if let Type::Path(path) = &*cast.ty {
                    if !path.path.is_ident(self.float.ident()) {
                        self.errors.at(&cast.ty, format!(
                            "#[differentiable] computes in `{}`; a cast of a differentiated value to another float type is not supported",
                            self.float.ident()
                        ));
                    }
                }
                self.lower_float(&cast.expr, env, block)
            }
            Expr::If(expr_if) => self.lower_if_value(expr_if, env, block),
            Expr::Block(inner) if inner.label.is_none() => {
                // A block used as a value runs in the enclosing scope's environment: what
                // it assigns to outer variables stays assigned.
                let stmts = &inner.block.stmts;
                let (body, tail) = match stmts.split_last() {
                    Some((SynStmt::Expr(tail, None), body)) => (body, Some(tail)),
                    _ => (&stmts[..], None),
                };
                env.push();
                let items: Vec<Item> = body.iter().map(Item::Stmt).collect();
                if self.lower_sequence(&items, env, block, Tail::Statement) {
                    self.errors.at(first_escape(expr).unwrap_or_else(|| expr.to_token_stream()), "#[differentiable] supports `return`, `break` and `continue` in `if` branches and loop bodies, not inside a block used as a value");
                }
                let value = match tail {
                    Some(tail) => self.lower_float(tail, env, block),
                    None => {
                        self.errors.at(expr, "this block gives no value; a block used as a value must end with a float");
                        Operand::Constant(TokenStream::new())
                    }
                };
                env.pop();
                value
            }
            other => {
                let error = self.unsupported_in_float(other, env).unwrap_or_else(|| {
                    syn::Error::new_spanned(other, "#[differentiable] does not support this expression; rewrite it with the supported arithmetic, or use #[differentiable(tape)]")
                });
                self.errors.push(error);
                Operand::Constant(TokenStream::new())
            }
        }
    }

    /// Errors for expressions that are never floats of the DSL, whatever they read.
    fn unsupported_in_float(&self, expr: &Expr, env: &Env) -> Option<syn::Error> {
        let message = match expr {
            Expr::Return(_) => "#[differentiable] supports `return` as a statement, not inside an expression",
            Expr::Field(field) if self.reads_float_values(&field.base, env) => "#[differentiable] reads fields of data (arguments it does not differentiate) only; differentiated structs come with `#[derive(Differentiable)]`",
            Expr::Tuple(_) | Expr::Array(_) | Expr::Struct(_) => {
                "#[differentiable] returns a float scalar; tuples, arrays and structs are not supported here"
            }
            Expr::Repeat(_) => "an array is not a float: declare it with `let`, then index it",
            Expr::Reference(_) => "a reference is not a float; pass arrays to #[differentiable] functions by reference, read floats by value",
            _ => return None,
        };
        Some(syn::Error::new_spanned(expr, message))
    }

    fn lower_math(
        &mut self,
        method: &str,
        receiver: Operand,
        arguments: &[&Expr],
        at: &dyn ToTokens,
        env: &mut Env,
        block: &mut Block,
    ) -> Operand {
        let expected = if method == "mul_add" || method == "clamp" {
            2
        } else if UnaryFn::from_method(method).is_some() {
            0
        } else {
            1
        };
        if arguments.len() != expected {
            self.errors.at(
                at,
                format!(
                    "`{method}` takes {expected} argument(s) besides the value it is called on"
                ),
            );
            return Operand::Constant(TokenStream::new());
        }
        if let Some(function) = UnaryFn::from_method(method) {
            return self.emit(Op::Unary(function, receiver), block);
        }
        if let Some(function) = BinaryFn::from_method(method) {
            let other = self.lower_float(arguments[0], env, block);
            return self.emit(Op::BinaryFn(function, receiver, other), block);
        }
        if method == "powi" {
            let exponent = match literal_i32(arguments[0]) {
                Some(n) => Exponent::Literal(n),
                None => {
                    if self.reads_float_values(arguments[0], env) {
                        self.errors.at(
                            arguments[0],
                            "the exponent of `powi` is an integer; use `powf` for a float exponent",
                        );
                    }
                    let tokens = self.rename(arguments[0], env);
                    let snapshot = self.new_snapshot("exponent", quote!(i32));
                    block.stmts.push(Stmt::Snapshot { snapshot, tokens });
                    Exponent::Snapshot(snapshot)
                }
            };
            return self.emit(Op::Powi(receiver, exponent), block);
        }
        let a = self.lower_float(arguments[0], env, block);
        let b = self.lower_float(arguments[1], env, block);
        if method == "clamp" {
            return self.emit(Op::Clamp(receiver, a, b), block);
        }
        self.emit(Op::MulAdd(receiver, a, b), block)
    }

    fn lower_call(&mut self, call: &syn::ExprCall, env: &mut Env, block: &mut Block) -> Operand {
        let Expr::Path(path) = &*call.func else {
            if check::refusal(&call.func).is_none() {
                self.errors.at(&call.func, "#[differentiable] can call functions by name only; closures and function values are not supported, use #[differentiable(tape)]");
            }
            return Operand::Constant(TokenStream::new());
        };
        if let Some(method) = math_function_path(path, self.float) {
            let arguments: Vec<&Expr> = call.args.iter().collect();
            let Some((first, rest)) = arguments.split_first() else {
                self.errors
                    .at(call, format!("`{method}` needs the value it applies to"));
                return Operand::Constant(TokenStream::new());
            };
            let receiver = self.lower_float(first, env, block);
            return self.lower_math(&method, receiver, rest, call, env, block);
        }
        if path.qself.is_some() {
            self.errors.at(call, "#[differentiable] does not support this call; call a `#[differentiable]` function by its path");
            return Operand::Constant(TokenStream::new());
        }
        if let Some(ident) = path.path.get_ident() {
            if let Some(Binding::Closure { closure, captured }) = env.lookup(&key(ident)).cloned() {
                return self.inline_closure(&closure, *captured, call, env, block);
            }
            if matches!(env.lookup(&key(ident)), Some(Binding::Other { .. })) {
                self.errors.at(&call.func, format!(
                    "`{ident}` is a value of this function (a closure or a function argument), and #[differentiable] has no gradient for calling it on differentiated values; call a #[differentiable] function by name, or use #[differentiable(tape)]"
                ));
                return Operand::Constant(TokenStream::new());
            }
        }
        if let Some(callee) = path.path.segments.last() {
            let name = key(&callee.ident);
            if crate::callees::is_plain_function(&path.path) {
                self.errors.at(&call.func, format!(
                    "`{name}` has no gradient: annotate it with #[differentiable] (or #[differentiable(tape)] for code the macro cannot read), or write its computation here"
                ));
                return Operand::Constant(TokenStream::new());
            }
        }
        let companion = |kind: &str| callee_companion(&path.path, kind);
        let arguments: Vec<&Expr> = call.args.iter().collect();
        let callee = Callee {
            partials: companion("partials"),
            primal: path.to_token_stream(),
            adjoint: companion("adjoint"),
        };
        self.lower_call_to(callee, None, &arguments, env, block)
    }

    /// `layer.forward(x)` of a struct (a field read as a whole, `net.out.forward(x)`): the
    /// method and its companions are called on the receiver, whose gradient slot comes
    /// first, as `self` comes first among the companion's parameters.
    fn lower_method_of_struct(
        &mut self,
        call: &syn::ExprMethodCall,
        env: &mut Env,
        block: &mut Block,
    ) -> Option<Operand> {
        let (array, indices) = self.array_of(&call.receiver, env)?;
        let info = &self.arrays[array.0 as usize];
        if !self.structs.contains(&info.name) || indices.len() >= info.rank {
            return None;
        }
        let method = &call.method;
        let bare = key(method);
        if crate::callees::is_plain_function(&syn::Path::from(method.clone())) {
            self.errors.at(method, format!(
                "`{bare}` has no gradient: annotate it with #[differentiable] (or #[differentiable(tape)] for code the macro cannot read), or write its computation here"
            ));
            return Some(Operand::Constant(TokenStream::new()));
        }
        let receiver = self.rename(&call.receiver, env);
        let companion = |kind: &str| {
            let name = Ident::new(&format!("__gradus_{kind}_{bare}"), method.span());
            quote!(#receiver.#name)
        };
        let callee = Callee {
            partials: companion("partials"),
            primal: quote!(#receiver.#method),
            adjoint: companion("adjoint"),
        };
        let arguments: Vec<&Expr> = call.args.iter().collect();
        let receiver = CallArgument::Array {
            array,
            indices,
            tokens: receiver,
            receiver: true,
        };
        Some(self.lower_call_to(callee, Some(receiver), &arguments, env, block))
    }

    /// The arguments of a call to an annotated function, and the call.
    fn lower_call_to(
        &mut self,
        callee: Callee,
        receiver: Option<CallArgument>,
        call_arguments: &[&Expr],
        env: &mut Env,
        block: &mut Block,
    ) -> Operand {
        let passes_arrays = receiver.is_some()
            || call_arguments.iter().any(|argument| {
                self.array_of(argument, env).is_some_and(|(array, prefix)| {
                    prefix.len() < self.arrays[array.0 as usize].rank
                })
            });
        let mut arguments: Vec<CallArgument> = receiver.into_iter().collect();
        for argument in call_arguments.iter().copied() {
            if let Some((array, indices)) = self.array_of(argument, env) {
                if indices.len() < self.arrays[array.0 as usize].rank {
                    let tokens = self.rename(argument, env);
                    arguments.push(CallArgument::Array {
                        array,
                        indices,
                        tokens,
                        receiver: false,
                    });
                    continue;
                }
            }
            if self.infer(argument, env) == Kind::Float && self.reads_float_values(argument, env) {
                let operand = self.lower_float(argument, env, block);
                let partial = match operand {
                    Operand::Value(_) if !passes_arrays => {
                        let name = self.namer.temporary();
                        Some(self.new_value(name))
                    }
                    _ => None,
                };
                arguments.push(CallArgument::Float { operand, partial });
            } else {
                // Data that never changes can be passed again by the reverse sweep.
                let data =
                    reads_only_stable(argument, env) && !self.reads_float_values(argument, env);
                if passes_arrays
                    && !self.reconstructible(argument, env)
                    && !self.is_float_constant(argument, env)
                    && !data
                {
                    self.errors.at(argument, "in a call that passes arrays, the other arguments must be floats, constants, or integers that do not change (the reverse sweep passes them again)");
                }
                arguments.push(CallArgument::Other(self.rename(argument, env)));
            }
        }
        self.emit(
            Op::Call {
                partials: callee.partials,
                primal: callee.primal,
                adjoint: callee.adjoint,
                arguments,
            },
            block,
        )
    }

    /// `f(a, b)` of a closure `let f = |x, y| body;`: the arguments evaluated where the call
    /// stands, the body where the closure was written.
    fn inline_closure(
        &mut self,
        closure: &syn::ExprClosure,
        mut captured: Env,
        call: &syn::ExprCall,
        env: &mut Env,
        block: &mut Block,
    ) -> Operand {
        if closure.inputs.len() != call.args.len() {
            self.errors.at(
                call,
                format!("this closure takes {} argument(s)", closure.inputs.len()),
            );
            return Operand::Constant(TokenStream::new());
        }
        captured.push();
        for (input, argument) in closure.inputs.iter().zip(&call.args) {
            let (pat, ty) = match input {
                Pat::Type(typed) => (&*typed.pat, Some(&*typed.ty)),
                other => (other, None),
            };
            let name = match pat {
                Pat::Ident(ident) => key(&ident.ident),
                Pat::Wild(_) => continue,
                other => {
                    self.errors.at(
                        other,
                        "#[differentiable] inlines closures whose arguments are names",
                    );
                    return Operand::Constant(TokenStream::new());
                }
            };
            let kind = match ty {
                Some(ty) => self.kind_of_annotation(ty),
                None => self.infer(argument, env),
            };
            if let Some((array, prefix, offset, length)) = self.slice_of(argument, env) {
                // A slice passed to the closure is the same array under the parameter's name.
                let binding = match offset {
                    Some(start) => Binding::Window {
                        array,
                        prefix,
                        start,
                        len: length,
                    },
                    None => Binding::Array { array, prefix },
                };
                captured.declare(name, binding);
                continue;
            }
            if kind == Kind::Float || self.reads_float_values(argument, env) {
                let before = self.values.len();
                let operand = self.lower_float(argument, env, block);
                let value = self.bind_float(operand, &name, before, block);
                captured.declare(name, Binding::Float(value));
            } else {
                let generated = names::ident(&self.namer.name(&name), Span::call_site());
                let tokens = self.rename(argument, env);
                // An index the reverse sweep can compute again stays one inside the body.
                let stable = kind != Kind::Bool && self.reconstructible(argument, env);
                block.stmts.push(Stmt::Opaque {
                    tokens: quote!(let #generated = #tokens;),
                    replay: stable,
                });
                captured.declare(
                    name,
                    Binding::Other {
                        name: generated,
                        kind,
                        stable,
                    },
                );
            }
        }
        let body = (*closure.body).clone();
        self.lower_float(&body, &mut captured, block)
    }

    /// A float expression that reads no local at all (`2.0`, `PI`).
    fn is_float_constant(&self, expr: &Expr, env: &Env) -> bool {
        !self.rename_and_report(expr, env).1
    }

    fn infer(&self, expr: &Expr, env: &Env) -> Kind {
        match expr {
            Expr::Lit(lit) => match &lit.lit {
                // A literal in a function generic over `T` is an `f64` of data.
                lit if is_float_literal(lit) && !self.float.is_generic() => Kind::Float,
                lit if is_float_literal(lit) => Kind::Unknown,
                Lit::Int(_) => Kind::Int,
                Lit::Bool(_) => Kind::Bool,
                _ => Kind::Unknown,
            },
            Expr::Path(path) => {
                if let Some(ident) = path.path.get_ident().filter(|_| path.qself.is_none()) {
                    return match env.lookup(&key(ident)) {
                        Some(Binding::Float(_)) => Kind::Float,
                        Some(Binding::Other { kind, .. }) => *kind,
                        Some(Binding::LoopVar { .. }) => Kind::Int,
                        Some(
                            Binding::Array { .. }
                            | Binding::Window { .. }
                            | Binding::Closure { .. },
                        ) => Kind::Unknown,
                        None => self
                            .const_kinds
                            .iter()
                            .rev()
                            .find(|(name, _)| *name == key(ident))
                            .map_or(Kind::Unknown, |(_, kind)| *kind),
                    };
                }
                let segments: Vec<String> = path
                    .path
                    .segments
                    .iter()
                    .map(|s| s.ident.to_string())
                    .collect();
                let float = self.float.ident().to_string();
                if segments.iter().any(|s| s == "consts")
                    || segments
                        .first()
                        .is_some_and(|s| s == "f32" || s == "f64" || *s == float)
                {
                    Kind::Float
                } else {
                    Kind::Unknown
                }
            }
            Expr::Paren(inner) => self.infer(&inner.expr, env),
            Expr::Group(inner) => self.infer(&inner.expr, env),
            Expr::Unary(unary) => match unary.op {
                UnOp::Not(_) => match self.infer(&unary.expr, env) {
                    Kind::Int => Kind::Int,
                    _ => Kind::Bool,
                },
                UnOp::Neg(_) | UnOp::Deref(_) => self.infer(&unary.expr, env),
                _ => Kind::Unknown,
            },
            Expr::Binary(binary) => match binary.op {
                BinOp::Add(_) | BinOp::Sub(_) | BinOp::Mul(_) | BinOp::Div(_) | BinOp::Rem(_) => {
                    match (
                        self.infer(&binary.left, env),
                        self.infer(&binary.right, env),
                    ) {
                        (Kind::Float, _) | (_, Kind::Float) => Kind::Float,
                        (Kind::Int, Kind::Int | Kind::Unknown) | (Kind::Unknown, Kind::Int) => {
                            Kind::Int
                        }
                        _ => Kind::Unknown,
                    }
                }
                BinOp::Eq(_)
                | BinOp::Ne(_)
                | BinOp::Lt(_)
                | BinOp::Le(_)
                | BinOp::Gt(_)
                | BinOp::Ge(_)
                | BinOp::And(_)
                | BinOp::Or(_) => Kind::Bool,
                BinOp::BitAnd(_)
                | BinOp::BitOr(_)
                | BinOp::BitXor(_)
                | BinOp::Shl(_)
                | BinOp::Shr(_) => match self.infer(&binary.left, env) {
                    Kind::Bool => Kind::Bool,
                    _ => Kind::Int,
                },
                _ => Kind::Unknown,
            },
            Expr::Index(index) => match self.array_base(&index.expr, env) {
                Some(_) => Kind::Float,
                None => Kind::Unknown,
            },
            Expr::MethodCall(call) if call.method == "len" && call.args.is_empty() => Kind::Int,
            Expr::MethodCall(call) => {
                let method = call.method.to_string();
                if is_from_unwrap(call) {
                    return Kind::Float;
                }
                if let Some(kind) = self.infer_pipeline(call, env) {
                    return kind;
                }
                if PREDICATES.contains(&method.as_str()) {
                    return Kind::Bool;
                }
                match self.infer(&call.receiver, env) {
                    Kind::Int => Kind::Int,
                    // A float's other methods are refused while lowering, by name.
                    Kind::Float => Kind::Float,
                    _ if is_math_method(&method) => Kind::Float,
                    // `bias.unwrap_or(0.0)`, `row.get(j).copied().unwrap_or(1.0)`: data that
                    // falls back to a float is a float.
                    _ if call
                        .args
                        .iter()
                        .any(|argument| self.infer(argument, env) == Kind::Float) =>
                    {
                        Kind::Float
                    }
                    _ => Kind::Unknown,
                }
            }
            Expr::Call(call) => match &*call.func {
                Expr::Path(path) if is_float_constant_call(path, self.float) => Kind::Float,
                Expr::Path(path) if math_function_path(path, self.float).is_some() => Kind::Float,
                Expr::Path(path)
                    if path.path.segments.last().is_some_and(|s| s.ident == "from") =>
                {
                    Kind::Unknown
                }
                _ => Kind::Float,
            },
            Expr::Cast(cast) => self.kind_of_annotation(&cast.ty),
            Expr::If(expr_if) => {
                let then_kind = self.infer_block(&expr_if.then_branch.stmts, env);
                match (&expr_if.else_branch, then_kind) {
                    (Some((_, else_branch)), Kind::Unknown) => self.infer(else_branch, env),
                    _ => then_kind,
                }
            }
            Expr::Block(block) => self.infer_block(&block.block.stmts, env),
            _ => Kind::Unknown,
        }
    }

    /// The float array at the root of an index chain `a[i][j]…`, if there is one.
    pub(super) fn array_base(&self, expr: &Expr, env: &Env) -> Option<ArrayId> {
        match expr {
            Expr::Index(index) => self.array_base(&index.expr, env),
            Expr::Paren(inner) => self.array_base(&inner.expr, env),
            Expr::Path(path) => match env.lookup(&key(path.path.get_ident()?)) {
                Some(Binding::Array { array, .. } | Binding::Window { array, .. }) => Some(*array),
                _ => None,
            },
            _ => None,
        }
    }

    /// The kind of a block's trailing expression, reading the block's own `let`s.
    fn infer_block(&self, stmts: &[SynStmt], env: &Env) -> Kind {
        let Some(SynStmt::Expr(tail, None)) = stmts.last() else {
            return Kind::Unknown;
        };
        let mut inner = env.clone();
        inner.push();
        for stmt in stmts {
            if let SynStmt::Local(local) = stmt {
                let (pat, ty) = match &local.pat {
                    Pat::Type(typed) => (&*typed.pat, Some(&*typed.ty)),
                    other => (other, None),
                };
                let (Pat::Ident(pat), Some(init)) = (pat, &local.init) else {
                    continue;
                };
                let kind = match ty {
                    Some(ty) => self.kind_of_annotation(ty),
                    None => self.infer(&init.expr, &inner),
                };
                let binding = match kind {
                    // A stand-in: only the kind matters here.
                    Kind::Float => Binding::Float(ValueId(u32::MAX)),
                    kind => Binding::Other {
                        name: pat.ident.clone(),
                        kind,
                        stable: false,
                    },
                };
                inner.declare(key(&pat.ident), binding);
            }
        }
        self.infer(tail, &inner)
    }

    fn reads_float_values(&self, expr: &Expr, env: &Env) -> bool {
        struct Reads<'e> {
            env: &'e Env,
            shadowed: Vec<String>,
            found: bool,
        }
        impl<'ast> Visit<'ast> for Reads<'_> {
            fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
                // `x.len()` reads how many floats there are, not their values.
                if call.method == "len" && call.args.is_empty() {
                    return;
                }
                syn::visit::visit_expr_method_call(self, call);
            }
            fn visit_arm(&mut self, arm: &'ast syn::Arm) {
                let depth = self.shadowed.len();
                self.shadowed
                    .extend(pattern_names(std::slice::from_ref(&arm.pat)));
                syn::visit::visit_arm(self, arm);
                self.shadowed.truncate(depth);
            }
            fn visit_expr_closure(&mut self, closure: &'ast syn::ExprClosure) {
                let depth = self.shadowed.len();
                self.shadowed.extend(pattern_names(
                    &closure.inputs.iter().cloned().collect::<Vec<_>>(),
                ));
                syn::visit::visit_expr_closure(self, closure);
                self.shadowed.truncate(depth);
            }
            fn visit_expr_path(&mut self, path: &'ast syn::ExprPath) {
                if let Some(ident) = path.path.get_ident().filter(|_| path.qself.is_none()) {
                    if self.shadowed.contains(&key(ident)) {
                        return;
                    }
                    if matches!(
                        self.env.lookup(&key(ident)),
                        Some(Binding::Float(_) | Binding::Array { .. } | Binding::Window { .. })
                    ) {
                        self.found = true;
                    }
                }
            }
        }
        let mut reads = Reads {
            env,
            shadowed: Vec::new(),
            found: false,
        };
        reads.visit_expr(expr);
        reads.found
    }

    fn rename(&self, expr: &Expr, env: &Env) -> TokenStream {
        self.rename_and_report(expr, env).0
    }

    /// The expression with every user local under its generated name, and whether it
    /// reads any local at all.
    fn rename_and_report(&self, expr: &Expr, env: &Env) -> (TokenStream, bool) {
        struct Rename<'e> {
            env: &'e Env,
            names: &'e [ValueInfo],
            arrays: &'e [ArrayInfo],
            snapshots: &'e [SnapshotInfo],
            shadowed: Vec<String>,
            reads_locals: bool,
        }
        impl VisitMut for Rename<'_> {
            fn visit_expr_mut(&mut self, expr: &mut Expr) {
                // `*v` of an item of `xs.iter()`: the item is a float value already.
                if let Expr::Unary(syn::ExprUnary {
                    op: UnOp::Deref(_),
                    expr: inner,
                    ..
                }) = expr
                {
                    if let Expr::Path(path) = &**inner {
                        if let Some(ident) = path.path.get_ident() {
                            if matches!(self.env.lookup(&key(ident)), Some(Binding::Float(_))) {
                                *expr = (**inner).clone();
                            }
                        }
                    }
                }
                // A window is a slice of its array: `&x[start..start + len]`.
                if let Expr::Path(path) = expr {
                    let shadowed = path
                        .path
                        .get_ident()
                        .is_some_and(|ident| self.shadowed.contains(&key(ident)));
                    if let Some(Binding::Window {
                        array,
                        prefix,
                        start,
                        len,
                    }) = path
                        .path
                        .get_ident()
                        .and_then(|ident| self.env.lookup(&key(ident)))
                        .filter(|_| !shadowed)
                    {
                        let info = &self.arrays[array.0 as usize];
                        let name = names::ident(&info.name, info.span);
                        let rows = prefix.iter().map(|index| match index {
                            Index::Reconstructible(tokens) => quote!([#tokens]),
                            Index::Snapshot(snapshot) => {
                                let name = names::ident(
                                    &self.snapshots[snapshot.0 as usize].name,
                                    Span::call_site(),
                                );
                                quote!([#name])
                            }
                        });
                        *expr = syn::parse_quote!((&#name #(#rows)* [#start..#start + #len]));
                        self.reads_locals = true;
                        return;
                    }
                }
                syn::visit_mut::visit_expr_mut(self, expr);
            }

            // The arguments of `assert!(…)`, `vec![…]` and friends are expressions too.
            fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
                use syn::punctuated::Punctuated;
                if let Ok(mut arguments) =
                    mac.parse_body_with(Punctuated::<Expr, syn::Token![,]>::parse_terminated)
                {
                    for argument in arguments.iter_mut() {
                        self.visit_expr_mut(argument);
                    }
                    mac.tokens = arguments.to_token_stream();
                } else if let Ok(mut repeat) = syn::parse2::<syn::ExprRepeat>({
                    let tokens = &mac.tokens;
                    quote!([#tokens])
                }) {
                    self.visit_expr_mut(&mut repeat.expr);
                    self.visit_expr_mut(&mut repeat.len);
                    let (element, length) = (&repeat.expr, &repeat.len);
                    mac.tokens = quote!(#element; #length);
                }
            }

            fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
                let depth = self.shadowed.len();
                self.shadowed
                    .extend(pattern_names(std::slice::from_ref(&arm.pat)));
                syn::visit_mut::visit_arm_mut(self, arm);
                self.shadowed.truncate(depth);
            }

            fn visit_expr_closure_mut(&mut self, closure: &mut syn::ExprClosure) {
                let depth = self.shadowed.len();
                self.shadowed.extend(pattern_names(
                    &closure.inputs.iter().cloned().collect::<Vec<_>>(),
                ));
                syn::visit_mut::visit_expr_closure_mut(self, closure);
                self.shadowed.truncate(depth);
            }

            fn visit_expr_path_mut(&mut self, path: &mut syn::ExprPath) {
                if path.qself.is_some() {
                    return;
                }
                let Some(ident) = path.path.get_ident() else {
                    return;
                };
                if self.shadowed.contains(&key(ident)) {
                    return;
                }
                let replacement = match self.env.lookup(&key(ident)) {
                    Some(Binding::Float(value)) => {
                        let info = &self.names[value.0 as usize];
                        names::ident(&info.name, info.span)
                    }
                    Some(Binding::Other { name, .. }) | Some(Binding::LoopVar { name }) => {
                        name.clone()
                    }
                    Some(Binding::Array { array, .. }) => {
                        let info = &self.arrays[array.0 as usize];
                        names::ident(&info.name, info.span)
                    }
                    // Replaced as a whole expression above; a closure keeps its name.
                    Some(Binding::Window { .. } | Binding::Closure { .. }) | None => return,
                };
                self.reads_locals = true;
                path.path.segments[0].ident = replacement;
            }
        }
        let mut renamed = expr.clone();
        let mut rename = Rename {
            env,
            names: &self.values,
            arrays: &self.arrays,
            snapshots: &self.snapshots,
            shadowed: Vec::new(),
            reads_locals: false,
        };
        rename.visit_expr_mut(&mut renamed);
        let tokens = match renamed {
            Expr::Lit(_) | Expr::Path(_) | Expr::Paren(_) | Expr::MethodCall(_) | Expr::Call(_) => {
                renamed.to_token_stream()
            }
            other => quote!((#other)),
        };
        (tokens, rename.reads_locals)
    }
}

/// `let name = if … { … return … } else { … };`, a value-`if` with a `return` inside.
fn returning_if_in_let(local: &Local, in_loop: bool) -> Option<(&Ident, &ExprIf)> {
    let pat = match &local.pat {
        Pat::Type(typed) => &*typed.pat,
        other => other,
    };
    let Pat::Ident(pat) = pat else {
        return None;
    };
    let init = local.init.as_ref()?;
    match &*init.expr {
        Expr::If(expr_if) if init.diverge.is_none() && diverges(&init.expr, in_loop) => {
            Some((&pat.ident, expr_if))
        }
        _ => None,
    }
}

/// Whether every local `expr` reads is one the reverse sweep has at hand: a loop
/// variable or an integer (or data) local that never changes.
fn reads_only_stable(expr: &Expr, env: &Env) -> bool {
    struct Stable<'e> {
        env: &'e Env,
        stable: bool,
    }
    impl<'ast> Visit<'ast> for Stable<'_> {
        fn visit_expr_path(&mut self, path: &'ast syn::ExprPath) {
            if let Some(ident) = path.path.get_ident() {
                match self.env.lookup(&key(ident)) {
                    Some(Binding::LoopVar { .. }) | None => {}
                    Some(Binding::Other { stable, .. }) => self.stable &= *stable,
                    Some(_) => self.stable = false,
                }
            }
        }
    }
    let mut visitor = Stable { env, stable: true };
    visitor.visit_expr(expr);
    visitor.stable
}

/// `expr` with its unsuffixed float literals given the function's type (`0.0_f64`) in a
/// concrete function, where arithmetic reaches them: the generated code calls methods on
/// constants (`0.0.is_nan()` in the rule of `max`), which an untyped literal cannot take.
fn typed_literals(expr: &Expr, float: &FloatType) -> Expr {
    let FloatType::Concrete(ty) = float else {
        return expr.clone();
    };
    let mut typed = expr.clone();
    fn visit(expr: &mut Expr, ty: &Ident) {
        match expr {
            Expr::Lit(syn::ExprLit {
                lit: Lit::Float(lit),
                ..
            }) if lit.suffix().is_empty() => {
                let mut digits = lit.base10_digits().to_string();
                if digits.ends_with('.') {
                    digits.push('0');
                }
                *lit = syn::LitFloat::new(&format!("{digits}_{ty}"), lit.span());
            }
            Expr::Paren(inner) => visit(&mut inner.expr, ty),
            Expr::Group(inner) => visit(&mut inner.expr, ty),
            Expr::Unary(syn::ExprUnary {
                op: UnOp::Neg(_),
                expr,
                ..
            }) => visit(expr, ty),
            Expr::Binary(binary)
                if matches!(
                    binary.op,
                    BinOp::Add(_) | BinOp::Sub(_) | BinOp::Mul(_) | BinOp::Div(_) | BinOp::Rem(_)
                ) =>
            {
                visit(&mut binary.left, ty);
                visit(&mut binary.right, ty);
            }
            _ => {}
        }
    }
    visit(&mut typed, ty);
    typed
}

/// Whether `expr` reads no local that changes and is not a float (a `let mut` integer).
fn reads_no_changing_integer(expr: &Expr, env: &Env) -> bool {
    struct Changing<'e> {
        env: &'e Env,
        found: bool,
    }
    impl<'ast> Visit<'ast> for Changing<'_> {
        fn visit_expr_path(&mut self, path: &'ast syn::ExprPath) {
            if let Some(ident) = path.path.get_ident() {
                if matches!(
                    self.env.lookup(&key(ident)),
                    Some(Binding::Other { stable: false, .. })
                ) {
                    self.found = true;
                }
            }
        }
    }
    let mut changing = Changing { env, found: false };
    changing.visit_expr(expr);
    !changing.found
}

/// `self`, in a method whose `self` is data.
fn is_self(expr: &Expr) -> bool {
    matches!(expr, Expr::Path(path) if path.path.is_ident("self"))
}

/// The names the patterns bind (match arms, closure arguments), which shadow locals.
fn pattern_names(pats: &[Pat]) -> Vec<String> {
    let mut names = Vec::new();
    for pat in pats {
        crate::desugar::bound_names(pat, &mut names);
    }
    names.iter().map(key).collect()
}

fn literal_i32(expr: &Expr) -> Option<i32> {
    match expr {
        Expr::Lit(syn::ExprLit {
            lit: Lit::Int(int), ..
        }) => int.base10_parse().ok(),
        Expr::Unary(syn::ExprUnary {
            op: UnOp::Neg(_),
            expr,
            ..
        }) => literal_i32(expr).map(|n| -n),
        Expr::Paren(inner) => literal_i32(&inner.expr),
        _ => None,
    }
}

/// The path of a callee's hidden companion (`partials` or `adjoint`, see `expand`): an
/// associated function `Type::__gradus_partials_f` for `Self::f` and `Type::f`, else the
/// companion on the type named like the function, `m::f::partials`, which `use m::f;`
/// brings into scope along with `f`.
pub(crate) fn callee_companion(path: &syn::Path, kind: &str) -> TokenStream {
    let mut companion = path.clone();
    let count = companion.segments.len();
    let owner_is_type = count >= 2 && {
        let owner = companion.segments[count - 2].ident.to_string();
        owner == "Self" || owner.starts_with(|c: char| c.is_uppercase())
    };
    let last = companion.segments.last_mut().unwrap();
    if owner_is_type {
        last.ident = Ident::new(
            &format!("__gradus_{kind}_{}", key(&last.ident)),
            last.ident.span(),
        );
    } else {
        let arguments = std::mem::take(&mut last.arguments);
        let span = last.ident.span();
        companion.segments.push(syn::PathSegment {
            ident: Ident::new(kind, span),
            arguments,
        });
    }
    companion.to_token_stream()
}

/// Whether `expr` calls a function that is not a math function or a float constant: such
/// a call may be to a `#[differentiable]` function, so it is lowered, not kept as a constant.
fn calls_a_function(expr: &Expr, float: &FloatType) -> bool {
    struct Calls<'f> {
        float: &'f FloatType,
        found: bool,
    }
    impl<'ast> Visit<'ast> for Calls<'_> {
        fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
            match &*call.func {
                Expr::Path(path)
                    if is_float_constant_call(path, self.float)
                        || math_function_path(path, self.float).is_some()
                        || path.path.segments.last().is_some_and(|s| s.ident == "from") => {}
                _ => self.found = true,
            }
            syn::visit::visit_expr_call(self, call);
        }
    }
    let mut calls = Calls {
        float,
        found: false,
    };
    calls.visit_expr(expr);
    calls.found
}

/// The first `return`, `break` or `continue` in `expr`, for an error's span.
fn first_escape(expr: &Expr) -> Option<TokenStream> {
    struct First(Option<TokenStream>);
    impl<'ast> Visit<'ast> for First {
        fn visit_expr(&mut self, expr: &'ast Expr) {
            if self.0.is_some() {
                return;
            }
            match expr {
                Expr::Return(_) | Expr::Break(_) | Expr::Continue(_) => {
                    self.0 = Some(expr.to_token_stream())
                }
                Expr::Closure(_) => {}
                _ => syn::visit::visit_expr(self, expr),
            }
        }
    }
    let mut first = First(None);
    first.visit_expr(expr);
    first.0
}

/// Whether `expr` can leave the statements after it: `return`, or in a loop a `break` or
/// `continue` of that loop (not of a loop nested in `expr`).
fn diverges(expr: &Expr, in_loop: bool) -> bool {
    struct Jumps {
        in_loop: bool,
        nested_loops: usize,
        found: bool,
    }
    impl<'ast> Visit<'ast> for Jumps {
        fn visit_expr_return(&mut self, _: &'ast syn::ExprReturn) {
            self.found = true;
        }
        fn visit_expr_break(&mut self, _: &'ast syn::ExprBreak) {
            self.found |= self.in_loop && self.nested_loops == 0;
        }
        fn visit_expr_continue(&mut self, _: &'ast syn::ExprContinue) {
            self.found |= self.in_loop && self.nested_loops == 0;
        }
        fn visit_expr_for_loop(&mut self, node: &'ast syn::ExprForLoop) {
            self.nested_loops += 1;
            syn::visit::visit_expr_for_loop(self, node);
            self.nested_loops -= 1;
        }
        fn visit_expr_while(&mut self, node: &'ast syn::ExprWhile) {
            self.nested_loops += 1;
            syn::visit::visit_expr_while(self, node);
            self.nested_loops -= 1;
        }
        fn visit_expr_loop(&mut self, node: &'ast syn::ExprLoop) {
            self.nested_loops += 1;
            syn::visit::visit_expr_loop(self, node);
            self.nested_loops -= 1;
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut jumps = Jumps {
        in_loop,
        nested_loops: 0,
        found: false,
    };
    jumps.visit_expr(expr);
    jumps.found
}

fn unsupported_method_message(method: &str) -> String {
    format!(
        "`{method}` has no derivative rule in #[differentiable]; use the supported `Float` methods (sin, exp, powi, max, …), call a #[differentiable] function, or use #[differentiable(tape)]"
    )
}

mod array_values;
mod arrays;
mod destructure;
mod iter;
mod loops;
#[cfg(test)]
pub(crate) mod tests;
