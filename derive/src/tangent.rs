//! Forward mode: the tangent sweep of `jvp_f`, generated from the same IR as the gradient.
//!
//! Each float value `v` gets a tangent `dot_v`, the derivative of `v` along the direction
//! the arguments' tangents give, computed right after `v` from the same table of local
//! partial derivatives the reverse sweep uses (`rules`): `dot_y = Σ ∂y/∂a · dot_a`. Arrays
//! that carry tangents get a tangent array written and read beside them; loop-carried
//! floats get a tangent cell. Nothing is recorded and nothing runs backwards, so the sweep
//! costs a small multiple of the function itself.

use crate::activity::operands;
use crate::emit::{self, respan};
use crate::ir::*;
use crate::names::Namer;
use crate::rules::{self, Partial, Rule};
use crate::signature::FloatType;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, ToTokens};
use std::collections::HashMap;

/// Where the arguments' tangents come from: a local or an expression per scalar argument
/// value and per array argument.
pub struct Seeds {
    pub scalars: HashMap<ValueId, TokenStream>,
    pub arrays: HashMap<ArrayId, TokenStream>,
}

/// The tangent sweep of `function`: a block that evaluates to `(value, tangent)`.
pub fn tangent_body(
    function: &Function,
    namer: &mut Namer,
    float: &FloatType,
    seeds: &Seeds,
) -> TokenStream {
    let carries = carries(function, seeds);
    let tangents = function
        .values
        .iter()
        .enumerate()
        .map(|(index, info)| {
            let value = ValueId(index as u32);
            if let Some(seed) = seeds.scalars.get(&value) {
                return Some(seed.clone());
            }
            carries.values[index]
                .then(|| ident(&namer.name(&format!("dot_{}", info.name))).to_token_stream())
        })
        .collect();
    let array_tangents = function
        .arrays
        .iter()
        .enumerate()
        .map(|(index, info)| {
            if let Some(seed) = seeds.arrays.get(&ArrayId(index as u32)) {
                return Some(seed.clone());
            }
            carries.arrays[index]
                .then(|| ident(&namer.name(&format!("dot_{}", info.name))).to_token_stream())
        })
        .collect();
    let cell_tangents = function
        .cells
        .iter()
        .enumerate()
        .map(|(index, info)| {
            carries.cells[index].then(|| ident(&namer.name(&format!("dot_{}", info.name))))
        })
        .collect();
    let sweep = Sweep {
        function,
        float,
        tangents,
        array_tangents,
        cell_tangents,
        result: (ident(&namer.name("value")), ident(&namer.name("dot_value"))),
    };
    sweep.body()
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Which values, arrays and cells carry a tangent: those that depend on an argument.
struct Carries {
    values: Vec<bool>,
    arrays: Vec<bool>,
    cells: Vec<bool>,
}

fn carries(function: &Function, seeds: &Seeds) -> Carries {
    let mut carries = Carries {
        values: vec![false; function.values.len()],
        arrays: vec![false; function.arrays.len()],
        cells: vec![false; function.cells.len()],
    };
    for value in seeds.scalars.keys() {
        carries.values[value.0 as usize] = true;
    }
    for array in seeds.arrays.keys() {
        carries.arrays[array.0 as usize] = true;
    }
    // Loops carry tangents around through cells and arrays: repeat until nothing changes.
    while mark(&function.body, &mut carries) {}
    carries
}

fn carried(carries: &Carries, operand: &Operand) -> bool {
    matches!(operand, Operand::Value(value) if carries.values[value.0 as usize])
}

/// Marks what `block` makes carry a tangent; whether anything new was marked.
fn mark(block: &Block, carries: &mut Carries) -> bool {
    let mut changed = false;
    let set = |flag: &mut bool, to: bool, changed: &mut bool| {
        if to && !*flag {
            *flag = true;
            *changed = true;
        }
    };
    for stmt in &block.stmts {
        match stmt {
            Stmt::Assign { value, op } => {
                let carries_tangent = match op {
                    Op::Read(array, _) => carries.arrays[array.0 as usize],
                    Op::ReadCell(cell) => carries.cells[cell.0 as usize],
                    Op::Constant { .. } => false,
                    Op::Call { arguments, .. } => arguments.iter().any(|argument| match argument {
                        CallArgument::Float { operand, .. } => carried(carries, operand),
                        CallArgument::Array { array, .. } => carries.arrays[array.0 as usize],
                        CallArgument::Other(_) => false,
                    }),
                    _ => operands(op)
                        .into_iter()
                        .any(|operand| carried(carries, operand)),
                };
                set(
                    &mut carries.values[value.0 as usize],
                    carries_tangent,
                    &mut changed,
                );
            }
            Stmt::Write { array, value, .. } => {
                let to = carried(carries, value);
                set(&mut carries.arrays[array.0 as usize], to, &mut changed);
            }
            Stmt::SetCell { cell, source } => {
                let to = carried(carries, source);
                set(&mut carries.cells[cell.0 as usize], to, &mut changed);
            }
            Stmt::If {
                then_block,
                else_block,
                merges,
                ..
            } => {
                changed |= mark(then_block, carries);
                changed |= mark(else_block, carries);
                for merge in merges {
                    let to = carried(carries, &merge.then_source)
                        || carried(carries, &merge.else_source);
                    set(
                        &mut carries.values[merge.value.0 as usize],
                        to,
                        &mut changed,
                    );
                }
            }
            Stmt::Loop { body, .. } | Stmt::Scope(body) => changed |= mark(body, carries),
            _ => {}
        }
    }
    changed
}

struct Sweep<'a> {
    function: &'a Function,
    float: &'a FloatType,
    /// Per value, its tangent (a local, or an argument's seed); `None`: zero.
    tangents: Vec<Option<TokenStream>>,
    array_tangents: Vec<Option<TokenStream>>,
    cell_tangents: Vec<Option<Ident>>,
    result: (Ident, Ident),
}

impl Sweep<'_> {
    fn body(&self) -> TokenStream {
        let ty = self.float.tokens();
        let zero = self.float.zero();
        let tangent_zero = self.float.adjoint_zero();
        // Every value and tangent is declared once, up front: a value defined in a loop
        // or a branch is then in scope wherever the IR uses it.
        let mut declarations = TokenStream::new();
        for (index, info) in self.function.values.iter().enumerate() {
            if info.argument.is_some() {
                continue;
            }
            let name = self.value_name(ValueId(index as u32));
            declarations.extend(quote!(let mut #name: #ty = #zero;));
            if let Some(tangent) = &self.tangents[index] {
                declarations.extend(quote!(let mut #tangent: #ty = #tangent_zero;));
            }
        }
        for (index, info) in self.function.cells.iter().enumerate() {
            let name = ident(&info.name);
            declarations.extend(quote!(let mut #name: #ty = #zero;));
            if let Some(tangent) = &self.cell_tangents[index] {
                declarations.extend(quote!(let mut #tangent: #ty = #tangent_zero;));
            }
        }
        let consts = &self.function.consts;
        let code = self.block(&self.function.body);
        let (value, dot_value) = &self.result;
        quote! {
            #(#consts)*
            #declarations
            let #value: #ty;
            let #dot_value: #ty;
            #code
            (#value, #dot_value)
        }
    }

    fn value_name(&self, value: ValueId) -> Ident {
        emit::value_name(self.function, value)
    }

    fn render(&self, operand: &Operand) -> TokenStream {
        emit::render(self.function, operand)
    }

    /// The tangent of an operand, zero for a constant or a value that carries none.
    fn tangent_of(&self, operand: &Operand) -> TokenStream {
        match operand {
            Operand::Value(value) => match &self.tangents[value.0 as usize] {
                Some(tangent) => tangent.clone(),
                None => self.float.adjoint_zero(),
            },
            Operand::Constant(_) => self.float.adjoint_zero(),
        }
    }

    fn has_tangent(&self, operand: &Operand) -> bool {
        matches!(operand, Operand::Value(value) if self.tangents[value.0 as usize].is_some())
    }

    fn exponent(&self, exponent: &Exponent) -> TokenStream {
        emit::render_exponent(self.function, exponent)
    }

    fn indices(&self, indices: &[Index]) -> TokenStream {
        emit::render_indices(self.function, indices)
    }

    fn array_name(&self, array: ArrayId) -> Ident {
        emit::array_name(self.function, array)
    }

    fn block(&self, block: &Block) -> TokenStream {
        block.stmts.iter().map(|stmt| self.stmt(stmt)).collect()
    }

    fn stmt(&self, stmt: &Stmt) -> TokenStream {
        match stmt {
            Stmt::Assign { value, op } => self.assign(*value, op),
            Stmt::Opaque { tokens, .. } => tokens.clone(),
            Stmt::Snapshot { snapshot, tokens } => {
                let info = self.function.snapshot(*snapshot);
                let (name, ty) = (ident(&info.name), &info.ty);
                quote!(let #name: #ty = #tokens;)
            }
            Stmt::DeclareArray {
                array, init, zeros, ..
            } => {
                let name = self.array_name(*array);
                let tangent = self.array_tangents[array.0 as usize]
                    .as_ref()
                    .map(|tangent| quote!(let mut #tangent = #zeros;));
                quote!(let mut #name = #init; #tangent)
            }
            Stmt::Write {
                array,
                indices,
                kind,
                value,
                origin,
            } => {
                let name = self.array_name(*array);
                let rendered = self.indices(indices);
                let place = match origin {
                    Some(origin) => respan(quote!(#name #rendered), *origin),
                    None => quote!(#name #rendered),
                };
                let source = self.render(value);
                let name = name.to_token_stream();
                let mut out =
                    emit::write_code(&name, &place, *kind, &source, self.float.is_generic());
                if let Some(tangent) = &self.array_tangents[array.0 as usize] {
                    let dot = self.tangent_of(value);
                    let element = quote!(#tangent #rendered);
                    out.extend(match kind {
                        WriteKind::Push => quote!(#tangent.push(#dot);),
                        WriteKind::Set => quote!(#element = #dot;),
                        _ if !self.has_tangent(value) => TokenStream::new(),
                        WriteKind::Add => quote!(#element = #element + #dot;),
                        WriteKind::Sub => quote!(#element = #element - #dot;),
                    });
                }
                out
            }
            Stmt::SetCell { cell, source } => {
                let name = ident(&self.function.cell(*cell).name);
                let value = self.render(source);
                let tangent = self.cell_tangents[cell.0 as usize].as_ref().map(|tangent| {
                    let dot = self.tangent_of(source);
                    quote!(#tangent = #dot;)
                });
                quote!(#name = #value; #tangent)
            }
            Stmt::Loop { header, body } => {
                let body = self.block(body);
                match header {
                    LoopHeader::Range {
                        variable, range, ..
                    } => {
                        let variable = ident(variable);
                        quote!(for #variable in #range { #body })
                    }
                    LoopHeader::Unbounded => quote!(loop { #body }),
                }
            }
            Stmt::Next => TokenStream::new(),
            Stmt::Break => quote!(break;),
            Stmt::If {
                condition,
                then_block,
                else_block,
                merges,
            } => {
                let condition = ident(&self.function.snapshot(*condition).name);
                let assignments = |pick: &dyn Fn(&Merge) -> &Operand| -> TokenStream {
                    merges
                        .iter()
                        .map(|merge| {
                            let name = self.value_name(merge.value);
                            let source = pick(merge);
                            let value = self.render(source);
                            let tangent =
                                self.tangents[merge.value.0 as usize]
                                    .as_ref()
                                    .map(|tangent| {
                                        let dot = self.tangent_of(source);
                                        quote!(#tangent = #dot;)
                                    });
                            quote!(#name = #value; #tangent)
                        })
                        .collect()
                };
                let then_code = self.block(then_block);
                let else_code = self.block(else_block);
                let then_merges = assignments(&|merge| &merge.then_source);
                let else_merges = assignments(&|merge| &merge.else_source);
                quote! {
                    if #condition {
                        #then_code
                        #then_merges
                    } else {
                        #else_code
                        #else_merges
                    }
                }
            }
            Stmt::Scope(inner) => {
                let inner = self.block(inner);
                quote!({ #inner })
            }
            Stmt::Return(operand) => {
                let (value, dot_value) = &self.result;
                let result = self.render(operand);
                let dot = self.tangent_of(operand);
                quote!(#value = #result; #dot_value = #dot;)
            }
        }
    }

    fn assign(&self, value: ValueId, op: &Op) -> TokenStream {
        let name = self.value_name(value);
        let tangent = self.tangents[value.0 as usize].clone();
        match op {
            Op::Read(array, indices) => {
                let array_name = self.array_name(*array);
                let rendered = self.indices(indices);
                let mut read = quote!(#array_name #rendered);
                if let Some(origin) = self.function.info(value).origin {
                    read = respan(read, origin);
                }
                let dot = match (&tangent, &self.array_tangents[array.0 as usize]) {
                    (Some(tangent), Some(array_tangent)) => {
                        quote!(#tangent = #array_tangent #rendered;)
                    }
                    _ => TokenStream::new(),
                };
                quote!(#name = #read; #dot)
            }
            Op::ReadCell(cell) => {
                let cell_name = ident(&self.function.cell(*cell).name);
                let dot = match (&tangent, &self.cell_tangents[cell.0 as usize]) {
                    (Some(tangent), Some(cell_tangent)) => quote!(#tangent = #cell_tangent;),
                    _ => TokenStream::new(),
                };
                quote!(#name = #cell_name; #dot)
            }
            Op::Call {
                partials,
                primal,
                arguments,
                ..
            } if !op.is_adjoint_call() => {
                // The callee's partials, one per float argument: dot = Σ ∂f/∂a · dot_a.
                let rendered = self.call_arguments(arguments);
                let slots = arguments.iter().map(|argument| match argument {
                    CallArgument::Float {
                        partial: Some(partial),
                        ..
                    } => self.value_name(*partial).to_token_stream(),
                    _ => quote!(_),
                });
                let Some(tangent) = tangent else {
                    return quote!(#name = #primal(#(#rendered),*););
                };
                let terms = arguments.iter().filter_map(|argument| match argument {
                    CallArgument::Float {
                        operand,
                        partial: Some(partial),
                    } if self.has_tangent(operand) => {
                        let dot = self.tangent_of(operand);
                        let partial = self.value_name(*partial);
                        Some(quote!(+ #dot * #partial))
                    }
                    _ => None,
                });
                let start = self.float.adjoint_zero();
                quote! {
                    (#name, (#(#slots,)*)) = #partials(#(#rendered),*);
                    #tangent = #start #(#terms)*;
                }
            }
            Op::Call {
                primal,
                adjoint,
                arguments,
                ..
            } => {
                let rendered = self.call_arguments(arguments);
                let Some(tangent) = tangent else {
                    return quote!(#name = #primal(#(#rendered),*););
                };
                // The callee's tangent sweep, given a tangent (or `None`: zero) per argument.
                let path = companion(adjoint, "tangent");
                let slots = arguments.iter().map(|argument| self.tangent_slot(argument));
                quote!((#name, #tangent) = #path(#(#rendered,)* #(#slots),*);)
            }
            _ => {
                let operand_list = operands(op);
                let rendered: Vec<TokenStream> = operand_list
                    .iter()
                    .map(|operand| self.render(operand))
                    .collect();
                let constant_receiver = matches!(operand_list.first(), Some(Operand::Constant(_)));
                let forward = rules::forward(op, &rendered, constant_receiver, self.float, &|e| {
                    self.exponent(e)
                });
                let mut out = quote!(#name = #forward;);
                if let Some(tangent) = tangent {
                    let rule =
                        rules::rule(op, &rendered, &name.to_token_stream(), self.float, &|e| {
                            self.exponent(e)
                        });
                    let dot = self.rule_tangent(&rule, &operand_list);
                    out.extend(quote!(#tangent = #dot;));
                }
                out
            }
        }
    }

    /// `Σ ∂y/∂a · dot_a` over the operands that carry a tangent, under the rule's
    /// conditions.
    fn rule_tangent(&self, rule: &Rule, operand_list: &[&Operand]) -> TokenStream {
        match rule {
            Rule::Partials(partials) => self.partials_sum(partials, operand_list),
            Rule::Branch {
                condition,
                then_partials,
                else_partials,
            } => {
                let then_sum = self.partials_sum(then_partials, operand_list);
                let else_sum = self.rule_tangent(else_partials, operand_list);
                quote!(if #condition { #then_sum } else { #else_sum })
            }
        }
    }

    fn partials_sum(&self, partials: &[Partial], operand_list: &[&Operand]) -> TokenStream {
        // From −0.0, the exact identity of `+`, so the compiler drops it.
        let mut sum = self.float.adjoint_zero();
        for (operand, partial) in operand_list.iter().zip(partials) {
            if !self.has_tangent(operand) {
                continue;
            }
            let dot = self.tangent_of(operand);
            sum = match partial {
                Partial::Zero => sum,
                Partial::One => quote!(#sum + #dot),
                Partial::MinusOne => quote!(#sum - #dot),
                Partial::Times(e) => quote!(#sum + #dot * #e),
                Partial::MinusTimes(e) => quote!(#sum - #dot * #e),
                Partial::Over(e) => quote!(#sum + #dot / #e),
                Partial::MinusOver(e) => quote!(#sum - #dot / #e),
                Partial::MinusOverTimes(over, times) => quote!(#sum - #dot / #over * #times),
            };
        }
        quote!((#sum))
    }

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

    /// `Some(tangent)` of an argument that carries one, `None` otherwise.
    fn tangent_slot(&self, argument: &CallArgument) -> TokenStream {
        let none = quote!(::core::option::Option::None);
        match argument {
            CallArgument::Float { operand, .. } if self.has_tangent(operand) => {
                let dot = self.tangent_of(operand);
                quote!(::core::option::Option::Some(#dot))
            }
            CallArgument::Array { array, indices, .. } => {
                match &self.array_tangents[array.0 as usize] {
                    Some(tangent) => {
                        let rendered = self.indices(indices);
                        quote!(::core::option::Option::Some(&#tangent #rendered))
                    }
                    None => none,
                }
            }
            _ => none,
        }
    }
}

/// Another companion of the callee whose adjoint companion is `adjoint`:
/// `f::adjoint` → `f::tangent`, `Type::__gradus_adjoint_f` → `Type::__gradus_tangent_f`.
fn companion(adjoint: &TokenStream, kind: &str) -> TokenStream {
    let mut tokens: Vec<proc_macro2::TokenTree> = adjoint.clone().into_iter().collect();
    if let Some(proc_macro2::TokenTree::Ident(last)) = tokens
        .iter_mut()
        .rev()
        .find(|token| matches!(token, proc_macro2::TokenTree::Ident(_)))
    {
        let name = last.to_string();
        let renamed = match name.strip_prefix("__gradus_adjoint_") {
            Some(function) => format!("__gradus_{kind}_{function}"),
            None => kind.to_string(),
        };
        *last = Ident::new(&renamed, last.span());
    }
    tokens.into_iter().collect()
}
