//! `h[j] = h[j] + e` as the accumulation it is: `h[j] += e`.
//!
//! Generic code (`T: Float` has no `+=`) and many loops write a running sum back into its
//! element. Read, added to and written, the element costs the reverse sweep a read of its
//! adjoint, a reset, and a write of the same adjoint back; the compiler cannot drop that
//! write when another array is stored between (it may alias). As an `Add` write, the
//! reverse sweep only reads the element's adjoint into `e`'s.

use crate::activity::operands;
use crate::ir::*;
use std::collections::HashSet;

/// Turns each read-add-write of one element into an `Add` (or `Sub`) write; returns how
/// many it turned. `named` holds the values whose names the kept tokens mention: those
/// keep their definitions.
pub fn accumulating_writes(function: &mut Function, named: &HashSet<String>) -> usize {
    let mut uses = vec![0usize; function.values.len()];
    count_uses(&function.body, &mut uses);
    let removable: Vec<bool> = function
        .values
        .iter()
        .enumerate()
        .map(|(index, info)| uses[index] == 1 && !named.contains(&info.name))
        .collect();
    accumulate_in_block(&mut function.body, &removable)
}

fn count(operand: &Operand, uses: &mut [usize]) {
    if let Operand::Value(value) = operand {
        uses[value.0 as usize] += 1;
    }
}

fn count_uses(block: &Block, uses: &mut [usize]) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Assign { op, .. } => {
                for operand in operands(op) {
                    count(operand, uses);
                }
            }
            Stmt::Write { value, .. } | Stmt::SetCell { source: value, .. } => count(value, uses),
            Stmt::Return(operand) => count(operand, uses),
            Stmt::If {
                then_block,
                else_block,
                merges,
                ..
            } => {
                for merge in merges {
                    count(&merge.then_source, uses);
                    count(&merge.else_source, uses);
                }
                count_uses(then_block, uses);
                count_uses(else_block, uses);
            }
            Stmt::Loop { body, .. } | Stmt::Scope(body) => count_uses(body, uses),
            Stmt::Opaque { .. }
            | Stmt::DeclareArray { .. }
            | Stmt::Snapshot { .. }
            | Stmt::Next
            | Stmt::Break => {}
        }
    }
}

fn same_indices(a: &[Index], b: &[Index]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|pair| match pair {
            (Index::Reconstructible(a), Index::Reconstructible(b)) => {
                a.to_string() == b.to_string()
            }
            (Index::Snapshot(a), Index::Snapshot(b)) => a == b,
            _ => false,
        })
}

fn accumulate_in_block(block: &mut Block, removable: &[bool]) -> usize {
    let mut turned = 0;
    for stmt in &mut block.stmts {
        match stmt {
            Stmt::Loop { body, .. } | Stmt::Scope(body) => {
                turned += accumulate_in_block(body, removable)
            }
            Stmt::If {
                then_block,
                else_block,
                ..
            } => {
                turned += accumulate_in_block(then_block, removable);
                turned += accumulate_in_block(else_block, removable);
            }
            _ => {}
        }
    }
    let mut removed = vec![false; block.stmts.len()];
    for write_at in 0..block.stmts.len() {
        let Stmt::Write {
            array,
            indices,
            kind: WriteKind::Set,
            value: Operand::Value(sum),
            ..
        } = &block.stmts[write_at]
        else {
            continue;
        };
        if !removable[sum.0 as usize] {
            continue;
        }
        // The sum, defined in this block before the write.
        let Some(sum_at) = (0..write_at)
            .rev()
            .find(|&at| matches!(&block.stmts[at], Stmt::Assign { value, .. } if value == sum))
        else {
            continue;
        };
        let Stmt::Assign {
            op: Op::Binary(op @ (BinaryOp::Add | BinaryOp::Sub), left, right),
            ..
        } = &block.stmts[sum_at]
        else {
            continue;
        };
        // Which operand is the element's old value: either for a sum, the left for a
        // difference.
        let candidates: Vec<(&Operand, &Operand)> = match op {
            BinaryOp::Add => vec![(left, right), (right, left)],
            _ => vec![(left, right)],
        };
        let found = candidates.into_iter().find_map(|(old, term)| {
            let Operand::Value(old) = old else {
                return None;
            };
            if !removable[old.0 as usize] {
                return None;
            }
            let read_at = (0..sum_at).rev().find(
                |&at| matches!(&block.stmts[at], Stmt::Assign { value, .. } if value == old),
            )?;
            let Stmt::Assign {
                op: Op::Read(read_array, read_indices),
                ..
            } = &block.stmts[read_at]
            else {
                return None;
            };
            let untouched = block.stmts[read_at + 1..write_at]
                .iter()
                .all(|between| leaves_alone(between, *array));
            (*read_array == *array && same_indices(read_indices, indices) && untouched)
                .then(|| (read_at, term.clone()))
        });
        let Some((read_at, term)) = found else {
            continue;
        };
        let kind = match op {
            BinaryOp::Add => WriteKind::Add,
            _ => WriteKind::Sub,
        };
        if let Stmt::Write {
            kind: write_kind,
            value,
            ..
        } = &mut block.stmts[write_at]
        {
            *write_kind = kind;
            *value = term;
        }
        removed[read_at] = true;
        removed[sum_at] = true;
        turned += 1;
    }
    let mut position = 0;
    block.stmts.retain(|_| {
        let keep = !removed[position];
        position += 1;
        keep
    });
    turned
}

/// Whether a statement between the read and the write leaves the element as it was and
/// its indices meaning what they meant: plain float arithmetic and reads, or writes and
/// calls that do not touch the array.
fn leaves_alone(stmt: &Stmt, array: ArrayId) -> bool {
    match stmt {
        Stmt::Assign { op, .. } => !crate::activity::call_arrays(op).contains(&array),
        Stmt::Write { array: other, .. } => *other != array,
        Stmt::SetCell { .. } => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::ir::Printer;
    use crate::lower::tests::lowered_function;

    fn accumulated_ir(source: &str) -> (usize, String) {
        let mut function = lowered_function(source);
        let mut named = std::collections::HashSet::new();
        super::super::names_in_block(&function.body, &mut named);
        let turned = super::accumulating_writes(&mut function, &named);
        (turned, Printer(&function).to_string())
    }

    #[test]
    fn a_read_added_to_and_written_back_is_an_accumulation() {
        let (turned, ir) = accumulated_ir(
            "fn f(x: &[f64], w: &[[f64; 3]]) -> f64 {
                let mut h = vec![0.0; 3];
                for k in 0..x.len() {
                    for j in 0..3 {
                        h[j] = h[j] + x[k] * w[k][j];
                    }
                    h[0] = x[k] + h[0];
                    h[1] = h[1] - x[k];
                }
                h[0] * h[1] * h[2]
            }",
        );
        assert_eq!(turned, 3, "{ir}");
        assert!(ir.contains("h[j] += t"), "{ir}");
        assert!(ir.contains("h[0] += t"), "{ir}");
        assert!(ir.contains("h[1] -= t"), "{ir}");
        assert_eq!(
            ir.matches("= h[").count(),
            3,
            "only the final reads are left: {ir}"
        );
    }

    #[test]
    fn no_accumulation_where_the_old_value_is_used_again_or_the_array_changes_between() {
        let cases = [
            // The old value is also read into the product.
            "fn f(x: &[f64]) -> f64 {
                let mut h = vec![1.0; 3];
                for j in 0..3 { let old = h[j]; h[j] = old + old * x[j]; }
                h[0]
            }",
            // Another element is written between the read and the write.
            "fn f(x: &[f64], i: usize) -> f64 {
                let mut h = vec![1.0; 3];
                let old = h[0];
                h[i] = x[0];
                h[0] = old + x[1];
                h[0] + h[1]
            }",
            // A difference with the old value on the right.
            "fn f(x: &[f64]) -> f64 {
                let mut h = vec![1.0; 3];
                h[0] = x[0] - h[0];
                h[0]
            }",
            // Read at one element, written at another.
            "fn f(x: &[f64]) -> f64 {
                let mut h = vec![1.0; 3];
                h[1] = h[0] + x[0];
                h[1]
            }",
        ];
        for source in cases {
            let (turned, ir) = accumulated_ir(source);
            assert_eq!(turned, 0, "{source}\n{ir}");
        }
    }
}
