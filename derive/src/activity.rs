//! What the sweeps need to know about each value before any code is written:
//! - active: it depends on a differentiated argument;
//! - needed: active, and the result depends on it, so it gets an adjoint;
//! - read: the reverse sweep reads its forward value (a rule's operand or result, a
//!   branch decision, an index);
//! - where it lives: inside a branch or loop (declared up front), inside which loop;
//! - inside a loop, whether the reverse sweep computes it again at the top of each
//!   reverse iteration (cheap arithmetic on array elements that never change) or must
//!   record it: pushed before it is overwritten, popped when the reverse sweep passes
//!   its definition (the store-on-overwrite scheme of Tapenade).

use crate::ir::*;
use crate::rules;

/// The loop a statement sits in: an index into the order loops appear, depth first.
pub type LoopIndex = usize;

#[derive(Default)]
pub struct Activity {
    pub active: Vec<bool>,
    pub needed: Vec<bool>,
    pub read: Vec<bool>,
    pub array_active: Vec<bool>,
    pub array_needed: Vec<bool>,
    pub cell_active: Vec<bool>,
    pub cell_needed: Vec<bool>,
    pub snapshot_read: Vec<bool>,
    /// Defined inside a branch, block or loop: declared before the forward sweep.
    pub hoisted: Vec<bool>,
    pub snapshot_hoisted: Vec<bool>,
    pub array_hoisted: Vec<bool>,
    /// The innermost loop around the definition.
    pub value_loop: Vec<Option<LoopIndex>>,
    pub snapshot_loop: Vec<Option<LoopIndex>>,
    /// Computed again at the top of each reverse iteration of its loop.
    pub recomputed: Vec<bool>,
    /// Whether each loop (in depth-first order) needs a trip count, and sits in a loop.
    /// A value the loop body ends by storing into a carried cell: the reverse sweep gets
    /// it back from the cell instead of a record (`h = tanh(h·a + x[i])` records only the
    /// `h` each iteration starts from, not the one it ends with).
    pub from_cell: Vec<Option<CellId>>,
    /// The start-of-iteration value of a cell whose end value is recovered that way: its
    /// mirror in the reverse sweep puts it back into the cell for the iteration before.
    pub restores_cell: Vec<Option<CellId>>,
    pub loop_counted: Vec<bool>,
    pub loop_parent: Vec<Option<LoopIndex>>,
    /// Each loop's number, by the address of its body (the IR does not move meanwhile).
    loop_numbers: std::collections::HashMap<usize, LoopIndex>,
}

impl Activity {
    pub fn pushed(&self, value: ValueId) -> bool {
        let i = value.0 as usize;
        self.would_push(value) && self.from_cell[i].is_none()
    }

    fn would_push(&self, value: ValueId) -> bool {
        let i = value.0 as usize;
        self.read[i] && self.value_loop[i].is_some() && !self.recomputed[i]
    }

    pub fn snapshot_pushed(&self, snapshot: SnapshotId) -> bool {
        let i = snapshot.0 as usize;
        self.snapshot_read[i] && self.snapshot_loop[i].is_some()
    }

    pub fn loop_number(&self, body: &Block) -> LoopIndex {
        self.loop_numbers[&(body as *const Block as usize)]
    }

    pub fn is_active(&self, operand: &Operand) -> bool {
        matches!(operand, Operand::Value(value) if self.active[value.0 as usize])
    }
}

/// The float operands of an operation, in the order its rule lists partials.
pub fn operands(op: &Op) -> Vec<&Operand> {
    match op {
        Op::Binary(_, a, b) | Op::BinaryFn(_, a, b) => vec![a, b],
        Op::Unary(_, a) | Op::Powi(a, _) => vec![a],
        Op::MulAdd(a, b, c) | Op::Clamp(a, b, c) => vec![a, b, c],
        Op::Constant { .. } | Op::Read(..) | Op::ReadCell(_) => Vec::new(),
        Op::Call { arguments, .. } => arguments
            .iter()
            .filter_map(|argument| match argument {
                CallArgument::Float { operand, .. } => Some(operand),
                CallArgument::Array { .. } | CallArgument::Other(_) => None,
            })
            .collect(),
    }
}

/// The arrays a call passes.
pub fn call_arrays(op: &Op) -> Vec<ArrayId> {
    match op {
        Op::Call { arguments, .. } => arguments
            .iter()
            .filter_map(|argument| match argument {
                CallArgument::Array { array, .. } => Some(*array),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

pub fn analyze(function: &Function, differentiated: &[ValueId], arrays: &[ArrayId]) -> Activity {
    let values = function.values.len();
    let snapshots = function.snapshots.len();
    let mut activity = Activity {
        active: vec![false; values],
        needed: vec![false; values],
        read: vec![false; values],
        array_active: vec![false; function.arrays.len()],
        array_needed: vec![false; function.arrays.len()],
        cell_active: vec![false; function.cells.len()],
        cell_needed: vec![false; function.cells.len()],
        snapshot_read: vec![false; snapshots],
        hoisted: vec![false; values],
        snapshot_hoisted: vec![false; snapshots],
        array_hoisted: vec![false; function.arrays.len()],
        value_loop: vec![None; values],
        snapshot_loop: vec![None; snapshots],
        recomputed: vec![false; values],
        from_cell: vec![None; values],
        restores_cell: vec![None; values],
        loop_counted: Vec::new(),
        loop_parent: Vec::new(),
        loop_numbers: std::collections::HashMap::new(),
    };
    for value in differentiated {
        activity.active[value.0 as usize] = true;
    }
    for array in arrays {
        activity.array_active[array.0 as usize] = true;
    }
    // Loops make both analyses circular; they only ever grow, so iterate to a fixpoint.
    while mark_active(&mut activity, &function.body) {}
    while mark_needed(&mut activity, &function.body) {}
    mark_read(&mut activity, &function.body);
    let mut loops = 0;
    mark_places(&mut activity, &function.body, 0, None, &mut loops);
    let last_writes = last_writes(function);
    for (position, stmt) in function.body.stmts.iter().enumerate() {
        let settled = Settled {
            position,
            last_writes: &last_writes,
        };
        mark_recomputed(
            &mut activity,
            function,
            std::slice::from_ref(stmt),
            None,
            &settled,
        );
    }
    // A value computed again in a reverse iteration needs its operands there: one defined in
    // an enclosing loop's body must be computed again (or restored) for each iteration of
    // that loop too, so it counts as read.
    while mark_operands_of_recomputed(&mut activity, &function.body) {}
    mark_from_cells(&mut activity, &function.body);
    activity
}

fn mark_operands_of_recomputed(activity: &mut Activity, block: &Block) -> bool {
    let mut changed = false;
    for stmt in &block.stmts {
        match stmt {
            Stmt::Assign { value, op } => {
                let index = value.0 as usize;
                if activity.recomputed[index] && activity.read[index] {
                    for operand in operands(op) {
                        if let Operand::Value(operand) = operand {
                            changed |= set(&mut activity.read[operand.0 as usize], true);
                        }
                    }
                    if let Op::Read(_, indices) = op {
                        for index in indices {
                            if let Index::Snapshot(snapshot) = index {
                                changed |=
                                    set(&mut activity.snapshot_read[snapshot.0 as usize], true);
                            }
                        }
                    }
                }
            }
            Stmt::If {
                then_block,
                else_block,
                ..
            } => {
                changed |= mark_operands_of_recomputed(activity, then_block);
                changed |= mark_operands_of_recomputed(activity, else_block);
            }
            Stmt::Scope(inner) | Stmt::Loop { body: inner, .. } => {
                changed |= mark_operands_of_recomputed(activity, inner)
            }
            _ => {}
        }
    }
    changed
}

fn set(flag: &mut bool, value: bool) -> bool {
    let changed = value && !*flag;
    *flag |= value;
    changed
}

fn mark_active(activity: &mut Activity, block: &Block) -> bool {
    let mut changed = false;
    for stmt in &block.stmts {
        match stmt {
            Stmt::Assign { value, op } => {
                let active = match op {
                    Op::Read(array, _) => activity.array_active[array.0 as usize],
                    Op::ReadCell(cell) => activity.cell_active[cell.0 as usize],
                    _ => {
                        operands(op)
                            .iter()
                            .any(|operand| activity.is_active(operand))
                            || call_arrays(op)
                                .iter()
                                .any(|array| activity.array_active[array.0 as usize])
                    }
                };
                changed |= set(&mut activity.active[value.0 as usize], active);
            }
            Stmt::If {
                then_block,
                else_block,
                merges,
                ..
            } => {
                changed |= mark_active(activity, then_block);
                changed |= mark_active(activity, else_block);
                for merge in merges {
                    let active = activity.is_active(&merge.then_source)
                        || activity.is_active(&merge.else_source);
                    changed |= set(&mut activity.active[merge.value.0 as usize], active);
                }
            }
            Stmt::SetCell { cell, source } => {
                let active = activity.is_active(source);
                changed |= set(&mut activity.cell_active[cell.0 as usize], active);
            }
            Stmt::Write { array, value, .. } => {
                let active = activity.is_active(value);
                changed |= set(&mut activity.array_active[array.0 as usize], active);
            }
            Stmt::Scope(inner) | Stmt::Loop { body: inner, .. } => {
                changed |= mark_active(activity, inner)
            }
            _ => {}
        }
    }
    changed
}

fn need(activity: &mut Activity, operand: &Operand) -> bool {
    match operand {
        Operand::Value(value) if activity.active[value.0 as usize] => {
            set(&mut activity.needed[value.0 as usize], true)
        }
        _ => false,
    }
}

fn mark_needed(activity: &mut Activity, block: &Block) -> bool {
    let mut changed = false;
    for stmt in block.stmts.iter().rev() {
        match stmt {
            Stmt::Return(operand) => changed |= need(activity, operand),
            Stmt::Assign { value, op } => {
                if !activity.needed[value.0 as usize] || !rules::has_gradient(op) {
                    continue;
                }
                match op {
                    Op::Read(array, _) => {
                        let active = activity.array_active[array.0 as usize];
                        changed |= set(&mut activity.array_needed[array.0 as usize], active);
                    }
                    Op::ReadCell(cell) => {
                        let active = activity.cell_active[cell.0 as usize];
                        changed |= set(&mut activity.cell_needed[cell.0 as usize], active);
                    }
                    _ => {
                        for operand in operands(op) {
                            changed |= need(activity, operand);
                        }
                        for array in call_arrays(op) {
                            let active = activity.array_active[array.0 as usize];
                            changed |= set(&mut activity.array_needed[array.0 as usize], active);
                        }
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
                    if activity.needed[merge.value.0 as usize] {
                        changed |= need(activity, &merge.then_source);
                        changed |= need(activity, &merge.else_source);
                    }
                }
                changed |= mark_needed(activity, then_block);
                changed |= mark_needed(activity, else_block);
            }
            Stmt::SetCell { cell, source } if activity.cell_needed[cell.0 as usize] => {
                changed |= need(activity, source);
            }
            Stmt::Write { array, value, .. } if activity.array_needed[array.0 as usize] => {
                changed |= need(activity, value);
            }
            Stmt::Scope(inner) | Stmt::Loop { body: inner, .. } => {
                changed |= mark_needed(activity, inner)
            }
            _ => {}
        }
    }
    changed
}

fn read_operand(activity: &mut Activity, operand: &Operand) {
    if let Operand::Value(value) = operand {
        activity.read[value.0 as usize] = true;
    }
}

fn read_indices(activity: &mut Activity, indices: &[Index]) {
    for index in indices {
        if let Index::Snapshot(snapshot) = index {
            activity.snapshot_read[snapshot.0 as usize] = true;
        }
    }
}

/// Whether the reverse sweep has anything to do for `block`.
pub fn has_reverse(activity: &Activity, block: &Block) -> bool {
    block.stmts.iter().any(|stmt| match stmt {
        Stmt::Return(operand) => activity.is_active(operand),
        Stmt::Assign { value, .. } => activity.needed[value.0 as usize],
        Stmt::If {
            then_block,
            else_block,
            merges,
            ..
        } => {
            merges
                .iter()
                .any(|merge| activity.needed[merge.value.0 as usize])
                || has_reverse(activity, then_block)
                || has_reverse(activity, else_block)
        }
        Stmt::SetCell { cell, .. } => activity.cell_needed[cell.0 as usize],
        // A push is popped again on the way back, whatever flows through it.
        Stmt::Write {
            kind: WriteKind::Push,
            ..
        } => true,
        Stmt::Write { array, .. } | Stmt::DeclareArray { array, .. } => {
            activity.array_needed[array.0 as usize]
        }
        Stmt::Scope(inner) | Stmt::Loop { body: inner, .. } => has_reverse(activity, inner),
        _ => false,
    })
}

fn mark_read(activity: &mut Activity, block: &Block) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Assign { value, op } => {
                if !activity.needed[value.0 as usize] || !rules::has_gradient(op) {
                    continue;
                }
                match op {
                    Op::Read(_, indices) => read_indices(activity, indices),
                    // The reverse sweep passes every argument again.
                    Op::Call { arguments, .. } if op.is_adjoint_call() => {
                        for argument in arguments {
                            match argument {
                                CallArgument::Float { operand, .. } => {
                                    read_operand(activity, operand)
                                }
                                CallArgument::Array { indices, .. } => {
                                    read_indices(activity, indices)
                                }
                                CallArgument::Other(_) => {}
                            }
                        }
                    }
                    Op::Call { arguments, .. } => {
                        for argument in arguments {
                            if let CallArgument::Float {
                                partial: Some(partial),
                                operand,
                            } = argument
                            {
                                if activity.is_active(operand) {
                                    activity.read[partial.0 as usize] = true;
                                }
                            }
                        }
                    }
                    _ => {
                        let (mut operand_reads, mut result_read) = rules::reads(op);
                        // A product's factor is read only as the partial of the other
                        // factor: `100.0 * t` never needs `t` back (nor `a / b` its result
                        // when `b` is a constant).
                        match op {
                            Op::Binary(BinaryOp::Mul, a, b) | Op::MulAdd(a, b, _) => {
                                operand_reads[0] = activity.is_active(b);
                                operand_reads[1] = activity.is_active(a);
                            }
                            Op::Binary(BinaryOp::Div, _, b) => {
                                result_read = activity.is_active(b);
                            }
                            _ => {}
                        }
                        for (operand, read) in operands(op).into_iter().zip(operand_reads) {
                            if read {
                                read_operand(activity, operand);
                            }
                        }
                        if result_read {
                            activity.read[value.0 as usize] = true;
                        }
                        if let Op::Powi(_, Exponent::Snapshot(snapshot)) = op {
                            activity.snapshot_read[snapshot.0 as usize] = true;
                        }
                    }
                }
            }
            Stmt::If {
                condition,
                then_block,
                else_block,
                merges,
            } => {
                let merges_reverse = merges
                    .iter()
                    .any(|merge| activity.needed[merge.value.0 as usize]);
                // A loop inside the branch may record its trip count even when nothing
                // in it flows back: its reverse pops it, so the decision is needed too.
                if merges_reverse
                    || has_reverse(activity, then_block)
                    || has_reverse(activity, else_block)
                    || contains_loop(then_block)
                    || contains_loop(else_block)
                {
                    activity.snapshot_read[condition.0 as usize] = true;
                }
                mark_read(activity, then_block);
                mark_read(activity, else_block);
            }
            Stmt::Write { array, indices, .. } if activity.array_needed[array.0 as usize] => {
                read_indices(activity, indices);
            }
            Stmt::Scope(inner) | Stmt::Loop { body: inner, .. } => mark_read(activity, inner),
            _ => {}
        }
    }
}

/// Whether `block` holds a loop, at any depth.
fn contains_loop(block: &Block) -> bool {
    block.stmts.iter().any(|stmt| match stmt {
        Stmt::Loop { .. } => true,
        Stmt::If {
            then_block,
            else_block,
            ..
        } => contains_loop(then_block) || contains_loop(else_block),
        Stmt::Scope(inner) => contains_loop(inner),
        _ => false,
    })
}

/// Whether `block` (not counting loops nested in it) can leave its loop with `break`.
pub fn breaks(block: &Block) -> bool {
    block.stmts.iter().any(|stmt| match stmt {
        Stmt::Break => true,
        Stmt::If {
            then_block,
            else_block,
            ..
        } => breaks(then_block) || breaks(else_block),
        Stmt::Scope(inner) => breaks(inner),
        _ => false,
    })
}

/// Records, depth first, where every value is defined: nesting (for declarations) and
/// the innermost loop.
fn mark_places(
    activity: &mut Activity,
    block: &Block,
    depth: usize,
    current_loop: Option<LoopIndex>,
    loops: &mut usize,
) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Assign { value, op } => {
                let mut defined = vec![*value];
                if let Op::Call { arguments, .. } = op {
                    for argument in arguments {
                        if let CallArgument::Float {
                            partial: Some(partial),
                            ..
                        } = argument
                        {
                            defined.push(*partial);
                        }
                    }
                }
                for value in defined {
                    activity.hoisted[value.0 as usize] = depth > 0;
                    activity.value_loop[value.0 as usize] = current_loop;
                }
            }
            Stmt::Snapshot { snapshot, .. } => {
                activity.snapshot_hoisted[snapshot.0 as usize] = depth > 0;
                activity.snapshot_loop[snapshot.0 as usize] = current_loop;
            }
            Stmt::DeclareArray { array, .. } => {
                activity.array_hoisted[array.0 as usize] = depth > 0;
            }
            Stmt::If {
                then_block,
                else_block,
                merges,
                ..
            } => {
                for merge in merges {
                    activity.hoisted[merge.value.0 as usize] = depth > 0;
                    activity.value_loop[merge.value.0 as usize] = current_loop;
                }
                mark_places(activity, then_block, depth + 1, current_loop, loops);
                mark_places(activity, else_block, depth + 1, current_loop, loops);
            }
            Stmt::Scope(inner) => mark_places(activity, inner, depth + 1, current_loop, loops),
            Stmt::Loop { header, body } => {
                let index = *loops;
                *loops += 1;
                let counted = matches!(header, LoopHeader::Unbounded) || breaks(body);
                activity
                    .loop_numbers
                    .insert(body as *const Block as usize, index);
                activity.loop_counted.push(counted);
                activity.loop_parent.push(current_loop);
                mark_places(activity, body, depth + 1, Some(index), loops);
            }
            _ => {}
        }
    }
}

/// Where the function body's statements write each local array: the position of the
/// last top-level statement that writes (or declares) it. A statement after that position
/// sees the array's final content, also in the reverse sweep, which writes no array.
fn last_writes(function: &Function) -> Vec<Option<usize>> {
    fn visit(stmts: &[Stmt], position: usize, out: &mut [Option<usize>]) {
        for stmt in stmts {
            match stmt {
                Stmt::Write { array, .. } | Stmt::DeclareArray { array, .. } => {
                    out[array.0 as usize] = Some(position)
                }
                Stmt::If {
                    then_block,
                    else_block,
                    ..
                } => {
                    visit(&then_block.stmts, position, out);
                    visit(&else_block.stmts, position, out);
                }
                Stmt::Scope(inner) | Stmt::Loop { body: inner, .. } => {
                    visit(&inner.stmts, position, out)
                }
                _ => {}
            }
        }
    }
    let mut out = vec![None; function.arrays.len()];
    for (position, stmt) in function.body.stmts.iter().enumerate() {
        visit(std::slice::from_ref(stmt), position, &mut out);
    }
    out
}

/// The top-level statement being looked at, and where each array was last written.
struct Settled<'a> {
    position: usize,
    last_writes: &'a [Option<usize>],
}

impl Settled<'_> {
    /// Whether `array` holds its final content from this statement on: an argument (never
    /// written), or a local array no later statement writes.
    fn holds_final_content(&self, function: &Function, array: ArrayId) -> bool {
        let info = function.array(array);
        if info.argument.is_some() {
            return !info.written;
        }
        self.last_writes[array.0 as usize].is_some_and(|last| last < self.position)
    }
}

/// Inside each loop body (at its top level), the values cheap to compute again from
/// what the reverse sweep has at hand: elements of arrays that hold their final content,
/// at indices it can evaluate again or has recorded anyway (an argument read at a
/// recorded index records the index, not the value), and `+ − · /`, negation, `abs`,
/// literal powers and `mul_add` of those and of values from outside the loop. Values
/// inside branches depend on the path taken, so they are recorded instead.
fn mark_recomputed(
    activity: &mut Activity,
    function: &Function,
    stmts: &[Stmt],
    current_loop: Option<LoopIndex>,
    settled: &Settled,
) {
    for stmt in stmts {
        match stmt {
            Stmt::Assign { value, op } if current_loop.is_some() => {
                let available = |activity: &Activity, operand: &Operand| match operand {
                    Operand::Constant(_) => true,
                    Operand::Value(operand) => {
                        activity.recomputed[operand.0 as usize]
                            || activity.value_loop[operand.0 as usize] != current_loop
                    }
                };
                let cheap = match op {
                    Op::Read(array, indices) => {
                        let settled = settled.holds_final_content(function, *array);
                        (settled || !function.array(*array).written)
                            && indices.iter().all(|index| match index {
                                Index::Reconstructible(_) => true,
                                // Restored to this iteration's value when its reverse
                                // iteration begins, like every recorded value.
                                Index::Snapshot(snapshot) => {
                                    settled && activity.snapshot_loop[snapshot.0 as usize].is_some()
                                }
                            })
                    }
                    Op::Constant {
                        reconstructible, ..
                    } => *reconstructible,
                    Op::Binary(
                        BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div,
                        a,
                        b,
                    ) => available(activity, a) && available(activity, b),
                    Op::Unary(UnaryFn::Neg | UnaryFn::Abs, a) => available(activity, a),
                    // A literal power is a few multiplications.
                    Op::Powi(a, Exponent::Literal(_)) => available(activity, a),
                    Op::MulAdd(a, b, c) => {
                        available(activity, a) && available(activity, b) && available(activity, c)
                    }
                    _ => false,
                };
                activity.recomputed[value.0 as usize] = cheap;
            }
            Stmt::Loop { body, .. } => {
                let number = activity.loop_number(body);
                mark_recomputed(activity, function, &body.stmts, Some(number), settled);
            }
            // A branch's values are recorded; only the loops nested in it have a top level
            // of their own to look at.
            Stmt::If {
                then_block,
                else_block,
                ..
            } => {
                mark_recomputed(activity, function, &then_block.stmts, None, settled);
                mark_recomputed(activity, function, &else_block.stmts, None, settled);
            }
            Stmt::Scope(inner) => mark_recomputed(activity, function, &inner.stmts, None, settled),
            _ => {}
        }
    }
}

/// For each loop, the carried cells set from one value defined at the top of the body on
/// every path, whose start-of-iteration value is recorded anyway: that end value need not
/// be recorded, the cell gives it back.
fn mark_from_cells(activity: &mut Activity, block: &Block) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::Loop { body, .. } => {
                mark_from_cells(activity, body);
                // In a loop nested in another, the cell holds the last outer iteration's end
                // value when an earlier one is reversed: its end values are recorded.
                if activity.loop_parent[activity.loop_number(body)].is_some() {
                    continue;
                }
                let mut sources: Vec<(CellId, Option<ValueId>)> = Vec::new();
                collect_cell_sources(body, &mut sources);
                let mut cells: Vec<CellId> = sources.iter().map(|(cell, _)| *cell).collect();
                cells.dedup();
                for cell in cells {
                    let values: Vec<Option<ValueId>> = sources
                        .iter()
                        .filter(|(c, _)| *c == cell)
                        .map(|(_, value)| *value)
                        .collect();
                    let Some(Some(end)) = values.first().copied() else {
                        continue;
                    };
                    if values.iter().any(|value| *value != Some(end)) {
                        continue;
                    }
                    let top_level = |value: ValueId| {
                        body.stmts.iter().any(
                            |stmt| matches!(stmt, Stmt::Assign { value: v, .. } if *v == value),
                        )
                    };
                    let header = body.stmts.iter().find_map(|stmt| match stmt {
                        Stmt::Assign {
                            value,
                            op: Op::ReadCell(c),
                        } if *c == cell => Some(*value),
                        _ => None,
                    });
                    let Some(header) = header else { continue };
                    if top_level(end)
                        && activity.would_push(end)
                        && activity.would_push(header)
                        && end != header
                    {
                        activity.from_cell[end.0 as usize] = Some(cell);
                        activity.restores_cell[header.0 as usize] = Some(cell);
                    }
                }
            }
            Stmt::If {
                then_block,
                else_block,
                ..
            } => {
                mark_from_cells(activity, then_block);
                mark_from_cells(activity, else_block);
            }
            Stmt::Scope(inner) => mark_from_cells(activity, inner),
            _ => {}
        }
    }
}

/// The `SetCell`s of a loop body (not of loops nested in it), with their source values.
fn collect_cell_sources(block: &Block, out: &mut Vec<(CellId, Option<ValueId>)>) {
    for stmt in &block.stmts {
        match stmt {
            Stmt::SetCell { cell, source } => out.push((
                *cell,
                match source {
                    Operand::Value(value) => Some(*value),
                    Operand::Constant(_) => None,
                },
            )),
            Stmt::If {
                then_block,
                else_block,
                ..
            } => {
                collect_cell_sources(then_block, out);
                collect_cell_sources(else_block, out);
            }
            Stmt::Scope(inner) => collect_cell_sources(inner, out),
            _ => {}
        }
    }
}
