//! What the digits example prints at the end: a confusion matrix and the median epoch time.

use std::fmt::Write;

/// Number of classes.
const CLASSES: usize = 10;

/// Counts of (actual, predicted) pairs: `m[actual][predicted]`. The diagonal holds the
/// correct predictions; the sum of all entries is the number of pairs.
///
/// # Panics
///
/// If the slices differ in length or a class is not in `0..=9`.
pub fn confusion_matrix(predicted: &[usize], actual: &[usize]) -> [[usize; 10]; 10] {
    assert_eq!(
        predicted.len(),
        actual.len(),
        "as many predictions as actual labels"
    );
    let mut m = [[0; CLASSES]; CLASSES];
    for (&p, &a) in predicted.iter().zip(actual) {
        assert!(
            p < CLASSES && a < CLASSES,
            "classes are 0..=9, got predicted {p}, actual {a}"
        );
        m[a][p] += 1;
    }
    m
}

/// The matrix as an aligned table: one row per actual class, one column per predicted
/// class, headed by the class numbers, each row ending with its total. For example
/// (columns abridged):
///
/// ```text
///         predicted
/// actual    0    1    2  …    9  total
///      0   35    0    0  …    0     35
///      1    0   36    0  …    1     37
/// ```
pub fn format_confusion_matrix(m: &[[usize; 10]; 10]) -> String {
    // Every number is right-aligned in the width of the widest entry or total (at least 3),
    // with two spaces between columns.
    let widest = m
        .iter()
        .flat_map(|row| row.iter().copied().chain([row.iter().sum::<usize>()]))
        .max()
        .unwrap_or(0);
    let width = widest.to_string().len().max(3);
    let label = "actual";
    let total = "total";

    let mut out = String::new();
    // "predicted" over the class columns, "actual" over the row labels.
    let _ = writeln!(out, "{:indent$}predicted", "", indent = label.len() + 2);
    let _ = write!(out, "{label}");
    for class in 0..CLASSES {
        let _ = write!(out, "  {class:>width$}");
    }
    let _ = writeln!(out, "  {total:>w$}", w = width.max(total.len()));
    for (class, row) in m.iter().enumerate() {
        let _ = write!(out, "{class:>w$}", w = label.len());
        for count in row {
            let _ = write!(out, "  {count:>width$}");
        }
        let sum: usize = row.iter().sum();
        let _ = writeln!(out, "  {sum:>w$}", w = width.max(total.len()));
    }
    out
}

/// The median of `values`: the middle one once sorted, or the mean of the two middle ones
/// for an even count; NaN for an empty slice. Values are ordered by `f64::total_cmp`, so
/// a NaN among them gives no panic, only a meaningless answer.
pub fn median(values: &[f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    }
}
