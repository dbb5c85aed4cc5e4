//! The refusals of `#[differentiable]` (SPEC §2.4): every case in `tests/ui` must fail to
//! compile with the errors in its `.stderr`, each at the offending token; every case in
//! `tests/ui-pass` must compile and run.
//!
//! Regenerate the expected output with `TRYBUILD=overwrite cargo test --test ui`, then read
//! every changed `.stderr`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    t.pass("tests/ui-pass/*.rs");
}
