//! Iterators over arrays, lowered to index loops. An iterator is a trip count and, for
//! each count `c` of `0..trip`, an item made of array elements, windows, data and integers
//! at indices computed from `c`: `xs.iter()`, `xs.windows(k)`, `xs.chunks(k)`, ranges and
//! data slices, through `.enumerate()`, `.zip(…)`, `.rev()`, `.skip(k)`, `.take(k)`,
//! `.step_by(k)`, `.copied()` and `.cloned()`. Every index and the trip count are made of
//! what the reverse sweep can evaluate again, so reversed loops need no records for them.
//!
//! Pipelines ending in `.sum()`, `.product()` or `.fold(init, f)`, with `.map(|…| …)`
//! before them, become a loop that accumulates into a local.

use super::loops::{strip_parens, ItemSource};
use super::*;
use std::rc::Rc;

/// One item of an iterator at a given count.
#[derive(Clone)]
pub(super) enum Item {
    /// An integer: a range's value, an `enumerate` counter.
    Integer(TokenStream),
    /// An element (or a row) of an array of floats.
    Element(ArrayId, Vec<Index>),
    /// `len` consecutive elements of an array (or row) from `start`: a window or a chunk.
    Window {
        array: ArrayId,
        prefix: Vec<Index>,
        start: TokenStream,
        len: TokenStream,
    },
    /// An element of data that holds no differentiated float: borrowed, or copied out
    /// (`copied`) after `.copied()` or `.cloned()`.
    Data { element: TokenStream, copied: bool },
    /// What `zip` and `enumerate` pair up.
    Pair(Box<Item>, Box<Item>),
}

/// An iterator: its trip count, and its item at a count (an integer expression).
#[derive(Clone)]
pub(super) struct Iteration {
    pub(super) trip: TokenStream,
    pub(super) item: Rc<dyn Fn(&TokenStream) -> Item>,
}

/// The arguments of one pipeline, outermost call last: the source, the closures of its
/// `.map(…)`s, and what ends it.
struct Pipeline<'e> {
    source: &'e Expr,
    maps: Vec<&'e syn::ExprClosure>,
    end: PipelineEnd<'e>,
}

enum PipelineEnd<'e> {
    Sum,
    Product,
    /// `fold(init, |acc, item| body)` or `fold(init, f64::max)`.
    Fold(&'e Expr, &'e Expr),
}

impl Lowerer<'_> {
    /// The iterator `expr` walks, or why it cannot be walked.
    pub(super) fn iteration(&self, expr: &Expr, env: &Env) -> Result<Iteration, String> {
        let expr = strip_parens(expr);
        if let Expr::Range(range) = expr {
            let (Some(start), Some(end)) = (&range.start, &range.end) else {
                return Err("a range needs both bounds".to_string());
            };
            if !self.reconstructible(start, env) || !self.reconstructible(end, env) {
                return Err(BOUNDS_MESSAGE.to_string());
            }
            let (start, end) = (self.rename(start, env), self.rename(end, env));
            let trip = match range.limits {
                syn::RangeLimits::HalfOpen(_) => quote!((#end).saturating_sub(#start)),
                syn::RangeLimits::Closed(_) => quote!((#end + 1).saturating_sub(#start)),
            };
            return Ok(Iteration {
                trip,
                item: Rc::new(move |count| Item::Integer(quote!((#start + #count)))),
            });
        }
        if let Expr::MethodCall(call) = expr {
            let method = call.method.to_string();
            let arguments: Vec<&Expr> = call.args.iter().collect();
            let integer = |this: &Self, argument: &Expr| -> Result<TokenStream, String> {
                if this.reconstructible(argument, env) {
                    let tokens = this.rename(argument, env);
                    Ok(quote!((#tokens)))
                } else {
                    Err(BOUNDS_MESSAGE.to_string())
                }
            };
            match (method.as_str(), arguments.as_slice()) {
                ("iter" | "into_iter", []) => return self.iteration(&call.receiver, env),
                ("copied" | "cloned", []) => {
                    let inner = self.iteration(&call.receiver, env)?;
                    let item = inner.item.clone();
                    return Ok(Iteration {
                        trip: inner.trip,
                        item: Rc::new(move |count| copied(item(count))),
                    });
                }
                ("enumerate", []) => {
                    let inner = self.iteration(&call.receiver, env)?;
                    let item = inner.item.clone();
                    return Ok(Iteration {
                        trip: inner.trip,
                        item: Rc::new(move |count| {
                            Item::Pair(
                                Box::new(Item::Integer(count.clone())),
                                Box::new(item(count)),
                            )
                        }),
                    });
                }
                ("zip", [other]) => {
                    let (left, right) = (
                        self.iteration(&call.receiver, env)?,
                        self.iteration(other, env)?,
                    );
                    let (left_trip, right_trip) = (left.trip, right.trip);
                    let (left_item, right_item) = (left.item.clone(), right.item.clone());
                    return Ok(Iteration {
                        trip: quote!(::core::cmp::min(#left_trip, #right_trip)),
                        item: Rc::new(move |count| {
                            Item::Pair(Box::new(left_item(count)), Box::new(right_item(count)))
                        }),
                    });
                }
                ("rev", []) => {
                    let inner = self.iteration(&call.receiver, env)?;
                    let trip = inner.trip.clone();
                    let item = inner.item.clone();
                    return Ok(Iteration {
                        trip: inner.trip,
                        item: Rc::new(move |count| item(&quote!((#trip - 1 - #count)))),
                    });
                }
                ("skip", [k]) => {
                    let k = integer(self, k)?;
                    let inner = self.iteration(&call.receiver, env)?;
                    let trip = &inner.trip;
                    let item = inner.item.clone();
                    return Ok(Iteration {
                        trip: quote!((#trip).saturating_sub(#k)),
                        item: Rc::new(move |count| item(&quote!((#count + #k)))),
                    });
                }
                ("take", [k]) => {
                    let k = integer(self, k)?;
                    let inner = self.iteration(&call.receiver, env)?;
                    let trip = &inner.trip;
                    return Ok(Iteration {
                        trip: quote!(::core::cmp::min(#trip, #k)),
                        item: inner.item,
                    });
                }
                ("step_by", [k]) => {
                    let k = integer(self, k)?;
                    let inner = self.iteration(&call.receiver, env)?;
                    let trip = &inner.trip;
                    let item = inner.item.clone();
                    return Ok(Iteration {
                        trip: quote!((#trip).div_ceil(#k)),
                        item: Rc::new(move |count| item(&quote!((#count * #k)))),
                    });
                }
                ("windows" | "chunks", [k]) => {
                    let k = integer(self, k)?;
                    let Some((array, prefix, offset, length)) = self.slice_of(&call.receiver, env)
                    else {
                        let data = &call.receiver;
                        if !self.reconstructible(data, env) || self.reads_float_values(data, env) {
                            return Err(format!(
                                "#[differentiable] takes `.{method}(k)` of arrays of floats and of data that does not change"
                            ));
                        }
                        // Windows and chunks of data are slices of it.
                        let data = self.rename(data, env);
                        let windows = method == "windows";
                        return Ok(Iteration {
                            trip: if windows {
                                quote!((#data.len() + 1).saturating_sub(#k))
                            } else {
                                quote!(#data.len().div_ceil(#k))
                            },
                            item: Rc::new(move |count| {
                                let element = if windows {
                                    quote!(#data[#count..#count + #k])
                                } else {
                                    quote!(#data[#count * #k..::core::cmp::min(#data.len(), (#count + 1) * #k)])
                                };
                                Item::Data {
                                    element,
                                    copied: false,
                                }
                            }),
                        });
                    };
                    let at = move |position: TokenStream| match &offset {
                        Some(offset) => quote!((#offset + #position)),
                        None => position,
                    };
                    return Ok(if method == "windows" {
                        Iteration {
                            trip: quote!((#length + 1).saturating_sub(#k)),
                            item: Rc::new(move |count| Item::Window {
                                array,
                                prefix: prefix.clone(),
                                start: at(count.clone()),
                                len: k.clone(),
                            }),
                        }
                    } else {
                        let total = length.clone();
                        Iteration {
                            trip: quote!((#length).div_ceil(#k)),
                            item: Rc::new(move |count| Item::Window {
                                array,
                                prefix: prefix.clone(),
                                start: at(quote!((#count * #k))),
                                len: quote!(::core::cmp::min(#k, #total - #count * #k)),
                            }),
                        }
                    });
                }
                _ => {}
            }
        }
        if let Some((array, prefix, offset, length)) = self.slice_of(expr, env) {
            return Ok(Iteration {
                trip: length,
                item: Rc::new(move |count| {
                    let at = match &offset {
                        Some(offset) => quote!((#offset + #count)),
                        None => count.clone(),
                    };
                    let mut indices = prefix.clone();
                    indices.push(Index::Reconstructible(at));
                    Item::Element(array, indices)
                }),
            });
        }
        if self.reconstructible(expr, env) && !self.reads_float_values(expr, env) {
            // Data that never changes: a slice of labels, of counts, of rows of `f64`s in a
            // function generic over `T`.
            let container = self.rename(expr, env);
            return Ok(Iteration {
                trip: quote!(#container.len()),
                item: Rc::new(move |count| Item::Data {
                    element: quote!(#container[#count]),
                    copied: false,
                }),
            });
        }
        Err(ITERATOR_MESSAGE.to_string())
    }

    /// An array, a row of one, or a window of one: the array, the indices of the row,
    /// where the window starts in it and how long it is.
    pub(super) fn slice_of(
        &self,
        expr: &Expr,
        env: &Env,
    ) -> Option<(ArrayId, Vec<Index>, Option<TokenStream>, TokenStream)> {
        let expr = strip_parens(expr);
        if let Expr::Path(path) = expr {
            if let Some(Binding::Window {
                array,
                prefix,
                start,
                len,
            }) = env.lookup(&key(path.path.get_ident()?))
            {
                return Some((*array, prefix.clone(), Some(start.clone()), len.clone()));
            }
        }
        // `x[a..b]`, `x[a..]`, `x[..b]`, `x[a..=b]`: a window of `x`.
        if let Expr::Index(index) = expr {
            if let Expr::Range(range) = strip_parens(&index.index) {
                let (array, prefix, offset, length) = self.slice_of(&index.expr, env)?;
                let bound = |this: &Self, bound: &Expr| -> Option<TokenStream> {
                    this.reconstructible(bound, env)
                        .then(|| this.rename(bound, env))
                };
                let start = match &range.start {
                    Some(start) => bound(self, start)?,
                    None => quote!(0),
                };
                let end = match (&range.end, &range.limits) {
                    (Some(end), syn::RangeLimits::HalfOpen(_)) => bound(self, end)?,
                    (Some(end), syn::RangeLimits::Closed(_)) => {
                        let end = bound(self, end)?;
                        quote!((#end + 1))
                    }
                    (None, _) => length,
                };
                let offset = match offset {
                    Some(offset) => quote!((#offset + #start)),
                    None => start.clone(),
                };
                return Some((array, prefix, Some(offset), quote!((#end - #start))));
            }
        }
        let (array, prefix) = self.array_of(expr, env)?;
        if prefix.len() >= self.arrays[array.0 as usize].rank {
            return None;
        }
        let length = self.array_length(array, &prefix);
        Some((array, prefix, None, length))
    }

    /// Binds a `for` pattern (or a closure's argument) to an item, for the current
    /// iteration.
    pub(super) fn bind_iteration_item(
        &mut self,
        pat: &Pat,
        item: &Item,
        env: &mut Env,
        body: &mut Block,
    ) {
        let pat = match pat {
            Pat::Paren(inner) => &*inner.pat,
            Pat::Type(typed) => &*typed.pat,
            other => other,
        };
        match (pat, item) {
            (Pat::Tuple(tuple), Item::Pair(left, right)) if tuple.elems.len() == 2 => {
                self.bind_iteration_item(&tuple.elems[0], left, env, body);
                self.bind_iteration_item(&tuple.elems[1], right, env, body);
            }
            (Pat::Wild(_), _) => {}
            (Pat::Tuple(_), _) | (_, Item::Pair(..)) => {
                self.errors.at(pat, "this pattern does not match the items: write `(i, x)` for `enumerate()`, `(a, b)` for `zip(…)` and `((a, b), c)` for a zip of a zip");
            }
            (_, Item::Integer(tokens)) => {
                let name = match binding_name(pat) {
                    Some(name) => name,
                    None => return self.refuse_item_pattern(pat),
                };
                let generated = names::ident(&self.namer.name(&key(name)), name.span());
                body.stmts.push(Stmt::Opaque {
                    tokens: quote!(let #generated: usize = #tokens;),
                    replay: true,
                });
                env.declare(
                    key(name),
                    Binding::Other {
                        name: generated,
                        kind: Kind::Int,
                        stable: true,
                    },
                );
            }
            (_, Item::Element(array, indices)) => self.bind_item(
                pat,
                &ItemSource::Element(*array, indices.clone()),
                env,
                body,
            ),
            (_, Item::Data { element, copied }) => {
                // A copied item binds by value, as `&x` does.
                let by_value: Pat;
                let pat = if *copied && !matches!(pat, Pat::Reference(_)) {
                    by_value = Pat::Reference(syn::PatReference {
                        attrs: Vec::new(),
                        and_token: Default::default(),
                        mutability: None,
                        pat: Box::new(pat.clone()),
                    });
                    &by_value
                } else {
                    pat
                };
                self.bind_item(pat, &ItemSource::Data(element.clone()), env, body)
            }
            (
                _,
                Item::Window {
                    array,
                    prefix,
                    start,
                    len,
                },
            ) => {
                let Some(name) = binding_name(pat) else {
                    return self.refuse_item_pattern(pat);
                };
                env.declare(
                    key(name),
                    Binding::Window {
                        array: *array,
                        prefix: prefix.clone(),
                        start: start.clone(),
                        len: len.clone(),
                    },
                );
            }
        }
    }

    fn refuse_item_pattern(&mut self, pat: &Pat) {
        self.errors.at(
            pat,
            "#[differentiable] supports loop and closure patterns made of names, `&name`, `_` and tuples of those",
        );
    }

    /// `….map(|v| …).sum()`, `.product()`, `.fold(init, |acc, v| …)` over arrays of floats
    /// (or with closures that read them): the value of the loop it lowers to. `None` when
    /// `call` is not such a pipeline.
    pub(super) fn lower_pipeline(
        &mut self,
        call: &syn::ExprMethodCall,
        env: &mut Env,
        block: &mut Block,
    ) -> Option<Operand> {
        let pipeline = pipeline(call)?;
        if !self.reads_float_values(&Expr::MethodCall(call.clone()), env) {
            return None;
        }
        for closure in &pipeline.maps {
            if closure.inputs.len() != 1 {
                self.errors
                    .at(closure, "the closure of `.map` takes one argument");
                return Some(Operand::Constant(TokenStream::new()));
            }
        }
        // A sum starts from −0.0, as the standard library's does (an empty sum is −0.0).
        let zero_or_one = |one: bool| -> Expr {
            match (self.float, one) {
                (FloatType::Concrete(_), false) => syn::parse_quote!(-0.0),
                (FloatType::Concrete(_), true) => syn::parse_quote!(1.0),
                (FloatType::Generic(t), false) => syn::parse_quote!(#t::zero()),
                (FloatType::Generic(t), true) => syn::parse_quote!(#t::one()),
            }
        };
        let accumulator: Ident = syn::parse_quote!(__gradus_acc);
        let item: Ident = syn::parse_quote!(__gradus_item);
        // The loop's pattern is the first closure's, or a name for the item itself.
        // `fold(init, |acc, (a, &b)| …)` straight over the items: the closure's item
        // pattern is the loop's.
        let folded_items = match (&pipeline.end, pipeline.maps.is_empty()) {
            (PipelineEnd::Fold(_, function), true) => match strip_parens(function) {
                Expr::Closure(closure) if closure.inputs.len() == 2 => {
                    Some(loop_pattern(&closure.inputs[1]))
                }
                _ => None,
            },
            _ => None,
        };
        let (pattern, mut statements, value): (Pat, Vec<SynStmt>, Expr) =
            match (pipeline.maps.first(), &folded_items) {
                (Some(first), _) => {
                    let (statements, value) = mapped_value(&pipeline.maps);
                    (loop_pattern(&first.inputs[0]), statements, value)
                }
                (None, Some(pattern)) => (pattern.clone(), Vec::new(), syn::parse_quote!(#item)),
                (None, None) => (
                    syn::parse_quote!(#item),
                    Vec::new(),
                    syn::parse_quote!(#item),
                ),
            };
        let (init, update): (Expr, SynStmt) = match pipeline.end {
            PipelineEnd::Sum => (
                zero_or_one(false),
                syn::parse_quote!(#accumulator = #accumulator + (#value);),
            ),
            PipelineEnd::Product => (
                zero_or_one(true),
                syn::parse_quote!(#accumulator = #accumulator * (#value);),
            ),
            PipelineEnd::Fold(init, function) => {
                let mapped: Ident = syn::parse_quote!(__gradus_folded);
                if folded_items.is_none() {
                    statements.push(syn::parse_quote!(let #mapped = #value;));
                }
                let update: Expr = match strip_parens(function) {
                    Expr::Closure(closure) if closure.inputs.len() == 2 => {
                        let acc = closure_input(&closure.inputs[0]);
                        statements.push(syn::parse_quote!(let #acc = #accumulator;));
                        if folded_items.is_none() {
                            let next = closure_input(&closure.inputs[1]);
                            statements.push(syn::parse_quote!(let #next = #mapped;));
                        }
                        closure_body(closure)
                    }
                    Expr::Closure(closure) => {
                        self.errors.at(closure, "the closure of `.fold` takes two arguments, the accumulator and the item");
                        return Some(Operand::Constant(TokenStream::new()));
                    }
                    Expr::Path(path) => syn::parse_quote!(#path(#accumulator, #mapped)),
                    other => {
                        self.errors.at(other, "#[differentiable] folds with a closure `|acc, x| …` or a function path such as `f64::max`");
                        return Some(Operand::Constant(TokenStream::new()));
                    }
                };
                (init.clone(), syn::parse_quote!(#accumulator = #update;))
            }
        };
        statements.push(update);
        let source = pipeline.source;
        let lowered: Expr = syn::parse_quote!({
            let mut #accumulator = #init;
            for #pattern in #source {
                #(#statements)*
            }
            #accumulator
        });
        Some(self.lower_float(&lowered, env, block))
    }

    /// The kind a pipeline computes: its turbofish type, its start value's, or a float when
    /// it walks arrays of floats.
    pub(super) fn infer_pipeline(&self, call: &syn::ExprMethodCall, env: &Env) -> Option<Kind> {
        let pipeline = pipeline(call)?;
        if let Some(turbofish) = &call.turbofish {
            if let Some(syn::GenericArgument::Type(ty)) = turbofish.args.first() {
                return Some(self.kind_of_annotation(ty));
            }
        }
        if let PipelineEnd::Fold(init, _) = pipeline.end {
            let kind = self.infer(init, env);
            if kind != Kind::Unknown {
                return Some(kind);
            }
        }
        self.reads_float_values(&Expr::MethodCall(call.clone()), env)
            .then_some(Kind::Float)
    }
}

const BOUNDS_MESSAGE: &str = "#[differentiable] needs loop bounds, `skip`, `take`, `step_by`, `windows` and `chunks` counts made of arguments, constants, loop variables, integers that do not change and elements of data, so the reverse sweep can count the loop again";

const ITERATOR_MESSAGE: &str = "#[differentiable] loops over integer ranges and over arrays and data slices through `.iter()`, `.windows(k)`, `.chunks(k)`, `.enumerate()`, `.zip(…)`, `.rev()`, `.skip(k)`, `.take(k)` and `.step_by(k)`; use #[differentiable(tape)] for other iterators";

/// The same item with its data copied out.
fn copied(item: Item) -> Item {
    match item {
        Item::Data { element, .. } => Item::Data {
            element,
            copied: true,
        },
        Item::Pair(left, right) => Item::Pair(Box::new(copied(*left)), Box::new(copied(*right))),
        other => other,
    }
}

/// The name a pattern binds: `x`, `&x`, `mut x`.
fn binding_name(pat: &Pat) -> Option<&Ident> {
    match pat {
        Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => Some(&ident.ident),
        Pat::Reference(reference) => binding_name(&reference.pat),
        Pat::Type(typed) => binding_name(&typed.pat),
        Pat::Paren(inner) => binding_name(&inner.pat),
        _ => None,
    }
}

/// Reads `source(.map(…))*.sum()` and its friends.
fn pipeline(call: &syn::ExprMethodCall) -> Option<Pipeline<'_>> {
    let end = match (call.method.to_string().as_str(), call.args.len()) {
        ("sum", 0) => PipelineEnd::Sum,
        ("product", 0) => PipelineEnd::Product,
        ("fold", 2) => PipelineEnd::Fold(&call.args[0], &call.args[1]),
        _ => return None,
    };
    let (source, maps) = map_chain(&call.receiver);
    Some(Pipeline { source, maps, end })
}

/// `source.map(f).map(g)`: the source and the closures, first applied first (`.copied()`
/// and `.cloned()` in between are skipped).
pub(super) fn map_chain(expr: &Expr) -> (&Expr, Vec<&syn::ExprClosure>) {
    let mut maps = Vec::new();
    let mut source = expr;
    loop {
        match strip_parens(source) {
            Expr::MethodCall(inner) if inner.method == "map" && inner.args.len() == 1 => {
                let Expr::Closure(closure) = strip_parens(&inner.args[0]) else {
                    break;
                };
                maps.push(closure);
                source = &inner.receiver;
            }
            Expr::MethodCall(inner)
                if (inner.method == "copied" || inner.method == "cloned")
                    && inner.args.is_empty() =>
            {
                source = &inner.receiver;
            }
            _ => break,
        }
    }
    maps.reverse();
    (source, maps)
}

/// The statements that apply `maps` after the first to the value of the first closure's
/// body, and the final value.
fn mapped_value(maps: &[&syn::ExprClosure]) -> (Vec<SynStmt>, Expr) {
    let mut value = closure_body(maps[0]);
    let mut statements: Vec<SynStmt> = Vec::new();
    for (index, closure) in maps.iter().enumerate().skip(1) {
        let mapped = format_ident!("__gradus_mapped{}", index);
        statements.push(syn::parse_quote!(let #mapped = #value;));
        let input = closure_input(&closure.inputs[0]);
        statements.push(syn::parse_quote!(let #input = #mapped;));
        value = closure_body(closure);
    }
    (statements, value)
}

impl Lowerer<'_> {
    /// `for p in source.map(|v| …) { body }`: the loop over `source`, the closures applied
    /// at the top of its body. `None` when the loop's iterator has no `.map`.
    pub(super) fn for_over_maps(
        &mut self,
        for_loop: &syn::ExprForLoop,
    ) -> Option<syn::ExprForLoop> {
        let (source, maps) = map_chain(&for_loop.expr);
        if maps.is_empty() {
            return None;
        }
        if let Some(closure) = maps.iter().find(|closure| closure.inputs.len() != 1) {
            self.errors
                .at(closure, "the closure of `.map` takes one argument");
            return None;
        }
        let pattern = loop_pattern(&maps[0].inputs[0]);
        let (statements, value) = mapped_value(&maps);
        let item = closure_input(&for_loop.pat);
        let body = &for_loop.body.stmts;
        Some(syn::parse_quote!(
            for #pattern in #source {
                #(#statements)*
                let #item = #value;
                #(#body)*
            }
        ))
    }

    /// `let v: Vec<f64> = source.map(|x| …).collect();`: a local vector written by a loop.
    /// False when `init` is not such a collection of floats.
    pub(super) fn lower_collect_let(
        &mut self,
        name: &Ident,
        ty: Option<&Type>,
        init: &Expr,
        env: &mut Env,
        block: &mut Block,
    ) -> bool {
        let Expr::MethodCall(call) = strip_parens(init) else {
            return false;
        };
        if call.method != "collect" || !call.args.is_empty() {
            return false;
        }
        let target = call
            .turbofish
            .as_ref()
            .and_then(|turbofish| match turbofish.args.first() {
                Some(syn::GenericArgument::Type(ty)) => Some(ty),
                _ => None,
            })
            .or(ty);
        let collects_floats = target.is_some_and(|ty| {
            let text = quote!(#ty).to_string().replace(' ', "");
            let float = self.float.ident().to_string();
            text == format!("Vec<{float}>") || text == "Vec<_>"
        });
        if !collects_floats || !self.reads_float_values(init, env) {
            return false;
        }
        let (source, maps) = map_chain(&call.receiver);
        if maps.iter().any(|closure| closure.inputs.len() != 1) {
            return false;
        }
        let slot: Ident = syn::parse_quote!(__gradus_slot);
        let (pattern, statements, value): (Pat, Vec<SynStmt>, Expr) = if maps.is_empty() {
            let item: Ident = syn::parse_quote!(__gradus_item);
            (
                syn::parse_quote!(#item),
                Vec::new(),
                syn::parse_quote!(#item),
            )
        } else {
            let (statements, value) = mapped_value(&maps);
            (loop_pattern(&maps[0].inputs[0]), statements, value)
        };
        let zero: Expr = self.float.zero_in_body();
        let lowered: Vec<SynStmt> = vec![
            syn::parse_quote!(let mut #name = vec![#zero; (#source).count()];),
            syn::parse_quote!(
                for (#slot, #pattern) in (#source).enumerate() {
                    #(#statements)*
                    #name[#slot] = #value;
                }
            ),
        ];
        let items: Vec<super::Item> = lowered.iter().map(super::Item::Stmt).collect();
        self.lower_sequence(&items, env, block, Tail::Statement);
        true
    }
}

/// A closure's argument as a pattern of the loop it lowers to: its type annotation
/// dropped, and `&x` read as `x` (items are floats by value there).
fn closure_input(pat: &Pat) -> Pat {
    match pat {
        Pat::Type(typed) => closure_input(&typed.pat),
        Pat::Reference(reference) => closure_input(&reference.pat),
        Pat::Paren(inner) => closure_input(&inner.pat),
        other => other.clone(),
    }
}

/// A closure's argument as the pattern of a `for` loop: its type annotation dropped.
fn loop_pattern(pat: &Pat) -> Pat {
    match pat {
        Pat::Type(typed) => loop_pattern(&typed.pat),
        Pat::Tuple(tuple) => Pat::Tuple(syn::PatTuple {
            attrs: tuple.attrs.clone(),
            paren_token: tuple.paren_token,
            elems: tuple.elems.iter().map(loop_pattern).collect(),
        }),
        other => other.clone(),
    }
}

fn closure_body(closure: &syn::ExprClosure) -> Expr {
    (*closure.body).clone()
}
