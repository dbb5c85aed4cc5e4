//! The intermediate form between the user's function and the generated sweeps: a Wengert
//! list of float values, each defined once by one primitive operation, with branches kept
//! as structured blocks. It prints as text so lowering can be tested by comparing strings.

use proc_macro2::{Span, TokenStream};
use std::fmt;

/// A float value, defined exactly once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ValueId(pub u32);

/// A non-float value the reverse sweep reads (a branch decision, an integer exponent),
/// recorded once in the forward sweep.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SnapshotId(pub u32);

#[derive(Clone, Debug)]
pub struct SnapshotInfo {
    pub name: String,
    /// `bool` or `i32`.
    pub ty: TokenStream,
}

/// What a value is, for naming and for the reverse sweep.
#[derive(Clone, Debug)]
pub struct ValueInfo {
    /// The name the generated code gives it (an argument's or a `let`'s, else a temporary).
    pub name: String,
    /// Where the name resolves: an argument's own span, so that generated code refers to
    /// it through the hygiene of the user's tokens; the attribute's call site otherwise.
    pub span: Span,
    /// An argument of the function; `active` says whether its gradient is wanted.
    pub argument: Option<Argument>,
    /// The user's expression an array read comes from: the generated read carries its
    /// span, so an index out of bounds panics at the user's line.
    pub origin: Option<Span>,
}

#[derive(Clone, Copy, Debug)]
pub struct Argument {
    pub active: bool,
}

/// An array of floats: an argument (slice, `Vec` reference or nested array) or a local
/// array or vector written by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ArrayId(pub u32);

#[derive(Clone, Debug)]
pub struct ArrayInfo {
    pub name: String,
    pub span: Span,
    /// How many indices reach an element.
    pub rank: usize,
    /// An argument (with whether it is differentiated), or a local.
    pub argument: Option<Argument>,
    /// Written by index somewhere in the function (only locals are).
    pub written: bool,
}

/// A float carried around a loop: it is read at the start of each iteration and set at
/// the end of each path through the body, so its values flow through one variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CellId(pub u32);

#[derive(Clone, Debug)]
pub struct CellInfo {
    pub name: String,
}

/// An integer index: an expression the reverse sweep can evaluate again (of loop
/// variables, constants, arguments and integer locals that never change), or a snapshot.
#[derive(Clone, Debug)]
pub enum Index {
    Reconstructible(TokenStream),
    Snapshot(SnapshotId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteKind {
    Set,
    Add,
    Sub,
    /// `v.push(value)` onto a local vector (no index): the reverse sweep pops it again, so
    /// the vector's length there is what it was at the same point forward.
    Push,
}

/// How a loop's iterations are produced.
#[derive(Clone, Debug)]
pub enum LoopHeader {
    /// `for variable in range`, the range made of reconstructible integers.
    Range {
        variable: String,
        range: TokenStream,
        /// `a..b`, `a..=b` or `(a..b).rev()`: the reverse sweep can walk it with `.rev()`.
        reversible: bool,
    },
    /// `loop` (and `while`, as a loop that breaks when its condition fails).
    Unbounded,
}

/// An operand: a float value or a constant expression the reverse sweep never touches.
#[derive(Clone, Debug)]
pub enum Operand {
    Value(ValueId),
    Constant(TokenStream),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
}

/// The `Float` methods of one float operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryFn {
    Neg,
    Abs,
    Signum,
    Sqrt,
    Cbrt,
    Exp,
    Exp2,
    ExpM1,
    Ln,
    Log2,
    Log10,
    Ln1p,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Sinh,
    Cosh,
    Tanh,
    Asinh,
    Acosh,
    Atanh,
    Recip,
    Floor,
    Ceil,
    Round,
    Trunc,
    Fract,
    ToRadians,
    ToDegrees,
}

/// The `Float` methods of two float operands (`self` first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryFn {
    Powf,
    Log,
    Atan2,
    Hypot,
    Max,
    Min,
    RemEuclid,
}

/// One argument of a call to another `#[differentiable]` function.
#[derive(Clone, Debug)]
pub enum CallArgument {
    /// A float, with the value that receives the callee's partial derivative.
    Float {
        operand: Operand,
        partial: Option<ValueId>,
    },
    /// An array (or a row of one) of floats, or a struct: `tokens` passes it in the
    /// forward sweep. A `receiver` is the value a method is called on (`layer.forward(x)`):
    /// it stands before the method, not among the arguments, and its gradient slot is the
    /// first.
    Array {
        array: ArrayId,
        indices: Vec<Index>,
        tokens: TokenStream,
        receiver: bool,
    },
    /// Anything else, passed through unchanged.
    Other(TokenStream),
}

#[derive(Clone, Debug)]
pub enum Exponent {
    Literal(i32),
    Snapshot(SnapshotId),
}

#[derive(Clone, Debug)]
pub enum Op {
    Binary(BinaryOp, Operand, Operand),
    Unary(UnaryFn, Operand),
    BinaryFn(BinaryFn, Operand, Operand),
    /// A float that does not depend on any value (`n as f64`, a constant local);
    /// `reconstructible` when it reads only what the reverse sweep can evaluate again.
    Constant {
        tokens: TokenStream,
        reconstructible: bool,
    },
    /// An element of an array.
    Read(ArrayId, Vec<Index>),
    /// The value a loop-carried float has at this point.
    ReadCell(CellId),
    /// `x.powi(n)`: the exponent is a literal or a snapshot.
    Powi(Operand, Exponent),
    /// `x.mul_add(a, b)`.
    MulAdd(Operand, Operand, Operand),
    /// `x.clamp(lo, hi)`.
    Clamp(Operand, Operand, Operand),
    /// A call of another `#[differentiable]` function. With scalar arguments only, the
    /// forward sweep calls its hidden partials companion (`partials`) and keeps the
    /// partial derivatives; with arrays, it calls the function itself (`primal`) and the
    /// reverse sweep calls its hidden adjoint companion (`adjoint`) with the result's
    /// adjoint as seed.
    Call {
        partials: TokenStream,
        primal: TokenStream,
        adjoint: TokenStream,
        arguments: Vec<CallArgument>,
    },
}

impl Op {
    /// A call that passes arrays: reversed through the callee's adjoint companion.
    pub fn is_adjoint_call(&self) -> bool {
        matches!(self, Op::Call { arguments, .. }
            if arguments.iter().any(|argument| matches!(argument, CallArgument::Array { .. })))
    }
}

#[derive(Clone, Debug)]
pub enum Stmt {
    /// `let value = op;`
    Assign {
        value: ValueId,
        op: Op,
    },
    /// Code that computes no float (integer locals, say). `replay` marks an immutable
    /// integer `let` of reconstructible integers: the reverse sweep of its block runs it
    /// again, so indices that read it can be evaluated there too.
    Opaque {
        tokens: TokenStream,
        replay: bool,
    },
    /// `let array = init;` for a local array or vector; `zeros` is the same shape of zeros.
    DeclareArray {
        array: ArrayId,
        init: TokenStream,
        zeros: TokenStream,
        vector: bool,
    },
    /// `array[indices] = value`, `+=` or `-=`.
    Write {
        array: ArrayId,
        indices: Vec<Index>,
        kind: WriteKind,
        value: Operand,
        /// The user's `h[j]`: an index out of bounds panics at its line.
        origin: Option<Span>,
    },
    /// Sets a loop-carried float.
    SetCell {
        cell: CellId,
        source: Operand,
    },
    /// A loop: its body's paths end with `Next` or `Break`.
    Loop {
        header: LoopHeader,
        body: Block,
    },
    /// The end of an iteration (also `continue`).
    Next,
    Break,
    /// `let snapshot: ty = tokens;`
    Snapshot {
        snapshot: SnapshotId,
        tokens: TokenStream,
    },
    /// A branch; each merge is a value defined by whichever block ran.
    If {
        condition: SnapshotId,
        then_block: Block,
        else_block: Block,
        merges: Vec<Merge>,
    },
    /// A block of the user's, for the scope of its non-float locals.
    Scope(Block),
    /// The function's result on this path.
    Return(Operand),
}

/// `value` is `then_source` if the branch was taken, `else_source` otherwise.
#[derive(Clone, Debug)]
pub struct Merge {
    pub value: ValueId,
    pub then_source: Operand,
    pub else_source: Operand,
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub stmts: Vec<Stmt>,
}

/// A lowered function body.
#[derive(Clone, Debug)]
pub struct Function {
    pub values: Vec<ValueInfo>,
    pub snapshots: Vec<SnapshotInfo>,
    pub arrays: Vec<ArrayInfo>,
    pub cells: Vec<CellInfo>,
    /// The `const` items of the body, declared at the top of every generated body (an
    /// item is visible in its whole block, and the reverse sweep may read it anywhere).
    pub consts: Vec<TokenStream>,
    pub body: Block,
}

impl Function {
    pub fn info(&self, value: ValueId) -> &ValueInfo {
        &self.values[value.0 as usize]
    }

    pub fn snapshot(&self, snapshot: SnapshotId) -> &SnapshotInfo {
        &self.snapshots[snapshot.0 as usize]
    }

    pub fn array(&self, array: ArrayId) -> &ArrayInfo {
        &self.arrays[array.0 as usize]
    }

    pub fn cell(&self, cell: CellId) -> &CellInfo {
        &self.cells[cell.0 as usize]
    }
}

impl UnaryFn {
    pub const ALL: [UnaryFn; 32] = [
        UnaryFn::Neg,
        UnaryFn::Abs,
        UnaryFn::Signum,
        UnaryFn::Sqrt,
        UnaryFn::Cbrt,
        UnaryFn::Exp,
        UnaryFn::Exp2,
        UnaryFn::ExpM1,
        UnaryFn::Ln,
        UnaryFn::Log2,
        UnaryFn::Log10,
        UnaryFn::Ln1p,
        UnaryFn::Sin,
        UnaryFn::Cos,
        UnaryFn::Tan,
        UnaryFn::Asin,
        UnaryFn::Acos,
        UnaryFn::Atan,
        UnaryFn::Sinh,
        UnaryFn::Cosh,
        UnaryFn::Tanh,
        UnaryFn::Asinh,
        UnaryFn::Acosh,
        UnaryFn::Atanh,
        UnaryFn::Recip,
        UnaryFn::Floor,
        UnaryFn::Ceil,
        UnaryFn::Round,
        UnaryFn::Trunc,
        UnaryFn::Fract,
        UnaryFn::ToRadians,
        UnaryFn::ToDegrees,
    ];

    /// The method's name in Rust (`neg` for unary minus).
    pub fn method(self) -> &'static str {
        match self {
            UnaryFn::Neg => "neg",
            UnaryFn::Abs => "abs",
            UnaryFn::Signum => "signum",
            UnaryFn::Sqrt => "sqrt",
            UnaryFn::Cbrt => "cbrt",
            UnaryFn::Exp => "exp",
            UnaryFn::Exp2 => "exp2",
            UnaryFn::ExpM1 => "exp_m1",
            UnaryFn::Ln => "ln",
            UnaryFn::Log2 => "log2",
            UnaryFn::Log10 => "log10",
            UnaryFn::Ln1p => "ln_1p",
            UnaryFn::Sin => "sin",
            UnaryFn::Cos => "cos",
            UnaryFn::Tan => "tan",
            UnaryFn::Asin => "asin",
            UnaryFn::Acos => "acos",
            UnaryFn::Atan => "atan",
            UnaryFn::Sinh => "sinh",
            UnaryFn::Cosh => "cosh",
            UnaryFn::Tanh => "tanh",
            UnaryFn::Asinh => "asinh",
            UnaryFn::Acosh => "acosh",
            UnaryFn::Atanh => "atanh",
            UnaryFn::Recip => "recip",
            UnaryFn::Floor => "floor",
            UnaryFn::Ceil => "ceil",
            UnaryFn::Round => "round",
            UnaryFn::Trunc => "trunc",
            UnaryFn::Fract => "fract",
            UnaryFn::ToRadians => "to_radians",
            UnaryFn::ToDegrees => "to_degrees",
        }
    }

    pub fn from_method(name: &str) -> Option<UnaryFn> {
        UnaryFn::ALL
            .into_iter()
            .find(|f| *f != UnaryFn::Neg && f.method() == name)
    }
}

impl BinaryFn {
    pub const ALL: [BinaryFn; 7] = [
        BinaryFn::Powf,
        BinaryFn::Log,
        BinaryFn::Atan2,
        BinaryFn::Hypot,
        BinaryFn::Max,
        BinaryFn::Min,
        BinaryFn::RemEuclid,
    ];

    pub fn method(self) -> &'static str {
        match self {
            BinaryFn::Powf => "powf",
            BinaryFn::Log => "log",
            BinaryFn::Atan2 => "atan2",
            BinaryFn::Hypot => "hypot",
            BinaryFn::Max => "max",
            BinaryFn::Min => "min",
            BinaryFn::RemEuclid => "rem_euclid",
        }
    }

    pub fn from_method(name: &str) -> Option<BinaryFn> {
        BinaryFn::ALL.into_iter().find(|f| f.method() == name)
    }
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Rem => "%",
        }
    }
}

/// Prints the IR with the names the generated code will use.
pub struct Printer<'a>(pub &'a Function);

impl Printer<'_> {
    fn operand(&self, operand: &Operand) -> String {
        match operand {
            Operand::Value(value) => self.0.info(*value).name.clone(),
            Operand::Constant(tokens) => format!("const({tokens})"),
        }
    }

    fn op(&self, op: &Op) -> String {
        match op {
            Op::Binary(op, a, b) => {
                format!("{} {} {}", self.operand(a), op.symbol(), self.operand(b))
            }
            Op::Unary(f, a) => format!("{}({})", f.method(), self.operand(a)),
            Op::BinaryFn(f, a, b) => {
                format!("{}({}, {})", f.method(), self.operand(a), self.operand(b))
            }
            Op::Constant { tokens, .. } => format!("const({tokens})"),
            Op::Read(array, indices) => {
                format!("{}{}", self.0.array(*array).name, self.indices(indices))
            }
            Op::ReadCell(cell) => format!("cell {}", self.0.cell(*cell).name),
            Op::Powi(a, n) => {
                let exponent = match n {
                    Exponent::Literal(n) => n.to_string(),
                    Exponent::Snapshot(snapshot) => self.0.snapshot(*snapshot).name.clone(),
                };
                format!("powi({}, {exponent})", self.operand(a))
            }
            Op::MulAdd(x, a, b) => format!(
                "mul_add({}, {}, {})",
                self.operand(x),
                self.operand(a),
                self.operand(b)
            ),
            Op::Clamp(x, lo, hi) => format!(
                "clamp({}, {}, {})",
                self.operand(x),
                self.operand(lo),
                self.operand(hi)
            ),
            Op::Call {
                partials: path,
                arguments,
                ..
            } => {
                let arguments: Vec<String> = arguments
                    .iter()
                    .map(|argument| match argument {
                        CallArgument::Float { operand, partial } => match partial {
                            Some(partial) => format!(
                                "{} -> {}",
                                self.operand(operand),
                                self.0.info(*partial).name
                            ),
                            None => self.operand(operand),
                        },
                        CallArgument::Array {
                            tokens, receiver, ..
                        } => {
                            let kind = if *receiver { "receiver" } else { "array" };
                            format!("{kind}({tokens})")
                        }
                        CallArgument::Other(tokens) => format!("other({tokens})"),
                    })
                    .collect();
                format!("call {path}({})", arguments.join(", "))
            }
        }
    }

    fn indices(&self, indices: &[Index]) -> String {
        indices
            .iter()
            .map(|index| match index {
                Index::Reconstructible(tokens) => format!("[{tokens}]"),
                Index::Snapshot(snapshot) => format!("[{}]", self.0.snapshot(*snapshot).name),
            })
            .collect()
    }

    fn block(&self, block: &Block, depth: usize, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let indent = "  ".repeat(depth);
        for stmt in &block.stmts {
            match stmt {
                Stmt::Assign { value, op } => writeln!(
                    out,
                    "{indent}{} = {}",
                    self.0.info(*value).name,
                    self.op(op)
                )?,
                Stmt::Opaque { tokens, replay } => {
                    let replay = if *replay { " (replayed)" } else { "" };
                    writeln!(out, "{indent}opaque {tokens}{replay}")?
                }
                Stmt::DeclareArray { array, init, .. } => {
                    writeln!(out, "{indent}array {} = {init}", self.0.array(*array).name)?
                }
                Stmt::Write {
                    array,
                    indices,
                    kind,
                    value,
                    ..
                } => {
                    let op = match kind {
                        WriteKind::Set => "=",
                        WriteKind::Add => "+=",
                        WriteKind::Sub => "-=",
                        WriteKind::Push => ".push",
                    };
                    writeln!(
                        out,
                        "{indent}{}{} {op} {}",
                        self.0.array(*array).name,
                        self.indices(indices),
                        self.operand(value)
                    )?
                }
                Stmt::SetCell { cell, source } => writeln!(
                    out,
                    "{indent}cell {} = {}",
                    self.0.cell(*cell).name,
                    self.operand(source)
                )?,
                Stmt::Loop { header, body } => {
                    match header {
                        LoopHeader::Range {
                            variable, range, ..
                        } => writeln!(out, "{indent}for {variable} in {range} {{")?,
                        LoopHeader::Unbounded => writeln!(out, "{indent}loop {{")?,
                    }
                    self.block(body, depth + 1, out)?;
                    writeln!(out, "{indent}}}")?;
                }
                Stmt::Next => writeln!(out, "{indent}next")?,
                Stmt::Break => writeln!(out, "{indent}break")?,
                Stmt::Snapshot { snapshot, tokens } => {
                    let info = self.0.snapshot(*snapshot);
                    writeln!(out, "{indent}{}: {} = {tokens}", info.name, info.ty)?
                }
                Stmt::If {
                    condition,
                    then_block,
                    else_block,
                    merges,
                } => {
                    writeln!(out, "{indent}if {} {{", self.0.snapshot(*condition).name)?;
                    self.block(then_block, depth + 1, out)?;
                    writeln!(out, "{indent}}} else {{")?;
                    self.block(else_block, depth + 1, out)?;
                    writeln!(out, "{indent}}}")?;
                    for merge in merges {
                        writeln!(
                            out,
                            "{indent}{} = merge({}, {})",
                            self.0.info(merge.value).name,
                            self.operand(&merge.then_source),
                            self.operand(&merge.else_source)
                        )?;
                    }
                }
                Stmt::Scope(inner) => {
                    writeln!(out, "{indent}{{")?;
                    self.block(inner, depth + 1, out)?;
                    writeln!(out, "{indent}}}")?;
                }
                Stmt::Return(operand) => writeln!(out, "{indent}return {}", self.operand(operand))?,
            }
        }
        Ok(())
    }
}

impl fmt::Display for Printer<'_> {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let arguments: Vec<String> = self
            .0
            .values
            .iter()
            .filter_map(|info| {
                info.argument.map(|argument| {
                    let role = if argument.active {
                        "active"
                    } else {
                        "constant"
                    };
                    format!("{}: {role}", info.name)
                })
            })
            .chain(self.0.arrays.iter().filter_map(|info| {
                info.argument.map(|argument| {
                    let role = if argument.active {
                        "active"
                    } else {
                        "constant"
                    };
                    format!("{}: {role} array", info.name)
                })
            }))
            .collect();
        writeln!(out, "fn({})", arguments.join(", "))?;
        self.block(&self.0.body, 1, out)
    }
}
