//! `let (a, b) = (x, y);` and `let (s, c) = x.sin_cos();`: a tuple pattern binds each name
//! to its own value, every element evaluated before any name is bound (so
//! `let (a, b) = (b, a);` swaps).

use super::loops::strip_parens;
use super::*;

impl Lowerer<'_> {
    pub(super) fn lower_tuple_let(
        &mut self,
        pattern: &syn::PatTuple,
        ty: Option<&Type>,
        init: &Expr,
        env: &mut Env,
        block: &mut Block,
    ) {
        let element_types: Vec<Option<&Type>> = match ty {
            Some(Type::Tuple(types)) if types.elems.len() == pattern.elems.len() => {
                types.elems.iter().map(Some).collect()
            }
            Some(other) => {
                self.errors
                    .at(other, "this type does not match the tuple pattern");
                return;
            }
            None => vec![None; pattern.elems.len()],
        };
        if let Some(receiver) = sin_cos_receiver(init) {
            if pattern.elems.len() != 2 {
                self.errors.at(
                    pattern,
                    "`sin_cos()` gives two values: write `let (s, c) = x.sin_cos();`",
                );
                return;
            }
            let angle = self.lower_float(receiver, env, block);
            let mut bindings = Vec::new();
            for (pat, function) in pattern.elems.iter().zip([UnaryFn::Sin, UnaryFn::Cos]) {
                let before = self.values.len();
                let value = self.emit(Op::Unary(function, angle.clone()), block);
                if let Some(name) = self.tuple_element_name(pat) {
                    let value = self.bind_float(value, &name, before, block);
                    bindings.push((name, Binding::Float(value)));
                }
            }
            for (name, binding) in bindings {
                env.declare(name, binding);
            }
            return;
        }
        // `let (p, q) = f(x);` of a closure `let f = |a| (a, k * a);`: its body, the
        // arguments bound to its parameters, destructured like any tuple written out.
        if let Some(inlined) = self.inlined_closure_call(init, env) {
            return self.lower_tuple_let(pattern, ty, &inlined, env, block);
        }
        let written_out = matches!(strip_parens(init), Expr::Tuple(_))
            || (0..pattern.elems.len()).all(|index| project(init, index).is_some());
        if !written_out && !self.reads_float_values(init, env) && ty.is_none() {
            // `let (i, j) = edges[n];`: data.
            let value = self.rename(init, env);
            self.bind_data_pattern(&Pat::Tuple(pattern.clone()), value, env, block);
            return;
        }
        if !matches!(strip_parens(init), Expr::Tuple(_)) {
            // `let (a, b) = if c { (x, y) } else { (y, x) };`: each name from its own part.
            let projections: Option<Vec<Expr>> = (0..pattern.elems.len())
                .map(|index| project(init, index))
                .collect();
            if let Some(projections) = projections {
                let values: Expr = syn::parse_quote!((#(#projections,)*));
                return self.lower_tuple_let(pattern, ty, &values, env, block);
            }
        }
        let Expr::Tuple(values) = strip_parens(init) else {
            self.errors.at(init, "#[differentiable] destructures tuples written out (`let (a, b) = (x, y);`, also as the value of each branch of an `if` or `match`), tuples of data and `x.sin_cos()`");
            return;
        };
        if values.elems.len() != pattern.elems.len() {
            self.errors.at(
                init,
                format!(
                    "the pattern has {} names but the tuple {} values",
                    pattern.elems.len(),
                    values.elems.len()
                ),
            );
            return;
        }
        // Each element is lowered as its own `let` against the names bound before the
        // statement; the new names are bound once all are evaluated.
        let before = env.clone();
        let mut bindings = Vec::new();
        for ((pat, value), element_type) in
            pattern.elems.iter().zip(&values.elems).zip(element_types)
        {
            let pat = match element_type {
                Some(ty) => Pat::Type(syn::PatType {
                    attrs: Vec::new(),
                    pat: Box::new(pat.clone()),
                    colon_token: Default::default(),
                    ty: Box::new(ty.clone()),
                }),
                None => pat.clone(),
            };
            let local = Local {
                attrs: Vec::new(),
                let_token: Default::default(),
                pat,
                init: Some(syn::LocalInit {
                    eq_token: Default::default(),
                    expr: Box::new(value.clone()),
                    diverge: None,
                }),
                semi_token: Default::default(),
            };
            let mut scratch = before.clone();
            scratch.push();
            self.lower_let(&local, &mut scratch, block);
            bindings.extend(scratch.scopes.pop().unwrap_or_default());
        }
        for (name, binding) in bindings {
            env.declare(name, binding);
        }
    }

    /// `{ let a = x; body }` for a call `f(x)` of a closure `let f = |a| body;`.
    fn inlined_closure_call(&self, init: &Expr, env: &Env) -> Option<Expr> {
        let Expr::Call(call) = strip_parens(init) else {
            return None;
        };
        let Expr::Path(path) = &*call.func else {
            return None;
        };
        let Some(Binding::Closure { closure, .. }) = env.lookup(&key(path.path.get_ident()?))
        else {
            return None;
        };
        if closure.inputs.len() != call.args.len() {
            return None;
        }
        let parameters = closure.inputs.iter();
        let arguments = call.args.iter();
        let body = &closure.body;
        Some(syn::parse_quote!({ #(let #parameters = #arguments;)* #body }))
    }

    fn tuple_element_name(&mut self, pat: &Pat) -> Option<String> {
        match pat {
            Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => {
                Some(key(&ident.ident))
            }
            Pat::Wild(_) => None,
            other => {
                self.errors.at(
                    other,
                    "#[differentiable] supports names and `_` in a tuple pattern",
                );
                None
            }
        }
    }
}

/// Part `index` of a tuple-valued expression whose every value is a tuple written out:
/// `(a, b)`, a block or an `if` ending in such tuples. `None` otherwise.
fn project(expr: &Expr, index: usize) -> Option<Expr> {
    match expr {
        Expr::Tuple(tuple) => tuple.elems.iter().nth(index).cloned(),
        Expr::Paren(inner) => project(&inner.expr, index),
        Expr::Block(block) if block.label.is_none() => {
            let mut block = block.clone();
            match block.block.stmts.last_mut() {
                Some(SynStmt::Expr(tail, None)) => *tail = project(tail, index)?,
                _ => return None,
            }
            Some(Expr::Block(block))
        }
        Expr::If(expr_if) => {
            let mut expr_if = expr_if.clone();
            let then_value = Expr::Block(syn::ExprBlock {
                attrs: Vec::new(),
                label: None,
                block: expr_if.then_branch.clone(),
            });
            let Expr::Block(then_block) = project(&then_value, index)? else {
                return None;
            };
            expr_if.then_branch = then_block.block;
            let (_, else_branch) = expr_if.else_branch.as_mut()?;
            **else_branch = project(else_branch, index)?;
            Some(Expr::If(expr_if))
        }
        _ => None,
    }
}

/// `x.sin_cos()`, `f64::sin_cos(x)`, `T::sin_cos(x)`: the angle.
fn sin_cos_receiver(expr: &Expr) -> Option<&Expr> {
    match strip_parens(expr) {
        Expr::MethodCall(call) if call.method == "sin_cos" && call.args.is_empty() => {
            Some(&call.receiver)
        }
        Expr::Call(call) if call.args.len() == 1 => match &*call.func {
            Expr::Path(path)
                if path
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "sin_cos") =>
            {
                call.args.first()
            }
            _ => None,
        },
        _ => None,
    }
}
