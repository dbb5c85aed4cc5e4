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
        Expr::Macro(mac) if !is_vec_macro(&mac.mac) && !is_assertion(&mac.mac) && !is_panic(&mac.mac) => format!("macros are not supported inside a #[differentiable] body (their expansion is not visible to it); write the expression out, {TAPE_WAY_OUT}"),
        Expr::Unsafe(_) => "`unsafe` is not supported in a #[differentiable] body; gradus generates safe code only".to_string(),
        Expr::Async(_) | Expr::Await(_) => "async code is not supported in a #[differentiable] body; differentiate a plain function and call it from async code".to_string(),
        Expr::Try(_) | Expr::TryBlock(_) => "the `?` operator is not supported: a #[differentiable] body cannot fail; compute the value directly".to_string(),
        Expr::Let(_) => format!("`while let` is not supported in a #[differentiable] body; write a `loop` with a `match` or `if let` that breaks, {TAPE_WAY_OUT}"),
        Expr::Tuple(tuple) if !tuple.elems.is_empty() => "tuples are not supported in a #[differentiable] body except as what `let (a, b) = …` destructures; bind the parts to names with `let (a, b) = (…, …);`".to_string(),
        Expr::Block(block) if block.label.is_some() => format!("labelled blocks are not supported in a #[differentiable] body; rewrite with `if` / `else`, {TAPE_WAY_OUT}"),
        Expr::Struct(_) => "struct literals are not supported in a #[differentiable] body; keep the fields in separate `let`s, or use #[differentiable(tape)]".to_string(),
        Expr::Yield(_) => "`yield` is not supported in a #[differentiable] body".to_string(),
        Expr::Const(_) => "`const` blocks are not supported in a #[differentiable] body; use a `const` item outside the function".to_string(),
        Expr::Assign(_) | Expr::Binary(_) | Expr::Block(_) | Expr::Call(_) | Expr::Cast(_)
        | Expr::Group(_) | Expr::If(_) | Expr::Lit(_) | Expr::MethodCall(_) | Expr::Paren(_)
        | Expr::Path(_) | Expr::Return(_) | Expr::Unary(_) | Expr::Tuple(_) | Expr::ForLoop(_)
        | Expr::While(_) | Expr::Loop(_) | Expr::Break(_) | Expr::Continue(_) | Expr::Range(_)
        | Expr::Index(_) | Expr::Repeat(_) | Expr::Macro(_) | Expr::Reference(_) | Expr::Array(_)
        | Expr::Match(_) | Expr::Field(_) => return None,
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

/// `panic!`, `unreachable!`, `todo!`, `unimplemented!`: they end the program, so they stand
/// for any value and need no derivative.
pub fn is_panic(mac: &syn::Macro) -> bool {
    mac.path.segments.last().is_some_and(|segment| {
        matches!(
            segment.ident.to_string().as_str(),
            "panic" | "unreachable" | "todo" | "unimplemented"
        )
    })
}

pub fn check(body: &Block, errors: &mut Errors) {
    let mut checker = Checker {
        errors,
        tuples_allowed: false,
    };
    checker.visit_block(body);
}

struct Checker<'e> {
    errors: &'e mut Errors,
    /// Inside the value of `let (a, b) = …`.
    tuples_allowed: bool,
}

impl<'ast> Visit<'ast> for Checker<'_> {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        if let (true, Expr::Tuple(tuple)) = (self.tuples_allowed, expr) {
            for element in &tuple.elems {
                self.visit_expr(element);
            }
            return;
        }
        match refusal(expr) {
            // One error per construct: what is inside a refused construct is not read.
            Some(message) => self.errors.at(refused_tokens(expr), message),
            None => syn::visit::visit_expr(self, expr),
        }
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        // Closures passed to iterator methods (`map`, `fold`, `any`, …) are read as part of
        // the pipeline; elsewhere a closure is refused.
        self.visit_expr(&call.receiver);
        for argument in &call.args {
            match argument {
                Expr::Closure(closure) => {
                    self.check_closure(closure);
                    self.visit_expr(&closure.body);
                }
                other => self.visit_expr(other),
            }
        }
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        // `let (a, b) = (x, y);` destructures; its tuple is not a value of its own.
        let tuple_pattern = match &local.pat {
            syn::Pat::Tuple(_) => true,
            syn::Pat::Type(typed) => matches!(&*typed.pat, syn::Pat::Tuple(_)),
            _ => false,
        };
        // `let f = |t| …;`: a closure called by name is inlined at its calls.
        if let Some(init) = &local.init {
            if let Expr::Closure(closure) = &*init.expr {
                self.check_closure(closure);
                // A closure may give a tuple, which `let (a, b) = f(x);` destructures.
                let before = self.tuples_allowed;
                self.tuples_allowed = true;
                self.visit_expr(&closure.body);
                self.tuples_allowed = before;
                return;
            }
        }
        if let (true, Some(init)) = (tuple_pattern, &local.init) {
            // The tuples it destructures may be written out in branches too.
            let before = self.tuples_allowed;
            self.tuples_allowed = true;
            self.visit_expr(&init.expr);
            self.tuples_allowed = before;
            return;
        }
        syn::visit::visit_local(self, local);
    }

    fn visit_stmt(&mut self, stmt: &'ast Stmt) {
        match stmt {
            Stmt::Item(syn::Item::Const(item)) => self.visit_expr(&item.expr),
            Stmt::Item(item) => self.errors.at(
                item,
                "items other than `const` are not supported inside a #[differentiable] body; move this item out of the function",
            ),
            Stmt::Macro(mac)
                if !is_vec_macro(&mac.mac) && !is_assertion(&mac.mac) && !is_panic(&mac.mac) => self.errors.at(
                &mac.mac,
                format!("macros are not supported inside a #[differentiable] body (their expansion is not visible to it); write the expression out, {TAPE_WAY_OUT}"),
            ),
            _ => syn::visit::visit_stmt(self, stmt),
        }
    }
}

impl Checker<'_> {
    /// A closure of a pipeline computes a value from its arguments: it may not assign to
    /// what it captures, nor `return` from the function around it.
    fn check_closure(&mut self, closure: &syn::ExprClosure) {
        struct Effects<'c> {
            locals: Vec<String>,
            errors: &'c mut Errors,
        }
        impl Effects<'_> {
            fn note_target(&mut self, target: &Expr) {
                let mut root = target;
                while let Expr::Index(index) = root {
                    root = &index.expr;
                }
                if let Expr::Path(path) = root {
                    if let Some(ident) = path.path.get_ident() {
                        if !self.locals.contains(&ident.to_string()) {
                            self.errors.at(target, format!("closures that change what they capture are not supported in a #[differentiable] body; compute `{ident}` with a `for` loop, or use #[differentiable(tape)]"));
                        }
                    }
                }
            }
        }
        impl<'ast> Visit<'ast> for Effects<'_> {
            fn visit_pat_ident(&mut self, pat: &'ast syn::PatIdent) {
                self.locals.push(pat.ident.to_string());
            }
            fn visit_expr_assign(&mut self, assign: &'ast syn::ExprAssign) {
                self.note_target(&assign.left);
                syn::visit::visit_expr_assign(self, assign);
            }
            fn visit_expr_binary(&mut self, binary: &'ast syn::ExprBinary) {
                use syn::BinOp::*;
                if matches!(
                    binary.op,
                    AddAssign(_) | SubAssign(_) | MulAssign(_) | DivAssign(_) | RemAssign(_)
                ) {
                    self.note_target(&binary.left);
                }
                syn::visit::visit_expr_binary(self, binary);
            }
            fn visit_expr_return(&mut self, ret: &'ast syn::ExprReturn) {
                self.errors.at(ret, "`return` inside a closure is not supported in a #[differentiable] body; give the closure's value as its last expression");
            }
        }
        let mut effects = Effects {
            locals: Vec::new(),
            errors: self.errors,
        };
        for input in &closure.inputs {
            effects.visit_pat(input);
        }
        effects.visit_expr(&closure.body);
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
