//! Lowering of array reads `x[i][j]`, writes `h[j] = …` / `+=` / `-=` / `*=` / `/=`,
//! local arrays `[c; N]`, `[[c; N]; M]` and `vec![c; n]`, and of the integer indices the
//! reverse sweep must evaluate again.

use super::*;

impl Lowerer<'_> {
    /// Whether the reverse sweep can evaluate the integer expression `expr` again where it
    /// stands: it reads only literals, constants, loop variables, arguments, integer
    /// locals that never change, and lengths of arrays.
    pub(super) fn reconstructible(&self, expr: &Expr, env: &Env) -> bool {
        match expr {
            Expr::Lit(lit) => matches!(lit.lit, Lit::Int(_)),
            Expr::Path(path) => match path.path.get_ident().filter(|_| path.qself.is_none()) {
                Some(ident) => match env.lookup(&key(ident)) {
                    Some(Binding::LoopVar { .. }) => true,
                    Some(Binding::Other { stable, kind, .. }) => *stable && *kind != Kind::Float,
                    Some(Binding::Float(_) | Binding::Array { .. } | Binding::Closure { .. }) => {
                        false
                    }
                    // Its slice `&x[start..start + len]` is evaluated again as it stands.
                    Some(Binding::Window { .. }) => true,
                    None => true,
                },
                None => true,
            },
            Expr::Paren(inner) => self.reconstructible(&inner.expr, env),
            Expr::Group(inner) => self.reconstructible(&inner.expr, env),
            // `*row` of a data item (`for row in batch.iter()`) as well as `-k`.
            Expr::Unary(unary) => {
                matches!(unary.op, UnOp::Neg(_) | UnOp::Deref(_))
                    && self.reconstructible(&unary.expr, env)
            }
            Expr::Binary(binary) => {
                matches!(
                    binary.op,
                    BinOp::Add(_)
                        | BinOp::Sub(_)
                        | BinOp::Mul(_)
                        | BinOp::Div(_)
                        | BinOp::Rem(_)
                        | BinOp::BitAnd(_)
                        | BinOp::BitOr(_)
                        | BinOp::BitXor(_)
                        | BinOp::Shl(_)
                        | BinOp::Shr(_)
                ) && self.reconstructible(&binary.left, env)
                    && self.reconstructible(&binary.right, env)
            }
            Expr::Cast(cast) => self.reconstructible(&cast.expr, env),
            // A field of data that never changes (`light.dir`, `cfg.steps`).
            Expr::Field(field) => {
                self.array_base(&field.base, env).is_none()
                    && !self.reads_float_values(&field.base, env)
                    && self.reconstructible(&field.base, env)
            }
            // An element or row of data that never changes (`counts[i]`, `&rows[i]`).
            Expr::Index(index) => {
                self.array_base(&index.expr, env).is_none()
                    && self.reconstructible(&index.expr, env)
                    && self.reconstructible(&index.index, env)
            }
            Expr::Reference(reference) if reference.mutability.is_none() => {
                self.reconstructible(&reference.expr, env)
            }
            Expr::MethodCall(call) => {
                let method = call.method.to_string();
                if method == "len" && call.args.is_empty() {
                    return self.array_of(&call.receiver, env).is_some()
                        || self.reconstructible(&call.receiver, env)
                            && matches!(&*call.receiver, Expr::Path(_));
                }
                matches!(
                    method.as_str(),
                    "min"
                        | "max"
                        | "pow"
                        | "saturating_sub"
                        | "saturating_add"
                        | "wrapping_sub"
                        | "wrapping_add"
                        | "abs"
                        | "rem_euclid"
                        | "div_euclid"
                ) && self.reconstructible(&call.receiver, env)
                    && call.args.iter().all(|arg| self.reconstructible(arg, env))
            }
            Expr::Call(call) => {
                matches!(&*call.func, Expr::Path(path)
                    if path.path.segments.last().is_some_and(|s| s.ident == "min" || s.ident == "max"))
                    && call.args.iter().all(|arg| self.reconstructible(arg, env))
            }
            _ => false,
        }
    }

    /// The array (or row of one) `expr` names, with reconstructible indices only.
    pub(super) fn array_of(&self, expr: &Expr, env: &Env) -> Option<(ArrayId, Vec<Index>)> {
        match expr {
            Expr::Path(path) => match env.lookup(&key(path.path.get_ident()?)) {
                Some(Binding::Array { array, prefix }) => Some((*array, prefix.clone())),
                _ => None,
            },
            Expr::Paren(inner) => self.array_of(&inner.expr, env),
            Expr::Reference(reference) if reference.mutability.is_none() => {
                self.array_of(&reference.expr, env)
            }
            Expr::Index(index) => {
                let (array, mut prefix) = self.array_of(&index.expr, env)?;
                if !self.reconstructible(&index.index, env)
                    || prefix.len() + 1 >= self.arrays[array.0 as usize].rank
                {
                    return None;
                }
                prefix.push(Index::Reconstructible(self.rename(&index.index, env)));
                Some((array, prefix))
            }
            _ => None,
        }
    }

    /// `name[prefix…].len()`.
    pub(super) fn array_length(&self, array: ArrayId, prefix: &[Index]) -> TokenStream {
        let info = &self.arrays[array.0 as usize];
        let name = names::ident(&info.name, info.span);
        let indices = prefix.iter().map(|index| match index {
            Index::Reconstructible(tokens) => quote!([#tokens]),
            Index::Snapshot(snapshot) => {
                let name =
                    names::ident(&self.snapshots[snapshot.0 as usize].name, Span::call_site());
                quote!([#name])
            }
        });
        quote!(#name #(#indices)*.len())
    }

    /// An index, kept as written when the reverse sweep can evaluate it again, else
    /// recorded.
    fn index_of(&mut self, expr: &Expr, env: &Env, block: &mut Block) -> Index {
        if self.reads_float_values(expr, env) && self.infer(expr, env) == Kind::Float {
            self.errors.at(expr, "an index must be an integer; a float index has no derivative (convert it with `as usize` if that is what you mean)");
        }
        let tokens = self.rename(expr, env);
        if self.reconstructible(expr, env) {
            Index::Reconstructible(tokens)
        } else {
            let snapshot = self.new_snapshot("at", quote!(usize));
            block.stmts.push(Stmt::Snapshot { snapshot, tokens });
            Index::Snapshot(snapshot)
        }
    }

    /// `a[i][j]…`: the array and every index, or `None` if `expr` does not index an array.
    fn indexed(
        &mut self,
        expr: &syn::ExprIndex,
        env: &Env,
        block: &mut Block,
    ) -> Option<(ArrayId, Vec<Index>)> {
        let base = match &*expr.expr {
            Expr::Paren(inner) => &*inner.expr,
            other => other,
        };
        if let Expr::Path(path) = base {
            if let Some(Binding::Window {
                array,
                prefix,
                start,
                ..
            }) = path
                .path
                .get_ident()
                .and_then(|ident| env.lookup(&key(ident)))
            {
                let (array, mut indices, start) = (*array, prefix.clone(), start.clone());
                let index = match self.index_of(&expr.index, env, block) {
                    Index::Reconstructible(at) => Index::Reconstructible(quote!((#start + (#at)))),
                    Index::Snapshot(snapshot) => {
                        let name = names::ident(
                            &self.snapshots[snapshot.0 as usize].name,
                            Span::call_site(),
                        );
                        let at = self.new_snapshot("at", quote!(usize));
                        block.stmts.push(Stmt::Snapshot {
                            snapshot: at,
                            tokens: quote!((#start + (#name))),
                        });
                        Index::Snapshot(at)
                    }
                };
                indices.push(index);
                return Some((array, indices));
            }
        }
        let (array, mut indices) = match base {
            Expr::Index(inner) => self.indexed(inner, env, block)?,
            other => self.array_of(other, env)?,
        };
        indices.push(self.index_of(&expr.index, env, block));
        Some((array, indices))
    }

    /// A read `a[i][j]` as a float value.
    pub(super) fn lower_read(
        &mut self,
        expr: &syn::ExprIndex,
        env: &mut Env,
        block: &mut Block,
    ) -> Operand {
        let Some((array, indices)) = self.indexed(expr, env, block) else {
            self.errors.at(&expr.expr, "#[differentiable] indexes arrays of floats: arguments `&[T]`, `&Vec<T>`, `[T; N]`, nested arrays, and local arrays");
            return Operand::Constant(TokenStream::new());
        };
        let rank = self.arrays[array.0 as usize].rank;
        if indices.len() != rank {
            self.errors.at(
                expr,
                format!(
                    "this takes {} index(es) of an array that needs {rank} to reach a float",
                    indices.len()
                ),
            );
            return Operand::Constant(TokenStream::new());
        }
        let key = (self.arrays[array.0 as usize].argument.is_some()
            && indices
                .iter()
                .all(|index| matches!(index, Index::Reconstructible(_))))
        .then(|| {
            indices
                .iter()
                .map(|index| match index {
                    Index::Reconstructible(tokens) => tokens.to_string(),
                    Index::Snapshot(_) => String::new(),
                })
                .collect::<Vec<_>>()
                .join("][")
        });
        if let Some(value) = key.as_ref().and_then(|key| env.read_before(array, key)) {
            return Operand::Value(value);
        }
        let read = self.emit(Op::Read(array, indices), block);
        if let Operand::Value(value) = read {
            self.values[value.0 as usize].origin = Some(syn::spanned::Spanned::span(expr));
            if let Some(key) = key {
                env.note_read(array, key, value);
            }
        }
        read
    }

    /// `h[j] = v`, `h[j] += v`, `h[j] -= v`, `h[j] *= v`, `h[j] /= v`.
    pub(super) fn lower_write(
        &mut self,
        target: &syn::ExprIndex,
        compound: Option<BinaryOp>,
        right: &Expr,
        env: &mut Env,
        block: &mut Block,
    ) {
        let Some((array, indices)) = self.indexed(target, env, block) else {
            // An integer array, say: plain code for the forward sweep.
            let target_tokens = self.rename(&Expr::Index(target.clone()), env);
            let right_tokens = self.rename(right, env);
            let op = match compound {
                None => quote!(=),
                Some(BinaryOp::Add) => quote!(+=),
                Some(BinaryOp::Sub) => quote!(-=),
                Some(BinaryOp::Mul) => quote!(*=),
                Some(BinaryOp::Div) => quote!(/=),
                Some(BinaryOp::Rem) => quote!(%=),
            };
            if self.reads_float_values(right, env) {
                self.errors.at(
                    target,
                    "#[differentiable] writes floats into local float arrays only",
                );
            }
            block.stmts.push(Stmt::Opaque {
                tokens: quote!(#target_tokens #op #right_tokens;),
                replay: false,
            });
            return;
        };
        let info = &self.arrays[array.0 as usize];
        if info.argument.is_some() {
            self.errors.at(target, format!(
                "`{}` is an argument: a #[differentiable] function does not modify its arguments; copy it into a local array first",
                info.name
            ));
            self.errors.body_is_not_rust();
            return;
        }
        if indices.len() != info.rank {
            self.errors.at(
                target,
                "write one float at a time: index down to an element",
            );
            return;
        }
        self.arrays[array.0 as usize].written = true;
        let value = self.lower_float(right, env, block);
        let (kind, value) = match compound {
            None => (WriteKind::Set, value),
            Some(BinaryOp::Add) => (WriteKind::Add, value),
            Some(BinaryOp::Sub) => (WriteKind::Sub, value),
            Some(op) => {
                let old = self.emit(Op::Read(array, indices.clone()), block);
                (WriteKind::Set, self.emit(Op::Binary(op, old, value), block))
            }
        };
        block.stmts.push(Stmt::Write {
            array,
            indices,
            kind,
            value,
            origin: Some(syn::spanned::Spanned::span(target)),
        });
    }

    /// `let h = [c; N];`, `[[c; N]; M]` or `vec![c; n]` with a constant float `c`: a local
    /// array. False when `init` is not one.
    pub(super) fn declare_local_array(
        &mut self,
        name: &Ident,
        init: &Expr,
        env: &mut Env,
        block: &mut Block,
    ) -> bool {
        let (element, lengths, vector) = match repeat_shape(init) {
            Some((element, lengths)) => (element, lengths, false),
            None => match vec_shape(init) {
                // `vec![[0.0; 3]; n]`: a vector of rows.
                Some((element, length)) => match repeat_shape(&element) {
                    Some((inner, mut lengths)) => {
                        lengths.insert(0, length);
                        (inner, lengths, true)
                    }
                    None => (element, vec![length], true),
                },
                None => return false,
            },
        };
        if self.infer(&element, env) != Kind::Float {
            return false;
        }
        if self.reads_float_values(&element, env) {
            if lengths.len() != 1 {
                self.errors.at(
                    &element,
                    "a nested local array starts from a constant; write the values into it after declaring it",
                );
                return true;
            }
            // `vec![c0; n]`, `[x; 3]` of a differentiated value: zeros, then `c0` written
            // into each element.
            let length = &lengths[0];
            let zero: Expr = self.float.zero_in_body();
            let zeros: Expr = if vector {
                syn::parse_quote!(vec![#zero; #length])
            } else {
                syn::parse_quote!([#zero; #length])
            };
            let statements: Vec<SynStmt> = vec![
                syn::parse_quote!(let __gradus_fill = #element;),
                syn::parse_quote!(let mut #name = #zeros;),
                syn::parse_quote!(
                    for __gradus_filled in 0..#name.len() {
                        #name[__gradus_filled] = __gradus_fill;
                    }
                ),
            ];
            let items: Vec<super::Item> = statements.iter().map(super::Item::Stmt).collect();
            self.lower_sequence(&items, env, block, Tail::Statement);
            return true;
        }
        let element_tokens = self.rename(&element, env);
        let zero = self.float.zero();
        let lengths: Vec<TokenStream> = lengths
            .iter()
            .map(|length| self.rename(length, env))
            .collect();
        let shape = |element: TokenStream| -> TokenStream {
            let rows = lengths[1..]
                .iter()
                .rev()
                .fold(element, |inner, length| quote!([#inner; #length]));
            let length = &lengths[0];
            if vector {
                quote!(::std::vec![#rows; #length])
            } else {
                quote!([#rows; #length])
            }
        };
        let array = ArrayId(self.arrays.len() as u32);
        self.arrays.push(ArrayInfo {
            name: self.namer.name(&key(name)),
            span: Span::call_site(),
            rank: lengths.len(),
            argument: None,
            written: false,
        });
        block.stmts.push(Stmt::DeclareArray {
            array,
            init: shape(element_tokens),
            zeros: shape(zero),
            vector,
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
}

/// `[c; N]`, `[[c; N]; M]`, …: the element and the lengths, outermost first.
fn repeat_shape(expr: &Expr) -> Option<(Expr, Vec<Expr>)> {
    match expr {
        Expr::Repeat(repeat) => match repeat_shape(&repeat.expr) {
            Some((element, mut lengths)) => {
                lengths.insert(0, (*repeat.len).clone());
                Some((element, lengths))
            }
            None => Some(((*repeat.expr).clone(), vec![(*repeat.len).clone()])),
        },
        Expr::Paren(inner) => repeat_shape(&inner.expr),
        _ => None,
    }
}

/// `vec![c; n]`: the element and the length.
fn vec_shape(expr: &Expr) -> Option<(Expr, Expr)> {
    let Expr::Macro(mac) = expr else { return None };
    if mac
        .mac
        .path
        .segments
        .last()
        .is_none_or(|segment| segment.ident != "vec")
    {
        return None;
    }
    let tokens = &mac.mac.tokens;
    let repeat: syn::ExprRepeat = syn::parse2(quote!([#tokens])).ok()?;
    Some(((*repeat.expr).clone(), (*repeat.len).clone()))
}
