//! Prints the table of `benches/peers.rs` in markdown: per kernel, the median time per
//! gradient of each method (criterion's `new/estimates.json`, median point estimate), its
//! ratio to the generated gradient and to the primal, then the issue's targets checked
//! against those numbers.
//!
//! Run from the repository root after the benchmark:
//!
//! ```sh
//! cargo bench --manifest-path benches/peers/Cargo.toml
//! cargo run --manifest-path benches/peers/Cargo.toml --bin report
//! ```
//!
//! It reads `$CRITERION_HOME`, else `$CARGO_TARGET_DIR/criterion`, else
//! `benches/peers/target/criterion`; a directory given as the first argument wins over all.

use std::path::{Path, PathBuf};

/// The kernels: criterion group, name in the table, and the method that stands for "the
/// generated gradient" in the ratios (`grad_f_into` for the vector kernels as in the README's
/// level-2 table, `grad_f` for the scalar K4 as in its level-1 table).
const KERNELS: &[(&str, &str, &str)] = &[
    ("k1_rosenbrock", "K1 `rosenbrock` (n = 1000)", "grad_into"),
    (
        "k2_logistic",
        "K2 `logistic` (w ∈ R³², 256 rows)",
        "grad_into",
    ),
    ("k3_mlp", "K3 `mlp` (8 → 16 → 1, 64 rows)", "grad_into"),
    ("k4", "K4 (scalar, 3 variables)", "grad_f"),
];

/// The methods in table order: criterion function name and label.
const METHODS: &[(&str, &str)] = &[
    ("primal", "primal (no gradient)"),
    ("grad_into", "gradus generated `grad_f_into`"),
    ("grad_f", "gradus generated `grad_f`"),
    ("hand_written", "hand-written"),
    ("tape", "gradus tape"),
    ("num_dual", "num-dual 0.15.1"),
    ("num_dual_dvec", "num-dual 0.15.1, `DualDVec64`"),
    ("reverse", "reverse 0.2.2"),
    ("easy_ml", "easy-ml 2.3.0"),
];

/// The peers whose fastest method the generated gradient is compared with.
const PEERS: &[&str] = &["num_dual", "num_dual_dvec", "reverse", "easy_ml"];

fn criterion_dir() -> PathBuf {
    if let Some(dir) = std::env::args_os().nth(1) {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(dir).join("criterion");
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/criterion")
}

/// The median's point estimate (nanoseconds) in a criterion `estimates.json`.
fn median_ns(json: &str) -> Option<f64> {
    let median = &json[json.find("\"median\"")?..];
    let rest = &median[median.find("\"point_estimate\"")? + "\"point_estimate\"".len()..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let end = rest.find([',', '}']).unwrap_or(rest.len());
    rest[..end].trim().parse().ok()
}

fn estimate(dir: &Path, group: &str, method: &str) -> Option<f64> {
    let path = dir.join(group).join(method).join("new/estimates.json");
    median_ns(&std::fs::read_to_string(path).ok()?)
}

/// A time in ns with three significant digits and a unit.
fn time(ns: f64) -> String {
    let (value, unit) = if ns < 1e3 {
        (ns, "ns")
    } else if ns < 1e6 {
        (ns / 1e3, "µs")
    } else if ns < 1e9 {
        (ns / 1e6, "ms")
    } else {
        (ns / 1e9, "s")
    };
    let digits = if value < 10.0 {
        2
    } else if value < 100.0 {
        1
    } else {
        0
    };
    format!("{value:.digits$} {unit}")
}

fn ratio(r: f64) -> String {
    if r < 10.0 {
        format!("{r:.2}×")
    } else if r < 100.0 {
        format!("{r:.1}×")
    } else {
        format!("{r:.0}×")
    }
}

fn main() {
    let dir = criterion_dir();
    let mut found = 0;
    let mut table = String::new();
    table.push_str("| kernel | method | time per gradient | / generated | / primal |\n");
    table.push_str("|---|---|---|---|---|\n");
    let mut targets = Vec::new();
    for &(group, kernel, generated_method) in KERNELS {
        let times: Vec<Option<f64>> = METHODS
            .iter()
            .map(|&(method, _)| estimate(&dir, group, method))
            .collect();
        let of = |name: &str| {
            METHODS
                .iter()
                .position(|&(method, _)| method == name)
                .and_then(|i| times[i])
        };
        let generated = of(generated_method);
        let primal = of("primal");
        for (&(_, label), t) in METHODS.iter().zip(&times) {
            let Some(t) = *t else { continue };
            found += 1;
            let per = |base: Option<f64>| base.map_or("—".to_string(), |b| ratio(t / b));
            table.push_str(&format!(
                "| {kernel} | {label} | {} | {} | {} |\n",
                time(t),
                per(generated),
                per(primal)
            ));
        }
        targets.push((
            group,
            generated,
            of("hand_written"),
            of("tape"),
            of("reverse"),
            of("easy_ml"),
            PEERS
                .iter()
                .filter_map(|&p| of(p).map(|t| (p, t)))
                .min_by(|a, b| a.1.total_cmp(&b.1)),
        ));
    }
    if found == 0 {
        eprintln!(
            "no estimates under {}: run `cargo bench --manifest-path benches/peers/Cargo.toml` first",
            dir.display()
        );
        std::process::exit(1);
    }
    print!("{table}");
    println!();
    println!("Medians from {}. Targets:", dir.display());
    for (group, generated, hand, tape, reverse, easy_ml, fastest) in targets {
        let mut parts = Vec::new();
        if let (Some(g), Some(h)) = (generated, hand) {
            let mark = if g <= 1.10 * h { "met" } else { "missed" };
            parts.push(format!(
                "generated / hand-written {} ({mark})",
                ratio(g / h)
            ));
        }
        if let (Some(t), Some(r), Some(e)) = (tape, reverse, easy_ml) {
            let mark = if t < r && t < e { "met" } else { "missed" };
            parts.push(format!(
                "tape / reverse {}, tape / easy-ml {} ({mark})",
                ratio(t / r),
                ratio(t / e)
            ));
        }
        if let (Some(g), Some((peer, p))) = (generated, fastest) {
            let mark = if group == "k4" {
                "no target"
            } else if p >= 5.0 * g {
                "met"
            } else {
                "missed"
            };
            parts.push(format!(
                "fastest peer {peer} / generated {} ({mark})",
                ratio(p / g)
            ));
        }
        println!("- {group}: {}", parts.join("; "));
    }
}
