//! Refuses, up front and all at once, the constructs the DSL never supports, each at its
//! own span with the way out. What depends on types (is this a float?) is checked while
//! lowering, which stays silent about the constructs refused here.

use crate::errors::Errors;
use syn::visit::Visit;
use syn::{Block, Expr, Stmt};

const TAPE_WAY_OUT: &str = "or use #[differentiable(tape)]";

/// The message for an expression the DSL never supports, if `expr` is one.
pub fn refusal(expr: &Expr) -> Option<String> {
    let message = match expr {
        Expr::Closure(_) => format!("closures are not supported in a #[differentiable] body; write the computation inline, call a #[differentiable] function, {TAPE_WAY_OUT}"),
        Expr::Match(_) => format!("`match` is not supported in a #[differentiable] body; rewrite it with `if` / `else if`, {TAPE_WAY_OUT}"),
        Expr::Macro(mac) if !is_vec_macro(&mac.mac) && !is_assertion(&mac.mac) => format!("macros are not supported inside a #[differentiable] body (their expansion is not visible to it); write the expression out, {TAPE_WAY_OUT}"),
        Expr::Unsafe(_) => "`unsafe` is not supported in a #[differentiable] body; gradus generates safe code only".to_string(),
        Expr::Async(_) | Expr::Await(_) => "async code is not supported in a #[differentiable] body; differentiate a plain function and call it from async code".to_string(),
        Expr::Try(_) | Expr::TryBlock(_) => "the `?` operator is not supported: a #[differentiable] body cannot fail; compute the value directly".to_string(),
        Expr::Let(_) => "`if let` is not supported in a #[differentiable] body; branch on a comparison instead".to_string(),
        Expr::Field(_) => "field access is not supported by #[differentiable] yet (structs of parameters come later); pass the fields as arguments".to_string(),
        Expr::Tuple(tuple) if !tuple.elems.is_empty() => "tuples are not supported in a #[differentiable] body: it computes one float".to_string(),
        Expr::Array(_) => format!("array literals are not supported in a #[differentiable] body; declare `let mut a = [0.0; N];` and write its elements, {TAPE_WAY_OUT}"),
        Expr::Block(block) if block.label.is_some() => format!("labelled blocks are not supported in a #[differentiable] body; rewrite with `if` / `else`, {TAPE_WAY_OUT}"),
        Expr::Struct(_) => "struct literals are not supported in a #[differentiable] body".to_string(),
        Expr::Yield(_) => "`yield` is not supported in a #[differentiable] body".to_string(),
        Expr::Const(_) => "`const` blocks are not supported in a #[differentiable] body; use a `const` item outside the function".to_string(),
        Expr::Assign(_) | Expr::Binary(_) | Expr::Block(_) | Expr::Call(_) | Expr::Cast(_)
        | Expr::Group(_) | Expr::If(_) | Expr::Lit(_) | Expr::MethodCall(_) | Expr::Paren(_)
        | Expr::Path(_) | Expr::Return(_) | Expr::Unary(_) | Expr::Tuple(_) | Expr::ForLoop(_)
        | Expr::While(_) | Expr::Loop(_) | Expr::Break(_) | Expr::Continue(_) | Expr::Range(_)
        | Expr::Index(_) | Expr::Repeat(_) | Expr::Macro(_) | Expr::Reference(_) => return None,
        _ => format!("this expression is not supported in a #[differentiable] body; {TAPE_WAY_OUT}"),
    };
    Some(message)
}

/// `vec![c; n]`, the one macro a body may use (for a local vector).
fn is_vec_macro(mac: &syn::Macro) -> bool {
    mac.path.is_ident("vec")
}

/// `assert!`, `assert_eq!`, `debug_assert_ne!` and friends: checks kept in the forward sweep.
pub fn is_assertion(mac: &syn::Macro) -> bool {
    mac.path.segments.last().is_some_and(|segment| {
        matches!(
            segment.ident.to_string().as_str(),
            "assert"
                | "assert_eq"
                | "assert_ne"
                | "debug_assert"
                | "debug_assert_eq"
                | "debug_assert_ne"
        )
    })
}

pub fn check(body: &Block, errors: &mut Errors) {
    let mut checker = Checker { errors };
    checker.visit_block(body);
}

struct Checker<'e> {
    errors: &'e mut Errors,
}

impl<'ast> Visit<'ast> for Checker<'_> {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        match refusal(expr) {
            // One error per construct: what is inside a refused construct is not read.
            Some(message) => self.errors.at(refused_tokens(expr), message),
            None => syn::visit::visit_expr(self, expr),
        }
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        // `let (a, b) = (x, y);` destructures; its tuple is not a value of its own.
        let tuple_pattern = match &local.pat {
            syn::Pat::Tuple(_) => true,
            syn::Pat::Type(typed) => matches!(&*typed.pat, syn::Pat::Tuple(_)),
            _ => false,
        };
        if let (true, Some(init)) = (tuple_pattern, &local.init) {
            if let Expr::Tuple(tuple) = &*init.expr {
                for element in &tuple.elems {
                    self.visit_expr(element);
                }
                return;
            }
        }
        syn::visit::visit_local(self, local);
    }

    fn visit_stmt(&mut self, stmt: &'ast Stmt) {
        match stmt {
            Stmt::Item(item) => self.errors.at(
                item,
                "items inside a #[differentiable] body are not supported; move this item out of the function",
            ),
            Stmt::Macro(mac) if !is_vec_macro(&mac.mac) && !is_assertion(&mac.mac) => self.errors.at(
                &mac.mac,
                format!("macros are not supported inside a #[differentiable] body (their expansion is not visible to it); write the expression out, {TAPE_WAY_OUT}"),
            ),
            _ => syn::visit::visit_stmt(self, stmt),
        }
    }
}

/// The tokens an error points at: the keyword of a construct with a body, so the
/// message sits on `match` or `for` rather than under the whole block.
fn refused_tokens(expr: &Expr) -> proc_macro2::TokenStream {
    use quote::ToTokens;
    match expr {
        Expr::Match(m) => m.match_token.to_token_stream(),
        Expr::ForLoop(f) => f.for_token.to_token_stream(),
        Expr::While(w) => w.while_token.to_token_stream(),
        Expr::Loop(l) => l.loop_token.to_token_stream(),
        Expr::Unsafe(u) => u.unsafe_token.to_token_stream(),
        Expr::Closure(c) => {
            let mut tokens = c.or1_token.to_token_stream();
            c.inputs.to_tokens(&mut tokens);
            c.or2_token.to_tokens(&mut tokens);
            tokens
        }
        Expr::Macro(m) => m.mac.path.to_token_stream(),
        other => other.to_token_stream(),
    }
}
