//! Rewrites `match` and `if let` into the `if` / `else` the lowering reads, before anything
//! else looks at the body. Each arm's test becomes a condition of its own,
//! `match s { PATTERN if GUARD => true, _ => false }` (a `bool` like any other branch
//! decision), and the names a pattern binds are bound at the top of its branch, so the
//! branches hold the user's code unchanged. Matches are on integers, `bool`s and data:
//! nothing a pattern binds is differentiated.

use syn::visit_mut::VisitMut;
use syn::{Arm, Expr, ExprIf, Ident, ItemFn, Pat};

/// The function with its body's `match` and `if let` rewritten.
pub fn desugar(item: &ItemFn) -> ItemFn {
    let mut item = item.clone();
    Desugar { next: 0 }.visit_block_mut(&mut item.block);
    item
}

struct Desugar {
    next: usize,
}

impl VisitMut for Desugar {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        // Inner expressions first, so arms and branches are rewritten before they move.
        syn::visit_mut::visit_expr_mut(self, expr);
        match expr {
            Expr::Match(matched) if !matched.arms.is_empty() => {
                let replacement = self.match_to_if(matched);
                *expr = replacement;
            }
            Expr::If(expr_if) => {
                if let Some(replacement) = self.if_let_to_if(expr_if) {
                    *expr = replacement;
                }
            }
            _ => {}
        }
    }

    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

impl Desugar {
    /// A name for the matched value, unless it is a plain path already.
    fn scrutinee(&mut self, value: &Expr) -> (Option<syn::Stmt>, Expr) {
        // A place (`kind`, `g.outcome`, `rows[i]`, `*p`) is named again in each test: binding
        // it to a local would move a value that is not `Copy` out of a borrow.
        if is_place(value) {
            return (None, value.clone());
        }
        let name = quote::format_ident!("__gradus_matched{}", self.next);
        self.next += 1;
        (
            Some(syn::parse_quote!(let #name = #value;)),
            syn::parse_quote!(#name),
        )
    }

    fn match_to_if(&mut self, matched: &syn::ExprMatch) -> Expr {
        let (binding, scrutinee) = self.scrutinee(&matched.expr);
        let arms: Vec<&Arm> = matched.arms.iter().collect();
        let chain = arms_to_if(&scrutinee, &arms);
        match binding {
            Some(binding) => syn::parse_quote!({ #binding #chain }),
            None => chain,
        }
    }

    fn if_let_to_if(&mut self, expr_if: &ExprIf) -> Option<Expr> {
        let Expr::Let(condition) = &*expr_if.cond else {
            return None;
        };
        let (binding, scrutinee) = self.scrutinee(&condition.expr);
        let pat = &*condition.pat;
        let bindings = bind_names(&scrutinee, pat);
        let then_statements = &expr_if.then_branch.stmts;
        let test = test_of(&scrutinee, pat, None);
        let chain: Expr = match &expr_if.else_branch {
            Some((_, else_branch)) => syn::parse_quote!(
                if #test { #(#bindings)* #(#then_statements)* } else #else_branch
            ),
            None => syn::parse_quote!(if #test { #(#bindings)* #(#then_statements)* }),
        };
        Some(match binding {
            Some(binding) => syn::parse_quote!({ #binding #chain }),
            None => chain,
        })
    }
}

/// A place expression without side effects: a path, a field, an index or a dereference of
/// one.
fn is_place(expr: &Expr) -> bool {
    match expr {
        Expr::Path(_) => true,
        Expr::Field(field) => is_place(&field.base),
        Expr::Index(index) => is_place(&index.expr) && is_place_or_literal(&index.index),
        Expr::Unary(unary) => matches!(unary.op, syn::UnOp::Deref(_)) && is_place(&unary.expr),
        Expr::Paren(inner) => is_place(&inner.expr),
        _ => false,
    }
}

fn is_place_or_literal(expr: &Expr) -> bool {
    matches!(expr, Expr::Lit(_)) || is_place(expr)
}

/// `if test(arm 0) { arm 0 } else if … else { last arm }`.
fn arms_to_if(scrutinee: &Expr, arms: &[&Arm]) -> Expr {
    let (arm, rest) = arms.split_first().expect("a match has arms");
    let bindings = bind_names(scrutinee, &arm.pat);
    let body = &arm.body;
    let branch: Expr = syn::parse_quote!({ #(#bindings)* #body });
    if rest.is_empty() {
        // Exhaustive (rustc checks the function as written): the last arm is what is left.
        return branch;
    }
    let test = test_of(
        scrutinee,
        &arm.pat,
        arm.guard.as_ref().map(|(_, guard)| &**guard),
    );
    let otherwise = arms_to_if(scrutinee, rest);
    let otherwise: Expr = match otherwise {
        Expr::If(_) | Expr::Block(_) => otherwise,
        other => syn::parse_quote!({ #other }),
    };
    syn::parse_quote!(if #test #branch else #otherwise)
}

/// `match scrutinee { PATTERN if GUARD => true, _ => false }`.
fn test_of(scrutinee: &Expr, pat: &Pat, guard: Option<&Expr>) -> Expr {
    let guard = guard.map(|guard| quote::quote!(if #guard));
    syn::parse_quote!(match #scrutinee { #pat #guard => true, _ => false })
}

/// `let name = match scrutinee { PATTERN => name, _ => unreachable!() };` for each name the
/// pattern binds.
fn bind_names(scrutinee: &Expr, pat: &Pat) -> Vec<syn::Stmt> {
    let mut names = Vec::new();
    bound_names(pat, &mut names);
    names
        .iter()
        .map(|name| {
            syn::parse_quote!(
                let #name = match #scrutinee {
                    #pat => #name,
                    _ => ::core::unreachable!(),
                };
            )
        })
        .collect()
}

/// The names a pattern binds. A lone identifier that starts with a capital letter is a
/// constant or a unit variant (`None`), as rustc reads it too.
pub fn bound_names(pat: &Pat, out: &mut Vec<Ident>) {
    match pat {
        Pat::Ident(ident) => {
            let is_binding = ident.subpat.is_some()
                || ident.by_ref.is_some()
                || ident.mutability.is_some()
                || !ident
                    .ident
                    .to_string()
                    .starts_with(|c: char| c.is_uppercase());
            if is_binding {
                out.push(ident.ident.clone());
            }
            if let Some((_, sub)) = &ident.subpat {
                bound_names(sub, out);
            }
        }
        Pat::Tuple(tuple) => tuple.elems.iter().for_each(|pat| bound_names(pat, out)),
        Pat::TupleStruct(tuple) => tuple.elems.iter().for_each(|pat| bound_names(pat, out)),
        Pat::Struct(fields) => fields
            .fields
            .iter()
            .for_each(|field| bound_names(&field.pat, out)),
        Pat::Slice(slice) => slice.elems.iter().for_each(|pat| bound_names(pat, out)),
        Pat::Reference(reference) => bound_names(&reference.pat, out),
        Pat::Paren(inner) => bound_names(&inner.pat, out),
        Pat::Type(typed) => bound_names(&typed.pat, out),
        // `A | B` binds the same names in each alternative.
        Pat::Or(or) => {
            if let Some(first) = or.cases.first() {
                bound_names(first, out);
            }
        }
        _ => {}
    }
}
