//! Struct arguments: every field path the body reads (`p.w1[h][k]`, `p.b2`,
//! `self.layer.w[i]`) becomes an argument of its own, named after the path (`p_w1`), so
//! lowering and emission treat it as they treat a float or array argument. Its gradient is
//! a place inside the struct's buffer (`d_p.w1`). The struct itself stays an argument the
//! body may pass on whole to another annotated function.
//!
//! The macro cannot see the struct's definition, so a field's rank comes from how the body
//! uses it: the indices applied to it, and whether it is iterated, measured or borrowed
//! (then it holds at least one more level). A rank that is wrong for the real type makes
//! rustc reject the generated code; it cannot give a wrong gradient.

use crate::errors::Errors;
use crate::names::key;
use crate::signature::{ArrayParam, Param, ParamKind, Signature};
use proc_macro2::{Ident, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use std::collections::{HashMap, HashSet};
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{Expr, ItemFn, Member};

/// A field path read by the body, exposed as an argument.
pub struct ExposedField {
    /// The name the rewritten body reads it by (`p_w1`).
    pub local: Ident,
    /// How the generated code binds that name: `&p.w1` for an array, `p.b2` for a float.
    pub binding: TokenStream,
    /// Where its gradient goes, inside the struct's buffer (`d_p.w1`).
    pub buffer_path: TokenStream,
    /// The name of its own gradient buffer (`d_p_w1`), when it gets one.
    pub buffer: Ident,
    /// How many indices reach a float (0 for a float field).
    pub rank: usize,
}

/// The body with its field reads renamed, and the fields it reads.
pub struct Exposed {
    pub item: ItemFn,
    pub fields: Vec<ExposedField>,
    /// Whether each field's gradient gets a buffer of its own (`let d_p_w1 = &mut d_p.w1;`),
    /// as a separate argument would. Not when the body also passes the struct (or a field
    /// holding another exposed one) on whole: the two borrows would overlap, so the
    /// gradient is then added through its path each time (`(&mut d_p.w1)[i] += …`).
    pub own_buffers: bool,
}

impl Exposed {
    /// The signature lowering reads: the function's own arguments, then one per field.
    pub fn signature(&self, signature: &Signature) -> Signature {
        let mut extended = signature.clone();
        let float: syn::Type = syn::parse2(signature.float.tokens()).expect("a float type");
        for field in &self.fields {
            let kind = if field.rank == 0 {
                ParamKind::Float
            } else {
                ParamKind::Array(Box::new(ArrayParam {
                    rank: field.rank,
                    slice: true,
                    element: float.clone(),
                    array: float.clone(),
                }))
            };
            extended.params.push(Param {
                name: field.local.clone(),
                ty: float.clone(),
                kind,
                active: true,
                buffer: field.local.clone(),
                receiver: None,
                field: true,
            });
        }
        extended
    }

    /// `let p_w1 = &p.w1; let p_b2 = p.b2; …` and the fields' own gradient buffers,
    /// before the generated sweeps.
    pub fn prelude(&self) -> TokenStream {
        self.fields
            .iter()
            .map(|field| {
                let (local, binding) = (&field.local, &field.binding);
                let buffer = if self.own_buffers {
                    let (buffer, path) = (&field.buffer, &field.buffer_path);
                    quote!(let #buffer = &mut #path;)
                } else {
                    TokenStream::new()
                };
                quote!(let #local = #binding; #buffer)
            })
            .collect()
    }

    /// Only the bindings of the fields' locals (`let p_w1 = &p.w1;`), for code that adds
    /// no gradient (the tangent sweep).
    pub fn bindings(&self) -> TokenStream {
        self.fields
            .iter()
            .map(|field| {
                let (local, binding) = (&field.local, &field.binding);
                quote!(let #local = #binding;)
            })
            .collect()
    }

    /// Where the tangent sweep reads a field's tangent: its place in the struct argument's
    /// tangent, which the tangent companion names like the gradient buffer (`d_p.w1`).
    pub fn tangent_seed(&self, field: &ExposedField) -> TokenStream {
        let path = &field.buffer_path;
        match field.rank {
            0 => quote!((#path)),
            _ => quote!((&#path)),
        }
    }

    /// Where the generated code adds a field's gradient: its own buffer (`*d_p_b2`,
    /// `d_p_w1`) or its place in the struct's (`(d_p.b2)`, `(&mut d_p.w1)`).
    pub fn target(&self, field: &ExposedField) -> TokenStream {
        let (buffer, path) = (&field.buffer, &field.buffer_path);
        match (self.own_buffers, field.rank) {
            (true, 0) => quote!(*#buffer),
            (true, _) => quote!(#buffer),
            (false, 0) => quote!((#path)),
            (false, _) => quote!((&mut #path)),
        }
    }
}

/// A struct argument of the function whose fields are exposed.
struct Root {
    name: Ident,
    buffer: Ident,
    /// The struct's type as a path for method calls (`Mlp`, `Self`), generics left off.
    ty: TokenStream,
}

/// A field path: the root's name and the members after it.
type Path = (String, Vec<Ident>);

pub fn expose(item: &ItemFn, signature: &Signature, errors: &mut Errors) -> Exposed {
    let roots: Vec<Root> = signature
        .params
        .iter()
        .filter(|param| param.active)
        .filter_map(|param| match &param.kind {
            ParamKind::Struct(structure) => Some(Root {
                name: param.name.clone(),
                buffer: param.buffer.clone(),
                ty: type_path(&structure.ty),
            }),
            _ => None,
        })
        .collect();
    if roots.is_empty() {
        return Exposed {
            item: item.clone(),
            fields: Vec::new(),
            own_buffers: false,
        };
    }
    let root_names: HashSet<String> = roots.iter().map(|root| key(&root.name)).collect();
    let mut uses = Uses {
        roots: &root_names,
        body: &item.block,
        ranks: HashMap::new(),
        order: Vec::new(),
        errors,
    };
    uses.visit_block(&item.block);
    let Uses { ranks, order, .. } = uses;

    // New names avoid the user's and the gradient buffers' (`p_w1`'s buffer is `d_p_w1`).
    let mut taken = identifiers(&item.to_token_stream());
    taken.extend(signature.params.iter().map(|param| key(&param.buffer)));
    let mut fields = Vec::new();
    let mut locals = HashMap::new();
    for path in &order {
        let root = roots
            .iter()
            .find(|root| key(&root.name) == path.0)
            .expect("a path starts at a root");
        let base = std::iter::once(path.0.clone())
            .chain(path.1.iter().map(key))
            .collect::<Vec<_>>()
            .join("_");
        let mut unique = |mut name: String| {
            while taken.contains(&name) {
                name.push('_');
            }
            taken.insert(name.clone());
            crate::names::ident(&name, root.name.span())
        };
        // `d_` and the local's own (unique) name: the generated code names the adjoint
        // of a value `d_` and the value's name, and no value takes the local's name.
        let local = unique(base);
        let own_buffer = unique(format!("d_{local}"));
        let members = &path.1;
        let (name, buffer) = (&root.name, &root.buffer);
        let rank = ranks[path];
        let binding = if rank == 0 {
            quote!(#name #(.#members)*)
        } else {
            quote!(&#name #(.#members)*)
        };
        locals.insert(path.clone(), (local.clone(), rank));
        fields.push(ExposedField {
            local,
            binding,
            buffer_path: quote!(#buffer #(.#members)*),
            buffer: own_buffer,
            rank,
        });
    }
    let mut item = item.clone();
    Rename {
        roots: &roots,
        root_names: &root_names,
        locals: &locals,
    }
    .visit_block_mut(&mut item.block);
    // A root still named after the rewrite is passed on whole (or its methods called).
    let left = identifiers(&item.block.to_token_stream());
    let passed_whole = roots.iter().any(|root| left.contains(&key(&root.name)));
    let nested = order.iter().any(|outer| {
        order
            .iter()
            .any(|inner| inner != outer && inner.0 == outer.0 && inner.1.starts_with(&outer.1))
    });
    Exposed {
        item,
        fields,
        own_buffers: !passed_whole && !nested,
    }
}

/// `Mlp` of `Mlp<T>` (a path callable as `Mlp::f(p)`), `Self` of `Self`.
fn type_path(ty: &syn::Type) -> TokenStream {
    match ty {
        syn::Type::Path(path) => {
            let mut path = path.path.clone();
            for segment in &mut path.segments {
                segment.arguments = syn::PathArguments::None;
            }
            path.to_token_stream()
        }
        other => other.to_token_stream(),
    }
}

/// Every identifier in the function, macros included: the names a new local must avoid.
fn identifiers(tokens: &TokenStream) -> HashSet<String> {
    let mut found = HashSet::new();
    for tree in tokens.clone() {
        match tree {
            TokenTree::Ident(ident) => {
                found.insert(key(&ident));
            }
            TokenTree::Group(group) => found.extend(identifiers(&group.stream())),
            _ => {}
        }
    }
    found
}

/// `root.a.b` as a path, if `expr` is one (and starts at a struct argument).
fn path_of(expr: &Expr, roots: &HashSet<String>) -> Option<Path> {
    match expr {
        Expr::Field(field) => {
            let Member::Named(member) = &field.member else {
                return None;
            };
            if let Expr::Path(base) = &*field.base {
                let root = key(base.path.get_ident()?);
                return roots.contains(&root).then(|| (root, vec![member.clone()]));
            }
            let (root, mut members) = path_of(&field.base, roots)?;
            members.push(member.clone());
            Some((root, members))
        }
        _ => None,
    }
}

/// `expr` without its trailing indices, and how many there were: `p.w[i][j]` is `p.w`, 2.
fn peel_indices(mut expr: &Expr) -> (&Expr, usize) {
    let mut depth = 0;
    while let Expr::Index(index) = expr {
        expr = &index.expr;
        depth += 1;
    }
    (expr, depth)
}

/// The indices of `p.w[i][j]`, outermost last.
fn indices_of(mut expr: &Expr) -> Vec<&Expr> {
    let mut indices = Vec::new();
    while let Expr::Index(index) = expr {
        indices.push(&*index.index);
        expr = &index.expr;
    }
    indices
}

/// The root of an expression made of fields and indices, if an index stands between two
/// fields (`p.layers[l].w`).
fn field_behind_index(expr: &Expr, roots: &HashSet<String>) -> bool {
    match expr {
        Expr::Field(field) => {
            let (base, depth) = peel_indices(&field.base);
            (depth > 0 && (path_of(base, roots).is_some() || is_root(base, roots)))
                || field_behind_index(base, roots)
        }
        Expr::Index(index) => field_behind_index(&index.expr, roots),
        _ => false,
    }
}

fn is_root(expr: &Expr, roots: &HashSet<String>) -> bool {
    matches!(expr, Expr::Path(path) if path.path.get_ident().is_some_and(|ident| roots.contains(&key(ident))))
}

/// Reads every use of a field path and the rank it implies.
struct Uses<'a> {
    roots: &'a HashSet<String>,
    /// The whole body, where an alias's uses are looked for.
    body: &'a syn::Block,
    ranks: HashMap<Path, usize>,
    order: Vec<Path>,
    errors: &'a mut Errors,
}

impl Uses<'_> {
    fn note(&mut self, path: Path, rank: usize) {
        match self.ranks.get_mut(&path) {
            Some(known) => *known = (*known).max(rank),
            None => {
                self.order.push(path.clone());
                self.ranks.insert(path, rank);
            }
        }
    }

    /// `p.w[i]…` at the bottom of `expr`, with the rank this use needs beyond its indices
    /// (`extra`): the path is noted and the indices visited. False if `expr` is no such read.
    fn note_indexed(&mut self, expr: &Expr, extra: usize) -> bool {
        let (base, depth) = peel_indices(expr);
        let Some(path) = path_of(base, self.roots) else {
            return false;
        };
        self.note(path, depth + extra);
        for index in indices_of(expr) {
            self.visit_expr(index);
        }
        true
    }

    /// `for row in p.w1.iter()` then `row[k]`: the rows' own indices add to the rank.
    fn note_rows(&mut self, node: &syn::ExprForLoop) -> bool {
        let mut iterated = &*node.expr;
        let mut enumerated = false;
        if let Expr::MethodCall(call) = iterated {
            if call.method == "enumerate" && call.args.is_empty() {
                enumerated = true;
                iterated = &call.receiver;
            }
        }
        let collection = match iterated {
            Expr::MethodCall(call)
                if (call.method == "iter" || call.method == "into_iter")
                    && call.args.is_empty() =>
            {
                &*call.receiver
            }
            Expr::Reference(reference) if reference.mutability.is_none() && !enumerated => {
                &*reference.expr
            }
            _ => return false,
        };
        let (base, depth) = peel_indices(collection);
        let Some(path) = path_of(base, self.roots) else {
            return false;
        };
        let pattern = match (&*node.pat, enumerated) {
            (syn::Pat::Tuple(tuple), true) if tuple.elems.len() == 2 => &tuple.elems[1],
            (pattern, false) => pattern,
            _ => return false,
        };
        let mut names = Vec::new();
        crate::desugar::bound_names(pattern, &mut names);
        let mut row_depth = 0;
        for name in &names {
            let mut deepest = IndexDepth {
                name: key(name),
                depth: 0,
            };
            deepest.visit_block(&node.body);
            row_depth = row_depth.max(deepest.depth);
        }
        self.note(path, depth + 1 + row_depth);
        for index in indices_of(collection) {
            self.visit_expr(index);
        }
        self.visit_block(&node.body);
        true
    }
}

impl Uses<'_> {
    /// `let w = &p.w1;` then `w[h][k]`: the alias's own indices add to the rank.
    fn note_alias(&mut self, local: &syn::Local) -> bool {
        let (Some(init), syn::Pat::Ident(name)) = (&local.init, &local.pat) else {
            return false;
        };
        let (borrowed, extra) = match &*init.expr {
            Expr::Reference(reference) if reference.mutability.is_none() => (&*reference.expr, 1),
            other => (other, 0),
        };
        let (base, depth) = peel_indices(borrowed);
        let Some(path) = path_of(base, self.roots) else {
            return false;
        };
        let mut deepest = IndexDepth {
            name: key(&name.ident),
            depth: 0,
        };
        deepest.visit_block(self.body);
        self.note(path, depth + extra.max(deepest.depth));
        for index in indices_of(borrowed) {
            self.visit_expr(index);
        }
        true
    }
}

impl<'ast> Visit<'ast> for Uses<'_> {
    fn visit_local(&mut self, local: &'ast syn::Local) {
        if !self.note_alias(local) {
            syn::visit::visit_local(self, local);
        }
    }

    fn visit_expr(&mut self, expr: &'ast Expr) {
        if field_behind_index(expr, self.roots) {
            self.errors.at(
                expr,
                "#[differentiable] reads struct fields by their path (`p.layer.w[i]`); a field behind an index (`p.layers[l].w`) is not supported yet: pass `&p.layers[l]` to a #[differentiable] function that reads its fields",
            );
            return;
        }
        match expr {
            Expr::Index(_) | Expr::Field(_) if self.note_indexed(expr, 0) => {}
            // `&p.w` and `&p.w[i]`: what is borrowed holds at least one more level.
            Expr::Reference(reference)
                if reference.mutability.is_none() && self.note_indexed(&reference.expr, 1) => {}
            Expr::MethodCall(call) => {
                let method = call.method.to_string();
                // `p.b.exp()` reads a float; `p.w.iter()`, `p.w.len()` an array.
                let extra = usize::from(!crate::lower::is_math_method(&method));
                if !self.note_indexed(&call.receiver, extra) {
                    self.visit_expr(&call.receiver);
                }
                for argument in &call.args {
                    self.visit_expr(argument);
                }
            }
            Expr::ForLoop(node) if self.note_rows(node) => {}
            _ => syn::visit::visit_expr(self, expr),
        }
    }
}

/// The most indices applied to `name` anywhere in a block.
struct IndexDepth {
    name: String,
    depth: usize,
}

impl<'ast> Visit<'ast> for IndexDepth {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        let (base, depth) = peel_indices(expr);
        if depth > 0 {
            if let Expr::Path(path) = base {
                if path
                    .path
                    .get_ident()
                    .is_some_and(|ident| key(ident) == self.name)
                {
                    self.depth = self.depth.max(depth);
                }
            }
        }
        syn::visit::visit_expr(self, expr);
    }
}

/// Rewrites the body: field paths become their locals (`&p.w` the local itself, which is
/// a reference already), and a method called on the struct becomes a path call
/// (`self.f(x)` → `Self::f(self, x)`), which lowering composes like any other call.
struct Rename<'a> {
    roots: &'a [Root],
    root_names: &'a HashSet<String>,
    locals: &'a HashMap<Path, (Ident, usize)>,
}

impl Rename<'_> {
    fn local(&self, expr: &Expr) -> Option<(Ident, usize)> {
        let path = path_of(expr, self.root_names)?;
        self.locals.get(&path).cloned()
    }
}

impl VisitMut for Rename<'_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::Reference(reference) = expr {
            if reference.mutability.is_none() {
                if let Some((local, rank)) = self.local(&reference.expr) {
                    if rank > 0 {
                        *expr = syn::parse_quote!(#local);
                        return;
                    }
                }
            }
        }
        if let Some((local, _)) = self.local(expr) {
            *expr = syn::parse_quote!(#local);
            return;
        }
        if let Expr::MethodCall(call) = expr {
            let root = self.roots.iter().find(|root| {
                matches!(&*call.receiver, Expr::Path(path) if path.path.get_ident().is_some_and(|ident| key(ident) == key(&root.name)))
            });
            if let Some(root) = root {
                if !crate::lower::is_math_method(&call.method.to_string()) {
                    let (ty, method, receiver) = (&root.ty, &call.method, &call.receiver);
                    let turbofish = &call.turbofish;
                    let mut arguments = call.args.clone();
                    for argument in &mut arguments {
                        self.visit_expr_mut(argument);
                    }
                    *expr = syn::parse_quote_spanned!(call.method.span()=> #ty::#method #turbofish (#receiver, #arguments));
                    return;
                }
            }
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}
