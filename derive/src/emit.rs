//! Emits a gradient body from the IR: the forward sweep, which computes every value once
//! and keeps it in a local of its own, then the reverse sweep, which walks the same
//! statements backwards adding `partial · adjoint` into each operand's adjoint.
//!
//! Values defined inside a branch or loop are declared before the forward sweep, so the
//! reverse sweep can still read them. Inside loops, a value the reverse sweep reads is
//! either computed again at the top of its reverse iteration or pushed on a stack before
//! it is overwritten and popped when the reverse sweep passes its definition; loops that
//! need neither allocate nothing.

use crate::activity::{self, operands, Activity};
use crate::ir::*;
use crate::names::{self, Namer};
use crate::rules::{self, Partial, Rule};
use crate::signature::FloatType;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, ToTokens};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

mod neighbours;
mod rows;

/// Where the gradient of each differentiated argument goes: `*d_x` for a scalar buffer,
/// `d_w` (indexed) for an array buffer.
#[derive(Default)]
pub struct Targets {
    pub scalars: HashMap<ValueId, TokenStream>,
    pub arrays: HashMap<ArrayId, TokenStream>,
}

/// The body of a function that returns the value and adds the gradient with respect to
/// each argument in `targets` into it.
/// `seed` is the adjoint the result starts with: one for a gradient, the caller's adjoint
/// for the hidden adjoint companion another function's reverse sweep calls.
pub fn gradient_body(
    function: &Function,
    namer: &mut Namer,
    float: &FloatType,
    targets: &Targets,
    seed: TokenStream,
) -> TokenStream {
    let differentiated: Vec<ValueId> = targets.scalars.keys().copied().collect();
    let arrays: Vec<ArrayId> = targets.arrays.keys().copied().collect();
    let activity = activity::analyze(function, &differentiated, &arrays);

    let adjoints = (0..function.values.len())
        .map(|index| {
            let value = ValueId(index as u32);
            if !activity.needed[index] {
                return None;
            }
            Some(match targets.scalars.get(&value) {
                Some(target) => target.clone(),
                None => ident(&namer.name(&format!("d_{}", function.info(value).name)))
                    .to_token_stream(),
            })
        })
        .collect();
    let array_adjoints = function
        .arrays
        .iter()
        .enumerate()
        .map(
            |(index, info)| match targets.arrays.get(&ArrayId(index as u32)) {
                Some(target) => Some(target.clone()),
                None if activity.array_needed[index] => {
                    Some(ident(&namer.name(&format!("d_{}", info.name))).to_token_stream())
                }
                None => None,
            },
        )
        .collect();
    let cell_adjoints = function
        .cells
        .iter()
        .enumerate()
        .map(|(index, info)| {
            activity.cell_needed[index].then(|| ident(&namer.name(&format!("d_{}", info.name))))
        })
        .collect();
    let trip_names = (0..activity.loop_counted.len())
        .map(|index| activity.loop_counted[index].then(|| ident(&namer.name("trip"))))
        .collect();
    let stacks = Stacks {
        floats: ident(&namer.name("stack")),
        decisions: ident(&namer.name("decisions")),
        counts: ident(&namer.name("counts")),
        exponents: ident(&namer.name("exponents")),
    };
    let emitter = Emitter {
        function,
        float,
        activity,
        adjoints,
        array_adjoints,
        cell_adjoints,
        trip_names,
        stacks,
        result: ident(&namer.name("value")),
        used_stacks: Cell::new([false; 4]),
        pushed_arrays: {
            let mut pushed = vec![false; function.arrays.len()];
            mark_pushed(&function.body, &mut pushed);
            pushed
        },
        seed,
        iteration: ident(&namer.name("iteration")),
        carried: RefCell::new(HashMap::new()),
        carry_names: function
            .arrays
            .iter()
            .map(|info| {
                (
                    ident(&namer.name(&format!("d_{}_carried", info.name))),
                    ident(&namer.name(&format!("d_{}_next", info.name))),
                )
            })
            .collect(),
        active_rows: RefCell::new(Vec::new()),
        row_names: function
            .arrays
            .iter()
            .map(|info| {
                (
                    ident(&namer.name(&format!("{}_row", info.name))),
                    ident(&namer.name(&format!("d_{}_row", info.name))),
                )
            })
            .collect(),
        row_bounds: (
            ident(&namer.name("row_start")),
            ident(&namer.name("row_end")),
        ),
    };
    emitter.body(targets)
}

fn ident(name: &str) -> Ident {
    names::ident(name, Span::call_site())
}

struct Stacks {
    floats: Ident,
    decisions: Ident,
    counts: Ident,
    exponents: Ident,
}

#[derive(Clone, Copy, PartialEq)]
enum Sweep {
    Forward,
    Reverse,
}

#[derive(Clone, Copy)]
enum StackKind {
    Floats = 0,
    Decisions = 1,
    Counts = 2,
    Exponents = 3,
}

struct Emitter<'a> {
    function: &'a Function,
    float: &'a FloatType,
    activity: Activity,
    /// How each needed value's adjoint is written (`d_t3`, or `*d_x` for a buffer).
    adjoints: Vec<Option<TokenStream>>,
    array_adjoints: Vec<Option<TokenStream>>,
    cell_adjoints: Vec<Option<Ident>>,
    trip_names: Vec<Option<Ident>>,
    stacks: Stacks,
    result: Ident,
    used_stacks: Cell<[bool; 4]>,
    /// The local vectors that grow by `push`.
    pushed_arrays: Vec<bool>,
    seed: TokenStream,
    iteration: Ident,
    /// Reads whose adjoint waits in a local for the next reverse iteration (see
    /// `neighbours`), with that local.
    carried: RefCell<HashMap<ValueId, Ident>>,
    /// Per array, the names of the carried share and of the one the iteration collects.
    carry_names: Vec<(Ident, Ident)>,
    /// The rows taken by the loops being emitted (see `rows`), innermost last.
    active_rows: RefCell<Vec<ActiveRow>>,
    /// Per array, the names of its row and of its adjoint's row.
    row_names: Vec<(Ident, Ident)>,
    /// The bounds of a loop that takes rows, evaluated once before it.
    row_bounds: (Ident, Ident),
}

/// A row a loop over `variable` has taken, of an array or (`adjoint`) of its adjoint.
struct ActiveRow {
    row: rows::Row,
    variable: String,
    adjoint: bool,
    name: Ident,
    /// Whether the emitted code indexes it, so that only rows in use are taken.
    used: Cell<bool>,
}

impl Emitter<'_> {
    fn body(&self, targets: &Targets) -> TokenStream {
        let ty = self.float.tokens();
        let zero = self.float.zero();
        let count = self.function.values.len();
        let forward = self.forward(&self.function.body);
        let reverse = self.reverse(&self.function.body);

        let hoisted_values = (0..count).filter(|&i| self.activity.hoisted[i]).map(|i| {
            let name = self.value_name(ValueId(i as u32));
            quote!(let mut #name: #ty = #zero;)
        });
        let hoisted_snapshots = self
            .function
            .snapshots
            .iter()
            .enumerate()
            .filter(|(i, _)| self.activity.snapshot_hoisted[*i])
            .map(|(_, info)| {
                let name = ident(&info.name);
                let ty = &info.ty;
                let initial = if info.ty.to_string() == "bool" {
                    quote!(false)
                } else {
                    quote!(0)
                };
                quote!(let mut #name: #ty = #initial;)
            });
        let mut declarations = Vec::new();
        collect_declarations(&self.function.body, &mut declarations);
        let hoisted_arrays = declarations
            .into_iter()
            .filter(|(array, _, _)| self.activity.array_hoisted[array.0 as usize])
            .map(|(array, zeros, vector)| {
                let info = self.function.array(array);
                let name = names::ident(&info.name, info.span);
                let adjoint = self.array_adjoints[array.0 as usize].as_ref();
                if vector && info.rank > 1 {
                    // A vector of rows: its row type comes from the declaration it takes.
                    let adjoint = adjoint.map(|adjoint| quote!(let mut #adjoint = ::std::vec::Vec::new();));
                    quote!(let mut #name = ::std::vec::Vec::new(); #adjoint)
                } else if vector {
                    let adjoint = adjoint.map(|adjoint| quote!(let mut #adjoint: ::std::vec::Vec<#ty> = ::std::vec::Vec::new();));
                    quote!(let mut #name: ::std::vec::Vec<#ty> = ::std::vec::Vec::new(); #adjoint)
                } else {
                    let adjoint = adjoint.map(|adjoint| quote!(let mut #adjoint = #zeros;));
                    quote!(let mut #name = #zeros; #adjoint)
                }
            });
        let cells = self.function.cells.iter().map(|info| {
            let name = ident(&info.name);
            quote!(let mut #name: #ty = #zero;)
        });
        let trips = self
            .trip_names
            .iter()
            .flatten()
            .map(|name| quote!(let mut #name: usize = 0;));
        let used = self.used_stacks.get();
        // Stacks of known types reuse the thread's storage from call to call; a type
        // parameter is not known to be `'static`, which the pool needs.
        let float_constructor = match self.float {
            FloatType::Concrete(_) => quote!(pooled),
            FloatType::Generic(_) => quote!(new),
        };
        let stack_types = [
            (
                &self.stacks.floats,
                ty.clone(),
                zero.clone(),
                float_constructor,
            ),
            (
                &self.stacks.decisions,
                quote!(bool),
                quote!(false),
                quote!(pooled),
            ),
            (
                &self.stacks.counts,
                quote!(usize),
                quote!(0),
                quote!(pooled),
            ),
            (
                &self.stacks.exponents,
                quote!(i32),
                quote!(0),
                quote!(pooled),
            ),
        ];
        let stacks = stack_types
            .iter()
            .zip(used)
            .filter(|(_, used)| *used)
            .map(|((name, ty, fill, constructor), _)| {
                quote!(let mut #name: ::gradus::__private::Records<#ty> = ::gradus::__private::Records::#constructor(#fill);)
            });
        let adjoint_zero = self.float.adjoint_zero();
        let adjoint_declarations = (0..count)
            .filter(|&i| {
                self.activity.needed[i] && !targets.scalars.contains_key(&ValueId(i as u32))
            })
            .map(|i| {
                let name = self.adjoints[i].clone().unwrap();
                quote!(let mut #name: #ty = #adjoint_zero;)
            });
        let cell_adjoints = self
            .cell_adjoints
            .iter()
            .flatten()
            .map(|name| quote!(let mut #name: #ty = #adjoint_zero;));
        let result = &self.result;
        let consts = &self.function.consts;
        quote! {
            #(#consts)*
            #(#hoisted_values)*
            #(#hoisted_snapshots)*
            #(#hoisted_arrays)*
            #(#cells)*
            #(#trips)*
            #(#stacks)*
            let #result: #ty;
            #forward
            #(#adjoint_declarations)*
            #(#cell_adjoints)*
            #reverse
            #result
        }
    }

    fn value_name(&self, value: ValueId) -> Ident {
        value_name(self.function, value)
    }

    fn snapshot_name(&self, snapshot: SnapshotId) -> Ident {
        ident(&self.function.snapshot(snapshot).name)
    }

    fn render(&self, operand: &Operand) -> TokenStream {
        render(self.function, operand)
    }

    fn render_exponent(&self, exponent: &Exponent) -> TokenStream {
        render_exponent(self.function, exponent)
    }

    fn render_indices(&self, indices: &[Index]) -> TokenStream {
        render_indices(self.function, indices)
    }

    /// `base[indices]`, an element of an array (`adjoint`: of its adjoint), through the row
    /// an enclosing loop took when it covers the element.
    fn element(
        &self,
        array: ArrayId,
        indices: &[Index],
        adjoint: bool,
        base: TokenStream,
    ) -> TokenStream {
        for active in self.active_rows.borrow().iter().rev() {
            if active.row.array == array
                && active.adjoint == adjoint
                && active.row.covers(indices, &active.variable)
            {
                active.used.set(true);
                // The row starts at the element's offset: the loop variable alone indexes it.
                let name = &active.name;
                let variable = ident(&active.variable);
                return quote!(#name [#variable]);
            }
        }
        let indices = self.render_indices(indices);
        quote!(#base #indices)
    }

    /// Emits a loop body with the rows `rowed` takes in effect (`sweep` says which: the
    /// forward sweep's, or the reverse sweep's reads and adjoints) and returns the code that
    /// takes the rows the body uses, with the body.
    fn with_rows(
        &self,
        rowed: &rows::RowedLoop,
        variable: &str,
        sweep: Sweep,
        emit_body: impl FnOnce() -> TokenStream,
    ) -> (TokenStream, TokenStream) {
        let mut taken = Vec::new();
        for row in &rowed.rows {
            let (primal_name, adjoint_name) = &self.row_names[row.array.0 as usize];
            let mut sides = vec![(false, primal_name)];
            if sweep == Sweep::Reverse && self.array_adjoints[row.array.0 as usize].is_some() {
                sides.push((true, adjoint_name));
            }
            for (adjoint, name) in sides {
                taken.push(ActiveRow {
                    row: rows::Row {
                        array: row.array,
                        prefix: row.prefix.clone(),
                        offset: row.offset.clone(),
                        written: row.written,
                        origin: row.origin,
                    },
                    variable: variable.to_string(),
                    adjoint,
                    name: name.clone(),
                    used: Cell::new(false),
                });
            }
        }
        let count = taken.len();
        self.active_rows.borrow_mut().extend(taken);
        let body = emit_body();
        let taken = {
            let mut active = self.active_rows.borrow_mut();
            let outer = active.len() - count;
            active.split_off(outer)
        };
        let (start, end) = &self.row_bounds;
        let (start_value, end_value) = (&rowed.start, &rowed.end);
        let mut bindings = quote!(let #start: usize = #start_value; let #end: usize = #end_value;);
        for row in taken.iter().filter(|row| row.used.get()) {
            let info = self.function.array(row.row.array);
            let base = if row.adjoint {
                self.array_adjoints[row.row.array.0 as usize]
                    .clone()
                    .expect("an adjoint row has an adjoint")
            } else {
                names::ident(&info.name, info.span).to_token_stream()
            };
            let prefix = self.render_indices(&row.row.prefix);
            let name = &row.name;
            let mutable = row.adjoint || (sweep == Sweep::Forward && row.row.written);
            let mut slice = match &row.row.offset {
                Some(offset) => quote!(#base #prefix [#offset..][..#end]),
                None => quote!(#base #prefix [..#end]),
            };
            // Out of bounds, the row panics at the line of an access it stands for.
            if let Some(origin) = row.row.origin {
                slice = respan(slice, origin);
            }
            bindings.extend(if mutable {
                quote!(let #name: &mut [_] = if #start < #end { &mut #slice } else { &mut [] };)
            } else {
                quote!(let #name: &[_] = if #start < #end { &#slice } else { &[] };)
            });
        }
        (bindings, body)
    }

    fn stack(&self, kind: StackKind) -> &Ident {
        let mut used = self.used_stacks.get();
        used[kind as usize] = true;
        self.used_stacks.set(used);
        match kind {
            StackKind::Floats => &self.stacks.floats,
            StackKind::Decisions => &self.stacks.decisions,
            StackKind::Counts => &self.stacks.counts,
            StackKind::Exponents => &self.stacks.exponents,
        }
    }

    fn snapshot_stack(&self, snapshot: SnapshotId) -> &Ident {
        match self.function.snapshot(snapshot).ty.to_string().as_str() {
            "bool" => self.stack(StackKind::Decisions),
            "i32" => self.stack(StackKind::Exponents),
            _ => self.stack(StackKind::Counts),
        }
    }

    /// `let name: T = expr;` at the top level, `name = expr;` for a declared value, with
    /// the old value pushed first when the reverse sweep needs it back.
    fn define(&self, value: ValueId, expr: TokenStream) -> TokenStream {
        let name = self.value_name(value);
        if self.activity.hoisted[value.0 as usize] {
            let push = self.push_value(value);
            quote!(#push #name = #expr;)
        } else {
            let ty = self.float.tokens();
            quote!(let #name: #ty = #expr;)
        }
    }

    fn push_value(&self, value: ValueId) -> TokenStream {
        if self.activity.pushed(value) {
            let stack = self.stack(StackKind::Floats);
            let name = self.value_name(value);
            quote!(#stack.push(#name);)
        } else {
            TokenStream::new()
        }
    }

    fn pop_value(&self, value: ValueId) -> TokenStream {
        if self.activity.pushed(value) {
            let stack = self.stack(StackKind::Floats);
            let name = self.value_name(value);
            quote!(#name = #stack.pop();)
        } else {
            TokenStream::new()
        }
    }

    fn forward_expression(&self, op: &Op) -> TokenStream {
        match op {
            Op::Read(array, indices) => {
                let info = self.function.array(*array);
                let name = names::ident(&info.name, info.span);
                self.element(*array, indices, false, name.to_token_stream())
            }
            Op::ReadCell(cell) => ident(&self.function.cell(*cell).name).to_token_stream(),
            _ => {
                let rendered: Vec<TokenStream> = operands(op)
                    .iter()
                    .map(|operand| self.render(operand))
                    .collect();
                let constant_receiver = matches!(operands(op).first(), Some(Operand::Constant(_)));
                rules::forward(op, &rendered, constant_receiver, self.float, &|e| {
                    self.render_exponent(e)
                })
            }
        }
    }

    /// The arguments as passed: a method's receiver stands in the callee's path instead.
    fn call_arguments(&self, arguments: &[CallArgument]) -> Vec<TokenStream> {
        arguments
            .iter()
            .filter_map(|argument| match argument {
                CallArgument::Float { operand, .. } => Some(self.render(operand)),
                CallArgument::Array { receiver: true, .. } => None,
                CallArgument::Array { tokens, .. } | CallArgument::Other(tokens) => {
                    Some(tokens.clone())
                }
            })
            .collect()
    }

    /// The local arrays a call reads are recorded before it and restored before its
    /// reverse, so the callee's reverse sweep sees what its forward sweep saw; only when
    /// the reverse sweep calls it.
    fn array_snapshots(
        &self,
        value: ValueId,
        arguments: &[CallArgument],
        push: bool,
    ) -> TokenStream {
        if !self.activity.needed[value.0 as usize] {
            return TokenStream::new();
        }
        let mut locals: Vec<(&ArrayId, &Vec<Index>)> = arguments
            .iter()
            .filter_map(|argument| match argument {
                CallArgument::Array { array, indices, .. }
                    if self.function.array(*array).argument.is_none() =>
                {
                    Some((array, indices))
                }
                _ => None,
            })
            .collect();
        if !push {
            locals.reverse();
        }
        let mut out = TokenStream::new();
        for (array, indices) in locals {
            let info = self.function.array(*array);
            let name = names::ident(&info.name, info.span);
            let rendered = self.render_indices(indices);
            let place = quote!(#name #rendered);
            let depth = info.rank - indices.len();
            let stack = self.stack(StackKind::Floats).clone();
            out.extend(nested_elements(place, depth, push, &|element| {
                if push {
                    quote!(#stack.push(*#element);)
                } else {
                    quote!(*#element = #stack.pop();)
                }
            }));
        }
        out
    }

    fn forward(&self, block: &Block) -> TokenStream {
        let mut out = TokenStream::new();
        for stmt in &block.stmts {
            out.extend(self.forward_stmt(stmt));
        }
        out
    }

    fn forward_stmt(&self, stmt: &Stmt) -> TokenStream {
        match stmt {
            Stmt::Assign { value, op } if op.is_adjoint_call() => {
                let Op::Call {
                    primal, arguments, ..
                } = op
                else {
                    unreachable!("an adjoint call is a call")
                };
                let rendered = self.call_arguments(arguments);
                let call = quote!(#primal(#(#rendered),*));
                let name = self.value_name(*value);
                let snapshots = self.array_snapshots(*value, arguments, true);
                if self.activity.hoisted[value.0 as usize] {
                    let push = self.push_value(*value);
                    quote!(#push #snapshots #name = #call;)
                } else {
                    let ty = self.float.tokens();
                    quote!(#snapshots let #name: #ty = #call;)
                }
            }
            Stmt::Assign {
                value,
                op:
                    Op::Call {
                        partials: path,
                        arguments,
                        ..
                    },
            } => {
                let name = self.value_name(*value);
                let rendered = self.call_arguments(arguments);
                let mut pushes = self.push_value(*value);
                let partials = arguments.iter().map(|argument| match argument {
                    CallArgument::Float {
                        partial: Some(partial),
                        ..
                    } => {
                        pushes.extend(self.push_value(*partial));
                        self.value_name(*partial).to_token_stream()
                    }
                    _ => quote!(_),
                });
                let pattern = quote!((#name, (#(#partials,)*)));
                if self.activity.hoisted[value.0 as usize] {
                    quote!(#pushes #pattern = #path(#(#rendered),*);)
                } else {
                    quote!(let #pattern = #path(#(#rendered),*);)
                }
            }
            Stmt::Assign { value, op } => {
                let expression = self.forward_expression(op);
                // A read carries the user's span: out of bounds, it panics at their line.
                let expression = match (op, self.function.info(*value).origin) {
                    (Op::Read(..), Some(origin)) => respan(expression, origin),
                    _ => expression,
                };
                self.define(*value, expression)
            }
            Stmt::Opaque { tokens, .. } => tokens.clone(),
            Stmt::Snapshot { snapshot, tokens } => {
                let info = self.function.snapshot(*snapshot);
                let name = ident(&info.name);
                if self.activity.snapshot_hoisted[snapshot.0 as usize] {
                    let push = if self.activity.snapshot_pushed(*snapshot) {
                        let stack = self.snapshot_stack(*snapshot);
                        quote!(#stack.push(#name);)
                    } else {
                        TokenStream::new()
                    };
                    quote!(#push #name = #tokens;)
                } else {
                    let ty = &info.ty;
                    quote!(let #name: #ty = #tokens;)
                }
            }
            Stmt::If {
                condition,
                then_block,
                else_block,
                merges,
            } => {
                let condition = self.snapshot_name(*condition);
                let ty = self.float.tokens();
                let declarations = merges
                    .iter()
                    .filter(|merge| !self.activity.hoisted[merge.value.0 as usize])
                    .map(|merge| {
                        let name = self.value_name(merge.value);
                        quote!(let #name: #ty;)
                    });
                let assignments = |pick: &dyn Fn(&Merge) -> &Operand| -> Vec<TokenStream> {
                    merges
                        .iter()
                        .map(|merge| {
                            let name = self.value_name(merge.value);
                            let source = self.render(pick(merge));
                            let push = self.push_value(merge.value);
                            quote!(#push #name = #source;)
                        })
                        .collect()
                };
                let then_assignments = assignments(&|merge| &merge.then_source);
                let else_assignments = assignments(&|merge| &merge.else_source);
                let then_code = self.forward(then_block);
                let else_code = self.forward(else_block);
                quote! {
                    #(#declarations)*
                    if #condition {
                        #then_code
                        #(#then_assignments)*
                    } else {
                        #else_code
                        #(#else_assignments)*
                    }
                }
            }
            Stmt::Scope(inner) => {
                let inner = self.forward(inner);
                quote!({ #inner })
            }
            Stmt::Return(operand) => {
                let result = &self.result;
                let operand = self.render(operand);
                quote!(#result = #operand;)
            }
            Stmt::DeclareArray {
                array,
                init,
                zeros,
                vector,
            } => {
                let index = array.0 as usize;
                let info = self.function.array(*array);
                let name = names::ident(&info.name, info.span);
                let adjoint = &self.array_adjoints[index];
                if self.activity.array_hoisted[index] {
                    // A fixed array's adjoint is zero here already: declared zero, and zeroed
                    // again by the reverse of this declaration for the iteration before. A
                    // vector's takes its length from this declaration.
                    let adjoint = adjoint
                        .as_ref()
                        .filter(|_| *vector)
                        .map(|adjoint| refill(adjoint, zeros));
                    // A vector that grows is emptied here: its length before is recorded, for
                    // the reverse sweep to give it back.
                    let record = if self.pushed_arrays[index] {
                        let stack = self.stack(StackKind::Counts);
                        quote!(#stack.push(#name.len());)
                    } else {
                        TokenStream::new()
                    };
                    let assign = refill(&name.to_token_stream(), init);
                    quote!(#record #assign #adjoint)
                } else {
                    let adjoint = adjoint
                        .as_ref()
                        .map(|adjoint| quote!(let mut #adjoint = #zeros;));
                    quote!(let mut #name = #init; #adjoint)
                }
            }
            Stmt::Write {
                array,
                indices,
                kind,
                value,
                origin,
            } => {
                let name = array_name(self.function, *array);
                let place = self.element(*array, indices, false, name.to_token_stream());
                // The place written carries the user's span: out of bounds, it panics there.
                let (name, place) = match origin {
                    Some(origin) => (
                        respan(name.to_token_stream(), *origin),
                        respan(place, *origin),
                    ),
                    None => (name.to_token_stream(), place),
                };
                let value = self.render(value);
                let write = write_code(&name, &place, *kind, &value, self.float.is_generic());
                // A vector's adjoint grows with it.
                let adjoint = (*kind == WriteKind::Push)
                    .then(|| self.array_adjoints[array.0 as usize].as_ref())
                    .flatten()
                    .map(|adjoint| {
                        let zero = self.float.adjoint_zero();
                        quote!(#adjoint.push(#zero);)
                    });
                quote!(#write #adjoint)
            }
            Stmt::SetCell { cell, source } => {
                let name = ident(&self.function.cell(*cell).name);
                let source = self.render(source);
                quote!(#name = #source;)
            }
            Stmt::Loop { header, body } => self.forward_loop(header, body),
            Stmt::Next => TokenStream::new(),
            Stmt::Break => quote!(break;),
        }
    }

    fn forward_loop(&self, header: &LoopHeader, body: &Block) -> TokenStream {
        let index = self.activity.loop_number(body);
        if let Some(rowed) = self.rows_of(header, body) {
            return self.forward_loop_with_rows(header, body, &rowed);
        }
        let body_code = self.forward(body);
        let (start, count) = match &self.trip_names[index] {
            Some(trip) => {
                let save = if self.activity.loop_parent[index].is_some() {
                    let stack = self.stack(StackKind::Counts);
                    quote!(#stack.push(#trip);)
                } else {
                    TokenStream::new()
                };
                (quote!(#save #trip = 0;), quote!(#trip += 1;))
            }
            None => (TokenStream::new(), TokenStream::new()),
        };
        match header {
            LoopHeader::Range {
                variable, range, ..
            } => {
                let variable = ident(variable.as_str());
                // The trip count is known before the loop: size the records up front.
                let (floats, decisions) = self.pushes_per_iteration(body);
                let mut reserve = TokenStream::new();
                if floats > 0 {
                    let stack = self.stack(StackKind::Floats);
                    reserve.extend(quote!(#stack.reserve(#floats * (#range).size_hint().0);));
                }
                if decisions > 0 {
                    let stack = self.stack(StackKind::Decisions);
                    reserve.extend(quote!(#stack.reserve(#decisions * (#range).size_hint().0);));
                }
                quote! {
                    #start
                    #reserve
                    for #variable in #range {
                        #count
                        #body_code
                    }
                }
            }
            LoopHeader::Unbounded => quote! {
                #start
                loop {
                    #count
                    #body_code
                }
            },
        }
    }

    /// The rows a loop takes (see `rows`): a range loop without a trip count, whose reverse
    /// walks the same range downwards.
    fn rows_of(&self, header: &LoopHeader, body: &Block) -> Option<rows::RowedLoop> {
        let index = self.activity.loop_number(body);
        if self.trip_names[index].is_some()
            || !matches!(
                header,
                LoopHeader::Range {
                    reversible: true,
                    ..
                }
            )
        {
            return None;
        }
        rows::find(self.function, header, body, &|array| {
            self.pushed_arrays[array.0 as usize]
        })
    }

    /// A range loop that takes rows: its bounds evaluated once, the rows taken from them.
    fn forward_loop_with_rows(
        &self,
        header: &LoopHeader,
        body: &Block,
        rowed: &rows::RowedLoop,
    ) -> TokenStream {
        let LoopHeader::Range { variable, .. } = header else {
            unreachable!("rows are taken by range loops")
        };
        let (bindings, body_code) =
            self.with_rows(rowed, variable, Sweep::Forward, || self.forward(body));
        let variable = ident(variable.as_str());
        let (start, end) = &self.row_bounds;
        let (floats, decisions) = self.pushes_per_iteration(body);
        let mut reserve = TokenStream::new();
        if floats > 0 {
            let stack = self.stack(StackKind::Floats);
            reserve.extend(quote!(#stack.reserve(#floats * #end.saturating_sub(#start));));
        }
        if decisions > 0 {
            let stack = self.stack(StackKind::Decisions);
            reserve.extend(quote!(#stack.reserve(#decisions * #end.saturating_sub(#start));));
        }
        quote! {
            {
                #bindings
                #reserve
                for #variable in #start..#end {
                    #body_code
                }
            }
        }
    }

    /// How many floats and decisions one iteration of `body` records at most (not counting
    /// loops nested in it, which size their own records).
    fn pushes_per_iteration(&self, body: &Block) -> (usize, usize) {
        let mut floats = 0;
        let mut decisions = 0;
        for stmt in &body.stmts {
            match stmt {
                Stmt::Assign { value, op } => {
                    floats += usize::from(self.activity.pushed(*value));
                    if let Op::Call { arguments, .. } = op {
                        for argument in arguments {
                            if let CallArgument::Float {
                                partial: Some(partial),
                                ..
                            } = argument
                            {
                                floats += usize::from(self.activity.pushed(*partial));
                            }
                        }
                    }
                }
                Stmt::Snapshot { snapshot, .. }
                    if self.activity.snapshot_pushed(*snapshot)
                        && self.function.snapshot(*snapshot).ty.to_string() == "bool" =>
                {
                    decisions += 1;
                }
                Stmt::If {
                    then_block,
                    else_block,
                    merges,
                    ..
                } => {
                    let (then_floats, then_decisions) = self.pushes_per_iteration(then_block);
                    let (else_floats, else_decisions) = self.pushes_per_iteration(else_block);
                    floats += then_floats.max(else_floats)
                        + merges
                            .iter()
                            .filter(|merge| self.activity.pushed(merge.value))
                            .count();
                    decisions += then_decisions.max(else_decisions);
                }
                Stmt::Scope(inner) => {
                    let (inner_floats, inner_decisions) = self.pushes_per_iteration(inner);
                    floats += inner_floats;
                    decisions += inner_decisions;
                }
                _ => {}
            }
        }
        (floats, decisions)
    }

    /// `target += source · partial`, in the form the float type allows.
    fn add_into(
        &self,
        target: &TokenStream,
        partial: &Partial,
        source: &TokenStream,
    ) -> TokenStream {
        let (negative, amount) = match partial {
            Partial::Zero => return TokenStream::new(),
            Partial::One => (false, source.clone()),
            Partial::MinusOne => (true, source.clone()),
            Partial::Times(e) => (false, quote!(#source * #e)),
            Partial::MinusTimes(e) => (true, quote!(#source * #e)),
            Partial::Over(e) => (false, quote!(#source / #e)),
            Partial::MinusOver(e) => (true, quote!(#source / #e)),
            Partial::MinusOverTimes(over, times) => (true, quote!(#source / #over * #times)),
        };
        match (self.float.is_generic(), negative) {
            (false, false) => quote!(#target += #amount;),
            (false, true) => quote!(#target -= #amount;),
            (true, false) => quote!(#target = #target + #amount;),
            (true, true) => quote!(#target = #target - #amount;),
        }
    }

    fn accumulate(&self, target: &Operand, partial: &Partial, source: &TokenStream) -> TokenStream {
        let Operand::Value(value) = target else {
            return TokenStream::new();
        };
        match &self.adjoints[value.0 as usize] {
            Some(adjoint) => self.add_into(adjoint, partial, source),
            None => TokenStream::new(),
        }
    }

    fn reset(&self, value: ValueId) -> TokenStream {
        match (
            &self.adjoints[value.0 as usize],
            self.activity.value_loop[value.0 as usize],
        ) {
            (Some(adjoint), Some(_)) => {
                let zero = self.float.adjoint_zero();
                quote!(#adjoint = #zero;)
            }
            _ => TokenStream::new(),
        }
    }

    fn reverse(&self, block: &Block) -> TokenStream {
        self.reverse_with(block, TokenStream::new())
    }

    /// The reverse of `block`, after `prelude` (a loop's recomputed values), which itself
    /// comes after the integer locals the block computes again.
    fn reverse_with(&self, block: &Block, prelude: TokenStream) -> TokenStream {
        // Integer locals the reverse sweep reads are computed again first, in order.
        let mut out: TokenStream = block
            .stmts
            .iter()
            .filter_map(|stmt| match stmt {
                Stmt::Opaque {
                    tokens,
                    replay: true,
                } => Some(tokens.clone()),
                _ => None,
            })
            .collect();
        out.extend(prelude);
        for stmt in block.stmts.iter().rev() {
            out.extend(self.reverse_stmt(stmt));
        }
        out
    }

    fn reverse_stmt(&self, stmt: &Stmt) -> TokenStream {
        match stmt {
            Stmt::Return(operand) => self.accumulate(operand, &Partial::One, &self.seed),
            Stmt::Assign { value, op } if op.is_adjoint_call() => {
                let mut out = TokenStream::new();
                if let (
                    Some(source),
                    Op::Call {
                        adjoint, arguments, ..
                    },
                ) = (&self.adjoints[value.0 as usize], op)
                {
                    out.extend(self.array_snapshots(*value, arguments, false));
                    let rendered = self.call_arguments(arguments);
                    let slots: Vec<TokenStream> = arguments
                        .iter()
                        .map(|argument| self.adjoint_slot(argument))
                        .collect();
                    // An adjoint passed twice (`dot(w, w)`) cannot be borrowed twice: each
                    // later occurrence gets a call of its own.
                    let none = quote!(::core::option::Option::None);
                    let mut calls: Vec<Vec<TokenStream>> = vec![Vec::new()];
                    let mut seen: Vec<String> = Vec::new();
                    for (index, slot) in slots.iter().enumerate() {
                        let key = slot.to_string();
                        if key == none.to_string() || !seen.contains(&key) {
                            seen.push(key);
                            calls[0].push(slot.clone());
                        } else {
                            calls[0].push(none.clone());
                            let mut alone = vec![none.clone(); slots.len()];
                            alone[index] = slot.clone();
                            calls.push(alone);
                        }
                    }
                    for slots in calls {
                        out.extend(quote!(#adjoint(#(#rendered,)* #source, #(#slots),*);));
                    }
                    out.extend(self.reset(*value));
                }
                out.extend(self.pop_value(*value));
                out
            }
            Stmt::Assign { value, op } => {
                let mut out = TokenStream::new();
                if self.activity.needed[value.0 as usize] && rules::has_gradient(op) {
                    let source = self.adjoints[value.0 as usize].clone().unwrap();
                    out.extend(self.reverse_op(*value, op, &source));
                    out.extend(self.reset(*value));
                }
                if let Op::Call { arguments, .. } = op {
                    for argument in arguments.iter().rev() {
                        if let CallArgument::Float {
                            partial: Some(partial),
                            ..
                        } = argument
                        {
                            out.extend(self.pop_value(*partial));
                        }
                    }
                }
                if let (Op::ReadCell(cell), Some(restored)) =
                    (op, self.activity.restores_cell[value.0 as usize])
                {
                    if *cell == restored {
                        let name = self.value_name(*value);
                        let cell_name = ident(&self.function.cell(*cell).name);
                        out.extend(quote!(#cell_name = #name;));
                    }
                }
                out.extend(self.pop_value(*value));
                out
            }
            Stmt::Snapshot { snapshot, .. } => {
                if self.activity.snapshot_pushed(*snapshot) {
                    let stack = self.snapshot_stack(*snapshot);
                    let name = self.snapshot_name(*snapshot);
                    quote!(#name = #stack.pop();)
                } else {
                    TokenStream::new()
                }
            }
            Stmt::If {
                condition,
                then_block,
                else_block,
                merges,
            } => {
                let merge_code = |pick: &dyn Fn(&Merge) -> &Operand| -> TokenStream {
                    let mut out = TokenStream::new();
                    for merge in merges.iter().rev() {
                        if let Some(source) = &self.adjoints[merge.value.0 as usize] {
                            out.extend(self.accumulate(pick(merge), &Partial::One, source));
                            out.extend(self.reset(merge.value));
                        }
                        out.extend(self.pop_value(merge.value));
                    }
                    out
                };
                let mut then_code = merge_code(&|merge| &merge.then_source);
                let mut else_code = merge_code(&|merge| &merge.else_source);
                then_code.extend(self.reverse(then_block));
                else_code.extend(self.reverse(else_block));
                let condition = self.snapshot_name(*condition);
                match (then_code.is_empty(), else_code.is_empty()) {
                    (true, true) => TokenStream::new(),
                    (false, true) => quote!(if #condition { #then_code }),
                    (true, false) => quote!(if !#condition { #else_code }),
                    (false, false) => quote!(if #condition { #then_code } else { #else_code }),
                }
            }
            Stmt::Scope(inner) => self.reverse(inner),
            Stmt::Opaque { .. } | Stmt::Next | Stmt::Break => TokenStream::new(),
            Stmt::DeclareArray {
                array,
                zeros,
                vector,
                ..
            } => {
                // A vector that grows, declared again in each iteration: back to the length
                // it had at the end of the iteration before, its adjoint zeros as long.
                if self.pushed_arrays[array.0 as usize]
                    && self.activity.array_hoisted[array.0 as usize]
                {
                    let info = self.function.array(*array);
                    let name = names::ident(&info.name, info.span);
                    let stack = self.stack(StackKind::Counts);
                    let zero = self.float.zero();
                    let length = ident("restored_length");
                    let adjoint = self.array_adjoints[array.0 as usize]
                        .as_ref()
                        .map(|adjoint| {
                            let adjoint_zero = self.float.adjoint_zero();
                            quote!(#adjoint.clear(); #adjoint.resize(#length, #adjoint_zero);)
                        });
                    return quote! {
                        let #length = #stack.pop();
                        #name.resize(#length, #zero);
                        #adjoint
                    };
                }
                // Everything the declaration overwrote has no adjoint: zero it for the
                // iteration before, when the declaration sits in a loop.
                match &self.array_adjoints[array.0 as usize] {
                    Some(adjoint) if self.activity.array_hoisted[array.0 as usize] => {
                        if *vector && self.function.array(*array).rank == 1 {
                            let zero = self.float.adjoint_zero();
                            quote!(#adjoint.fill(#zero);)
                        } else {
                            quote!(#adjoint = #zeros;)
                        }
                    }
                    _ => TokenStream::new(),
                }
            }
            Stmt::Write {
                array,
                indices,
                kind,
                value,
                ..
            } => {
                if *kind == WriteKind::Push {
                    let info = self.function.array(*array);
                    let name = names::ident(&info.name, info.span);
                    let adjoint_code = match &self.array_adjoints[array.0 as usize] {
                        Some(adjoint) => {
                            let element = ident("pushed");
                            let accumulate =
                                self.accumulate(value, &Partial::One, &element.to_token_stream());
                            quote!(if let ::core::option::Option::Some(#element) = #adjoint.pop() { #accumulate })
                        }
                        None => TokenStream::new(),
                    };
                    return quote!(#adjoint_code #name.pop(););
                }
                let Some(adjoint) = &self.array_adjoints[array.0 as usize] else {
                    return TokenStream::new();
                };
                if !self.activity.array_needed[array.0 as usize] {
                    return TokenStream::new();
                }
                let element = self.element(*array, indices, true, adjoint.clone());
                let partial = match kind {
                    WriteKind::Set | WriteKind::Add | WriteKind::Push => Partial::One,
                    WriteKind::Sub => Partial::MinusOne,
                };
                let mut out = self.accumulate(value, &partial, &element);
                if *kind == WriteKind::Set {
                    let zero = self.float.adjoint_zero();
                    out.extend(quote!(#element = #zero;));
                }
                out
            }
            Stmt::SetCell { cell, source } => {
                let restore = match source {
                    Operand::Value(value)
                        if self.activity.from_cell[value.0 as usize] == Some(*cell) =>
                    {
                        let name = self.value_name(*value);
                        let cell_name = ident(&self.function.cell(*cell).name);
                        quote!(#name = #cell_name;)
                    }
                    _ => TokenStream::new(),
                };
                let adjoint_code = self.reverse_set_cell(*cell, source);
                quote!(#restore #adjoint_code)
            }
            Stmt::Loop { header, body } => self.reverse_loop(header, body),
        }
    }

    fn reverse_set_cell(&self, cell: CellId, source: &Operand) -> TokenStream {
        match &self.cell_adjoints[cell.0 as usize] {
            Some(adjoint) => {
                let mut out = self.accumulate(source, &Partial::One, &adjoint.to_token_stream());
                let zero = self.float.adjoint_zero();
                out.extend(quote!(#adjoint = #zero;));
                out
            }
            None => TokenStream::new(),
        }
    }

    /// `Some(&mut adjoint)` for an argument whose gradient is wanted, `None` otherwise.
    fn adjoint_slot(&self, argument: &CallArgument) -> TokenStream {
        let none = quote!(::core::option::Option::None);
        match argument {
            CallArgument::Float {
                operand: Operand::Value(value),
                ..
            } if self.activity.active[value.0 as usize] => match &self.adjoints[value.0 as usize] {
                Some(adjoint) => quote!(::core::option::Option::Some(&mut #adjoint)),
                None => none,
            },
            CallArgument::Array { array, indices, .. }
                if self.activity.array_active[array.0 as usize] =>
            {
                match &self.array_adjoints[array.0 as usize] {
                    Some(adjoint) => {
                        let indices = self.render_indices(indices);
                        let place = if self.function.array(*array).argument.is_some() {
                            quote!((*#adjoint) #indices)
                        } else {
                            quote!(#adjoint #indices)
                        };
                        quote!(::core::option::Option::Some(&mut #place))
                    }
                    None => none,
                }
            }
            _ => none,
        }
    }

    fn reverse_loop(&self, header: &LoopHeader, body: &Block) -> TokenStream {
        let index = self.activity.loop_number(body);
        let trip = &self.trip_names[index];
        let restore_trip = match trip {
            Some(trip) if self.activity.loop_parent[index].is_some() => {
                let stack = self.stack(StackKind::Counts);
                quote!(#trip = #stack.pop();)
            }
            _ => TokenStream::new(),
        };
        if !activity::has_reverse(&self.activity, body) && !self.pops_anything(body) {
            return restore_trip;
        }
        // A loop walked downwards by one: neighbours' shares are carried.
        let neighbours = match (header, trip) {
            (
                LoopHeader::Range {
                    variable,
                    range,
                    reversible: true,
                },
                None,
            ) if !range.to_string().contains("rev") => {
                neighbours::find(self.function, variable, body)
                    .into_iter()
                    .filter(|found| self.array_adjoints[found.array.0 as usize].is_some())
                    .collect()
            }
            _ => Vec::new(),
        };
        if neighbours.is_empty() {
            if let (Some(rowed), LoopHeader::Range { variable, .. }) =
                (self.rows_of(header, body), header)
            {
                let (bindings, body_code) =
                    self.with_rows(&rowed, variable, Sweep::Reverse, || {
                        self.reverse_with(body, self.recompute(body))
                    });
                let variable = ident(variable.as_str());
                let (start, end) = &self.row_bounds;
                return quote! {
                    {
                        #bindings
                        for #variable in (#start..#end).rev() {
                            #body_code
                        }
                    }
                    #restore_trip
                };
            }
        }
        for found in &neighbours {
            let (_, next) = &self.carry_names[found.array.0 as usize];
            self.carried.borrow_mut().insert(found.lower, next.clone());
        }
        let body_code = self.reverse_with(body, self.recompute(body));
        for found in &neighbours {
            self.carried.borrow_mut().remove(&found.lower);
        }
        if let (
            false,
            LoopHeader::Range {
                variable, range, ..
            },
        ) = (neighbours.is_empty(), header)
        {
            return self.reverse_loop_with_carries(variable, range, &neighbours, body_code);
        }
        let recompute = TokenStream::new();
        let iteration = &self.iteration;
        let walk = match (header, trip) {
            (
                LoopHeader::Range {
                    variable,
                    range,
                    reversible: true,
                },
                None,
            ) => {
                let variable = ident(variable.as_str());
                quote!(for #variable in (#range).rev())
            }
            (
                LoopHeader::Range {
                    variable, range, ..
                },
                _,
            ) => {
                let variable = ident(variable.as_str());
                let count = match trip {
                    Some(trip) => trip.to_token_stream(),
                    None => quote!((#range).count()),
                };
                return quote! {
                    for #iteration in (0..#count).rev() {
                        let #variable = (#range).nth(#iteration).unwrap();
                        #recompute
                        #body_code
                    }
                    #restore_trip
                };
            }
            (LoopHeader::Unbounded, _) => {
                let trip = trip.as_ref().unwrap();
                quote!(for _ in 0..#trip)
            }
        };
        quote! {
            #walk {
                #recompute
                #body_code
            }
            #restore_trip
        }
    }

    /// `for variable in (range).rev()` with the lower neighbour's share of each array in
    /// `neighbours` carried to the next iteration, where it goes into memory with the
    /// upper neighbour's; the last iteration's share goes in after the loop.
    fn reverse_loop_with_carries(
        &self,
        variable: &str,
        range: &TokenStream,
        neighbours: &[neighbours::Neighbours],
        body_code: TokenStream,
    ) -> TokenStream {
        let variable = ident(variable);
        let ty = self.float.tokens();
        let zero = self.float.adjoint_zero();
        let mut before = TokenStream::new();
        let mut starts = TokenStream::new();
        let mut ends = TokenStream::new();
        let mut after = TokenStream::new();
        for found in neighbours {
            let (carried, next) = &self.carry_names[found.array.0 as usize];
            let adjoint = self.array_adjoints[found.array.0 as usize]
                .as_ref()
                .unwrap();
            let upper = self.render_indices(&found.upper_indices);
            let lower = self.render_indices(&found.lower_indices);
            before.extend(quote!(let mut #carried: #ty = #zero;));
            starts.extend(quote!(let mut #next: #ty = #zero;));
            ends.extend(self.add_into(
                &quote!(#adjoint #upper),
                &Partial::One,
                &carried.to_token_stream(),
            ));
            ends.extend(quote!(#carried = #next;));
            after.extend(self.add_into(
                &quote!(#adjoint #lower),
                &Partial::One,
                &carried.to_token_stream(),
            ));
        }
        quote! {
            #before
            for #variable in (#range).rev() {
                #starts
                #body_code
                #ends
            }
            if let ::core::option::Option::Some(#variable) = (#range).next() {
                #after
            }
        }
    }

    /// Whether the reverse sweep of `block` pops a record, so it must walk it even when
    /// no adjoint flows through it.
    fn pops_anything(&self, block: &Block) -> bool {
        block.stmts.iter().any(|stmt| match stmt {
            Stmt::Assign { value, .. } => self.activity.pushed(*value),
            Stmt::Snapshot { snapshot, .. } => self.activity.snapshot_pushed(*snapshot),
            Stmt::Write {
                kind: WriteKind::Push,
                ..
            } => true,
            Stmt::If {
                then_block,
                else_block,
                merges,
                ..
            } => {
                merges.iter().any(|merge| self.activity.pushed(merge.value))
                    || self.pops_anything(then_block)
                    || self.pops_anything(else_block)
            }
            Stmt::Scope(inner) => self.pops_anything(inner),
            // A counted loop inside a loop records its trip count even when nothing in it
            // flows back; its reverse must pop it.
            Stmt::Loop { body: inner, .. } => {
                self.activity.loop_counted[self.activity.loop_number(inner)]
                    || self.pops_anything(inner)
            }
            _ => false,
        })
    }

    /// The values of a loop body computed again at the top of each reverse iteration.
    fn recompute(&self, body: &Block) -> TokenStream {
        // Reads first, lowest-looking index first (`x[i]` before `x[i + 1]`): an early
        // read at the larger index would leave a bounds check inside the reverse loop.
        let mut reads: Vec<&Stmt> = body
            .stmts
            .iter()
            .filter(|stmt| {
                matches!(
                    stmt,
                    Stmt::Assign {
                        op: Op::Read(..),
                        ..
                    }
                )
            })
            .collect();
        reads.sort_by_key(|stmt| match stmt {
            Stmt::Assign {
                op: Op::Read(_, indices),
                ..
            } => self.render_indices(indices).to_string().len(),
            _ => 0,
        });
        let others = body.stmts.iter().filter(|stmt| {
            !matches!(
                stmt,
                Stmt::Assign {
                    op: Op::Read(..),
                    ..
                }
            )
        });
        let ordered: Vec<&Stmt> = reads.into_iter().chain(others).collect();
        let wanted = self.recompute_closure(body);
        let mut out = TokenStream::new();
        for stmt in ordered {
            if let Stmt::Assign { value, op } = stmt {
                if wanted[value.0 as usize] {
                    let name = self.value_name(*value);
                    let expr = self.forward_expression(op);
                    out.extend(quote!(#name = #expr;));
                }
            }
        }
        out
    }

    /// The recomputed values of `body` the reverse sweep reads, and every recomputed value
    /// they are computed from, however deep (`(x + w[i] + y).sin()` needs `w[i]` again too).
    fn recompute_closure(&self, body: &Block) -> Vec<bool> {
        let mut wanted: Vec<bool> = (0..self.function.values.len())
            .map(|index| self.activity.recomputed[index] && self.activity.read[index])
            .collect();
        loop {
            let mut changed = false;
            for stmt in body.stmts.iter().rev() {
                if let Stmt::Assign { value, op } = stmt {
                    if !wanted[value.0 as usize] {
                        continue;
                    }
                    for operand in operands(op) {
                        if let Operand::Value(operand) = operand {
                            let index = operand.0 as usize;
                            if self.activity.recomputed[index] && !wanted[index] {
                                wanted[index] = true;
                                changed = true;
                            }
                        }
                    }
                }
            }
            if !changed {
                return wanted;
            }
        }
    }

    fn reverse_op(&self, value: ValueId, op: &Op, source: &TokenStream) -> TokenStream {
        match op {
            Op::Call { arguments, .. } => {
                let mut out = TokenStream::new();
                for argument in arguments {
                    if let CallArgument::Float {
                        operand,
                        partial: Some(partial),
                    } = argument
                    {
                        let partial = self.value_name(*partial);
                        out.extend(self.accumulate(
                            operand,
                            &Partial::Times(quote!(#partial)),
                            source,
                        ));
                    }
                }
                return out;
            }
            Op::Read(array, indices) => {
                if let Some(next) = self.carried.borrow().get(&value) {
                    return self.add_into(&next.to_token_stream(), &Partial::One, source);
                }
                return match &self.array_adjoints[array.0 as usize] {
                    Some(adjoint) => {
                        let element = self.element(*array, indices, true, adjoint.clone());
                        self.add_into(&element, &Partial::One, source)
                    }
                    None => TokenStream::new(),
                };
            }
            Op::ReadCell(cell) => {
                return match &self.cell_adjoints[cell.0 as usize] {
                    Some(adjoint) => {
                        self.add_into(&adjoint.to_token_stream(), &Partial::One, source)
                    }
                    None => TokenStream::new(),
                };
            }
            _ => {}
        }
        let operand_list = operands(op);
        let rendered: Vec<TokenStream> = operand_list
            .iter()
            .map(|operand| self.render(operand))
            .collect();
        let y = self.value_name(value);
        let rule = rules::rule(op, &rendered, &quote!(#y), self.float, &|e| {
            self.render_exponent(e)
        });
        let contributions = |partials: &[Partial]| -> TokenStream {
            operand_list
                .iter()
                .zip(partials)
                .filter(|(operand, _)| self.activity.is_active(operand))
                .map(|(operand, partial)| self.accumulate(operand, partial, source))
                .collect()
        };
        rule_code(&rule, &contributions)
    }
}

/// A value's name in generated code, resolving where the user's tokens do.
pub(crate) fn value_name(function: &Function, value: ValueId) -> Ident {
    let info = function.info(value);
    names::ident(&info.name, info.span)
}

/// An array's name in generated code.
pub(crate) fn array_name(function: &Function, array: ArrayId) -> Ident {
    let info = function.array(array);
    names::ident(&info.name, info.span)
}

/// An operand as code: its value's name, or the constant's tokens.
pub(crate) fn render(function: &Function, operand: &Operand) -> TokenStream {
    match operand {
        Operand::Value(value) => value_name(function, *value).to_token_stream(),
        Operand::Constant(tokens) => tokens.clone(),
    }
}

/// A `powi` exponent as code: the literal, or its snapshot's name.
pub(crate) fn render_exponent(function: &Function, exponent: &Exponent) -> TokenStream {
    match exponent {
        Exponent::Literal(n) => proc_macro2::Literal::i32_unsuffixed(*n).to_token_stream(),
        Exponent::Snapshot(snapshot) => ident(&function.snapshot(*snapshot).name).to_token_stream(),
    }
}

/// Indices as code: `[i][(j + 1)]`, a snapshot by its name.
pub(crate) fn render_indices(function: &Function, indices: &[Index]) -> TokenStream {
    indices
        .iter()
        .map(|index| match index {
            Index::Reconstructible(tokens) => quote!([#tokens]),
            Index::Snapshot(snapshot) => {
                let name = ident(&function.snapshot(*snapshot).name);
                quote!([#name])
            }
        })
        .collect()
}

/// A write of `value` into `place` (an element of the array `name`): `+=` and `-=` on a
/// concrete float, spelled out on a type parameter (`Float` has no `+=`).
pub(crate) fn write_code(
    name: &TokenStream,
    place: &TokenStream,
    kind: WriteKind,
    value: &TokenStream,
    generic: bool,
) -> TokenStream {
    match (kind, generic) {
        (WriteKind::Push, _) => quote!(#name.push(#value);),
        (WriteKind::Set, _) => quote!(#place = #value;),
        (WriteKind::Add, false) => quote!(#place += #value;),
        (WriteKind::Sub, false) => quote!(#place -= #value;),
        (WriteKind::Add, true) => quote!(#place = #place + #value;),
        (WriteKind::Sub, true) => quote!(#place = #place - #value;),
    }
}

/// `place = init;` for an array declared again in each iteration of a loop; a
/// `vec![element; length]` refills the vector already there instead, keeping its storage,
/// so the loop does not allocate and free a vector per iteration.
fn refill(place: &TokenStream, init: &TokenStream) -> TokenStream {
    if let Ok(syn::Expr::Macro(call)) = syn::parse2::<syn::Expr>(init.clone()) {
        let is_vec = call
            .mac
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "vec");
        let parts = call.mac.parse_body_with(|input: syn::parse::ParseStream| {
            let element: syn::Expr = input.parse()?;
            input.parse::<syn::Token![;]>()?;
            let length: syn::Expr = input.parse()?;
            Ok((element, length))
        });
        if let (true, Ok((element, length))) = (is_vec, parts) {
            return quote!(#place.clear(); #place.resize(#length, #element););
        }
    }
    quote!(#place = #init;)
}

/// The reverse code of a rule: its contributions, under its conditions.
fn rule_code(rule: &Rule, contributions: &dyn Fn(&[Partial]) -> TokenStream) -> TokenStream {
    match rule {
        Rule::Partials(partials) => contributions(partials),
        Rule::Branch {
            condition,
            then_partials,
            else_partials,
        } => {
            let then_code = contributions(then_partials);
            let else_code = rule_code(else_partials, contributions);
            match (then_code.is_empty(), else_code.is_empty()) {
                (true, true) => TokenStream::new(),
                (false, true) => quote!(if #condition { #then_code }),
                (true, false) => quote!(if !(#condition) { #else_code }),
                (false, false) => quote!(if #condition { #then_code } else { #else_code }),
            }
        }
    }
}

/// Marks the arrays some `push` grows.
fn mark_pushed(block: &Block, pushed: &mut [bool]) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Write {
                array,
                kind: WriteKind::Push,
                ..
            } => pushed[array.0 as usize] = true,
            Stmt::If {
                then_block,
                else_block,
                ..
            } => {
                mark_pushed(then_block, pushed);
                mark_pushed(else_block, pushed);
            }
            Stmt::Scope(inner) | Stmt::Loop { body: inner, .. } => mark_pushed(inner, pushed),
            _ => {}
        }
    }
}

/// `tokens` with every span set to `span`: the punctuation and groups that make up an
/// indexing expression, so that rustc reports it where the user wrote it.
pub(crate) fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let proc_macro2::TokenTree::Group(group) = &token {
                let mut respanned =
                    proc_macro2::Group::new(group.delimiter(), respan(group.stream(), span));
                respanned.set_span(span);
                token = proc_macro2::TokenTree::Group(respanned);
            } else {
                token.set_span(span);
            }
            token
        })
        .collect()
}

/// Every local array declaration: the array, its shape of zeros, whether it is a `Vec`.
fn collect_declarations(block: &Block, out: &mut Vec<(ArrayId, TokenStream, bool)>) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::DeclareArray {
                array,
                zeros,
                vector,
                ..
            } => out.push((*array, zeros.clone(), *vector)),
            Stmt::If {
                then_block,
                else_block,
                ..
            } => {
                collect_declarations(then_block, out);
                collect_declarations(else_block, out);
            }
            Stmt::Scope(inner) | Stmt::Loop { body: inner, .. } => collect_declarations(inner, out),
            _ => {}
        }
    }
}

/// Visits every float of `place`, `depth` levels of arrays deep: in order to record, in
/// reverse order (mutably) to restore.
fn nested_elements(
    place: TokenStream,
    depth: usize,
    forward: bool,
    visit: &dyn Fn(&Ident) -> TokenStream,
) -> TokenStream {
    fn level(
        source: TokenStream,
        depth: usize,
        at: usize,
        forward: bool,
        visit: &dyn Fn(&Ident) -> TokenStream,
    ) -> TokenStream {
        let element = quote::format_ident!("element{}", at);
        let inner = if depth == 1 {
            visit(&element)
        } else {
            level(quote!(#element), depth - 1, at + 1, forward, visit)
        };
        if forward {
            quote!(for #element in #source.iter() { #inner })
        } else {
            quote!(for #element in #source.iter_mut().rev() { #inner })
        }
    }
    if depth == 0 {
        return TokenStream::new();
    }
    level(place, depth, 0, forward, visit)
}
