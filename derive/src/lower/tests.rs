//! Lowering compared as printed IR, so a change in lowering reads as a text diff.

use crate::attr;
use crate::errors::Errors;
use crate::ir::Printer;
use crate::signature;

fn lowered(attribute: &str, source: &str) -> Result<String, Vec<String>> {
    let options = attr::parse(attribute.parse().unwrap()).unwrap();
    let item: syn::ItemFn = syn::parse_str(source).unwrap();
    let item = crate::desugar::desugar(&item);
    let mut errors = Errors::default();
    let signature = signature::analyze(
        &item,
        &options,
        crate::placement::Placement::Module,
        &mut errors,
    )
    .expect("signature");
    match super::lower(&item, &signature, &mut errors) {
        Some(lowered) => Ok(Printer(&lowered.function).to_string()),
        None => Err(errors.messages()),
    }
}

/// The IR of `source` (a function with no attribute options).
pub(crate) fn lowered_function(source: &str) -> crate::ir::Function {
    let options = attr::parse(proc_macro2::TokenStream::new()).unwrap();
    let item: syn::ItemFn = syn::parse_str(source).unwrap();
    let item = crate::desugar::desugar(&item);
    let mut errors = Errors::default();
    let signature = signature::analyze(
        &item,
        &options,
        crate::placement::Placement::Module,
        &mut errors,
    )
    .expect("signature");
    match super::lower(&item, &signature, &mut errors) {
        Some(lowered) => lowered.function,
        None => panic!("errors: {:?}", errors.messages()),
    }
}

fn assert_ir(source: &str, expected: &str) {
    let ir = lowered("", source).unwrap_or_else(|errors| panic!("errors: {errors:?}"));
    let expected = expected
        .lines()
        .map(|line| line.strip_prefix("        ").unwrap_or(line))
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(ir.trim(), expected.trim(), "\n--- got ---\n{ir}");
}

#[test]
fn straight_line_code_is_one_operation_per_value() {
    assert_ir(
        "fn f(x: f64, y: f64) -> f64 { let s = x * y + 2.0; s.sin() / y }",
        "
        fn(x: active, y: active)
          t0 = x * y
          s = t0 + const(2.0_f64)
          t2 = sin(s)
          t3 = t2 / y
          return t3
        ",
    );
}

#[test]
fn reassignment_and_shadowing_make_new_versions() {
    assert_ir(
        "fn f(x: f64) -> f64 { let mut s = x; s += 1.0; s *= x; let s = s.exp(); s }",
        "
        fn(x: active)
          s = x + const(1.0_f64)
          s_1 = s * x
          s_2 = exp(s_1)
          return s_2
        ",
    );
}

#[test]
fn if_statement_merges_what_its_branches_assign() {
    assert_ir(
        "fn f(x: f64) -> f64 { let mut s = x; if x > 0.0 { s = x.sqrt(); } else { s *= 2.0; } s }",
        "
        fn(x: active)
          branch: bool = (x > 0.0)
          if branch {
            s = sqrt(x)
          } else {
            s_1 = x * const(2.0_f64)
          }
          s_2 = merge(s, s_1)
          return s_2
        ",
    );
}

#[test]
fn early_return_takes_the_rest_into_the_branch_that_falls_through() {
    assert_ir(
        "fn f(x: f64) -> f64 { if x < 0.0 { return -x; } let y = x * x; y }",
        "
        fn(x: active)
          branch: bool = (x < 0.0)
          if branch {
            t0 = neg(x)
            return t0
          } else {
            y = x * x
            return y
          }
        ",
    );
}

#[test]
fn integer_locals_are_kept_for_the_forward_sweep_and_snapshotted_when_read_back() {
    assert_ir(
        "fn f(x: f64, n: i32) -> f64 { let k = n + 1; x.powi(k) + x.powi(3) * (k as f64) }",
        "
        fn(x: active)
          opaque let k = (n + 1) ; (replayed)
          exponent: i32 = k
          t0 = powi(x, exponent)
          t1 = powi(x, 3)
          t2 = const((k as f64))
          t3 = t1 * t2
          t4 = t0 + t3
          return t4
        ",
    );
}

#[test]
fn wrt_leaves_other_floats_constant_and_calls_get_partials() {
    let ir = lowered(
        "wrt(x)",
        "fn f(x: f64, c: f64) -> f64 { inner::g(x, c) * f64::zero() + c }",
    )
    .unwrap();
    assert_eq!(
        ir.trim(),
        "fn(x: active, c: constant)
  t2 = call inner :: g :: partials(x -> t0, c -> t1)
  t3 = t2 * const(f64 :: zero ())
  t4 = t3 + c
  return t4"
    );
}

#[test]
fn if_as_a_value_and_generic_constants() {
    let ir = lowered(
        "",
        "fn f<T: Float>(x: T) -> T { let h = T::from(0.5).unwrap(); let y = if x > h { x.ln() } else { h - x }; y * y }",
    )
    .unwrap();
    assert_eq!(
        ir.trim(),
        "fn(x: active)
  h = const(T :: from (0.5) . unwrap ())
  branch: bool = (x > h)
  if branch {
    t0 = ln(x)
  } else {
    t1 = h - x
  }
  y = merge(t0, t1)
  t3 = y * y
  return t3"
    );
}

#[test]
fn errors_name_the_problem() {
    let errors = lowered(
        "",
        "fn f(x: f64) -> f64 { let v = x.to_bits_and_back(); v }",
    )
    .unwrap_err();
    assert!(
        errors[0].contains("`to_bits_and_back` has no derivative rule"),
        "{errors:?}"
    );
    let errors = lowered("", "fn f(x: f64) -> f64 { x; }").unwrap_err();
    assert!(
        errors.iter().any(|e| e.contains("value is not used")),
        "{errors:?}"
    );
}

#[test]
fn a_float_index_is_refused() {
    let errors = lowered("", "fn f(w: &[f64], x: f64) -> f64 { w[x] * 2.0 }").unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("an index must be an integer")),
        "{errors:?}"
    );
}

#[test]
fn a_loop_carries_what_it_assigns_and_reads_arrays_by_index() {
    assert_ir(
        "fn f(w: &[f64], x: &[f64]) -> f64 { let mut s = 0.0; for i in 0..w.len() { s += w[i] * x[i]; } s }",
        "
        fn(w: active array, x: active array)
          s = const(0.0_f64)
          cell s_carried = s
          for i in (0 .. w . len ()) {
            s_1 = cell s_carried
            t0 = w[i]
            t1 = x[i]
            t2 = t0 * t1
            s_2 = s_1 + t2
            cell s_carried = s_2
            next
          }
          s_3 = cell s_carried
          return s_3
        ",
    );
}

#[test]
fn a_pipeline_is_a_loop_that_accumulates() {
    assert_ir(
        "fn f(w: &[f64], x: &[f64]) -> f64 { w.iter().zip(x).map(|(a, b)| a * b).sum::<f64>() }",
        "
        fn(w: active array, x: active array)
          acc = const((- 0.0_f64))
          cell acc_carried = acc
          for index in 0 .. :: core :: cmp :: min (w . len () , x . len ()) {
            acc_1 = cell acc_carried
            a = w[index]
            b = x[index]
            t0 = a * b
            acc_2 = acc_1 + t0
            cell acc_carried = acc_2
            next
          }
          acc_3 = cell acc_carried
          return acc_3
        ",
    );
}

#[test]
fn windows_read_their_array_at_an_offset() {
    assert_ir(
        "fn f(x: &[f64]) -> f64 { x.windows(2).map(|w| w[1] - w[0]).sum() }",
        "
        fn(x: active array)
          acc = const((- 0.0_f64))
          cell acc_carried = acc
          for index in 0 .. (x . len () + 1) . saturating_sub ((2)) {
            acc_1 = cell acc_carried
            t0 = x[(index + (1))]
            t1 = x[(index + (0))]
            t2 = t0 - t1
            acc_2 = acc_1 + t2
            cell acc_carried = acc_2
            next
          }
          acc_3 = cell acc_carried
          return acc_3
        ",
    );
}

#[test]
fn match_is_a_chain_of_branches() {
    assert_ir(
        "fn f(x: f64, n: usize) -> f64 { match n { 0 => x, 1 | 2 => x * x, _ => 2.0 * x } }",
        "
        fn(x: active)
          branch: bool = (match n { 0 => true , _ => false })
          if branch {
          } else {
            branch_1: bool = (match n { 1 | 2 => true , _ => false })
            if branch_1 {
              t0 = x * x
            } else {
              t1 = const(2.0_f64) * x
            }
            t2 = merge(t0, t1)
          }
          t3 = merge(x, t2)
          return t3
        ",
    );
}

#[test]
fn a_closure_called_by_name_is_inlined() {
    assert_ir(
        "fn f(x: f64, y: f64) -> f64 { let sq = |t: f64| t * t; sq(x) + sq(y) }",
        "
        fn(x: active, y: active)
          t0 = x * x
          t1 = y * y
          t2 = t0 + t1
          return t2
        ",
    );
}
