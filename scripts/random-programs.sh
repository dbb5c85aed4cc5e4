#!/usr/bin/env bash
# Differential testing at scale (issue 6): generates COUNT random #[differentiable]
# programs with SEED into a scratch crate under target/, builds it in release mode and
# checks every program at POINTS seeded random points (default 8) against the tape and
# central finite differences, printing the figures.
#
#   scripts/random-programs.sh SEED COUNT [POINTS] [-- GENERATOR-FLAGS...]
#
# GENERATOR-FLAGS are passed to tools/program-generator (e.g. --with-value-escapes, which
# also writes escapes from blocks used as values: the macro refuses those at compile time;
# --concrete N for the number of concrete f64/f32 programs, COUNT unless given;
# --no-concrete; --no-pipelines, --no-asserts, --no-matches, --no-data, --no-f32,
# --no-extras to leave constructs of the concrete programs out).
#
# Environment:
#   RANDOM_PROGRAMS_DIR  the scratch directory (default target/random-programs): the crate
#                        goes to DIR/crate, the generator's build to DIR/generator
#   CARGO_TARGET_DIR     where the crate is built (default DIR/target)
#   GRADUS_PATH          the gradus checkout the crate depends on (default this one), e.g.
#                        a snapshot of a commit (git archive) while the tree is being edited
#   CARGO_BUILD_JOBS     as usual, e.g. 1 to leave the other cores free
set -euo pipefail

usage() {
    echo "usage: $0 SEED COUNT [POINTS] [-- GENERATOR-FLAGS...]" >&2
    exit 2
}
[ $# -ge 2 ] || usage
seed=$1
count=$2
shift 2
points=8
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
    points=$1
    shift
fi
flags=()
if [ $# -gt 0 ]; then
    [ "$1" = "--" ] || usage
    shift
    flags=("$@")
fi

root=$(cd "$(dirname "$0")/.." && pwd)
if [ -n "${RANDOM_PROGRAMS_DIR:-}" ]; then
    scratch=$RANDOM_PROGRAMS_DIR
    generator_target="$scratch/generator"
else
    scratch="$root/target/random-programs"
    generator_target="$root/target/program-generator"
fi
crate="$scratch/crate"
target=${CARGO_TARGET_DIR:-$scratch/target}
gradus=${GRADUS_PATH:-$root}
gradus=$(cd "$gradus" && pwd)
mkdir -p "$crate/src"

cat >"$crate/Cargo.toml" <<TOML
[package]
name = "random-programs"
version = "0.0.0"
edition = "2021"
rust-version = "1.78"
publish = false

[dependencies]
gradus = { path = "$gradus" }

# A scratch crate, not part of the gradus workspace.
[workspace]

[profile.release]
debug = false
incremental = false
TOML
# The same dependency versions as the workspace.
cp "$gradus/Cargo.lock" "$crate/Cargo.lock"

cat >"$crate/src/main.rs" <<'RUST'
//! Written by scripts/random-programs.sh: checks the generated programs.
mod harness;
mod programs;

fn main() {
    let points: usize = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(8);
    let report = harness::check_batch(
        programs::PROGRAMS,
        programs::CONCRETE_F64,
        programs::CONCRETE_F32,
        points,
        programs::SEED,
    );
    println!("{report}");
    if report.failure_count > 0 {
        std::process::exit(1);
    }
}
RUST

echo "== generating $count programs with seed $seed ${flags[*]:-}"
cargo run --quiet --release \
    --manifest-path "$root/tools/program-generator/Cargo.toml" \
    --target-dir "$generator_target" \
    -- --seed "$seed" --count "$count" --out "$crate/src" --no-fmt ${flags[@]+"${flags[@]}"}

echo "== building (release)"
start=$(date +%s%N)
cargo build --quiet --release --manifest-path "$crate/Cargo.toml" --target-dir "$target"
ms=$((($(date +%s%N) - start) / 1000000))
printf 'built in %d.%02d s\n' $((ms / 1000)) $((ms % 1000 / 10))

echo "== checking at $points points each"
"$target/release/random-programs" "$points"
