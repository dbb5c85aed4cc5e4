//! Rows taken once per loop: in `for j in a..b { h[j] = h[j] + x * w[k][j]; }` every
//! element the body reaches lies in `h[..b]` and `w[k][..b]`, so the generated loop takes
//! those slices before it starts and indexes them with `j`. The compiler then knows each
//! index is in bounds (`j < b` is the slice's length): it drops the check per element, no
//! longer reloads `w[k]` after each store, and can vectorise the loop, as it does a
//! hand-written `zip`. The same rows serve the reverse loop, with the adjoints' rows.
//!
//! An out-of-bounds index still panics, only before the loop instead of in it: a row is
//! taken only for an array the body reads or writes at `[prefix][j]` in every iteration
//! (at its top level, with no `break` or `return` in the body and no `continue` before),
//! so the loop would have reached `[prefix][b - 1]`. An empty loop takes no row.

use crate::ir::*;
use crate::optimize::names_in_tokens as identifiers;
use proc_macro2::{Span, TokenStream, TokenTree};
use std::collections::HashSet;

/// A loop over `start..end` and the arrays whose rows it takes.
pub struct RowedLoop {
    pub start: TokenStream,
    pub end: TokenStream,
    pub rows: Vec<Row>,
}

/// `array[prefix]`, reached by the loop variable in every access of the body.
pub struct Row {
    pub array: ArrayId,
    pub prefix: Vec<Index>,
    /// `E` when the body indexes `[prefix][E + j]` (a flat row-major `x[i * d + j]`): the row
    /// starts there.
    pub offset: Option<TokenStream>,
    /// Whether the body writes the array (its forward row is then `&mut`).
    pub written: bool,
    /// The user's expression of an access made in every iteration: a row out of bounds
    /// panics at its line.
    pub origin: Option<Span>,
}

impl Row {
    /// Whether `indices` reach an element of this row at the loop variable `variable`.
    pub fn covers(&self, indices: &[Index], variable: &str) -> bool {
        match indices.split_last() {
            Some((last, prefix)) => {
                key(prefix) == key(&self.prefix)
                    && offset(last, variable).is_some_and(|offset| {
                        offset.map(|o| o.to_string()) == self.offset.as_ref().map(|o| o.to_string())
                    })
            }
            None => false,
        }
    }
}

/// The rows a loop can take before it starts; `None` when it takes none.
pub fn find(
    function: &Function,
    header: &LoopHeader,
    body: &Block,
    excluded: &dyn Fn(ArrayId) -> bool,
) -> Option<RowedLoop> {
    let LoopHeader::Range {
        variable, range, ..
    } = header
    else {
        return None;
    };
    let (start, end) = half_open(range)?;
    if leaves_early(body) {
        return None;
    }
    let mut scan = Scan {
        function,
        accesses: Vec::new(),
        unusable: HashSet::new(),
        mentioned: HashSet::new(),
        bound: HashSet::from([variable.clone()]),
    };
    scan.block(body, Reach::Always, false);
    let mut rows: Vec<Row> = Vec::new();
    for (index, info) in function.arrays.iter().enumerate() {
        let array = ArrayId(index as u32);
        let accesses: Vec<&Access> = scan.accesses.iter().filter(|a| a.array == array).collect();
        let Some(first) = accesses.first() else {
            continue;
        };
        let Some((first_last, first_prefix)) = first.indices.split_last() else {
            continue;
        };
        let Some(first_offset) = offset(first_last, variable) else {
            continue;
        };
        let row = Row {
            array,
            prefix: first_prefix.to_vec(),
            offset: first_offset,
            written: false,
            origin: None,
        };
        let usable = !excluded(array)
            && !scan.unusable.contains(&array)
            && !scan.mentioned.contains(&info.name)
            && accesses.iter().any(|access| access.every_iteration)
            && row.prefix.iter().all(|index| scan.invariant(index))
            && row
                .offset
                .as_ref()
                .is_none_or(|offset| scan.invariant(&Index::Reconstructible(offset.clone())))
            && accesses.iter().all(|access| {
                !access.in_inner_loop
                    && access.indices.len() == info.rank
                    && row.covers(&access.indices, variable)
            });
        if usable {
            rows.push(Row {
                written: accesses.iter().any(|access| access.written),
                origin: accesses
                    .iter()
                    .find(|access| access.every_iteration)
                    .and_then(|access| access.origin),
                ..row
            });
        }
    }
    (!rows.is_empty()).then_some(RowedLoop { start, end, rows })
}

/// `start..end` (parentheses allowed), the only range whose last element is `end - 1`.
fn half_open(range: &TokenStream) -> Option<(TokenStream, TokenStream)> {
    let mut expr: syn::Expr = syn::parse2(range.clone()).ok()?;
    while let syn::Expr::Paren(inner) = expr {
        expr = *inner.expr;
    }
    match expr {
        syn::Expr::Range(syn::ExprRange {
            start: Some(start),
            limits: syn::RangeLimits::HalfOpen(_),
            end: Some(end),
            ..
        }) => Some((quote::quote!(#start), quote::quote!(#end))),
        _ => None,
    }
}

/// A `break` or `return` anywhere in the body (outside loops nested in it, for `break`).
fn leaves_early(block: &Block) -> bool {
    block.stmts.iter().any(|stmt| match stmt {
        Stmt::Break | Stmt::Return(_) => true,
        Stmt::If {
            then_block,
            else_block,
            ..
        } => leaves_early(then_block) || leaves_early(else_block),
        Stmt::Scope(inner) => leaves_early(inner),
        Stmt::Loop { body, .. } => returns(body),
        _ => false,
    })
}

fn returns(block: &Block) -> bool {
    block.stmts.iter().any(|stmt| match stmt {
        Stmt::Return(_) => true,
        Stmt::If {
            then_block,
            else_block,
            ..
        } => returns(then_block) || returns(else_block),
        Stmt::Scope(inner) | Stmt::Loop { body: inner, .. } => returns(inner),
        _ => false,
    })
}

/// Whether a statement may end the iteration (`continue`), leaving the rest undone.
fn may_skip(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Next => true,
        Stmt::If {
            then_block,
            else_block,
            ..
        } => then_block
            .stmts
            .iter()
            .chain(&else_block.stmts)
            .any(may_skip),
        Stmt::Scope(inner) => inner.stmts.iter().any(may_skip),
        _ => false,
    }
}

/// `Some(None)` when the index is the loop variable `j`, `Some(Some(e))` when it is `e + j`
/// or `j + e` with `e` free of `j`, `None` otherwise.
fn offset(index: &Index, variable: &str) -> Option<Option<TokenStream>> {
    let Index::Reconstructible(tokens) = index else {
        return None;
    };
    let mut expr: syn::Expr = syn::parse2(tokens.clone()).ok()?;
    while let syn::Expr::Paren(inner) = expr {
        expr = *inner.expr;
    }
    let is_variable =
        |expr: &syn::Expr| matches!(expr, syn::Expr::Path(path) if path.path.is_ident(variable));
    if is_variable(&expr) {
        return Some(None);
    }
    let syn::Expr::Binary(syn::ExprBinary {
        left,
        op: syn::BinOp::Add(_),
        right,
        ..
    }) = expr
    else {
        return None;
    };
    let other = match (is_variable(&left), is_variable(&right)) {
        (true, false) => right,
        (false, true) => left,
        _ => return None,
    };
    let other = quote::quote!(#other);
    let mut names = HashSet::new();
    identifiers(&other, &mut names);
    (!names.contains(variable)).then_some(Some(other))
}

fn key(indices: &[Index]) -> Vec<String> {
    indices
        .iter()
        .map(|index| match index {
            Index::Reconstructible(tokens) => tokens.to_string(),
            Index::Snapshot(snapshot) => format!("snapshot {}", snapshot.0),
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq)]
enum Reach {
    /// Reached in every iteration.
    Always,
    Sometimes,
}

struct Access {
    array: ArrayId,
    indices: Vec<Index>,
    written: bool,
    every_iteration: bool,
    in_inner_loop: bool,
    origin: Option<Span>,
}

struct Scan<'a> {
    function: &'a Function,
    accesses: Vec<Access>,
    /// Arrays declared in the body, grown by `push`, or passed to a call.
    unusable: HashSet<ArrayId>,
    /// Every identifier in the body's own code (integer code, constants, indices, calls):
    /// an array named there is used other than through its elements.
    mentioned: HashSet<String>,
    /// Names that change from one iteration to the next: the loop variables and the
    /// body's `let`s.
    bound: HashSet<String>,
}

impl Scan<'_> {
    /// Whether an index is the same in every iteration.
    fn invariant(&self, index: &Index) -> bool {
        match index {
            Index::Reconstructible(tokens) => {
                let mut names = HashSet::new();
                identifiers(tokens, &mut names);
                names.iter().all(|name| !self.bound.contains(name))
            }
            Index::Snapshot(_) => false,
        }
    }

    fn block(&mut self, block: &Block, mut reach: Reach, in_inner_loop: bool) {
        for stmt in &block.stmts {
            self.stmt(stmt, reach, in_inner_loop);
            if may_skip(stmt) {
                reach = Reach::Sometimes;
            }
        }
    }

    fn access(
        &mut self,
        (array, indices): (ArrayId, &[Index]),
        written: bool,
        origin: Option<Span>,
        reach: Reach,
        inner: bool,
    ) {
        for index in indices {
            if let Index::Reconstructible(tokens) = index {
                identifiers(tokens, &mut self.mentioned);
            }
        }
        self.accesses.push(Access {
            array,
            indices: indices.to_vec(),
            written,
            every_iteration: reach == Reach::Always && !inner,
            in_inner_loop: inner,
            origin,
        });
    }

    fn stmt(&mut self, stmt: &Stmt, reach: Reach, inner: bool) {
        match stmt {
            Stmt::Assign { value, op } => match op {
                Op::Read(array, indices) => {
                    let origin = self.function.info(*value).origin;
                    self.access((*array, indices), false, origin, reach, inner)
                }
                Op::Constant { tokens, .. } => identifiers(tokens, &mut self.mentioned),
                Op::Call {
                    partials,
                    primal,
                    adjoint,
                    arguments,
                } => {
                    for tokens in [partials, primal, adjoint] {
                        identifiers(tokens, &mut self.mentioned);
                    }
                    for argument in arguments {
                        match argument {
                            CallArgument::Array { array, tokens, .. } => {
                                self.unusable.insert(*array);
                                identifiers(tokens, &mut self.mentioned);
                            }
                            CallArgument::Other(tokens) => identifiers(tokens, &mut self.mentioned),
                            CallArgument::Float { .. } => {}
                        }
                    }
                }
                _ => {}
            },
            Stmt::Write {
                array,
                indices,
                kind,
                origin,
                ..
            } => {
                if *kind == WriteKind::Push {
                    self.unusable.insert(*array);
                }
                self.access((*array, indices), true, *origin, reach, inner);
            }
            Stmt::Opaque { tokens, .. } => {
                identifiers(tokens, &mut self.mentioned);
                let_bound(tokens, &mut self.bound);
            }
            Stmt::Snapshot { tokens, .. } => identifiers(tokens, &mut self.mentioned),
            Stmt::DeclareArray {
                array, init, zeros, ..
            } => {
                self.unusable.insert(*array);
                identifiers(init, &mut self.mentioned);
                identifiers(zeros, &mut self.mentioned);
            }
            Stmt::Loop { header, body } => {
                if let LoopHeader::Range {
                    variable, range, ..
                } = header
                {
                    self.bound.insert(variable.clone());
                    identifiers(range, &mut self.mentioned);
                }
                self.block(body, Reach::Sometimes, true);
            }
            Stmt::If {
                then_block,
                else_block,
                ..
            } => {
                self.block(then_block, Reach::Sometimes, inner);
                self.block(else_block, Reach::Sometimes, inner);
            }
            Stmt::Scope(block) => self.block(block, reach, inner),
            Stmt::SetCell { .. } | Stmt::Next | Stmt::Break | Stmt::Return(_) => {}
        }
    }
}

/// The names a `let` in `tokens` binds: every identifier between `let` and its `=`, `:`
/// or `;` (a few more than that at worst, which only keeps a row from being taken).
fn let_bound(tokens: &TokenStream, out: &mut HashSet<String>) {
    let mut in_pattern = false;
    for token in tokens.clone() {
        match &token {
            TokenTree::Ident(ident) if ident == "let" => in_pattern = true,
            TokenTree::Ident(ident) if in_pattern => {
                out.insert(crate::names::key(ident));
            }
            TokenTree::Group(group) if in_pattern => identifiers(&group.stream(), out),
            TokenTree::Group(group) => let_bound(&group.stream(), out),
            TokenTree::Punct(punct) if in_pattern && matches!(punct.as_char(), '=' | ':' | ';') => {
                in_pattern = false
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of the arrays whose rows the first loop at depth `depth` takes, with
    /// their prefixes, as `name[prefix]`.
    fn rows_taken(source: &str, depth: usize) -> Vec<String> {
        let function = crate::lower::tests::lowered_function(source);
        let mut block = &function.body;
        let mut found = None;
        for _ in 0..=depth {
            let Some(Stmt::Loop { header, body }) = block
                .stmts
                .iter()
                .find(|stmt| matches!(stmt, Stmt::Loop { .. }))
            else {
                panic!("no loop at that depth");
            };
            found = Some((header, body));
            block = body;
        }
        let (header, body) = found.unwrap();
        let Some(rowed) = find(&function, header, body, &|_| false) else {
            return Vec::new();
        };
        rowed
            .rows
            .iter()
            .map(|row| {
                let info = function.array(row.array);
                let mutable = if row.written { "mut " } else { "" };
                let offset = match &row.offset {
                    Some(offset) => format!(" + {offset}"),
                    None => String::new(),
                };
                format!("{mutable}{}{:?}{offset}", info.name, key(&row.prefix))
            })
            .collect()
    }

    #[test]
    fn a_layer_takes_the_rows_it_reads_and_writes() {
        let source = "fn f(x: &[f64], w: &[[f64; 4]], b: &[f64]) -> f64 {
            let n = b.len();
            let mut h = vec![0.0; n];
            for k in 0..x.len() {
                for j in 0..n {
                    h[j] = h[j] + x[k] * w[k][j] + b[j];
                }
            }
            h[0]
        }";
        // `x[k]` is the same element in every iteration of the inner loop: no row.
        assert_eq!(rows_taken(source, 1), ["w[\"k\"]", "b[]", "mut h[]"]);
        // The outer loop reaches `h` and `w` only through the inner one.
        assert_eq!(rows_taken(source, 0), Vec::<String>::new());
    }

    #[test]
    fn a_flat_row_major_read_takes_its_row_from_an_offset() {
        let source = "fn f(w: &[f64], m: &[f64], d: usize) -> f64 {
            let mut c = vec![0.0; d];
            let mut s = 0.0;
            for i in 0..m.len() / d {
                for j in 0..d {
                    c[j] = m[i * d + j] - w[j];
                    s += c[j] * m[j + i * d];
                }
            }
            s
        }";
        assert_eq!(rows_taken(source, 1), ["w[]", "m[] + i * d", "mut c[]"]);
        // `m` at two offsets: no row.
        let two = "fn f(m: &[f64], d: usize) -> f64 {
            let mut s = 0.0;
            for j in 0..d { s += m[j] * m[d + j]; }
            s
        }";
        assert_eq!(rows_taken(two, 0), Vec::<String>::new());
    }

    #[test]
    fn no_row_where_the_loop_might_not_reach_its_last_element() {
        let cases = [
            // A `break` may end the loop early.
            "fn f(x: &[f64]) -> f64 {
                let mut s = 0.0;
                for i in 0..x.len() { if s > 1.0 { break; } s += x[i]; }
                s
            }",
            // A `continue` before the read skips it in some iterations.
            "fn f(x: &[f64]) -> f64 {
                let mut s = 0.0;
                for i in 0..10 { if i % 2 == 0 { continue; } s += x[i]; }
                s
            }",
            // Read under a branch only.
            "fn f(x: &[f64]) -> f64 {
                let mut s = 0.0;
                for i in 0..10 { if i < 3 { s += x[i]; } }
                s
            }",
            // Read at `i` and at `i + 1`.
            "fn f(x: &[f64]) -> f64 {
                let mut s = 0.0;
                for i in 0..x.len() - 1 { s += x[i] * x[i + 1]; }
                s
            }",
            // An inclusive range.
            "fn f(x: &[f64]) -> f64 {
                let mut s = 0.0;
                for i in 0..=3 { s += x[i]; }
                s
            }",
        ];
        for source in cases {
            assert_eq!(rows_taken(source, 0), Vec::<String>::new(), "{source}");
        }
    }

    #[test]
    fn no_row_of_an_array_used_otherwise_or_at_a_changing_prefix() {
        // The body asks `h` its length: a row borrowed for the loop would conflict.
        let named = "fn f(x: &[f64]) -> f64 {
            let mut h = vec![0.0; 4];
            for j in 0..4 { let m = h.len() - 1; h[j] = x[j] * m as f64; }
            h[0]
        }";
        assert_eq!(rows_taken(named, 0), ["x[]"]);
        // `w[r][j]` with `r` a `let` of the body: not the same row in every iteration.
        let changing = "fn f(w: &[Vec<f64>], rows: &[usize]) -> f64 {
            let mut s = 0.0;
            for j in 0..3 { let r = rows[j]; s += w[r][j]; }
            s
        }";
        assert_eq!(rows_taken(changing, 0), Vec::<String>::new());
        // Written at `j` and read at `0`.
        let mixed = "fn f(x: &[f64]) -> f64 {
            let mut h = vec![0.0; 4];
            for j in 0..4 { h[j] = x[j] * h[0]; }
            h[3]
        }";
        assert_eq!(rows_taken(mixed, 0), ["x[]"]);
    }
}
