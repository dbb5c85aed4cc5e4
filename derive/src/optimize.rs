//! Passes over the IR between lowering and the sweeps.
//!
//! `forward_reads`: within a straight run of statements, an array element read again (or
//! read right after it was written) with nothing between that can change the element is
//! the value read (or written) before. `qx[j] * qx[j]` then reads once, and `xc[j] = a - b;
//! … xc[j] …` uses `a - b` itself: the reverse sweep has one adjoint for the value instead
//! of two, and records nothing for a read it no longer makes.

use crate::ir::*;
use proc_macro2::{TokenStream, TokenTree};
use std::collections::{HashMap, HashSet};

mod accumulate;

/// Every pass, in order; returns how many reads were forwarded and how many writes became
/// accumulations, for `GRADUS_DUMP`.
pub fn run(function: &mut Function) -> (usize, usize) {
    let forwarded = forward_reads(function);
    let mut named = HashSet::new();
    names_in_block(&function.body, &mut named);
    let accumulated = accumulate::accumulating_writes(function, &named);
    (forwarded, accumulated)
}

/// Replaces repeated reads within each block; returns how many reads it removed.
pub fn forward_reads(function: &mut Function) -> usize {
    let mut replaced = HashMap::new();
    // Integer code, conditions and indices are kept as tokens, which may name a value (a
    // comparison of the user's `v`): such a value keeps its own read.
    let mut named = HashSet::new();
    names_in_block(&function.body, &mut named);
    let removable: Vec<bool> = function
        .values
        .iter()
        .map(|info| !named.contains(&info.name))
        .collect();
    forward_in_block(&mut function.body, &removable, &mut replaced);
    if replaced.is_empty() {
        return 0;
    }
    // A replacement may itself have been replaced (a read of a read).
    let resolve = |operand: &Operand| -> Operand {
        let mut operand = operand.clone();
        while let Operand::Value(value) = &operand {
            match replaced.get(value) {
                Some(next) => operand = Operand::clone(next),
                None => break,
            }
        }
        operand
    };
    substitute_block(&mut function.body, &resolve);
    replaced.len()
}

/// An element as the IR names it: the array, and each index as written.
#[derive(Clone, PartialEq, Eq)]
struct Element {
    array: ArrayId,
    indices: Vec<IndexKey>,
}

#[derive(Clone, PartialEq, Eq)]
enum IndexKey {
    Tokens(String),
    Snapshot(SnapshotId),
}

fn element(array: ArrayId, indices: &[Index]) -> Element {
    Element {
        array,
        indices: indices
            .iter()
            .map(|index| match index {
                Index::Reconstructible(tokens) => IndexKey::Tokens(tokens.to_string()),
                Index::Snapshot(snapshot) => IndexKey::Snapshot(*snapshot),
            })
            .collect(),
    }
}

fn forward_in_block(
    block: &mut Block,
    removable: &[bool],
    replaced: &mut HashMap<ValueId, Operand>,
) {
    // What each element known in this run holds.
    let mut known: Vec<(Element, Operand)> = Vec::new();
    let mut removed = vec![false; block.stmts.len()];
    for (position, stmt) in block.stmts.iter_mut().enumerate() {
        match stmt {
            Stmt::Assign {
                value,
                op: Op::Read(array, indices),
            } => {
                let read = element(*array, indices);
                match known.iter().find(|(element, _)| *element == read) {
                    Some((_, holds)) if removable[value.0 as usize] => {
                        replaced.insert(*value, holds.clone());
                        removed[position] = true;
                    }
                    Some(_) => {}
                    None => known.push((read, Operand::Value(*value))),
                }
            }
            Stmt::Assign { .. } | Stmt::SetCell { .. } | Stmt::Snapshot { .. } => {}
            Stmt::Write {
                array,
                indices,
                kind,
                value,
                ..
            } => {
                // Another index may name the same element: forget the whole array.
                known.retain(|(element, _)| element.array != *array);
                if *kind == WriteKind::Set {
                    known.push((element(*array, indices), value.clone()));
                }
            }
            Stmt::DeclareArray { array, .. } => {
                known.retain(|(element, _)| element.array != *array);
            }
            // Integer code may change what an index means; nested blocks get runs of
            // their own, and whatever they write is forgotten here.
            Stmt::Opaque { .. } | Stmt::Next | Stmt::Break | Stmt::Return(_) => known.clear(),
            Stmt::Loop { body, .. } | Stmt::Scope(body) => {
                forward_in_block(body, removable, replaced);
                known.clear();
            }
            Stmt::If {
                then_block,
                else_block,
                ..
            } => {
                forward_in_block(then_block, removable, replaced);
                forward_in_block(else_block, removable, replaced);
                known.clear();
            }
        }
    }
    let mut position = 0;
    block.stmts.retain(|_| {
        let keep = !removed[position];
        position += 1;
        keep
    });
}

/// Every identifier in the tokens the block keeps.
fn names_in_block(block: &Block, out: &mut HashSet<String>) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Assign { op, .. } => names_in_op(op, out),
            Stmt::Opaque { tokens, .. } | Stmt::Snapshot { tokens, .. } => {
                names_in_tokens(tokens, out)
            }
            Stmt::DeclareArray { init, zeros, .. } => {
                names_in_tokens(init, out);
                names_in_tokens(zeros, out);
            }
            Stmt::Write { indices, value, .. } => {
                names_in_indices(indices, out);
                names_in_operand(value, out);
            }
            Stmt::SetCell { source, .. } | Stmt::Return(source) => names_in_operand(source, out),
            Stmt::Loop { header, body } => {
                if let LoopHeader::Range { range, .. } = header {
                    names_in_tokens(range, out);
                }
                names_in_block(body, out);
            }
            Stmt::Scope(body) => names_in_block(body, out),
            Stmt::If {
                then_block,
                else_block,
                merges,
                ..
            } => {
                names_in_block(then_block, out);
                names_in_block(else_block, out);
                for merge in merges {
                    names_in_operand(&merge.then_source, out);
                    names_in_operand(&merge.else_source, out);
                }
            }
            Stmt::Next | Stmt::Break => {}
        }
    }
}

fn names_in_op(op: &Op, out: &mut HashSet<String>) {
    match op {
        Op::Binary(_, a, b) | Op::BinaryFn(_, a, b) => {
            names_in_operand(a, out);
            names_in_operand(b, out);
        }
        Op::Unary(_, a) | Op::Powi(a, _) => names_in_operand(a, out),
        Op::MulAdd(a, b, c) | Op::Clamp(a, b, c) => {
            for operand in [a, b, c] {
                names_in_operand(operand, out);
            }
        }
        Op::Constant { tokens, .. } => names_in_tokens(tokens, out),
        Op::Read(_, indices) => names_in_indices(indices, out),
        Op::ReadCell(_) => {}
        Op::Call {
            partials,
            primal,
            adjoint,
            arguments,
        } => {
            for tokens in [partials, primal, adjoint] {
                names_in_tokens(tokens, out);
            }
            for argument in arguments {
                match argument {
                    CallArgument::Float { operand, .. } => names_in_operand(operand, out),
                    CallArgument::Array {
                        indices, tokens, ..
                    } => {
                        names_in_indices(indices, out);
                        names_in_tokens(tokens, out);
                    }
                    CallArgument::Other(tokens) => names_in_tokens(tokens, out),
                }
            }
        }
    }
}

fn names_in_operand(operand: &Operand, out: &mut HashSet<String>) {
    if let Operand::Constant(tokens) = operand {
        names_in_tokens(tokens, out);
    }
}

fn names_in_indices(indices: &[Index], out: &mut HashSet<String>) {
    for index in indices {
        if let Index::Reconstructible(tokens) = index {
            names_in_tokens(tokens, out);
        }
    }
}

/// Every identifier in `tokens`, as a name (`r#type` is `type`).
pub(crate) fn names_in_tokens(tokens: &TokenStream, out: &mut HashSet<String>) {
    for token in tokens.clone() {
        match token {
            TokenTree::Ident(ident) => {
                out.insert(crate::names::key(&ident));
            }
            TokenTree::Group(group) => names_in_tokens(&group.stream(), out),
            _ => {}
        }
    }
}

fn substitute_block(block: &mut Block, resolve: &dyn Fn(&Operand) -> Operand) {
    for stmt in &mut block.stmts {
        match stmt {
            Stmt::Assign { op, .. } => substitute_op(op, resolve),
            Stmt::Write { value, .. } => *value = resolve(value),
            Stmt::SetCell { source, .. } => *source = resolve(source),
            Stmt::Return(operand) => *operand = resolve(operand),
            Stmt::Loop { body, .. } | Stmt::Scope(body) => substitute_block(body, resolve),
            Stmt::If {
                then_block,
                else_block,
                merges,
                ..
            } => {
                substitute_block(then_block, resolve);
                substitute_block(else_block, resolve);
                for merge in merges {
                    merge.then_source = resolve(&merge.then_source);
                    merge.else_source = resolve(&merge.else_source);
                }
            }
            Stmt::Opaque { .. }
            | Stmt::DeclareArray { .. }
            | Stmt::Snapshot { .. }
            | Stmt::Next
            | Stmt::Break => {}
        }
    }
}

fn substitute_op(op: &mut Op, resolve: &dyn Fn(&Operand) -> Operand) {
    match op {
        Op::Binary(_, a, b) | Op::BinaryFn(_, a, b) => {
            *a = resolve(a);
            *b = resolve(b);
        }
        Op::Unary(_, a) | Op::Powi(a, _) => *a = resolve(a),
        Op::MulAdd(a, b, c) | Op::Clamp(a, b, c) => {
            *a = resolve(a);
            *b = resolve(b);
            *c = resolve(c);
        }
        Op::Call { arguments, .. } => {
            for argument in arguments {
                if let CallArgument::Float { operand, .. } = argument {
                    *operand = resolve(operand);
                }
            }
        }
        Op::Constant { .. } | Op::Read(..) | Op::ReadCell(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::ir::Printer;
    use crate::lower::tests::lowered_function;

    fn lowered_ir(source: &str) -> String {
        let mut function = lowered_function(source);
        super::forward_reads(&mut function);
        Printer(&function).to_string()
    }

    #[test]
    fn a_repeated_read_and_a_read_after_a_write_use_the_earlier_value() {
        let ir = lowered_ir(
            "fn f(w: &[f64]) -> f64 {
                let mut q = vec![0.0; w.len()];
                let mut s = 0.0;
                for j in 0..w.len() {
                    q[j] = w[j] * 2.0;
                    s += q[j] * q[j] + w[j];
                }
                s
            }",
        );
        let body = ir.split("for j").nth(1).unwrap();
        // One read of w[j] and none of q[j]: the product multiplies the written value.
        assert_eq!(body.matches("w[j]").count(), 1, "{ir}");
        assert_eq!(body.matches("= q[j]").count(), 0, "{ir}");
        assert!(body.contains("q[j] = t"), "{ir}");
    }

    #[test]
    fn a_value_named_by_a_condition_keeps_its_read() {
        let ir = lowered_ir(
            "fn f(w: &[f64], x: f64) -> f64 {
                let mut s = 0.0;
                for (a, b) in w.iter().zip(w.iter()) {
                    if *b + x < 1.0 {
                        s += *a * x;
                    }
                }
                s
            }",
        );
        assert_eq!(ir.matches("= w[").count(), 2, "{ir}");
    }

    #[test]
    fn a_write_between_two_reads_keeps_both() {
        let ir = lowered_ir(
            "fn f(w: &[f64], i: usize, k: usize) -> f64 {
                let mut q = vec![1.0; 4];
                let a = q[i];
                q[k] = w[0];
                let b = q[i];
                a * b
            }",
        );
        assert_eq!(ir.matches("= q[i]").count(), 2, "{ir}");
    }
}
