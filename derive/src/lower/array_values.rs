//! Arrays handled as whole values: a literal `[a, b, c]` (or nested rows of them), a copy
//! `xs.to_vec()` / `xs.clone()`, and the assignment of one to a local array. Each becomes
//! a local array of zeros written element by element, the elements all evaluated first.

use super::loops::strip_parens;
use super::*;

impl Lowerer<'_> {
    /// `let name = [a, b];` or `let name = xs.to_vec();`: true when `init` is one of those
    /// (lowered), false when it is not an array value of floats.
    pub(super) fn lower_array_value_let(
        &mut self,
        name: &Ident,
        init: &Expr,
        env: &mut Env,
        block: &mut Block,
    ) -> bool {
        let statements = match self.array_value(name, init, env, true) {
            Some(statements) => statements,
            None => return false,
        };
        self.lower_synthetic(&statements, env, block);
        true
    }

    /// `let p = pts[1];` (a row), `let row = &z[a..b];` (a window): another name for part of
    /// an argument array, which never changes; a row of a local array, or a `let mut`, is
    /// copied. True when `init` is one of those.
    pub(super) fn declare_alias(
        &mut self,
        name: &Ident,
        init: &Expr,
        mutable: bool,
        env: &mut Env,
        block: &mut Block,
    ) -> bool {
        let Some((array, prefix, offset, length)) = self.slice_of(init, env) else {
            return false;
        };
        // A `let mut` copy may be written or assigned later: it is an array of its own.
        if mutable || self.arrays[array.0 as usize].argument.is_none() {
            return match self.copy_of(name, init, env, true) {
                Some(statements) => {
                    self.lower_synthetic(&statements, env, block);
                    true
                }
                None => false,
            };
        }
        let binding = match offset {
            Some(start) => Binding::Window {
                array,
                prefix,
                start,
                len: length,
            },
            None => Binding::Array { array, prefix },
        };
        env.declare(key(name), binding);
        true
    }

    /// `let mut v = Vec::new();` (or `Vec::with_capacity(n)`, `vec![]`) of floats, typed so or
    /// later pushed floats: a local vector that grows. True when `init` is one.
    pub(super) fn declare_growing_vector(
        &mut self,
        name: &Ident,
        ty: Option<&Type>,
        init: &Expr,
        env: &mut Env,
        block: &mut Block,
    ) -> bool {
        let empty = match strip_parens(init) {
            Expr::Call(call) => matches!(&*call.func, Expr::Path(path)
                if path.path.segments.len() >= 2
                    && path.path.segments[path.path.segments.len() - 2].ident == "Vec"
                    && matches!(path.path.segments.last().unwrap().ident.to_string().as_str(), "new" | "with_capacity")),
            Expr::Macro(mac) => mac.mac.path.is_ident("vec") && mac.mac.tokens.is_empty(),
            _ => false,
        };
        if !empty {
            return false;
        }
        let float = self.float.ident().to_string();
        let typed_float = ty
            .is_some_and(|ty| quote!(#ty).to_string().replace(' ', "") == format!("Vec<{float}>"));
        if !(typed_float || (ty.is_none() && self.float_names.contains(&key(name)))) {
            return false;
        }
        let array = ArrayId(self.arrays.len() as u32);
        self.arrays.push(ArrayInfo {
            name: self.namer.name(&key(name)),
            span: Span::call_site(),
            rank: 1,
            argument: None,
            written: true,
        });
        let init = self.rename(init, env);
        block.stmts.push(Stmt::DeclareArray {
            array,
            init,
            zeros: quote!(::std::vec::Vec::new()),
            vector: true,
        });
        env.declare(
            key(name),
            Binding::Array {
                array,
                prefix: Vec::new(),
            },
        );
        true
    }

    /// `v.push(x);` onto a local vector of floats: true when lowered.
    pub(super) fn lower_push(
        &mut self,
        call: &syn::ExprMethodCall,
        env: &mut Env,
        block: &mut Block,
    ) -> bool {
        let Some((array, prefix)) = self.array_of(&call.receiver, env) else {
            return false;
        };
        if self.arrays[array.0 as usize].argument.is_some() || !prefix.is_empty() {
            return false;
        }
        let value = self.lower_float(&call.args[0], env, block);
        block.stmts.push(Stmt::Write {
            array,
            indices: Vec::new(),
            kind: WriteKind::Push,
            value,
            origin: None,
        });
        true
    }

    /// `u.copy_from_slice(&next);` into a local array: `u = next`. True when lowered.
    pub(super) fn lower_copy_from_slice(
        &mut self,
        call: &syn::ExprMethodCall,
        env: &mut Env,
        block: &mut Block,
    ) -> bool {
        if !(call.method == "copy_from_slice" || call.method == "clone_from_slice")
            || call.args.len() != 1
        {
            return false;
        }
        let Expr::Path(path) = &*call.receiver else {
            return false;
        };
        let Some(target) = path.path.get_ident() else {
            return false;
        };
        let local = matches!(env.lookup(&key(target)), Some(Binding::Array { array, .. })
            if self.arrays[array.0 as usize].argument.is_none());
        let source = match &call.args[0] {
            Expr::Reference(reference) => &*reference.expr,
            other => other,
        };
        local && self.lower_array_value_assignment(target, source, env, block)
    }

    /// `name = [a, b];` or `name = other;` for a local array `name`: true when lowered.
    pub(super) fn lower_array_value_assignment(
        &mut self,
        name: &Ident,
        value: &Expr,
        env: &mut Env,
        block: &mut Block,
    ) -> bool {
        let statements = match self.array_value(name, value, env, false) {
            Some(statements) => statements,
            None => return false,
        };
        // The statements run in a scope of their own; the array is written, not rebound.
        let mut scoped: Vec<SynStmt> = Vec::new();
        scoped.push(syn::parse_quote!({ #(#statements)* }));
        self.lower_synthetic(&scoped, env, block);
        true
    }

    /// The statements that give `name` the array value `value`: declaring it (`declare`)
    /// or writing into it.
    fn array_value(
        &mut self,
        name: &Ident,
        value: &Expr,
        env: &Env,
        declare: bool,
    ) -> Option<Vec<SynStmt>> {
        match strip_parens(value) {
            Expr::Array(literal) => {
                let mut elements = Vec::new();
                let shape = literal_shape(literal, &mut Vec::new(), &mut elements)?;
                if !elements
                    .iter()
                    .any(|(_, element)| self.infer(element, env) == Kind::Float)
                {
                    return None;
                }
                let mut statements: Vec<SynStmt> = Vec::new();
                let temporaries: Vec<Ident> = (0..elements.len())
                    .map(|index| format_ident!("__gradus_element{}", index))
                    .collect();
                for (temporary, (_, element)) in temporaries.iter().zip(&elements) {
                    let float = self.float.ident();
                    statements.push(syn::parse_quote!(let #temporary: #float = #element;));
                }
                if declare {
                    let zero: Expr = self.float.zero_in_body();
                    let zeros = shape
                        .iter()
                        .rev()
                        .fold(zero, |inner, length| syn::parse_quote!([#inner; #length]));
                    statements.push(syn::parse_quote!(let mut #name = #zeros;));
                }
                for (temporary, (indices, _)) in temporaries.iter().zip(&elements) {
                    statements.push(syn::parse_quote!(#name #([#indices])* = #temporary;));
                }
                Some(statements)
            }
            Expr::MethodCall(call)
                if call.args.is_empty()
                    && matches!(
                        call.method.to_string().as_str(),
                        "to_vec" | "clone" | "to_owned"
                    ) =>
            {
                self.copy_of(name, &call.receiver, env, declare)
            }
            source @ Expr::Path(_) if !declare => self.copy_of(name, source, env, declare),
            _ => None,
        }
    }

    /// Copies the vector of floats `source` into `name` (declared as a vector of its length).
    fn copy_of(
        &mut self,
        name: &Ident,
        source: &Expr,
        env: &Env,
        declare: bool,
    ) -> Option<Vec<SynStmt>> {
        let (array, prefix, _, _) = self.slice_of(source, env)?;
        if prefix.len() + 1 != self.arrays[array.0 as usize].rank {
            return None;
        }
        let index: Ident = syn::parse_quote!(__gradus_copied);
        let zero: Expr = self.float.zero_in_body();
        let mut statements: Vec<SynStmt> = Vec::new();
        if declare {
            statements.push(syn::parse_quote!(let mut #name = vec![#zero; #source.len()];));
        }
        statements.push(syn::parse_quote!(
            for #index in 0..#source.len() {
                #name[#index] = #source[#index];
            }
        ));
        Some(statements)
    }

    /// Lowers statements the lowering wrote itself, in the current scope.
    fn lower_synthetic(&mut self, statements: &[SynStmt], env: &mut Env, block: &mut Block) {
        let items: Vec<super::Item> = statements.iter().map(super::Item::Stmt).collect();
        self.lower_sequence(&items, env, block, Tail::Statement);
    }
}

/// The lengths of a (nested) array literal, outermost first, and each element with its
/// indices; `None` when the rows differ in length.
fn literal_shape(
    literal: &syn::ExprArray,
    at: &mut Vec<usize>,
    elements: &mut Vec<(Vec<syn::LitInt>, Expr)>,
) -> Option<Vec<usize>> {
    let mut inner_shape: Option<Vec<usize>> = None;
    for (index, element) in literal.elems.iter().enumerate() {
        at.push(index);
        match strip_parens(element) {
            Expr::Array(row) => {
                let shape = literal_shape(row, at, elements)?;
                if inner_shape.as_ref().is_some_and(|known| *known != shape) {
                    return None;
                }
                inner_shape = Some(shape);
            }
            other => {
                if inner_shape.as_ref().is_some_and(|known| !known.is_empty()) {
                    return None;
                }
                inner_shape = Some(Vec::new());
                let indices = at
                    .iter()
                    .map(|i| syn::LitInt::new(&i.to_string(), proc_macro2::Span::call_site()))
                    .collect();
                elements.push((indices, other.clone()));
            }
        }
        at.pop();
    }
    let mut shape = vec![literal.elems.len()];
    shape.extend(inner_shape.unwrap_or_default());
    Some(shape)
}
