//! The digits example's infrastructure: loading and splitting the data set, every way a
//! data file can be wrong, the confusion matrix, the median and the plot.

#[path = "../examples/digits/data.rs"]
mod data;
#[path = "../examples/digits/plot.rs"]
mod plot;
#[path = "../examples/digits/report.rs"]
mod report;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use data::{Digits, LoadError, Problem};
use flate2::write::GzEncoder;
use flate2::Compression;
use gradus::data::Rng;

/// The data set shipped with the repository.
fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/digits.csv.gz")
}

/// A file in the system's temporary directory, unique to this process and call, removed
/// when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "gradus-digits-test-{}-{n}-{name}",
            std::process::id()
        ));
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn gzip(text: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(text).unwrap();
    encoder.finish().unwrap()
}

/// A valid line: pixels `(seed + i) % 17`, then `label`.
fn line(seed: usize, label: usize) -> String {
    let mut fields: Vec<String> = (0..64).map(|i| ((seed + i) % 17).to_string()).collect();
    fields.push(label.to_string());
    fields.join(",")
}

/// Five valid lines (labels 0..=4), one of them replaced by `bad` (1-based line `at`).
fn csv_with(at: usize, bad: &str) -> String {
    (1..=5)
        .map(|n| {
            if n == at {
                bad.to_string()
            } else {
                line(n, n - 1)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Loads `bytes` from a temporary file and returns the error, with the file's path.
fn load_err(name: &str, bytes: &[u8]) -> (LoadError, String) {
    let file = TempFile::new(name, bytes);
    let shown = file.path().display().to_string();
    match data::load(file.path()) {
        Ok(d) => panic!("{name}: expected an error, loaded {} rows", d.labels.len()),
        Err(e) => (e, shown),
    }
}

// ---------------------------------------------------------------------------------------
// The shipped file.

#[test]
fn the_shipped_file_has_1797_images_of_64_pixels_in_0_1() {
    let digits = data::load(&shipped()).unwrap();
    assert_eq!(digits.images.len(), 1797);
    assert_eq!(digits.labels.len(), 1797);
    for image in &digits.images {
        for &p in image {
            assert!((0.0..=1.0).contains(&p), "pixel {p}");
            // Scaled from an integer 0..=16.
            assert_eq!((p * 16.0).round(), p * 16.0);
        }
    }
    // The first and the last line of the file.
    let first: Vec<f64> = [
        0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0, 0, 4, 12, 0,
        0, 8, 8, 0, 0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0, 0, 2, 14, 5, 10, 12, 0, 0, 0,
        0, 6, 13, 10, 0, 0, 0,
    ]
    .iter()
    .map(|&v| v as f64 / 16.0)
    .collect();
    assert_eq!(digits.images[0].to_vec(), first);
    assert_eq!(digits.labels[0], 0);
    assert_eq!(digits.labels[1796], 8);
    // Every pixel 16 somewhere, so the scaling reaches 1.
    assert!(digits.images.iter().flatten().any(|&p| p == 1.0));
}

#[test]
fn the_shipped_file_has_about_180_images_of_each_digit() {
    let digits = data::load(&shipped()).unwrap();
    let mut counts = [0usize; 10];
    for &label in &digits.labels {
        counts[label] += 1;
    }
    assert_eq!(counts, [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]);
}

// ---------------------------------------------------------------------------------------
// Splitting.

/// `n` rows whose first pixel is the row number, so that rows can be told apart.
fn numbered(n: usize) -> Digits {
    Digits {
        images: (0..n)
            .map(|i| {
                let mut image = [0.0; 64];
                image[0] = i as f64;
                image
            })
            .collect(),
        labels: (0..n).map(|i| i % 10).collect(),
    }
}

fn ids(d: &Digits) -> Vec<usize> {
    d.images.iter().map(|image| image[0] as usize).collect()
}

#[test]
fn split_is_disjoint_covers_every_row_and_keeps_labels_with_images() {
    let digits = numbered(1797);
    let (train, test) = data::split(&digits, 0.2, 7);
    assert_eq!(train.labels.len(), 1438);
    assert_eq!(test.labels.len(), 359);
    assert_eq!(train.images.len(), 1438);
    assert_eq!(test.images.len(), 359);
    let mut all: Vec<usize> = ids(&train).into_iter().chain(ids(&test)).collect();
    all.sort_unstable();
    assert_eq!(all, (0..1797).collect::<Vec<_>>());
    for part in [&train, &test] {
        for (image, &label) in part.images.iter().zip(&part.labels) {
            assert_eq!(label, image[0] as usize % 10);
        }
    }
    // Shuffled, not the first rows in order.
    assert_ne!(ids(&test), (0..359).collect::<Vec<_>>());
}

#[test]
fn split_is_deterministic_for_a_seed_and_differs_between_seeds() {
    let digits = data::load(&shipped()).unwrap();
    let a = data::split(&digits, 0.2, 42);
    let b = data::split(&digits, 0.2, 42);
    assert_eq!(a, b);
    let c = data::split(&digits, 0.2, 43);
    assert_ne!(a.1, c.1);
    assert_eq!((a.0.labels.len(), a.1.labels.len()), (1438, 359));

    // The same shuffle as Rng::new(seed).shuffle on the row numbers, test rows first.
    let numbered = numbered(100);
    let (train, test) = data::split(&numbered, 0.25, 42);
    let mut order: Vec<usize> = (0..100).collect();
    Rng::new(42).shuffle(&mut order);
    assert_eq!(ids(&test), order[..25]);
    assert_eq!(ids(&train), order[25..]);
}

#[test]
fn split_at_the_extremes() {
    let digits = numbered(10);
    let (train, test) = data::split(&digits, 0.0, 1);
    assert_eq!((train.labels.len(), test.labels.len()), (10, 0));
    let (train, test) = data::split(&digits, 1.0, 1);
    assert_eq!((train.labels.len(), test.labels.len()), (0, 10));
    let (train, test) = data::split(&numbered(0), 0.2, 1);
    assert_eq!((train.labels.len(), test.labels.len()), (0, 0));
}

#[test]
#[should_panic(expected = "test_fraction must be in [0, 1]")]
fn split_rejects_a_fraction_above_one() {
    data::split(&numbered(10), 1.5, 1);
}

// ---------------------------------------------------------------------------------------
// Files that are not there or not gzip.

#[test]
fn a_missing_file_is_named() {
    let path = std::env::temp_dir().join(format!(
        "gradus-digits-test-{}-does-not-exist.csv.gz",
        std::process::id()
    ));
    let err = data::load(&path).unwrap_err();
    assert!(
        matches!(&err.problem, Problem::Read(e) if e.kind() == std::io::ErrorKind::NotFound),
        "{err:?}"
    );
    assert_eq!(err.line, None);
    let shown = err.to_string();
    assert!(
        shown.starts_with(&format!("{}: cannot read the file: ", path.display())),
        "{shown}"
    );
    assert!(std::error::Error::source(&err).is_some());
}

#[test]
fn a_directory_is_not_a_data_file() {
    let err = data::load(&std::env::temp_dir()).unwrap_err();
    assert!(matches!(err.problem, Problem::Read(_)), "{err:?}");
}

#[test]
fn an_empty_file_is_reported() {
    let (err, path) = load_err("empty.csv.gz", b"");
    assert!(matches!(err.problem, Problem::EmptyFile), "{err:?}");
    assert_eq!(err.to_string(), format!("{path}: the file is empty"));
}

#[test]
fn gzip_of_nothing_or_blank_lines_has_no_rows() {
    for text in [&b""[..], b"\n", b"\n\r\n\n"] {
        let (err, path) = load_err("no-rows.csv.gz", &gzip(text));
        assert!(matches!(err.problem, Problem::NoRows), "{err:?}");
        assert_eq!(err.to_string(), format!("{path}: no data lines"));
    }
}

#[test]
fn plain_csv_is_not_gzip() {
    let (err, path) = load_err("plain.csv.gz", csv_with(0, "").as_bytes());
    assert!(matches!(err.problem, Problem::NotGzip), "{err:?}");
    assert_eq!(
        err.to_string(),
        format!("{path}: not a gzip file (it does not start with 1f 8b)")
    );
    // One byte of the magic is not enough either.
    let (err, _) = load_err("one-byte.csv.gz", &[0x1f]);
    assert!(matches!(err.problem, Problem::NotGzip), "{err:?}");
}

// ---------------------------------------------------------------------------------------
// Truncated and corrupt gzip.

#[test]
fn a_truncated_gzip_file_is_an_error_wherever_it_is_cut() {
    let bytes = std::fs::read(shipped()).unwrap();
    let n = bytes.len();
    assert_eq!(n, 57_523);
    // In the header (10 bytes), all through the deflate data, in the 8-byte trailer
    // (CRC-32 then length) and one byte short of the end.
    let mut cuts = vec![
        2,
        3,
        9,
        10,
        11,
        12,
        100,
        1000,
        n / 2,
        n - 9,
        n - 8,
        n - 5,
        n - 1,
    ];
    cuts.extend((1..40).map(|k| k * n / 40));
    for cut in cuts {
        let (err, path) = load_err("truncated.csv.gz", &bytes[..cut]);
        assert!(
            matches!(err.problem, Problem::TruncatedGzip),
            "cut at {cut}: {err:?}"
        );
        let shown = err.to_string();
        let problem = "the gzip data end early (the file is truncated or incomplete)";
        match err.line {
            Some(line) => {
                assert!((1..=1798).contains(&line), "cut at {cut}: line {line}");
                assert_eq!(shown, format!("{path}, line {line}: {problem}"));
            }
            None => panic!("cut at {cut}: no line in {shown}"),
        }
    }
}

#[test]
fn a_truncated_file_reports_about_where_it_was_cut() {
    // Cut in the middle of the compressed data: the line reported is the one being read
    // when the data ran out, well inside the file, not line 1 and not past the end.
    let bytes = std::fs::read(shipped()).unwrap();
    let (err, _) = load_err("half.csv.gz", &bytes[..bytes.len() / 2]);
    let line = err.line.unwrap();
    assert!((500..1500).contains(&line), "line {line}");
}

#[test]
fn a_checksum_mismatch_is_corrupt_gzip() {
    let mut bytes = std::fs::read(shipped()).unwrap();
    let crc = bytes.len() - 8;
    bytes[crc] ^= 0xff;
    let (err, path) = load_err("bad-crc.csv.gz", &bytes);
    assert!(matches!(err.problem, Problem::CorruptGzip(_)), "{err:?}");
    assert_eq!(err.line, None);
    let shown = err.to_string();
    assert!(
        shown.starts_with(&format!("{path}: corrupt gzip data: ")),
        "{shown}"
    );
    assert!(shown.contains("checksum"), "{shown}");
}

#[test]
fn garbage_after_the_gzip_data_is_corrupt_gzip() {
    let mut bytes = std::fs::read(shipped()).unwrap();
    bytes.extend_from_slice(b"trailing garbage");
    let (err, path) = load_err("trailing.csv.gz", &bytes);
    assert!(matches!(err.problem, Problem::CorruptGzip(_)), "{err:?}");
    assert!(
        err.to_string()
            .starts_with(&format!("{path}: corrupt gzip data: ")),
        "{err}"
    );
}

#[test]
fn concatenated_gzip_members_are_read_whole() {
    let mut bytes = gzip(csv_with(0, "").as_bytes());
    bytes.extend(gzip(format!("{}\n", line(9, 9)).as_bytes()));
    let file = TempFile::new("two-members.csv.gz", &bytes);
    let digits = data::load(file.path()).unwrap();
    assert_eq!(digits.labels, [0, 1, 2, 3, 4, 9]);
}

#[test]
fn a_damaged_byte_in_the_deflate_data_is_an_error() {
    let original = std::fs::read(shipped()).unwrap();
    // Whatever the damage does to the deflate stream (an invalid code, different output
    // caught by the checksum, or an early end), the file must not load.
    for at in [20, 1000, 20_000, 40_000, original.len() - 20] {
        let mut bytes = original.clone();
        bytes[at] ^= 0x55;
        let (err, _) = load_err("damaged.csv.gz", &bytes);
        assert!(
            matches!(
                err.problem,
                Problem::CorruptGzip(_)
                    | Problem::TruncatedGzip
                    | Problem::FieldCount { .. }
                    | Problem::NotAnInteger { .. }
                    | Problem::PixelOutOfRange { .. }
                    | Problem::LabelOutOfRange { .. }
            ),
            "damage at {at}: {err:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Bad lines.

#[test]
fn a_line_with_the_wrong_field_count_is_named() {
    let short = line(3, 2).rsplit_once(',').unwrap().0.to_string(); // 64 fields
    let (err, path) = load_err("short.csv.gz", &gzip(csv_with(3, &short).as_bytes()));
    assert!(
        matches!(err.problem, Problem::FieldCount { found: 64 }),
        "{err:?}"
    );
    assert_eq!(err.line, Some(3));
    assert_eq!(
        err.to_string(),
        format!(
            "{path}, line 3: expected 65 comma-separated fields (64 pixels, then the label), found 64"
        )
    );

    let long = format!("{},0", line(5, 4)); // 66 fields, on the last line
    let (err, _) = load_err("long.csv.gz", &gzip(csv_with(5, &long).as_bytes()));
    assert!(
        matches!(err.problem, Problem::FieldCount { found: 66 }),
        "{err:?}"
    );
    assert_eq!(err.line, Some(5));

    // A header line is one line with the wrong fields too.
    let (err, _) = load_err(
        "header.csv.gz",
        &gzip(csv_with(1, "pixel,label").as_bytes()),
    );
    assert!(
        matches!(err.problem, Problem::FieldCount { found: 2 }),
        "{err:?}"
    );
    assert_eq!(err.line, Some(1));
}

#[test]
fn a_field_that_is_not_an_integer_is_named() {
    let bad = line(2, 1).replacen("3,", "x3,", 1); // field 2 of the line is (2 + 1) % 17 = 3
    let (err, path) = load_err("nan.csv.gz", &gzip(csv_with(2, &bad).as_bytes()));
    match &err.problem {
        Problem::NotAnInteger { field, text } => {
            assert_eq!((*field, text.as_str()), (2, "x3"))
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(err.line, Some(2));
    assert_eq!(
        err.to_string(),
        format!("{path}, line 2: field 2 is not an integer: \"x3\"")
    );

    // A long field is cut in the message; invalid UTF-8 is replaced.
    let mut fields: Vec<String> = line(2, 1).split(',').map(str::to_string).collect();
    fields[2] = "y".repeat(100);
    let (err, _) = load_err(
        "long.csv.gz",
        &gzip(csv_with(2, &fields.join(",")).as_bytes()),
    );
    let cut = format!("{}…", "y".repeat(40));
    assert!(
        matches!(&err.problem, Problem::NotAnInteger { field: 3, text } if *text == cut),
        "{err:?}"
    );
    fields[2] = "1\u{0}2".to_string();
    let mut bytes = csv_with(2, &fields.join(",")).into_bytes();
    let nul = bytes.iter().position(|&b| b == 0).unwrap();
    bytes[nul] = 0xff; // field 3 of line 2 is now the bytes 31 ff 32
    let (err, _) = load_err("utf8.csv.gz", &gzip(&bytes));
    assert!(
        matches!(&err.problem, Problem::NotAnInteger { field: 3, text } if text == "1\u{fffd}2"),
        "{err:?}"
    );

    for (text, field) in [("1.5", 7), ("", 64), (" 4", 1), ("nine", 65)] {
        let mut fields: Vec<String> = line(4, 3).split(',').map(str::to_string).collect();
        fields[field - 1] = text.to_string();
        let (err, _) = load_err(
            "nan.csv.gz",
            &gzip(csv_with(4, &fields.join(",")).as_bytes()),
        );
        match &err.problem {
            Problem::NotAnInteger { field: f, text: t } => {
                assert_eq!((*f, t.as_str()), (field, text))
            }
            other => panic!("{text:?}: {other:?}"),
        }
        assert_eq!(err.line, Some(4));
    }
}

#[test]
fn a_pixel_of_17_is_out_of_range() {
    let mut fields: Vec<String> = line(4, 3).split(',').map(str::to_string).collect();
    fields[9] = "17".to_string();
    let (err, path) = load_err(
        "pixel.csv.gz",
        &gzip(csv_with(4, &fields.join(",")).as_bytes()),
    );
    match &err.problem {
        Problem::PixelOutOfRange { field, text } => assert_eq!((*field, text.as_str()), (10, "17")),
        other => panic!("{other:?}"),
    }
    assert_eq!(err.line, Some(4));
    assert_eq!(
        err.to_string(),
        format!("{path}, line 4: field 10 (a pixel) is 17, not in 0..=16")
    );

    for text in ["-1", "99999999999999999999999", "-99999999999999999999999"] {
        fields[9] = text.to_string();
        let (err, _) = load_err(
            "pixel.csv.gz",
            &gzip(csv_with(4, &fields.join(",")).as_bytes()),
        );
        assert!(
            matches!(&err.problem, Problem::PixelOutOfRange { field: 10, text: t } if t == text),
            "{text}: {err:?}"
        );
    }
}

#[test]
fn a_label_of_10_is_out_of_range() {
    let (err, path) = load_err("label.csv.gz", &gzip(csv_with(1, &line(1, 10)).as_bytes()));
    assert!(
        matches!(&err.problem, Problem::LabelOutOfRange { text } if text == "10"),
        "{err:?}"
    );
    assert_eq!(err.line, Some(1));
    assert_eq!(
        err.to_string(),
        format!("{path}, line 1: field 65 (the label) is 10, not in 0..=9")
    );
    let negative = format!("{},-1", line(2, 1).rsplit_once(',').unwrap().0);
    let (err, _) = load_err("label.csv.gz", &gzip(csv_with(2, &negative).as_bytes()));
    assert!(
        matches!(&err.problem, Problem::LabelOutOfRange { text } if text == "-1"),
        "{err:?}"
    );
    assert_eq!(err.line, Some(2));
}

#[test]
fn line_numbers_count_blank_lines_and_crlf_files_load() {
    // Blank lines are skipped but still counted, so the line named is the file's.
    let text = format!("{}\n\n\n{}\n", line(1, 0), line(2, 100));
    let (err, _) = load_err("blank.csv.gz", &gzip(text.as_bytes()));
    assert_eq!(err.line, Some(4));
    let text = format!(
        "\r\n\n{}\r\n\r\n{}\r\n{}\n",
        line(1, 0),
        line(2, 1),
        line(3, 17)
    );
    let (err, path) = load_err("blank-crlf.csv.gz", &gzip(text.as_bytes()));
    assert_eq!(
        err.to_string(),
        format!("{path}, line 6: field 65 (the label) is 17, not in 0..=9")
    );

    let text = format!("{}\r\n{}\r\n", line(1, 0), line(2, 9));
    let file = TempFile::new("crlf.csv.gz", &gzip(text.as_bytes()));
    let digits = data::load(file.path()).unwrap();
    assert_eq!(digits.labels, [0, 9]);
    assert_eq!(digits.images[0][0], 1.0 / 16.0);
    assert_eq!(digits.images[0][15], 16.0 / 16.0);
    assert_eq!(digits.images[0][16], 0.0);

    // No final newline is fine too.
    let file = TempFile::new("no-newline.csv.gz", &gzip(line(3, 5).as_bytes()));
    assert_eq!(data::load(file.path()).unwrap().labels, [5]);
}

#[test]
fn no_input_makes_load_panic() {
    // Random damage to a small valid file, before and after compression: every outcome is
    // an Ok or an Err, never a panic.
    let text = csv_with(0, "");
    let compressed = gzip(text.as_bytes());
    let mut rng = Rng::new(2024);
    let mut errors = 0;
    for round in 0..300 {
        let bytes = if round % 2 == 0 {
            let mut b = compressed.clone();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(b.len());
                b[at] = rng.next_u64() as u8;
            }
            if rng.below(3) == 0 {
                b.truncate(rng.below(b.len() + 1));
            }
            b
        } else {
            let mut t = text.clone().into_bytes();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(t.len());
                let alphabet = b"0123456789,-x\n\r\"\xff ";
                t[at] = alphabet[rng.below(alphabet.len())];
            }
            gzip(&t)
        };
        let file = TempFile::new("fuzz.csv.gz", &bytes);
        if let Err(e) = data::load(file.path()) {
            errors += 1;
            assert!(e
                .to_string()
                .starts_with(&file.path().display().to_string()));
        }
    }
    assert!(
        errors > 100,
        "only {errors} of 300 damaged files were rejected"
    );
}

// ---------------------------------------------------------------------------------------
// The report.

#[test]
fn confusion_matrix_counts_actual_rows_and_predicted_columns() {
    let actual = [0, 0, 1, 2, 2, 2, 9];
    let predicted = [0, 1, 1, 2, 2, 7, 9];
    let m = report::confusion_matrix(&predicted, &actual);
    assert_eq!(m[0][0], 1);
    assert_eq!(m[0][1], 1);
    assert_eq!(m[1][1], 1);
    assert_eq!(m[2][2], 2);
    assert_eq!(m[2][7], 1);
    assert_eq!(m[9][9], 1);
    assert_eq!(m.iter().flatten().sum::<usize>(), 7);
    assert_eq!((0..10).map(|i| m[i][i]).sum::<usize>(), 5);
    assert_eq!(report::confusion_matrix(&[], &[]), [[0; 10]; 10]);
}

#[test]
#[should_panic(expected = "as many predictions as actual labels")]
fn confusion_matrix_rejects_different_lengths() {
    report::confusion_matrix(&[1, 2], &[1]);
}

#[test]
#[should_panic(expected = "classes are 0..=9")]
fn confusion_matrix_rejects_a_class_of_10() {
    report::confusion_matrix(&[10], &[1]);
}

#[test]
fn confusion_matrix_formats_as_an_aligned_table() {
    let mut m = [[0; 10]; 10];
    for (i, row) in m.iter_mut().enumerate() {
        row[i] = 30 + i;
    }
    m[3][5] = 2;
    m[8][1] = 1234;
    let expected = "        predicted\n\
actual     0     1     2     3     4     5     6     7     8     9  total
     0    30     0     0     0     0     0     0     0     0     0     30
     1     0    31     0     0     0     0     0     0     0     0     31
     2     0     0    32     0     0     0     0     0     0     0     32
     3     0     0     0    33     0     2     0     0     0     0     35
     4     0     0     0     0    34     0     0     0     0     0     34
     5     0     0     0     0     0    35     0     0     0     0     35
     6     0     0     0     0     0     0    36     0     0     0     36
     7     0     0     0     0     0     0     0    37     0     0     37
     8     0  1234     0     0     0     0     0     0    38     0   1272
     9     0     0     0     0     0     0     0     0     0    39     39
";
    assert_eq!(report::format_confusion_matrix(&m), expected);

    // Small counts: columns three wide, the total column as wide as its header.
    let small = report::format_confusion_matrix(&report::confusion_matrix(&[3], &[3]));
    let lines: Vec<&str> = small.lines().collect();
    assert_eq!(lines.len(), 12);
    assert_eq!(
        lines[1],
        "actual    0    1    2    3    4    5    6    7    8    9  total"
    );
    assert_eq!(
        lines[5],
        "     3    0    0    0    1    0    0    0    0    0    0      1"
    );
    assert!(lines.iter().skip(1).all(|l| l.len() == lines[1].len()));
}

#[test]
fn median_of_odd_even_unsorted_and_empty() {
    assert_eq!(report::median(&[3.0]), 3.0);
    assert_eq!(report::median(&[5.0, 1.0, 3.0]), 3.0);
    assert_eq!(report::median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
    assert_eq!(report::median(&[0.2, 0.1, 100.0, 0.3, 0.25]), 0.25);
    assert_eq!(report::median(&[-1.0, -3.0]), -2.0);
    assert!(report::median(&[]).is_nan());
    // A NaN gives no panic.
    let _ = report::median(&[1.0, f64::NAN, 2.0]);
}

// ---------------------------------------------------------------------------------------
// The plot.

#[test]
fn the_plot_is_an_svg_with_both_panels_titled_and_labelled() {
    let file = TempFile::new("plot.svg", b"");
    let losses: Vec<f64> = (0..20).map(|e| 2.3 * (-0.3 * e as f64).exp()).collect();
    let accuracies: Vec<f64> = (0..20)
        .map(|e| 97.5 - 50.0 * (-0.5 * e as f64).exp())
        .collect();
    plot::write_plot(file.path(), &losses, &accuracies).unwrap();
    let svg = std::fs::read_to_string(file.path()).unwrap();
    assert!(svg.starts_with("<svg"), "{}", &svg[..100.min(svg.len())]);
    assert!(svg.trim_end().ends_with("</svg>"));
    for text in [
        "Training loss per epoch (last: 0.0077)",
        "Test accuracy per epoch (last: 97.50%)",
        "\nepoch\n",
        "\nloss\n",
        "\naccuracy (%)\n",
    ] {
        assert!(svg.contains(text), "{text:?} missing from the plot");
    }
    // Epoch labels on both x axes, up to the last epoch.
    assert_eq!(svg.matches("\n20\n").count(), 2);
    // One line per panel, red and blue, with a point per epoch.
    for colour in ["#FF0000", "#0000FF"] {
        let line = format!("<polyline fill=\"none\" opacity=\"1\" stroke=\"{colour}\"");
        assert_eq!(svg.matches(&line).count(), 1, "{colour}");
    }
    assert_eq!(svg.matches("<circle").count(), 40);
    // Text is left to the viewer: no embedded glyphs or fonts.
    assert!(!svg.contains("<path") && !svg.contains("@font-face"));
}

#[test]
fn the_plot_survives_empty_short_and_non_finite_series() {
    let file = TempFile::new("plot-edge.svg", b"");
    plot::write_plot(file.path(), &[], &[]).unwrap();
    plot::write_plot(file.path(), &[1.0], &[50.0]).unwrap();
    plot::write_plot(file.path(), &[f64::NAN, 1.0, f64::INFINITY], &[f64::NAN; 3]).unwrap();
    plot::write_plot(file.path(), &[-1.0, -2.0], &[100.0, 100.0]).unwrap();
    assert!(std::fs::read_to_string(file.path())
        .unwrap()
        .starts_with("<svg"));
}

#[test]
fn the_plot_reports_an_unwritable_path() {
    let path = std::env::temp_dir()
        .join(format!(
            "gradus-digits-test-{}-no-such-dir",
            std::process::id()
        ))
        .join("plot.svg");
    assert!(plot::write_plot(&path, &[1.0, 0.5], &[90.0, 95.0]).is_err());
    assert!(!path.exists());
}
