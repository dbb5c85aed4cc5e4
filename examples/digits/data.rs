//! The handwritten digits data set: loading `data/digits.csv.gz` and a seeded train/test
//! split.
//!
//! The file is gzip-compressed CSV without a header, one image per line: 64 integer
//! pixels (an 8×8 image, row-major, each `0..=16`) and then the label `0..=9`. Loading
//! checks every line and stops at the first problem with a [`LoadError`] that names the
//! file, the line and what is wrong; no input makes it panic.

use std::fmt;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use flate2::bufread::MultiGzDecoder;
use gradus::data::Rng;

/// Pixels per image (8×8).
const PIXELS: usize = 64;
/// Fields per line: the pixels, then the label.
const FIELDS: usize = PIXELS + 1;
/// The largest pixel value in the file; pixels are divided by it.
const MAX_PIXEL: i64 = 16;
/// Number of classes (the labels are `0..CLASSES`).
const CLASSES: i64 = 10;

/// Images and their labels, row for row.
#[derive(Debug, Clone, PartialEq)]
pub struct Digits {
    /// Each image's 64 pixels, row-major, scaled to `[0, 1]` (the file's value divided by 16).
    pub images: Vec<[f64; 64]>,
    /// Each image's class, `0..=9`.
    pub labels: Vec<usize>,
}

/// Why [`load`] failed: the file, the line where that applies, and the problem.
///
/// Its `Display` reads like `data/digits.csv.gz, line 12: field 65 (the label) is 10, not
/// in 0..=9`.
#[derive(Debug)]
pub struct LoadError {
    /// The file as given to [`load`].
    pub path: PathBuf,
    /// The line (1-based, of the decompressed CSV; blank lines count) where the problem is,
    /// if it is on one. For a truncated file, the line the decompressed text breaks off in.
    pub line: Option<u64>,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong with a data file (see [`LoadError`]).
#[derive(Debug)]
pub enum Problem {
    /// The file could not be read (it does not exist, is not readable, is a directory…).
    Read(io::Error),
    /// The file has no bytes at all.
    EmptyFile,
    /// The file does not start with the gzip magic bytes `1f 8b`.
    NotGzip,
    /// The gzip data end early: the file was cut short. The error's line is the one the
    /// decompressed text breaks off in.
    TruncatedGzip,
    /// The gzip data are damaged (bad header, corrupt deflate stream, checksum mismatch,
    /// garbage after the last member…); the decoder's own message is kept.
    CorruptGzip(io::Error),
    /// The CSV reader failed (not expected to happen: kept so that it cannot panic).
    Csv(String),
    /// The file decompresses to no data lines.
    NoRows,
    /// A line has the wrong number of comma-separated fields.
    FieldCount {
        /// How many fields the line has (65 are expected).
        found: usize,
    },
    /// A field is not an integer.
    NotAnInteger {
        /// The field, 1-based (1..=64 pixels, 65 the label).
        field: usize,
        /// The field's text (invalid UTF-8 replaced, more than 40 characters cut to 40 and
        /// `…`).
        text: String,
    },
    /// A pixel is an integer outside `0..=16`.
    PixelOutOfRange {
        /// The field, 1-based (1..=64).
        field: usize,
        /// The field's text (cut like [`Problem::NotAnInteger`]'s).
        text: String,
    },
    /// The label is an integer outside `0..=9`.
    LabelOutOfRange {
        /// The field's text (cut like [`Problem::NotAnInteger`]'s).
        text: String,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
        }
        write!(f, ": ")?;
        match &self.problem {
            Problem::Read(error) => write!(f, "cannot read the file: {error}"),
            Problem::EmptyFile => write!(f, "the file is empty"),
            Problem::NotGzip => write!(f, "not a gzip file (it does not start with 1f 8b)"),
            Problem::TruncatedGzip => write!(
                f,
                "the gzip data end early (the file is truncated or incomplete)"
            ),
            Problem::CorruptGzip(error) => write!(f, "corrupt gzip data: {error}"),
            Problem::Csv(error) => write!(f, "unreadable CSV: {error}"),
            Problem::NoRows => write!(f, "no data lines"),
            Problem::FieldCount { found } => write!(
                f,
                "expected {FIELDS} comma-separated fields (64 pixels, then the label), found {found}"
            ),
            Problem::NotAnInteger { field, text } => {
                write!(f, "field {field} is not an integer: {text:?}")
            }
            Problem::PixelOutOfRange { field, text } => {
                write!(f, "field {field} (a pixel) is {text}, not in 0..={MAX_PIXEL}")
            }
            Problem::LabelOutOfRange { text } => write!(
                f,
                "field {FIELDS} (the label) is {text}, not in 0..={}",
                CLASSES - 1
            ),
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.problem {
            Problem::Read(error) | Problem::CorruptGzip(error) => Some(error),
            _ => None,
        }
    }
}

/// Reads the gzip-compressed CSV at `path`: no header, 65 integer fields a line (64 pixels
/// in `0..=16`, then a label in `0..=9`). Pixels are scaled to `[0, 1]`. Blank lines are
/// skipped; anything else that is not such a line is an error naming the file, the line
/// and the problem. A truncated or corrupt gzip stream is an error too, never a shorter
/// data set.
pub fn load(path: &Path) -> Result<Digits, LoadError> {
    let error = |line: Option<u64>, problem: Problem| LoadError {
        path: path.to_path_buf(),
        line,
        problem,
    };

    let bytes = std::fs::read(path).map_err(|e| error(None, Problem::Read(e)))?;
    if bytes.is_empty() {
        return Err(error(None, Problem::EmptyFile));
    }
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Err(error(None, Problem::NotGzip));
    }

    // Decompress the whole file first (about 300 kB), so that a damaged stream is reported
    // as such and never as a short data set or a bad last line. MultiGzDecoder rather than
    // GzDecoder: GzDecoder stops after the first gzip member and silently ignores whatever
    // follows; MultiGzDecoder decodes concatenated members and reports anything else after
    // the first one as a bad header.
    let mut text = Vec::new();
    if let Err(e) = MultiGzDecoder::new(bytes.as_slice()).read_to_end(&mut text) {
        // `text` holds what was decompressed before the error.
        return Err(if e.kind() == io::ErrorKind::UnexpectedEof {
            error(Some(line_at(&text, text.len())), Problem::TruncatedGzip)
        } else {
            error(None, Problem::CorruptGzip(e))
        });
    }

    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true) // the field count is checked below, with a better message
        .from_reader(text.as_slice());
    let mut digits = Digits {
        images: Vec::new(),
        labels: Vec::new(),
    };
    let mut record = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            // Byte records are not checked for UTF-8, flexible ones not for length, nothing
            // is deserialized and reading a slice cannot fail: csv has no error left to
            // give. Should it give one all the same, report it rather than panic.
            Err(e) => {
                let line = e.position().map(|p| line_at(&text, p.byte() as usize));
                return Err(error(line, Problem::Csv(e.to_string())));
            }
        }
        let (image, label) = parse_record(&record).map_err(|problem| {
            // csv's own line count leaves out blank lines, so count from the record's byte
            // offset, which is that of the blank lines before it, if any: a record never
            // starts with a line end, so skip those.
            let line = record.position().map(|p| {
                let start = p.byte() as usize;
                let skipped = text
                    .get(start..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|&&b| b == b'\n' || b == b'\r')
                    .count();
                line_at(&text, start + skipped)
            });
            error(line, problem)
        })?;
        digits.images.push(image);
        digits.labels.push(label);
    }

    if digits.labels.is_empty() {
        return Err(error(None, Problem::NoRows));
    }
    Ok(digits)
}

/// The 1-based line of byte `offset` in `text`, counting `\n`, `\r\n` and a lone `\r` as
/// line ends (as csv does).
fn line_at(text: &[u8], offset: usize) -> u64 {
    let before = &text[..offset.min(text.len())];
    let ends = before
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && text.get(i + 1) != Some(&b'\n')))
        .count();
    ends as u64 + 1
}

/// One line's image (scaled) and label, or what is wrong with it.
fn parse_record(record: &csv::ByteRecord) -> Result<([f64; 64], usize), Problem> {
    if record.len() != FIELDS {
        return Err(Problem::FieldCount {
            found: record.len(),
        });
    }
    let mut image = [0.0; PIXELS];
    let mut label = 0;
    for (index, bytes) in record.iter().enumerate() {
        let field = index + 1;
        let text = || shown(bytes);
        let value = parse_integer(bytes).ok_or_else(|| Problem::NotAnInteger {
            field,
            text: text(),
        })?;
        if index < PIXELS {
            if !(0..=MAX_PIXEL).contains(&value) {
                return Err(Problem::PixelOutOfRange {
                    field,
                    text: text(),
                });
            }
            image[index] = value as f64 / MAX_PIXEL as f64;
        } else {
            if !(0..CLASSES).contains(&value) {
                return Err(Problem::LabelOutOfRange { text: text() });
            }
            label = value as usize;
        }
    }
    Ok((image, label))
}

/// A field's text for a message: invalid UTF-8 replaced, cut to 40 characters (a field of
/// a binary file can be long).
fn shown(bytes: &[u8]) -> String {
    const LONGEST: usize = 40;
    let text = String::from_utf8_lossy(bytes);
    if text.chars().count() <= LONGEST {
        text.into_owned()
    } else {
        text.chars().take(LONGEST).chain(['…']).collect()
    }
}

/// The field as an integer; `None` when it is not one. An integer too large for `i64`
/// saturates (so it is reported as out of range, not as "not an integer").
fn parse_integer(bytes: &[u8]) -> Option<i64> {
    let text = std::str::from_utf8(bytes).ok()?;
    match text.parse::<i64>() {
        Ok(value) => Some(value),
        Err(e) => match e.kind() {
            std::num::IntErrorKind::PosOverflow => Some(i64::MAX),
            std::num::IntErrorKind::NegOverflow => Some(i64::MIN),
            _ => None,
        },
    }
}

/// Shuffles the rows with `Rng::new(seed)` and splits them into `(train, test)`, the test
/// set taking `round(test_fraction × rows)` of them. The same seed gives the same split;
/// every row lands in exactly one of the two.
///
/// # Panics
///
/// If `test_fraction` is not in `[0, 1]` (or is NaN), or if `digits.images` and
/// `digits.labels` differ in length.
pub fn split(digits: &Digits, test_fraction: f64, seed: u64) -> (Digits, Digits) {
    assert!(
        (0.0..=1.0).contains(&test_fraction),
        "test_fraction must be in [0, 1], got {test_fraction}"
    );
    assert_eq!(
        digits.images.len(),
        digits.labels.len(),
        "as many images as labels"
    );
    let rows = digits.labels.len();
    let mut order: Vec<usize> = (0..rows).collect();
    Rng::new(seed).shuffle(&mut order);
    let n_test = ((rows as f64) * test_fraction).round() as usize;
    let (test_rows, train_rows) = order.split_at(n_test.min(rows));
    let pick = |rows: &[usize]| Digits {
        images: rows.iter().map(|&i| digits.images[i]).collect(),
        labels: rows.iter().map(|&i| digits.labels[i]).collect(),
    };
    (pick(train_rows), pick(test_rows))
}
