//! Differential testing at scale (issue 6, SPEC §7): a checked-in batch of random
//! `#[differentiable]` programs, each checked at seeded random points against the tape and
//! against central finite differences.
//!
//! `random_programs/programs.rs` holds the functions `gen_0 … gen_299`, all
//! `pub fn gen_K<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T`, written by
//! `tools/program-generator` with a fixed seed (its default constructs): arithmetic, every math function of the DSL
//! inside its domain, shadowing, branches, early returns, loops with data-dependent trip
//! counts, local arrays and calls to earlier functions. `random_programs/harness.rs` (written
//! by the same generator) holds the checks. Regenerate both with
//!
//! ```sh
//! cargo run --release --manifest-path tools/program-generator/Cargo.toml -- \
//!     --seed 6 --count 300 --out tests/random_programs
//! ```
//!
//! See the output with `cargo test --test random_programs -- --nocapture`; run a larger
//! batch with another seed with `scripts/random-programs.sh SEED COUNT`.

#[path = "random_programs/concrete_forward.rs"]
mod concrete_forward;
#[path = "random_programs/forward.rs"]
mod forward;
#[path = "random_programs/harness.rs"]
mod harness;
#[path = "random_programs/programs.rs"]
mod programs;

use gradus::{differentiable, Float};

/// Points checked per function.
const POINTS: usize = 8;

#[test]
fn generated_gradients_match_the_tape_and_finite_differences() {
    let report = harness::check_batch(
        programs::PROGRAMS,
        programs::CONCRETE_F64,
        programs::CONCRETE_F32,
        POINTS,
        programs::SEED,
    );
    println!("{report}");
    assert!(
        report.failure_count == 0,
        "{} checks failed in {:?}:\n{report}",
        report.failure_count,
        report.failed_programs
    );
    assert!(
        report.functions >= 400,
        "only {} functions",
        report.functions
    );
    assert_eq!(report.points, report.functions * POINTS);
    assert_eq!(report.tape_checks, 6 * report.points);
    // Finite differences are skipped only where a branch, a trip count or a step function
    // flips within ±h: nearly every component must have been compared.
    assert!(
        report.fd_checks >= 6 * report.points * 98 / 100,
        "only {} of {} components compared with finite differences",
        report.fd_checks,
        6 * report.points
    );
}

// ---------------------------------------------------------------------------------------
// The checks themselves: they skip finite differences only at a point that is not smooth,
// and they catch a wrong gradient.
// ---------------------------------------------------------------------------------------

/// A kink at `x = 0.25`.
#[differentiable]
fn kink<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {
    let s = (x - T::from(0.25).unwrap()).abs();
    s + y * w[n % 4]
}

fn kink_program() -> harness::Program {
    harness::Program {
        name: "kink",
        f: kink,
        grad: grad_kink,
        grad_into: grad_kink_into,
        tape: |x, y, w, n| kink(x, y, w, n),
    }
}

#[test]
fn finite_differences_are_skipped_only_where_the_function_is_not_smooth() {
    let program = kink_program();
    // Smooth around the point: every component is compared.
    let smooth = harness::check_at(&program, &[0.7, 0.3, 0.1, -0.2, 0.4, 0.9], 2);
    assert_eq!(
        (smooth.fd_checks, smooth.fd_skips, smooth.failure_count),
        (6, 0, 0)
    );
    // The kink lies within ±h of x: d/dx is skipped, the other five are compared, and the
    // tape still agrees on all six.
    let kinked = harness::check_at(&program, &[0.25 + 1e-7, 0.3, 0.1, -0.2, 0.4, 0.9], 2);
    assert_eq!(
        (kinked.fd_checks, kinked.fd_skips, kinked.failure_count),
        (5, 1, 0)
    );
    assert_eq!(kinked.tape_checks, 6);
}

/// The gradient of `kink` with `d/dy` off by 1e-4.
fn wrong_grad_kink(x: f64, y: f64, w: &[f64; 4], n: usize) -> (f64, (f64, f64, [f64; 4])) {
    let (value, (dx, dy, dw)) = grad_kink(x, y, w, n);
    (value, (dx, dy + 1e-4, dw))
}

#[test]
fn a_wrong_gradient_fails_against_the_tape_and_finite_differences() {
    let program = harness::Program {
        grad: wrong_grad_kink,
        ..kink_program()
    };
    let report = harness::check_at(&program, &[0.7, 0.3, 0.1, -0.2, 0.4, 0.9], 2);
    // d/dy differs from the tape, from finite differences and from grad_kink_into.
    assert_eq!(report.failure_count, 3, "{report}");
    assert_eq!(report.failed_programs, ["kink"]);
}

/// `(g(p + h·v) − g(p − h·v)) / 2h` of the gradient `g`, flattened.
fn gradient_difference(
    grad: forward::Grad,
    p: &[f64; 6],
    v: &[f64; 6],
    n: usize,
    h: f64,
) -> [f64; 6] {
    let at = |s: f64| {
        let q: Vec<f64> = p.iter().zip(v).map(|(p, v)| p + s * v).collect();
        let (_, (dx, dy, dw)) = grad(q[0], q[1], &[q[2], q[3], q[4], q[5]], n);
        [dx, dy, dw[0], dw[1], dw[2], dw[3]]
    };
    let (plus, minus) = (at(h), at(-h));
    std::array::from_fn(|i| (plus[i] - minus[i]) / (2.0 * h))
}

/// Seeded draws uniform in `[-1.5, 1.5]` (splitmix64).
fn uniform_in_range(seed: u64) -> impl FnMut() -> f64 {
    let mut state = seed;
    move || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        -1.5 + 3.0 * ((z >> 11) as f64 / (1u64 << 53) as f64)
    }
}

/// Every program's `jvp_f` against its gradient dotted with a random direction, and its
/// `hvp_f`: the value and gradient against `grad_f`'s, the product against central
/// differences of `grad_f` (compared only where steps `h` and `h/2` agree: a branch or a
/// kink within ±h leaves the product undefined there).
#[test]
fn tangents_and_hessian_products_of_the_batch() {
    let mut uniform = uniform_in_range(programs::SEED ^ 0x5eed);
    let (mut compared, mut skipped) = (0usize, 0usize);
    for program in forward::FORWARD {
        for point in 0..4 {
            let p: [f64; 6] = std::array::from_fn(|_| uniform());
            let v: [f64; 6] = std::array::from_fn(|_| uniform());
            let n = point + 1;
            let w = [p[2], p[3], p[4], p[5]];
            let vw = [v[2], v[3], v[4], v[5]];
            let (value, (dx, dy, dw)) = (program.grad)(p[0], p[1], &w, n);
            let g = [dx, dy, dw[0], dw[1], dw[2], dw[3]];
            let (jvp_value, tangent) = (program.jvp)(p[0], p[1], &w, n, v[0], v[1], &vw);
            let name = program.name;
            assert_eq!(
                jvp_value.to_bits(),
                value.to_bits(),
                "{name}: jvp value at {p:?}"
            );
            let expected: f64 = g.iter().zip(&v).map(|(g, v)| g * v).sum();
            let scale = 1f64.max(g.iter().zip(&v).map(|(g, v)| (g * v).abs()).sum());
            assert!(
                (tangent - expected).abs() <= 1e-10 * scale,
                "{name}: jvp {tangent} against ∇f·v {expected} at {p:?}, n = {n}"
            );
            let (hvp_value, gradient, product) = (program.hvp)(p[0], p[1], &w, n, v[0], v[1], &vw);
            assert_eq!(hvp_value.to_bits(), value.to_bits(), "{name}: hvp value");
            assert_eq!(
                gradient,
                (dx, dy, dw),
                "{name}: hvp gradient at {p:?}, n = {n}"
            );
            let product = [
                product.0,
                product.1,
                product.2[0],
                product.2[1],
                product.2[2],
                product.2[3],
            ];
            let coarse = gradient_difference(program.grad, &p, &v, n, 1e-5);
            let fine = gradient_difference(program.grad, &p, &v, n, 5e-6);
            for i in 0..6 {
                let size = 1f64.max(coarse[i].abs());
                if (coarse[i] - fine[i]).abs() > 1e-4 * size || !coarse[i].is_finite() {
                    skipped += 1;
                    continue;
                }
                compared += 1;
                assert!(
                    (product[i] - coarse[i]).abs() <= 1e-4 * size,
                    "{name}: (H·v)[{i}] = {} against differences {} at {p:?}, v = {v:?}, n = {n}",
                    product[i],
                    coarse[i]
                );
            }
        }
    }
    println!(
        "H·v components compared with differences: {compared}, skipped (not smooth): {skipped}"
    );
    assert!(
        compared >= 9 * (compared + skipped) / 10,
        "{compared} compared, {skipped} skipped"
    );
}

/// Every concrete program's `hvp_cgen_K` (in `f64` or `f32`): the value and gradient
/// against `grad_cgen_K`'s, the product against a second method, its generic twin run on a
/// tape of `Dual<f64>` (forward over the tape's reverse sweep), and for `f64` programs
/// against central differences of `grad_cgen_K` too where they are smooth.
#[test]
fn hessian_products_of_the_concrete_batch() {
    let mut uniform = uniform_in_range(programs::SEED ^ 0xc0c0);
    let mut totals = ConcreteTotals::default();
    for point in 0..4 {
        let p: [f64; 6] = std::array::from_fn(|_| uniform());
        let v: [f64; 6] = std::array::from_fn(|_| uniform());
        let rows: Vec<Vec<f64>> = (0..3)
            .map(|_| (0..4).map(|_| uniform()).collect())
            .collect();
        let counts: Vec<usize> = (0..4).map(|i| (point + i) % 4).collect();
        let bias = (point % 2 == 0).then(&mut uniform);
        for program in concrete_forward::CONCRETE_FORWARD_F64 {
            check_concrete_product(program, &p, &v, point, &rows, &counts, bias, &mut totals);
        }
        let to32 = |x: &[f64]| x.iter().map(|&x| x as f32).collect::<Vec<f32>>();
        let rows32: Vec<Vec<f32>> = rows.iter().map(|row| to32(row)).collect();
        let (p32, v32) = (to32(&p), to32(&v));
        for program in concrete_forward::CONCRETE_FORWARD_F32 {
            check_concrete_product(
                program,
                &[p32[0], p32[1], p32[2], p32[3], p32[4], p32[5]],
                &[v32[0], v32[1], v32[2], v32[3], v32[4], v32[5]],
                point,
                &rows32,
                &counts,
                bias.map(|b| b as f32),
                &mut totals,
            );
        }
    }
    println!(
        "concrete H·v components: {} against the Dual tape, {} also against differences, {} not smooth",
        totals.against_tape, totals.against_differences, totals.not_smooth
    );
    assert!(totals.against_tape >= 6 * 4 * 50, "{totals:?}");
}

#[derive(Debug, Default)]
struct ConcreteTotals {
    against_tape: usize,
    against_differences: usize,
    not_smooth: usize,
}

#[allow(clippy::too_many_arguments)]
fn check_concrete_product<F: harness::Real>(
    program: &concrete_forward::ConcreteForward<F>,
    p: &[F; 6],
    v: &[F; 6],
    n: usize,
    rows: &[Vec<F>],
    counts: &[usize],
    bias: Option<F>,
    totals: &mut ConcreteTotals,
) {
    use gradus::{Dual, Tape};
    let name = program.name;
    let w = [p[2], p[3], p[4], p[5]];
    let vw = [v[2], v[3], v[4], v[5]];
    let (value, gradient) = (program.grad)(p[0], p[1], &w, n, rows, counts, bias);
    let (hvp_value, hvp_gradient, product) =
        (program.hvp)(p[0], p[1], &w, n, rows, counts, bias, v[0], v[1], &vw);
    let flat =
        |g: (F, F, [F; 4])| [g.0, g.1, g.2[0], g.2[1], g.2[2], g.2[3]].map(|x| x.to_f64().unwrap());
    let scale = |a: f64, b: f64| 1f64.max(a.abs()).max(b.abs());
    let f32 = std::mem::size_of::<F>() == 4;
    let exact = if f32 { 1e-5 } else { 1e-12 };
    let (value, hvp_value) = (value.to_f64().unwrap(), hvp_value.to_f64().unwrap());
    assert!(
        (value - hvp_value).abs() <= exact * scale(value, hvp_value),
        "{name}: hvp value {hvp_value} against {value}"
    );
    let (gradient, hvp_gradient, product) = (flat(gradient), flat(hvp_gradient), flat(product));
    for i in 0..6 {
        assert!(
            (gradient[i] - hvp_gradient[i]).abs() <= exact * scale(gradient[i], hvp_gradient[i]),
            "{name}: hvp gradient[{i}] {} against grad's {}",
            hvp_gradient[i],
            gradient[i]
        );
    }
    // The second method: the twin on a tape of dual numbers seeded with v.
    let tape = Tape::<Dual<f64>>::default();
    let vars: Vec<_> = (0..6)
        .map(|i| tape.var(Dual::new(p[i].to_f64().unwrap(), v[i].to_f64().unwrap())))
        .collect();
    let out = (program.dual_tape)(
        vars[0],
        vars[1],
        &[vars[2], vars[3], vars[4], vars[5]],
        n,
        rows,
        counts,
        bias,
    );
    let reference: Vec<f64> = tape
        .gradient(out, &vars)
        .iter()
        .map(|d| d.tangent())
        .collect();
    let tolerance = if f32 { 2e-3 } else { 1e-8 };
    for i in 0..6 {
        let size = scale(product[i], reference[i]);
        assert!(
            (product[i] - reference[i]).abs() <= tolerance * size,
            "{name} [{}]: (H·v)[{i}] = {} against the Dual tape's {} (p {p:?}, v {v:?}, n {n})",
            std::any::type_name::<F>(),
            product[i],
            reference[i]
        );
        totals.against_tape += 1;
    }
    if f32 {
        return;
    }
    let at = |s: f64| {
        let q: Vec<F> = (0..6)
            .map(|i| F::from(p[i].to_f64().unwrap() + s * v[i].to_f64().unwrap()).unwrap())
            .collect();
        flat((program.grad)(q[0], q[1], &[q[2], q[3], q[4], q[5]], n, rows, counts, bias).1)
    };
    let difference = |h: f64| -> Vec<f64> {
        let (plus, minus) = (at(h), at(-h));
        (0..6).map(|i| (plus[i] - minus[i]) / (2.0 * h)).collect()
    };
    let (coarse, fine) = (difference(1e-5), difference(5e-6));
    for i in 0..6 {
        let size = 1f64.max(coarse[i].abs());
        if (coarse[i] - fine[i]).abs() > 1e-4 * size || !coarse[i].is_finite() {
            totals.not_smooth += 1;
            continue;
        }
        totals.against_differences += 1;
        assert!(
            (product[i] - coarse[i]).abs() <= 1e-4 * size,
            "{name}: (H·v)[{i}] = {} against differences {}",
            product[i],
            coarse[i]
        );
    }
}
