//! Writes random programs in the DSL of `#[differentiable]` (SPEC §2.3) and the driver
//! that checks their gradients against the tape and finite differences (gradus issue 6).
//!
//! ```sh
//! cargo run --release --manifest-path tools/program-generator/Cargo.toml -- \
//!     --seed 6 --count 300 --out tests/random_programs
//! ```
//!
//! writes `OUT/programs.rs` (the functions `gen_0 … gen_{COUNT-1}` and the table
//! `PROGRAMS`) and `OUT/harness.rs` (the checks), then formats both with `rustfmt` when it
//! is on the `PATH`. The same seed and count always give the same files.
//!
//! Beside the generic programs it writes `--concrete N` (default: COUNT) concrete ones,
//! `cgen_0 … cgen_{N-1}`, in `f64` or `f32` with the constructs of SPEC §2.3 level 2½
//! (float literals everywhere, iterator pipelines, assertions, `match`, data arguments),
//! each with its generic twin `cgen_K_twin` for the tape, in the tables `CONCRETE_F64`
//! and `CONCRETE_F32`. They come from their own random stream, so the generic programs
//! of a seed and count are the same with or without them.

mod gen;
mod interval;
mod rng;

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::{exit, Command};

const HARNESS: &str = include_str!("../templates/harness.rs");

/// Lints the generated code trips on purpose: random code reads `w[i]` in index loops,
/// compares floats with `!(a < b)`, declares values it never reads, and so on.
const ALLOWS: &[&str] = &[
    "unused_variables",
    "unused_parens",
    "dead_code",
    "unused_mut",
    "unused_assignments",
    "clippy::approx_constant",
    "clippy::assign_op_pattern",
    "clippy::collapsible_match",
    "clippy::double_parens",
    "clippy::single_match",
    "clippy::collapsible_else_if",
    "clippy::collapsible_if",
    "clippy::double_comparisons",
    "clippy::eq_op",
    "clippy::explicit_counter_loop",
    "clippy::manual_is_multiple_of",
    "clippy::identity_op",
    "clippy::if_same_then_else",
    "clippy::ifs_same_cond",
    "clippy::impossible_comparisons",
    "clippy::int_plus_one",
    "clippy::let_and_return",
    "clippy::manual_clamp",
    "clippy::manual_memcpy",
    "clippy::manual_range_contains",
    "clippy::needless_range_loop",
    "clippy::neg_cmp_op_on_partial_ord",
    "clippy::nonminimal_bool",
    "clippy::overly_complex_bool_expr",
    "clippy::redundant_comparisons",
    "clippy::redundant_locals",
    "clippy::unnecessary_cast",
    "clippy::unused_enumerate_index",
];

struct Options {
    seed: u64,
    count: usize,
    concrete: Option<usize>,
    out: PathBuf,
    format: bool,
    config: gen::Config,
    cconfig: gen::ConcreteConfig,
}

fn usage() -> ! {
    eprintln!(
        "usage: program-generator --seed SEED --count COUNT --out DIR [--no-fmt] [--with-value-escapes] [--with-block-assignments] [--with-loop-sums] [--with-branch-loops] [--with-block-tail-vars]\n\
         \x20      [--concrete N | --no-concrete] [--no-pipelines] [--no-asserts] [--no-matches] [--no-data] [--no-f32] [--no-extras] [--with-known-refusals]"
    );
    exit(2)
}

fn options() -> Options {
    let mut seed = None;
    let mut count = None;
    let mut out = None;
    let mut format = true;
    // The constructs the macro once mis-compiled are written by default since the fixes;
    // `value_escapes` stays off: an escape from a block used as a value is refused.
    let mut config = gen::Config {
        block_assignments: true,
        loop_sums: true,
        branch_loops: true,
        block_tail_vars: true,
        ..gen::Config::default()
    };
    let mut cconfig = gen::ConcreteConfig::default();
    let mut concrete = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => seed = args.next().and_then(|s| s.parse().ok()),
            "--count" => count = args.next().and_then(|s| s.parse().ok()),
            "--out" => out = args.next().map(PathBuf::from),
            "--no-fmt" => format = false,
            "--with-value-escapes" => config.value_escapes = true,
            "--with-block-assignments" => config.block_assignments = true,
            "--with-loop-sums" => config.loop_sums = true,
            "--with-branch-loops" => config.branch_loops = true,
            "--with-block-tail-vars" => config.block_tail_vars = true,
            "--concrete" => match args.next().and_then(|s| s.parse().ok()) {
                Some(n) => concrete = Some(n),
                None => usage(),
            },
            "--no-concrete" => concrete = Some(0),
            "--no-pipelines" => cconfig.pipelines = false,
            "--no-asserts" => cconfig.asserts = false,
            "--no-matches" => cconfig.matches = false,
            "--no-data" => cconfig.data = false,
            "--no-f32" => cconfig.f32s = false,
            "--no-extras" => cconfig.extras = false,
            "--with-known-refusals" => cconfig.known_refusals = true,
            _ => usage(),
        }
    }
    match (seed, count, out) {
        (Some(seed), Some(count), Some(out)) => Options {
            seed,
            count,
            concrete,
            out,
            format,
            config,
            cconfig,
        },
        _ => usage(),
    }
}

fn main() {
    let options = options();
    let mut rng = rng::Rng::new(options.seed);
    let mut stats = gen::Stats::new();
    let mut infos = Vec::with_capacity(options.count);
    let mut functions = String::new();
    for k in 0..options.count {
        let (code, info) = gen::function(&mut rng, &infos, k, &mut stats, options.config);
        functions.push_str(&code);
        functions.push('\n');
        infos.push(info);
    }

    // Concrete programs, from a stream of their own.
    let concrete_count = options.concrete.unwrap_or(options.count);
    let mut crng = rng::Rng::new(options.seed ^ 0xc0c0_a7e5_f64f_3200);
    let mut cstats = gen::Stats::new();
    let mut cinfos: Vec<gen::ConcreteInfo> = Vec::with_capacity(concrete_count);
    let mut concrete = String::new();
    for k in 0..concrete_count {
        let (code, twin, info) = gen::concrete_function(
            &mut crng,
            &cinfos,
            k,
            &mut cstats,
            options.config,
            options.cconfig,
        );
        concrete.push_str(&code);
        concrete.push('\n');
        concrete.push_str(&twin);
        concrete.push('\n');
        cinfos.push(info);
    }

    let mut file = String::new();
    let _ = writeln!(
        file,
        "//! {count} random `#[differentiable]` programs, written by tools/program-generator with\n\
         //! seed {seed}. Do not edit: regenerate with\n\
         //! `cargo run --release --manifest-path tools/program-generator/Cargo.toml -- \
         --seed {seed} --count {count} --concrete {concrete} --out DIR`.",
        count = options.count,
        seed = options.seed,
        concrete = cinfos.len()
    );
    for allow in ALLOWS {
        let _ = writeln!(file, "#![allow({allow})]");
    }
    file.push_str(
        "\nuse gradus::{differentiable, Float};\n\n#[allow(unused_imports)]\nuse crate::harness::{Concrete, Program};\n\n",
    );
    let _ = writeln!(
        file,
        "/// The seed these programs were generated with.\npub const SEED: u64 = {};\n",
        options.seed
    );
    if functions.contains("SCALE") {
        file.push_str("const SCALE: f64 = 0.75;\n");
    }
    if functions.contains("OFFSET") {
        file.push_str("const OFFSET: f64 = -0.25;\n");
    }
    file.push('\n');
    file.push_str(&functions);
    if concrete_count > 0 {
        file.push_str(
            "/// `T::from(value)`, for the literals of the generic twins.\n#[allow(dead_code)]\nfn lit<T: Float>(value: f64) -> T {\n    T::from(value).unwrap()\n}\n\n",
        );
        file.push_str(&concrete);
    }
    file.push_str("/// Every program with its generated gradients and its tape twin.\npub const PROGRAMS: &[Program] = &[\n");
    for k in 0..options.count {
        let _ = writeln!(
            file,
            "Program {{ name: \"gen_{k}\", f: gen_{k}, grad: grad_gen_{k}, grad_into: grad_gen_{k}_into, \
             tape: |x, y, w, n| gen_{k}(x, y, w, n) }},"
        );
    }
    file.push_str("];\n");
    for (table, f32) in [("CONCRETE_F64", false), ("CONCRETE_F32", true)] {
        let ty = if f32 { "f32" } else { "f64" };
        let _ = writeln!(
            file,
            "\n/// The concrete `{ty}` programs with their generated gradients and their generic twins.\n\
             #[allow(dead_code)]\npub const {table}: &[Concrete<{ty}>] = &["
        );
        for (k, info) in cinfos.iter().enumerate() {
            if info.f32 == f32 {
                let _ = writeln!(
                    file,
                    "Concrete {{ name: \"cgen_{k}\", f: cgen_{k}, grad: grad_cgen_{k}, grad_into: grad_cgen_{k}_into, \
                     tape: |x, y, w, n, r, c, b| cgen_{k}_twin(x, y, w, n, r, c, b) }},"
                );
            }
        }
        file.push_str("];\n");
    }

    if let Err(e) = std::fs::create_dir_all(&options.out) {
        eprintln!("cannot create {}: {e}", options.out.display());
        exit(1);
    }
    let programs = options.out.join("programs.rs");
    let harness = options.out.join("harness.rs");
    for (path, text) in [(&programs, file.as_str()), (&harness, HARNESS)] {
        if let Err(e) = std::fs::write(path, text) {
            eprintln!("cannot write {}: {e}", path.display());
            exit(1);
        }
    }
    if options.format {
        let status = Command::new("rustfmt")
            .args(["--edition", "2021"])
            .arg(&programs)
            .arg(&harness)
            .status();
        match status {
            Ok(s) if s.success() => {}
            Ok(s) => eprintln!("warning: rustfmt exited with {s}"),
            Err(e) => eprintln!("warning: rustfmt not run: {e}"),
        }
    }

    let lines = file.lines().count();
    let total_cost: u64 = infos.iter().map(|i| i.cost).sum();
    eprintln!(
        "wrote {} functions ({lines} lines before formatting, ~{} operations per evaluation on average) to {}",
        options.count,
        total_cost / options.count.max(1) as u64,
        options.out.display()
    );
    eprintln!("constructs written:");
    for (what, n) in &stats {
        eprintln!("  {n:>7}  {what}");
    }
    if concrete_count > 0 {
        let f32s = cinfos.iter().filter(|i| i.f32).count();
        eprintln!(
            "{concrete_count} concrete programs ({} f64, {f32s} f32) with their generic twins; constructs written:",
            concrete_count - f32s
        );
        for (what, n) in &cstats {
            eprintln!("  {n:>7}  {what}");
        }
    }
}
