//! Lowering of `for`, `while` and `loop`. Every loop becomes a range loop or an unbounded
//! one: `xs.iter()`, `.enumerate()` and `.zip(…)` walk an index and read the elements.
//! Floats the body assigns that live outside it are carried in cells: read at the top of
//! each iteration, set at the end of each path through the body.

use super::*;
use syn::Stmt as SynStmt;
use syn::{ExprForLoop, ExprLoop, ExprWhile, Label};

/// What a `for` loop walks.
struct Walk {
    header: LoopHeader,
    /// Bindings for the pattern, made at the top of each iteration.
    items: Vec<(Pat, ItemSource)>,
}

pub(super) enum ItemSource {
    /// The integer index itself, the loop's variable of that name.
    Index(String),
    /// An element of constant data (not an array of the function's floats), borrowed.
    Data(TokenStream),
    /// An element (or row) of an array at the index.
    Element(ArrayId, Vec<Index>),
    /// An item of an iterator (see `iter`).
    Iterated(super::iter::Item),
}

impl Lowerer<'_> {
    /// Sets the carried floats from the current bindings and ends the path with `end`.
    pub(super) fn end_iteration(&mut self, env: &Env, block: &mut Block, end: Stmt) {
        let Some(context) = self.loops.last().cloned() else {
            return;
        };
        for (name, cell) in &context.carried {
            if let Some(Binding::Float(value)) = env.lookup_within(name, context.outer_scopes) {
                block.stmts.push(Stmt::SetCell {
                    cell: *cell,
                    source: Operand::Value(*value),
                });
            }
        }
        block.stmts.push(end);
    }

    /// A loop with a `return` inside: the `return` sets a flag and the result's cell and
    /// breaks out; after the loop, the flag decides between returning (or breaking out of
    /// the enclosing loop too) and going on with `rest`.
    pub(super) fn lower_returning_loop(
        &mut self,
        expr: &Expr,
        rest: &[Item],
        env: &mut Env,
        block: &mut Block,
        tail: Tail,
    ) {
        let outermost = self.return_exit.is_none();
        if outermost {
            let flag = names::ident(&self.namer.name("returned"), Span::call_site());
            block.stmts.push(Stmt::Opaque {
                tokens: quote!(let mut #flag: bool = false;),
                replay: false,
            });
            let cell = CellId(self.cells.len() as u32);
            let name = self.namer.name("returned_value");
            self.cells.push(CellInfo { name });
            self.return_exit = Some((flag, cell));
        }
        let (flag, cell) = self.return_exit.clone().unwrap();
        match expr {
            Expr::ForLoop(for_loop) => self.lower_for(for_loop, env, block),
            Expr::While(while_loop) => self.lower_while(while_loop, env, block),
            Expr::Loop(plain_loop) => self.lower_plain_loop(plain_loop, env, block),
            _ => {}
        }
        let condition = self.new_snapshot("returned_here", quote!(bool));
        block.stmts.push(Stmt::Snapshot {
            snapshot: condition,
            tokens: quote!(#flag),
        });
        let mut then_block = Block::default();
        if self.loops.is_empty() {
            let value = self.temporary();
            then_block.stmts.push(Stmt::Assign {
                value,
                op: Op::ReadCell(cell),
            });
            then_block.stmts.push(Stmt::Return(Operand::Value(value)));
        } else {
            self.end_iteration(env, &mut then_block, Stmt::Break);
        }
        let mut else_env = env.clone();
        let mut else_block = Block::default();
        let ended = self.lower_sequence(rest, &mut else_env, &mut else_block, tail);
        if !ended && tail == Tail::Result {
            self.errors.at(
                expr,
                "#[differentiable] needs the body to end with the returned value",
            );
        }
        block.stmts.push(Stmt::If {
            condition,
            then_block,
            else_block,
            merges: Vec::new(),
        });
        if outermost {
            self.return_exit = None;
        }
    }

    fn refuse_label(&mut self, label: &Option<Label>) -> bool {
        if let Some(label) = label {
            self.errors.at(label, "#[differentiable] does not support loop labels; restructure the loops, or use #[differentiable(tape)]");
            return true;
        }
        false
    }

    pub(super) fn lower_for(&mut self, for_loop: &ExprForLoop, env: &mut Env, block: &mut Block) {
        if self.refuse_label(&for_loop.label) {
            return;
        }
        if let Some(unmapped) = self.for_over_maps(for_loop) {
            return self.lower_for(&unmapped, env, block);
        }
        if let Some(counted) = self.counted_range(for_loop, env) {
            let items: Vec<Item> = counted.iter().map(Item::Stmt).collect();
            self.lower_sequence(&items, env, block, Tail::Statement);
            return;
        }
        let Some(walk) = self.walk(&for_loop.pat, &for_loop.expr, env) else {
            return;
        };
        let body: Vec<Item> = for_loop.body.stmts.iter().map(Item::Stmt).collect();
        self.lower_loop_body(
            walk.header,
            &walk.items,
            None,
            &body,
            &for_loop.body,
            env,
            block,
        );
    }

    pub(super) fn lower_while(&mut self, while_loop: &ExprWhile, env: &mut Env, block: &mut Block) {
        if self.refuse_label(&while_loop.label) {
            return;
        }
        let body: Vec<Item> = while_loop.body.stmts.iter().map(Item::Stmt).collect();
        self.lower_loop_body(
            LoopHeader::Unbounded,
            &[],
            Some(&while_loop.cond),
            &body,
            &while_loop.body,
            env,
            block,
        );
    }

    pub(super) fn lower_plain_loop(
        &mut self,
        plain_loop: &ExprLoop,
        env: &mut Env,
        block: &mut Block,
    ) {
        if self.refuse_label(&plain_loop.label) {
            return;
        }
        let body: Vec<Item> = plain_loop.body.stmts.iter().map(Item::Stmt).collect();
        self.lower_loop_body(
            LoopHeader::Unbounded,
            &[],
            None,
            &body,
            &plain_loop.body,
            env,
            block,
        );
    }

    #[allow(clippy::too_many_arguments)]
    fn lower_loop_body(
        &mut self,
        header: LoopHeader,
        items: &[(Pat, ItemSource)],
        condition: Option<&Expr>,
        body_items: &[Item],
        body_block: &syn::Block,
        env: &mut Env,
        block: &mut Block,
    ) {
        // The outer floats the body assigns are carried around the loop.
        let mut carried = Vec::new();
        for name in assigned_names(body_block) {
            if let Some(Binding::Float(value)) = env.lookup(&name).cloned() {
                let cell = CellId(self.cells.len() as u32);
                let cell_name = self.namer.name(&format!("{name}_carried"));
                self.cells.push(CellInfo { name: cell_name });
                block.stmts.push(Stmt::SetCell {
                    cell,
                    source: Operand::Value(value),
                });
                carried.push((name, cell));
            }
        }
        let outer_scopes = env.scopes.len();
        self.loops.push(LoopContext {
            carried: carried.clone(),
            outer_scopes,
        });
        let mut body = Block::default();
        for (name, cell) in &carried {
            let value_name = self.namer.name(name);
            let value = self.new_value(value_name);
            body.stmts.push(Stmt::Assign {
                value,
                op: Op::ReadCell(*cell),
            });
            env.assign(name, Binding::Float(value));
        }
        env.push();
        for (pat, source) in items {
            self.bind_item(pat, source, env, &mut body);
        }
        let mut items: Vec<Item> = body_items.to_vec();
        items.push(Item::PopScope);
        match condition {
            Some(condition) => {
                // `while c { body }` is `loop { if c { body } else { break } }`.
                let decision = self.snapshot_condition(condition, env, &mut body);
                let mut then_env = env.clone();
                let mut then_block = Block::default();
                self.lower_sequence(&items, &mut then_env, &mut then_block, Tail::Iteration);
                let mut else_block = Block::default();
                env.pop();
                self.end_iteration(env, &mut else_block, Stmt::Break);
                body.stmts.push(Stmt::If {
                    condition: decision,
                    then_block,
                    else_block,
                    merges: Vec::new(),
                });
            }
            None => {
                let mut body_env = env.clone();
                self.lower_sequence(&items, &mut body_env, &mut body, Tail::Iteration);
                env.pop();
            }
        }
        self.loops.pop();
        block.stmts.push(Stmt::Loop { header, body });
        for (name, cell) in &carried {
            let value_name = self.namer.name(name);
            let value = self.new_value(value_name);
            block.stmts.push(Stmt::Assign {
                value,
                op: Op::ReadCell(*cell),
            });
            env.assign(name, Binding::Float(value));
        }
    }

    /// Binds one pattern of a `for` loop for the current iteration.
    pub(super) fn bind_item(
        &mut self,
        pat: &Pat,
        source: &ItemSource,
        env: &mut Env,
        body: &mut Block,
    ) {
        if let ItemSource::Iterated(item) = source {
            return self.bind_iteration_item(pat, item, env, body);
        }
        let (pat, by_value) = match pat {
            Pat::Reference(reference) => (&*reference.pat, true),
            other => (other, false),
        };
        let name = match pat {
            Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => &ident.ident,
            Pat::Wild(_) => return,
            other => {
                if let ItemSource::Data(element) = source {
                    // `for &(i, j) in edges.iter()`: data destructured as Rust does it.
                    let borrow = if by_value { quote!() } else { quote!(&) };
                    self.bind_data_pattern(other, quote!(#borrow #element), env, body);
                    return;
                }
                self.errors.at(other, "#[differentiable] supports `for` patterns made of names, `&name`, `_` and pairs of those");
                return;
            }
        };
        match source {
            ItemSource::Index(variable) => {
                let variable = names::ident(variable, Span::call_site());
                env.declare(key(name), Binding::LoopVar { name: variable });
            }
            ItemSource::Data(element) => {
                let generated = names::ident(&self.namer.name(&key(name)), name.span());
                // `&row` copies the element out, as the pattern does in a plain `for`.
                let borrow = if by_value { quote!() } else { quote!(&) };
                body.stmts.push(Stmt::Opaque {
                    tokens: quote!(let #generated = #borrow #element;),
                    replay: true,
                });
                if !by_value {
                    self.borrowed.insert(generated.to_string());
                }
                env.declare(
                    key(name),
                    Binding::Other {
                        name: generated,
                        kind: Kind::Unknown,
                        stable: true,
                    },
                );
            }
            ItemSource::Iterated(_) => {}
            ItemSource::Element(array, indices) => {
                let rank = self.arrays[array.0 as usize].rank;
                if indices.len() < rank {
                    env.declare(
                        key(name),
                        Binding::Array {
                            array: *array,
                            prefix: indices.clone(),
                        },
                    );
                } else {
                    let value_name = self.namer.name(&key(name));
                    let value = self.new_value(value_name);
                    body.stmts.push(Stmt::Assign {
                        value,
                        op: Op::Read(*array, indices.clone()),
                    });
                    env.declare(key(name), Binding::Float(value));
                }
            }
        }
    }

    /// `for i in a..b` (or `a..=b`, `(a..b).rev()`) whose bounds the reverse sweep cannot
    /// evaluate again (`1..=((y * 2.0).round() as u32)` inside a loop over `y`): a counter
    /// and a `while`, whose decisions are recorded like any loop's. `None` for other loops.
    fn counted_range(&mut self, for_loop: &ExprForLoop, env: &Env) -> Option<Vec<SynStmt>> {
        let (range, reversed) = match strip_parens(&for_loop.expr) {
            Expr::Range(range) => (range, false),
            Expr::MethodCall(call) if call.method == "rev" && call.args.is_empty() => {
                match strip_parens(&call.receiver) {
                    Expr::Range(range) => (range, true),
                    _ => return None,
                }
            }
            _ => return None,
        };
        let (Some(start), Some(end)) = (&range.start, &range.end) else {
            return None;
        };
        if self.is_range(&for_loop.expr, env) || for_loop.label.is_some() {
            return None;
        }
        let closed = matches!(range.limits, syn::RangeLimits::Closed(_));
        let pat = &for_loop.pat;
        let body = &for_loop.body.stmts;
        let counter: Ident = syn::parse_quote!(__gradus_counter);
        let bound: Ident = syn::parse_quote!(__gradus_bound);
        let (init, limit, test, step_then_bind): (Expr, Expr, Expr, Vec<SynStmt>) = if reversed {
            // `(a..b).rev()` counts down from `b` (or `b + 1`) to `a`.
            let top: Expr = if closed {
                syn::parse_quote!((#end) + 1)
            } else {
                syn::parse_quote!(#end)
            };
            (
                top,
                syn::parse_quote!(#start),
                syn::parse_quote!(#counter > #bound),
                vec![
                    syn::parse_quote!(#counter -= 1;),
                    syn::parse_quote!(let #pat = #counter;),
                ],
            )
        } else {
            let test: Expr = if closed {
                syn::parse_quote!(#counter <= #bound)
            } else {
                syn::parse_quote!(#counter < #bound)
            };
            (
                syn::parse_quote!(#start),
                syn::parse_quote!(#end),
                test,
                vec![
                    syn::parse_quote!(let #pat = #counter;),
                    syn::parse_quote!(#counter += 1;),
                ],
            )
        };
        Some(vec![syn::parse_quote!({
            let #bound = #limit;
            let mut #counter = #init;
            while #test {
                #(#step_then_bind)*
                #(#body)*
            }
        })])
    }

    /// `let PATTERN = value;` for data (no differentiated float in it): kept as written,
    /// the names it binds known as data, computed again by the reverse sweep.
    pub(super) fn bind_data_pattern(
        &mut self,
        pat: &Pat,
        value: TokenStream,
        env: &mut Env,
        body: &mut Block,
    ) {
        let mut bound = Vec::new();
        crate::desugar::bound_names(pat, &mut bound);
        for name in &bound {
            self.namer.claim(&key(name));
        }
        body.stmts.push(Stmt::Opaque {
            tokens: quote!(let #pat = #value;),
            replay: true,
        });
        for name in bound {
            env.declare(
                key(&name),
                Binding::Other {
                    name: name.clone(),
                    kind: Kind::Unknown,
                    stable: true,
                },
            );
        }
    }

    /// Reads what a `for` loop walks and how its pattern binds.
    fn walk(&mut self, pat: &Pat, expr: &Expr, env: &Env) -> Option<Walk> {
        if !self.is_range(expr, env) {
            let iteration = match self.iteration(expr, env) {
                Ok(iteration) => iteration,
                Err(message) => {
                    self.errors.at(expr, message);
                    return None;
                }
            };
            let variable = self.namer.name("index");
            let count = names::ident(&variable, Span::call_site()).to_token_stream();
            let trip = &iteration.trip;
            return Some(Walk {
                header: LoopHeader::Range {
                    variable,
                    range: quote!(0..#trip),
                    reversible: true,
                },
                items: vec![(pat.clone(), ItemSource::Iterated((iteration.item)(&count)))],
            });
        }
        let reversible = match expr {
            Expr::Range(_) => true,
            Expr::Paren(inner) => matches!(&*inner.expr, Expr::Range(_)),
            Expr::MethodCall(call) if call.method == "rev" => {
                matches!(strip_parens(&call.receiver), Expr::Range(_))
            }
            _ => false,
        };
        let range = self.rename(expr, env);
        // A plain `for i in …` keeps the user's name for the loop variable.
        let variable = match pat {
            Pat::Ident(ident) => self.namer.name(&key(&ident.ident)),
            _ => self.namer.name("index"),
        };
        Some(Walk {
            header: LoopHeader::Range {
                variable: variable.clone(),
                range,
                reversible,
            },
            items: vec![(pat.clone(), ItemSource::Index(variable.clone()))],
        })
    }

    /// `a..b`, `a..=b`, `(…).rev()`, `(…).step_by(k)` of reconstructible integers.
    fn is_range(&self, expr: &Expr, env: &Env) -> bool {
        match strip_parens(expr) {
            Expr::Range(range) => {
                range
                    .start
                    .as_ref()
                    .is_some_and(|start| self.reconstructible(start, env))
                    && range
                        .end
                        .as_ref()
                        .is_some_and(|end| self.reconstructible(end, env))
            }
            Expr::MethodCall(call) if call.method == "rev" && call.args.is_empty() => {
                self.is_range(&call.receiver, env)
            }
            Expr::MethodCall(call) if call.method == "step_by" && call.args.len() == 1 => {
                self.is_range(&call.receiver, env) && self.reconstructible(&call.args[0], env)
            }
            _ => false,
        }
    }
}

pub(super) fn strip_parens(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(inner) => strip_parens(&inner.expr),
        Expr::Group(inner) => strip_parens(&inner.expr),
        Expr::Reference(reference) if reference.mutability.is_none() => {
            strip_parens(&reference.expr)
        }
        other => other,
    }
}

/// The names a block assigns (`x = …`, `x += …`), in order of first appearance.
fn assigned_names(block: &syn::Block) -> Vec<String> {
    struct Assigned(Vec<String>);
    impl Assigned {
        fn note(&mut self, target: &Expr) {
            if let Expr::Path(path) = target {
                if let Some(ident) = path.path.get_ident() {
                    let name = key(ident);
                    if !self.0.contains(&name) {
                        self.0.push(name);
                    }
                }
            }
        }
    }
    impl<'ast> Visit<'ast> for Assigned {
        fn visit_expr_assign(&mut self, node: &'ast syn::ExprAssign) {
            self.note(&node.left);
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
                self.note(&node.left);
            }
            syn::visit::visit_expr_binary(self, node);
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut assigned = Assigned(Vec::new());
    assigned.visit_block(block);
    assigned.0
}
