//! Where the annotated function sits: among a module's items, or in an `impl` block.
//!
//! An attribute sees only its function, but the two places take different items: in a
//! module the hidden companions hang off a type named like the function (so that
//! `use m::f;` brings them along with `f`), in an `impl` block they are associated
//! functions reached through `Self::` or the type's name. The attribute's own line is
//! looked up in its source file; where the file cannot be read, the function is taken to
//! be in an `impl` block, whose items are valid in a module too.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    Module,
    Impl,
}

impl Placement {
    /// The placement of the function the attribute being expanded is on.
    pub fn of_current_attribute() -> Placement {
        if !proc_macro::is_available() {
            return Placement::Module;
        }
        let span = proc_macro::Span::call_site();
        let Some(path) = span.local_file() else {
            return Placement::Impl;
        };
        let (line, column) = (span.line(), span.column());
        thread_local! {
            static IMPL_BLOCKS: RefCell<HashMap<PathBuf, Option<Vec<Block>>>> =
                RefCell::new(HashMap::new());
        }
        IMPL_BLOCKS.with(|cache| {
            let mut cache = cache.borrow_mut();
            let blocks = cache.entry(path.clone()).or_insert_with(|| {
                std::fs::read_to_string(&path)
                    .ok()
                    .map(|source| blocks(&source))
            });
            match blocks {
                Some(blocks) if innermost_is_impl(blocks, (line, column)) => Placement::Impl,
                Some(_) => Placement::Module,
                None => Placement::Impl,
            }
        })
    }
}

/// A `{ … }` of the source: where it opens and closes (line, 1-based; column, 1-based)
/// and whether it is the body of an `impl`.
#[derive(Clone, Debug)]
pub struct Block {
    open: (usize, usize),
    close: (usize, usize),
    is_impl: bool,
}

fn innermost_is_impl(blocks: &[Block], at: (usize, usize)) -> bool {
    blocks
        .iter()
        .filter(|block| block.open < at && at < block.close)
        .max_by_key(|block| block.open)
        .is_some_and(|block| block.is_impl)
}

/// Every brace block of `source`, skipping comments, strings and character literals.
pub fn blocks(source: &str) -> Vec<Block> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut open: Vec<(usize, (usize, usize), bool)> = Vec::new();
    // The text since the last `;`, `{` or `}`: the header of a block about to open.
    let mut header = String::new();
    let (mut line, mut column) = (1usize, 1usize);
    let mut i = 0;
    let advance = |i: &mut usize, line: &mut usize, column: &mut usize| {
        if chars[*i] == '\n' {
            *line += 1;
            *column = 1;
        } else {
            *column += 1;
        }
        *i += 1;
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                advance(&mut i, &mut line, &mut column);
            }
            continue;
        }
        if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    advance(&mut i, &mut line, &mut column);
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    advance(&mut i, &mut line, &mut column);
                    if depth == 0 {
                        advance(&mut i, &mut line, &mut column);
                        break;
                    }
                }
                advance(&mut i, &mut line, &mut column);
            }
            header.push(' ');
            continue;
        }
        if c == 'r' && matches!(next, Some('"') | Some('#')) && !is_ident_char(prev(&chars, i)) {
            let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
            if chars.get(i + 1 + hashes) == Some(&'"') {
                let closing: Vec<char> = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                for _ in 0..hashes + 2 {
                    advance(&mut i, &mut line, &mut column);
                }
                while i < chars.len() && !chars[i..].starts_with(&closing) {
                    advance(&mut i, &mut line, &mut column);
                }
                for _ in 0..closing.len() {
                    if i < chars.len() {
                        advance(&mut i, &mut line, &mut column);
                    }
                }
                header.push_str(" \"\" ");
                continue;
            }
        }
        if c == '"' {
            advance(&mut i, &mut line, &mut column);
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    advance(&mut i, &mut line, &mut column);
                }
                if i < chars.len() {
                    advance(&mut i, &mut line, &mut column);
                }
            }
            if i < chars.len() {
                advance(&mut i, &mut line, &mut column);
            }
            header.push_str(" \"\" ");
            continue;
        }
        if c == '\'' {
            // A character literal ('a', '\n', '\u{1F600}'), or a lifetime ('a).
            let literal_end = if next == Some('\\') {
                chars[i + 2..]
                    .iter()
                    .position(|&c| c == '\'')
                    .map(|p| i + 2 + p)
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            if let Some(end) = literal_end {
                while i <= end {
                    advance(&mut i, &mut line, &mut column);
                }
                header.push_str(" ' ");
                continue;
            }
        }
        match c {
            '{' => {
                open.push((out.len(), (line, column), starts_impl(&header)));
                out.push(Block {
                    open: (line, column),
                    close: (usize::MAX, 0),
                    is_impl: false,
                });
                header.clear();
            }
            '}' => {
                if let Some((index, at, is_impl)) = open.pop() {
                    out[index] = Block {
                        open: at,
                        close: (line, column),
                        is_impl,
                    };
                }
                header.clear();
            }
            ';' => header.clear(),
            _ => header.push(c),
        }
        advance(&mut i, &mut line, &mut column);
    }
    out
}

fn prev(chars: &[char], i: usize) -> char {
    if i == 0 {
        ' '
    } else {
        chars[i - 1]
    }
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether a block's header (`#[attr] pub unsafe impl<T> Trait for X<T> where …`) is an
/// `impl`.
fn starts_impl(header: &str) -> bool {
    let mut rest = header.trim_start();
    loop {
        if let Some(attribute) = rest.strip_prefix("#[") {
            // Skip to the matching `]`.
            let mut depth = 1;
            let mut end = attribute.len();
            for (index, c) in attribute.char_indices() {
                match c {
                    '[' => depth += 1,
                    ']' => {
                        depth -= 1;
                        if depth == 0 {
                            end = index + 1;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            rest = attribute[end..].trim_start();
            continue;
        }
        let word_end = rest.find(|c: char| !is_ident_char(c)).unwrap_or(rest.len());
        let (word, after) = rest.split_at(word_end);
        match word {
            "impl" => return true,
            "unsafe" | "default" => rest = after.trim_start(),
            "pub" => {
                rest = after.trim_start();
                if let Some(inner) = rest.strip_prefix('(') {
                    rest = inner
                        .split_once(')')
                        .map_or("", |(_, after)| after)
                        .trim_start();
                }
            }
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placement_at(source: &str, marker: &str) -> bool {
        let (line_index, line) = source
            .lines()
            .enumerate()
            .find(|(_, line)| line.contains(marker))
            .unwrap();
        let column = line.find(marker).unwrap() + 1;
        innermost_is_impl(&blocks(source), (line_index + 1, column))
    }

    #[test]
    fn tells_impl_blocks_from_modules_and_functions() {
        let source = r##"
mod m {
    // a comment with { an unbalanced brace
    #[differentiable] fn in_module(x: f64) -> f64 { x }
    impl<'a, T: Float> Spring<'a, T> where T: Copy {
        const C: char = '{';
        #[differentiable] fn in_impl(x: f64) -> f64 { let s = "}"; let r = r#"{"#; x }
        fn method(&self) { #[differentiable] fn nested(x: f64) -> f64 { x } }
    }
    #[cfg(test)]
    pub(crate) unsafe impl Send for Spring<'static, f64> {
        /* { */ #[differentiable] fn in_trait_impl(x: f64) -> f64 { x }
    }
    fn after<'b>(s: &'b str) -> &'b str { #[differentiable] fn local(x: f64) -> f64 { x } s }
}
"##;
        assert!(!placement_at(source, "#[differentiable] fn in_module"));
        assert!(placement_at(source, "#[differentiable] fn in_impl"));
        assert!(!placement_at(source, "#[differentiable] fn nested"));
        assert!(placement_at(source, "#[differentiable] fn in_trait_impl"));
        assert!(!placement_at(source, "#[differentiable] fn local"));
        assert!(!placement_at(source, "mod m"));
    }
}
