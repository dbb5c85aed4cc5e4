//! Reverse loops that read neighbours, as `x[i]` and `x[i + 1]` in a sum over `i`: walked
//! backwards, iteration `i` adds into `d_x[i + 1]` the element iteration `i + 1` added into
//! as its `d_x[i]` a moment before, and the processor stalls on the store it must forward.
//! Hand-written gradients carry that share in a local instead; so does the generated one:
//! the lower neighbour's share waits in `carry` and goes into memory with the upper one's
//! in the next iteration, so each element is written once.

use crate::ir::*;

/// An argument array read at `variable + c` and `variable + c + 1` (and nowhere else) in a
/// loop body.
pub struct Neighbours {
    pub array: ArrayId,
    /// The read of the lower element, whose adjoint is carried.
    pub lower: ValueId,
    pub lower_indices: Vec<Index>,
    pub upper_indices: Vec<Index>,
}

/// The arrays of `body` whose reads qualify, for a loop over `variable` walked downwards in
/// steps of one. Reads must sit at the body's top level (every iteration makes them) and
/// the body must end only by finishing (no `break`, no `continue` but the last).
pub fn find(function: &Function, variable: &str, body: &Block) -> Vec<Neighbours> {
    let ends_plainly = body
        .stmts
        .iter()
        .enumerate()
        .all(|(position, stmt)| match stmt {
            Stmt::Next => position + 1 == body.stmts.len(),
            Stmt::Break | Stmt::Return(_) => false,
            _ => !exits(stmt),
        });
    if !ends_plainly {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (index, info) in function.arrays.iter().enumerate() {
        let array = ArrayId(index as u32);
        if info.argument.is_none() || info.rank != 1 {
            continue;
        }
        // Every read of the array in the body, with its offset from the loop variable when
        // it is a top-level read at `variable + c`.
        let mut reads = Vec::new();
        let mut other_uses = false;
        collect_reads(body, array, true, variable, &mut reads, &mut other_uses);
        if other_uses || reads.len() != 2 {
            continue;
        }
        let (mut a, mut b) = (reads[0].clone(), reads[1].clone());
        let (Some(offset_a), Some(offset_b)) = (a.2, b.2) else {
            continue;
        };
        if offset_a > offset_b {
            std::mem::swap(&mut a, &mut b);
        }
        if a.2.unwrap() + 1 != b.2.unwrap() {
            continue;
        }
        found.push(Neighbours {
            array,
            lower: a.0,
            lower_indices: a.1,
            upper_indices: b.1,
        });
    }
    found
}

fn exits(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Break | Stmt::Return(_) => true,
        Stmt::If {
            then_block,
            else_block,
            ..
        } => block_exits(then_block) || block_exits(else_block),
        Stmt::Scope(inner) => block_exits(inner),
        _ => false,
    }
}

/// Whether a nested block leaves the iteration early (a `continue` counts).
fn block_exits(block: &Block) -> bool {
    block
        .stmts
        .iter()
        .any(|stmt| matches!(stmt, Stmt::Next) || exits(stmt))
}

type Read = (ValueId, Vec<Index>, Option<i64>);

fn collect_reads(
    block: &Block,
    array: ArrayId,
    top_level: bool,
    variable: &str,
    reads: &mut Vec<Read>,
    other_uses: &mut bool,
) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Assign {
                value,
                op: Op::Read(read, indices),
            } if *read == array => {
                let offset = match (top_level, indices.as_slice()) {
                    (true, [Index::Reconstructible(tokens)]) => offset(tokens, variable),
                    _ => None,
                };
                if offset.is_none() {
                    *other_uses = true;
                }
                reads.push((*value, indices.clone(), offset));
            }
            Stmt::Assign {
                op: Op::Call { arguments, .. },
                ..
            } if arguments.iter().any(
                |argument| matches!(argument, CallArgument::Array { array: a, .. } if *a == array),
            ) =>
            {
                *other_uses = true
            }
            Stmt::Write { array: a, .. } if *a == array => *other_uses = true,
            Stmt::Loop { body, .. } | Stmt::Scope(body) => {
                collect_reads(body, array, false, variable, reads, other_uses)
            }
            Stmt::If {
                then_block,
                else_block,
                ..
            } => {
                collect_reads(then_block, array, false, variable, reads, other_uses);
                collect_reads(else_block, array, false, variable, reads, other_uses);
            }
            _ => {}
        }
    }
}

/// `c` when `tokens` are `variable`, `variable + c` or `c + variable` (parentheses allowed).
fn offset(tokens: &proc_macro2::TokenStream, variable: &str) -> Option<i64> {
    let expr: syn::Expr = syn::parse2(tokens.clone()).ok()?;
    offset_of(&expr, variable)
}

fn offset_of(expr: &syn::Expr, variable: &str) -> Option<i64> {
    match expr {
        syn::Expr::Paren(inner) => offset_of(&inner.expr, variable),
        syn::Expr::Path(path) if path.path.is_ident(variable) => Some(0),
        syn::Expr::Binary(binary) if matches!(binary.op, syn::BinOp::Add(_)) => {
            match (
                offset_of(&binary.left, variable),
                literal(&binary.right),
                literal(&binary.left),
                offset_of(&binary.right, variable),
            ) {
                (Some(base), Some(c), _, _) | (_, _, Some(c), Some(base)) => Some(base + c),
                _ => None,
            }
        }
        _ => None,
    }
}

fn literal(expr: &syn::Expr) -> Option<i64> {
    match expr {
        syn::Expr::Paren(inner) => literal(&inner.expr),
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(int),
            ..
        }) => int.base10_parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_from_the_loop_variable() {
        let at = |source: &str| offset(&source.parse().unwrap(), "i");
        assert_eq!(at("i"), Some(0));
        assert_eq!(at("(i + (1))"), Some(1));
        assert_eq!(at("2 + i"), Some(2));
        assert_eq!(at("(i + 1) + 1"), Some(2));
        assert_eq!(at("i - 1"), None);
        assert_eq!(at("j + 1"), None);
        assert_eq!(at("i * 2"), None);
    }

    #[test]
    fn finds_the_neighbours_of_a_rosenbrock_sum() {
        let function = crate::lower::tests::lowered_function(
            "fn f(x: &[f64]) -> f64 {
                let mut s = 0.0;
                for i in 0..x.len() - 1 {
                    s += 100.0 * (x[i + 1] - x[i] * x[i]).powi(2) + (1.0 - x[i]).powi(2);
                }
                s
            }",
        );
        let Some(Stmt::Loop {
            header: LoopHeader::Range { variable, .. },
            body,
        }) = function
            .body
            .stmts
            .iter()
            .find(|stmt| matches!(stmt, Stmt::Loop { .. }))
        else {
            panic!("a loop");
        };
        // Lowering reads x[i] once per iteration (argument reads are shared), x[i + 1] once.
        let found = find(&function, variable, body);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].lower_indices.len(), 1);
    }
}
