//! Emits a gradient body from the IR: the forward sweep, which computes every value once
//! and keeps it in a local of its own, then the reverse sweep, which walks the same
//! statements backwards adding `partial · adjoint` into each operand's adjoint.
//!
//! Values defined inside a branch are declared before the forward sweep, so the reverse
//! sweep (outside that branch) can still read them. An adjoint is only kept for values
//! that depend on a differentiated argument and that the result depends on.

use crate::ir::*;
use crate::names::{self, Namer};
use crate::rules::{self, Partial, Rule};
use crate::signature::FloatType;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, ToTokens};
use std::collections::HashMap;

/// The body of a function that returns the value and adds the gradient with respect to
/// each argument in `buffers` into the `&mut` buffer named there.
pub fn gradient_body(
    function: &Function,
    namer: &mut Namer,
    float: &FloatType,
    buffers: &HashMap<ValueId, TokenStream>,
) -> TokenStream {
    let count = function.values.len();
    let mut emitter = Emitter {
        function,
        float,
        active: vec![false; count],
        needed: vec![false; count],
        hoisted_values: vec![false; count],
        hoisted_snapshots: vec![false; function.snapshots.len()],
        deferred: vec![false; count],
        adjoints: vec![None; count],
        result: ident(&namer.name("value")),
    };
    for (value, _) in buffers.iter() {
        emitter.active[value.0 as usize] = true;
    }
    emitter.mark_active(&function.body);
    emitter.mark_needed(&function.body);
    emitter.mark_hoisted(&function.body, 0);

    for index in 0..count {
        if !emitter.needed[index] {
            continue;
        }
        let value = ValueId(index as u32);
        emitter.adjoints[index] = Some(match buffers.get(&value) {
            Some(buffer) => buffer.clone(),
            None => {
                let name = ident(&namer.name(&format!("d_{}", function.info(value).name)));
                quote!(#name)
            }
        });
    }

    let ty = float.tokens();
    let zero = float.zero();
    let hoisted_values = (0..count).filter(|&i| emitter.hoisted_values[i]).map(|i| {
        let name = emitter.value_name(ValueId(i as u32));
        quote!(let mut #name: #ty = #zero;)
    });
    let hoisted_snapshots = function
        .snapshots
        .iter()
        .enumerate()
        .filter(|(i, _)| emitter.hoisted_snapshots[*i])
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
    let adjoint_declarations = (0..count)
        .filter(|&i| emitter.needed[i] && !buffers.contains_key(&ValueId(i as u32)))
        .map(|i| {
            let name = emitter.adjoints[i].clone().unwrap();
            quote!(let mut #name: #ty = #zero;)
        });
    let result = &emitter.result;
    let forward = emitter.forward(&function.body);
    let reverse = emitter.reverse(&function.body);
    quote! {
        #(#hoisted_values)*
        #(#hoisted_snapshots)*
        let #result: #ty;
        #forward
        #(#adjoint_declarations)*
        #reverse
        #result
    }
}

fn ident(name: &str) -> Ident {
    names::ident(name, Span::call_site())
}

struct Emitter<'a> {
    function: &'a Function,
    float: &'a FloatType,
    /// Depends on a differentiated argument.
    active: Vec<bool>,
    /// Active, and the result depends on it: it gets an adjoint.
    needed: Vec<bool>,
    /// Defined inside a branch or block: declared up front.
    hoisted_values: Vec<bool>,
    hoisted_snapshots: Vec<bool>,
    /// A merge at the top level: declared without a value right before its `if`.
    deferred: Vec<bool>,
    /// How each needed value's adjoint is written (`d_t3`, or `*d_x` for a buffer).
    adjoints: Vec<Option<TokenStream>>,
    result: Ident,
}

fn operands(op: &Op) -> Vec<&Operand> {
    match op {
        Op::Binary(_, a, b) | Op::BinaryFn(_, a, b) => vec![a, b],
        Op::Unary(_, a) | Op::Powi(a, _) => vec![a],
        Op::MulAdd(a, b, c) => vec![a, b, c],
        Op::Constant(_) => Vec::new(),
        Op::Call { arguments, .. } => arguments
            .iter()
            .filter_map(|argument| match argument {
                CallArgument::Float { operand, .. } => Some(operand),
                CallArgument::Other(_) => None,
            })
            .collect(),
    }
}

impl Emitter<'_> {
    fn is_active(&self, operand: &Operand) -> bool {
        matches!(operand, Operand::Value(value) if self.active[value.0 as usize])
    }

    fn mark_active(&mut self, block: &Block) {
        for stmt in &block.stmts {
            match stmt {
                Stmt::Assign { value, op } => {
                    self.active[value.0 as usize] =
                        operands(op).iter().any(|operand| self.is_active(operand));
                }
                Stmt::If {
                    then_block,
                    else_block,
                    merges,
                    ..
                } => {
                    self.mark_active(then_block);
                    self.mark_active(else_block);
                    for merge in merges {
                        self.active[merge.value.0 as usize] = self.is_active(&merge.then_source)
                            || self.is_active(&merge.else_source);
                    }
                }
                Stmt::Scope(inner) => self.mark_active(inner),
                Stmt::Opaque(_) | Stmt::Snapshot { .. } | Stmt::Return(_) => {}
            }
        }
    }

    fn need(&mut self, operand: &Operand) {
        if let Operand::Value(value) = operand {
            if self.active[value.0 as usize] {
                self.needed[value.0 as usize] = true;
            }
        }
    }

    fn mark_needed(&mut self, block: &Block) {
        for stmt in block.stmts.iter().rev() {
            match stmt {
                Stmt::Return(operand) => self.need(operand),
                Stmt::Assign { value, op } => {
                    if self.needed[value.0 as usize] && rules::has_gradient(op) {
                        for operand in operands(op) {
                            self.need(operand);
                        }
                    }
                }
                Stmt::If {
                    then_block,
                    else_block,
                    merges,
                    ..
                } => {
                    for merge in merges.iter().rev() {
                        if self.needed[merge.value.0 as usize] {
                            self.need(&merge.then_source);
                            self.need(&merge.else_source);
                        }
                    }
                    self.mark_needed(then_block);
                    self.mark_needed(else_block);
                }
                Stmt::Scope(inner) => self.mark_needed(inner),
                Stmt::Opaque(_) | Stmt::Snapshot { .. } => {}
            }
        }
    }

    fn mark_hoisted(&mut self, block: &Block, depth: usize) {
        for stmt in &block.stmts {
            match stmt {
                Stmt::Assign { value, op } if depth > 0 => {
                    self.hoisted_values[value.0 as usize] = true;
                    if let Op::Call { arguments, .. } = op {
                        for argument in arguments {
                            if let CallArgument::Float {
                                partial: Some(partial),
                                ..
                            } = argument
                            {
                                self.hoisted_values[partial.0 as usize] = true;
                            }
                        }
                    }
                }
                Stmt::Snapshot { snapshot, .. } if depth > 0 => {
                    self.hoisted_snapshots[snapshot.0 as usize] = true;
                }
                Stmt::If {
                    then_block,
                    else_block,
                    merges,
                    ..
                } => {
                    for merge in merges {
                        if depth > 0 {
                            self.hoisted_values[merge.value.0 as usize] = true;
                        } else {
                            self.deferred[merge.value.0 as usize] = true;
                        }
                    }
                    self.mark_hoisted(then_block, depth + 1);
                    self.mark_hoisted(else_block, depth + 1);
                }
                Stmt::Scope(inner) => self.mark_hoisted(inner, depth + 1),
                _ => {}
            }
        }
    }

    fn value_name(&self, value: ValueId) -> Ident {
        let info = self.function.info(value);
        names::ident(&info.name, info.span)
    }

    fn render(&self, operand: &Operand) -> TokenStream {
        match operand {
            Operand::Value(value) => {
                let name = self.value_name(*value);
                quote!(#name)
            }
            Operand::Constant(tokens) => tokens.clone(),
        }
    }

    fn render_exponent(&self, exponent: &Exponent) -> TokenStream {
        match exponent {
            Exponent::Literal(n) => proc_macro2::Literal::i32_unsuffixed(*n).to_token_stream(),
            Exponent::Snapshot(snapshot) => {
                let name = ident(&self.function.snapshot(*snapshot).name);
                quote!(#name)
            }
        }
    }

    /// `let name: T = expr;` at the top level, `name = expr;` for a declared value.
    fn define(&self, value: ValueId, expr: TokenStream) -> TokenStream {
        let name = self.value_name(value);
        if self.hoisted_values[value.0 as usize] {
            quote!(#name = #expr;)
        } else {
            let ty = self.float.tokens();
            quote!(let #name: #ty = #expr;)
        }
    }

    fn forward(&self, block: &Block) -> TokenStream {
        let mut out = TokenStream::new();
        for stmt in &block.stmts {
            out.extend(match stmt {
                Stmt::Assign {
                    value,
                    op: Op::Call { path, arguments },
                } => {
                    let name = self.value_name(*value);
                    let rendered = arguments.iter().map(|argument| match argument {
                        CallArgument::Float { operand, .. } => self.render(operand),
                        CallArgument::Other(tokens) => tokens.clone(),
                    });
                    let partials = arguments.iter().map(|argument| match argument {
                        CallArgument::Float {
                            partial: Some(partial),
                            ..
                        } => {
                            let partial = self.value_name(*partial);
                            quote!(#partial)
                        }
                        _ => quote!(_),
                    });
                    let pattern = quote!((#name, (#(#partials,)*)));
                    if self.hoisted_values[value.0 as usize] {
                        quote!(#pattern = #path(#(#rendered),*);)
                    } else {
                        quote!(let #pattern = #path(#(#rendered),*);)
                    }
                }
                Stmt::Assign { value, op } => {
                    let rendered: Vec<TokenStream> = operands(op)
                        .iter()
                        .map(|operand| self.render(operand))
                        .collect();
                    let constant_receiver =
                        matches!(operands(op).first(), Some(Operand::Constant(_)));
                    let expr = rules::forward(op, &rendered, constant_receiver, self.float, &|e| {
                        self.render_exponent(e)
                    });
                    self.define(*value, expr)
                }
                Stmt::Opaque(tokens) => tokens.clone(),
                Stmt::Snapshot { snapshot, tokens } => {
                    let info = self.function.snapshot(*snapshot);
                    let name = ident(&info.name);
                    if self.hoisted_snapshots[snapshot.0 as usize] {
                        quote!(#name = #tokens;)
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
                    let condition = ident(&self.function.snapshot(*condition).name);
                    let ty = self.float.tokens();
                    let declarations = merges
                        .iter()
                        .filter(|merge| self.deferred[merge.value.0 as usize])
                        .map(|merge| {
                            let name = self.value_name(merge.value);
                            quote!(let #name: #ty;)
                        });
                    let then_assignments = merges.iter().map(|merge| {
                        let name = self.value_name(merge.value);
                        let source = self.render(&merge.then_source);
                        quote!(#name = #source;)
                    });
                    let else_assignments = merges.iter().map(|merge| {
                        let name = self.value_name(merge.value);
                        let source = self.render(&merge.else_source);
                        quote!(#name = #source;)
                    });
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
            });
        }
        out
    }

    /// `target += source · partial`, in the form the float type allows.
    fn accumulate(&self, target: &Operand, partial: &Partial, source: &TokenStream) -> TokenStream {
        let Operand::Value(value) = target else {
            return TokenStream::new();
        };
        let Some(adjoint) = &self.adjoints[value.0 as usize] else {
            return TokenStream::new();
        };
        let (negative, amount) = match partial {
            Partial::Zero => return TokenStream::new(),
            Partial::One => (false, source.clone()),
            Partial::MinusOne => (true, source.clone()),
            Partial::Times(e) => (false, quote!(#source * #e)),
            Partial::MinusTimes(e) => (true, quote!(#source * #e)),
            Partial::Over(e) => (false, quote!(#source / #e)),
            Partial::MinusOver(e) => (true, quote!(#source / #e)),
        };
        match (self.float.is_generic(), negative) {
            (false, false) => quote!(#adjoint += #amount;),
            (false, true) => quote!(#adjoint -= #amount;),
            (true, false) => quote!(#adjoint = #adjoint + #amount;),
            (true, true) => quote!(#adjoint = #adjoint - #amount;),
        }
    }

    fn reverse(&self, block: &Block) -> TokenStream {
        let mut out = TokenStream::new();
        for stmt in block.stmts.iter().rev() {
            out.extend(match stmt {
                Stmt::Return(operand) => self.accumulate(operand, &Partial::One, &self.float.one()),
                Stmt::Assign { value, op } => {
                    if !self.needed[value.0 as usize] || !rules::has_gradient(op) {
                        continue;
                    }
                    let source = self.adjoints[value.0 as usize].clone().unwrap();
                    self.reverse_op(*value, op, &source)
                }
                Stmt::If {
                    condition,
                    then_block,
                    else_block,
                    merges,
                } => {
                    let mut then_code = TokenStream::new();
                    let mut else_code = TokenStream::new();
                    for merge in merges.iter().rev() {
                        if let Some(source) = &self.adjoints[merge.value.0 as usize] {
                            then_code.extend(self.accumulate(
                                &merge.then_source,
                                &Partial::One,
                                source,
                            ));
                            else_code.extend(self.accumulate(
                                &merge.else_source,
                                &Partial::One,
                                source,
                            ));
                        }
                    }
                    then_code.extend(self.reverse(then_block));
                    else_code.extend(self.reverse(else_block));
                    let condition = ident(&self.function.snapshot(*condition).name);
                    match (then_code.is_empty(), else_code.is_empty()) {
                        (true, true) => TokenStream::new(),
                        (false, true) => quote!(if #condition { #then_code }),
                        (true, false) => quote!(if !#condition { #else_code }),
                        (false, false) => quote!(if #condition { #then_code } else { #else_code }),
                    }
                }
                Stmt::Scope(inner) => self.reverse(inner),
                Stmt::Opaque(_) | Stmt::Snapshot { .. } => continue,
            });
        }
        out
    }

    fn reverse_op(&self, value: ValueId, op: &Op, source: &TokenStream) -> TokenStream {
        if let Op::Call { arguments, .. } = op {
            let mut out = TokenStream::new();
            for argument in arguments {
                if let CallArgument::Float {
                    operand,
                    partial: Some(partial),
                } = argument
                {
                    let partial = self.value_name(*partial);
                    out.extend(self.accumulate(operand, &Partial::Times(quote!(#partial)), source));
                }
            }
            return out;
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
                .filter(|(operand, _)| self.is_active(operand))
                .map(|(operand, partial)| self.accumulate(operand, partial, source))
                .collect()
        };
        match rule {
            Rule::Partials(partials) => contributions(&partials),
            Rule::Branch {
                condition,
                then_partials,
                else_partials,
            } => {
                let then_code = contributions(&then_partials);
                let else_code = contributions(&else_partials);
                match (then_code.is_empty(), else_code.is_empty()) {
                    (true, true) => TokenStream::new(),
                    (false, true) => quote!(if #condition { #then_code }),
                    (true, false) => quote!(if !(#condition) { #else_code }),
                    (false, false) => quote!(if #condition { #then_code } else { #else_code }),
                }
            }
        }
    }
}
