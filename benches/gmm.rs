//! ADBench's GMM objective (d = 10, K = 5, n = 1000; `benches/common/gmm.rs`), without and
//! with the Wishart prior (γ = 1, m = 0, ADBench's defaults).
//!
//! Groups `gmm` and `gmm_with_prior`, each timing on the same inputs the primal, the
//! generated `grad_…_into` (buffers zeroed in each iteration) and the hand-written
//! gradient, each behind `#[inline(never)]`. Before timing, each generated gradient is
//! checked against the hand-written one (relative difference at most 1e-9 per component),
//! and both against central finite differences on a few components (at most 1e-5).
//!
//! Run with `cargo bench --bench gmm -- --warm-up-time 1 --measurement-time 3`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};

#[path = "common/gmm.rs"]
mod gmm;

use gmm::*;

#[inline(never)]
fn primal(inputs: &GmmInputs) -> f64 {
    let GmmInputs {
        d,
        k,
        alphas,
        means,
        icf,
        x,
    } = inputs;
    gmm_objective(*d, *k, alphas, means, icf, x)
}

#[inline(never)]
fn generated(inputs: &GmmInputs, g: &mut GmmGradient) -> f64 {
    let GmmInputs {
        d,
        k,
        alphas,
        means,
        icf,
        x,
    } = inputs;
    grad_gmm_objective_into(
        *d,
        *k,
        alphas,
        means,
        icf,
        x,
        &mut g.alphas,
        &mut g.means,
        &mut g.icf,
    )
}

#[inline(never)]
fn hand(inputs: &GmmInputs, g: &mut GmmGradient) -> f64 {
    let GmmInputs {
        d,
        k,
        alphas,
        means,
        icf,
        x,
    } = inputs;
    gmm_objective_hand(*d, *k, alphas, means, icf, x, g)
}

#[inline(never)]
fn primal_with_prior(inputs: &GmmInputs) -> f64 {
    let GmmInputs {
        d,
        k,
        alphas,
        means,
        icf,
        x,
    } = inputs;
    gmm_objective_with_prior(*d, *k, alphas, means, icf, x, WISHART_GAMMA, WISHART_M)
}

#[inline(never)]
fn generated_with_prior(inputs: &GmmInputs, g: &mut GmmGradient) -> f64 {
    let GmmInputs {
        d,
        k,
        alphas,
        means,
        icf,
        x,
    } = inputs;
    grad_gmm_objective_with_prior_into(
        *d,
        *k,
        alphas,
        means,
        icf,
        x,
        WISHART_GAMMA,
        WISHART_M,
        &mut g.alphas,
        &mut g.means,
        &mut g.icf,
    )
}

#[inline(never)]
fn hand_with_prior(inputs: &GmmInputs, g: &mut GmmGradient) -> f64 {
    let GmmInputs {
        d,
        k,
        alphas,
        means,
        icf,
        x,
    } = inputs;
    gmm_objective_with_prior_hand(*d, *k, alphas, means, icf, x, WISHART_GAMMA, WISHART_M, g)
}

fn relative_error(a: f64, b: f64) -> f64 {
    (a - b).abs() / 1f64.max(a.abs()).max(b.abs())
}

fn assert_close(what: &str, a: &GmmGradient, b: &GmmGradient, tolerance: f64) {
    for (part, a, b) in [
        ("alphas", &a.alphas, &b.alphas),
        ("means", &a.means, &b.means),
        ("icf", &a.icf, &b.icf),
    ] {
        for (i, (a, b)) in a.iter().zip(b).enumerate() {
            assert!(
                relative_error(*a, *b) <= tolerance,
                "{what}: {part}[{i}]: {a} against {b}"
            );
        }
    }
}

/// `inputs`' parameter named `part`.
fn parameter<'a>(inputs: &'a mut GmmInputs, part: &str) -> &'a mut [f64] {
    match part {
        "alphas" => &mut inputs.alphas,
        "means" => &mut inputs.means,
        _ => &mut inputs.icf,
    }
}

/// The gradient of the parameter named `part`.
fn gradient_of<'a>(g: &'a GmmGradient, part: &str) -> &'a [f64] {
    match part {
        "alphas" => &g.alphas,
        "means" => &g.means,
        _ => &g.icf,
    }
}

/// Checks both gradients against central differences of `f` on a few components of each
/// parameter: the first and last of alphas and means, and in icf diagonal and strictly
/// lower entries of the first and the last component.
fn check_finite_differences(
    what: &str,
    f: fn(&GmmInputs) -> f64,
    inputs: &GmmInputs,
    gradients: [&GmmGradient; 2],
) {
    let (d, k) = (inputs.d, inputs.k);
    let icf_sz = d * (d + 1) / 2;
    let picks: [(&str, Vec<usize>); 3] = [
        ("alphas", vec![0, k - 1]),
        ("means", vec![0, 3, k * d - 1]),
        (
            "icf",
            vec![
                0,
                d - 1,
                d,
                icf_sz - 1,
                (k - 1) * icf_sz + 2,
                k * icf_sz - 1,
            ],
        ),
    ];
    let h = 1e-5;
    let mut shifted = GmmInputs {
        d,
        k,
        alphas: inputs.alphas.clone(),
        means: inputs.means.clone(),
        icf: inputs.icf.clone(),
        x: inputs.x.clone(),
    };
    for (part, indices) in picks {
        for i in indices {
            let x0 = parameter(&mut shifted, part)[i];
            parameter(&mut shifted, part)[i] = x0 + h;
            let plus = f(&shifted);
            parameter(&mut shifted, part)[i] = x0 - h;
            let minus = f(&shifted);
            parameter(&mut shifted, part)[i] = x0;
            let fd = (plus - minus) / (2.0 * h);
            for (name, g) in ["generated", "hand_written"].into_iter().zip(gradients) {
                let analytic = gradient_of(g, part)[i];
                assert!(
                    relative_error(analytic, fd) <= 1e-5,
                    "{what}: {name} {part}[{i}]: {analytic} against finite differences {fd}"
                );
            }
        }
    }
}

fn bench_variant(
    c: &mut Criterion,
    group_name: &str,
    f: fn(&GmmInputs) -> f64,
    generated: fn(&GmmInputs, &mut GmmGradient) -> f64,
    hand: fn(&GmmInputs, &mut GmmGradient) -> f64,
) {
    let inputs = gmm_inputs(GMM_D, GMM_K, GMM_N);
    let (d, k) = (inputs.d, inputs.k);

    let value = f(&inputs);
    let mut g_generated = GmmGradient::zero(d, k);
    let value_generated = generated(&inputs, &mut g_generated);
    let mut g_hand = GmmGradient::zero(d, k);
    let value_hand = hand(&inputs, &mut g_hand);
    assert!(
        relative_error(value_generated, value) <= 1e-12,
        "{group_name}: value"
    );
    assert!(
        relative_error(value_hand, value) <= 1e-12,
        "{group_name}: value"
    );
    assert_close(group_name, &g_generated, &g_hand, 1e-9);
    check_finite_differences(group_name, f, &inputs, [&g_generated, &g_hand]);

    let mut group = c.benchmark_group(group_name);
    group.bench_function("primal", |b| b.iter(|| f(black_box(&inputs))));
    group.bench_function("generated", |b| {
        let mut g = GmmGradient::zero(d, k);
        b.iter(|| {
            g.fill(0.0);
            generated(black_box(&inputs), &mut g)
        })
    });
    group.bench_function("hand_written", |b| {
        let mut g = GmmGradient::zero(d, k);
        b.iter(|| hand(black_box(&inputs), &mut g))
    });
    group.finish();
}

fn gmm_bench(c: &mut Criterion) {
    bench_variant(c, "gmm", primal, generated, hand);
}

fn gmm_with_prior_bench(c: &mut Criterion) {
    bench_variant(
        c,
        "gmm_with_prior",
        primal_with_prior,
        generated_with_prior,
        hand_with_prior,
    );
}

criterion_group!(benches, gmm_bench, gmm_with_prior_bench);
criterion_main!(benches);
