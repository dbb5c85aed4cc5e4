//! The wording of [`Differentiable::shape_mismatch`](crate::Differentiable::shape_mismatch):
//! support code for implementations of the trait (those of the runtime, those
//! `#[derive(Differentiable)]` writes, and any written by hand), so every shape mismatch
//! reads the same way.
//!
//! A mismatch found at the value itself (a `Vec` of the wrong length) is worded
//! [`length_mismatch`]: "it has length 3 where 4 was expected". A container that finds a
//! mismatch in one of its parts hands it to [`nest`] with the part's name, which turns
//! "it" into a path: "`v` has length 3 where 4 was expected", then
//! "`layer.v` has length 3 where 4 was expected", or "`w[2]` …" for an element.
//!
//! ```
//! use gradus_runtime::shape_path::{length_mismatch, nest};
//!
//! let detail = length_mismatch(4, 3);
//! assert_eq!(detail, "it has length 3 where 4 was expected");
//! let detail = nest("v", detail);
//! assert_eq!(detail, "`v` has length 3 where 4 was expected");
//! assert_eq!(nest("layer", detail), "`layer.v` has length 3 where 4 was expected");
//! ```

/// How a mismatch at the value itself begins; [`nest`] replaces it by the value's path.
const AT_THE_VALUE: &str = "it has ";

/// The mismatch of a value whose length is `got` where `expected` was expected, worded
/// at the value itself ("it has length …").
///
/// ```
/// use gradus_runtime::shape_path::length_mismatch;
///
/// assert_eq!(length_mismatch(2, 5), "it has length 5 where 2 was expected");
/// ```
pub fn length_mismatch(expected: usize, got: usize) -> String {
    format!("{AT_THE_VALUE}length {got} where {expected} was expected")
}

/// The mismatch `detail`, found inside the part named `part` (a field name, or an index
/// written `[i]`), worded from the container: the part's name is put in front of the path
/// `detail` names, or becomes the path when `detail` is worded at the value itself.
///
/// A `detail` in any other wording (a hand-written implementation's own) is kept whole
/// after the part's name.
///
/// ```
/// use gradus_runtime::shape_path::nest;
///
/// let at_element = nest("[2]", "it has length 1 where 3 was expected".to_string());
/// assert_eq!(at_element, "`[2]` has length 1 where 3 was expected");
/// assert_eq!(nest("w1", at_element.clone()), "`w1[2]` has length 1 where 3 was expected");
/// assert_eq!(nest("[0]", at_element), "`[0][2]` has length 1 where 3 was expected");
/// assert_eq!(
///     nest("[0]", "`v` has length 1 where 3 was expected".to_string()),
///     "`[0].v` has length 1 where 3 was expected"
/// );
/// assert_eq!(nest("cache", "the keys differ".to_string()), "in `cache`: the keys differ");
/// ```
pub fn nest(part: &str, detail: String) -> String {
    if let Some(rest) = detail.strip_prefix(AT_THE_VALUE) {
        return format!("`{part}` has {rest}");
    }
    if let Some(quoted) = detail.strip_prefix('`') {
        if let Some((path, rest)) = quoted.split_once('`') {
            let separator = if path.starts_with('[') { "" } else { "." };
            return format!("`{part}{separator}{path}`{rest}");
        }
    }
    format!("in `{part}`: {detail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_length_mismatch_names_both_lengths_expected_last() {
        assert_eq!(
            length_mismatch(4, 3),
            "it has length 3 where 4 was expected"
        );
    }

    #[test]
    fn nesting_builds_field_and_index_paths() {
        let inner = nest("v", length_mismatch(4, 3));
        assert_eq!(inner, "`v` has length 3 where 4 was expected");
        let in_array = nest("[1]", inner);
        assert_eq!(in_array, "`[1].v` has length 3 where 4 was expected");
        let in_field = nest("layers", in_array);
        assert_eq!(in_field, "`layers[1].v` has length 3 where 4 was expected");
        assert_eq!(
            nest("[0]", nest("[5]", length_mismatch(1, 0))),
            "`[0][5]` has length 0 where 1 was expected"
        );
    }

    #[test]
    fn other_wordings_are_kept_whole() {
        assert_eq!(nest("a", "`unclosed".to_string()), "in `a`: `unclosed");
        assert_eq!(nest("a", String::new()), "in `a`: ");
    }
}
