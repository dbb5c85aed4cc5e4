//! Level-1 scalar functions: the primal, the generated `grad_f`, a hand-written gradient
//! and the runtime tape, timed side by side on the same inputs.
//!
//! Each function has one criterion group with four members:
//!
//! - `primal`: the plain function (the `#[differentiable]` function as written);
//! - `grad_f`: the generated value-and-gradient function;
//! - `hand_written`: value and gradient written by hand, reusing subexpressions the way a
//!   careful person would (`tanh' = 1 − t²`, `exp` computed once, one division shared);
//! - `tape`: a generic twin (`T: Float`) run on `Var` over a reused, cleared tape.
//!
//! Before any timing, the three gradients are checked against each other (relative
//! difference at most 1e-12) at the timed point and at points that take the other
//! branches, so the benchmark only compares correct answers.
//!
//! Run with `cargo bench --bench scalar -- --warm-up-time 1 --measurement-time 3`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use gradus::{differentiable, Float, Tape, Var};

#[path = "common/kernels.rs"]
mod kernels;

use kernels::{grad_k4, k4, k4_generic, k4_hand, lit, Gradient3};

// ---------------------------------------------------------------------------------------
// 2. Softplus with a branch on the sign, tanh, powi and a hinge (max):
//    f(x, y, z) = softplus(x·y − z) + y·tanh(x + z/2)³ + max(x − z, 0)·y
// ---------------------------------------------------------------------------------------

#[differentiable]
fn soft_hinge(x: f64, y: f64, z: f64) -> f64 {
    let a = x * y - z;
    // the numerically stable softplus: ln(1 + eᵃ) = a + ln(1 + e⁻ᵃ) for a > 0
    let softplus = if a > 0.0 {
        a + (-a).exp().ln_1p()
    } else {
        a.exp().ln_1p()
    };
    let t = (x + 0.5 * z).tanh();
    softplus + y * t.powi(3) + (x - z).max(0.0) * y
}

fn soft_hinge_hand(x: f64, y: f64, z: f64) -> Gradient3 {
    let a = x * y - z;
    // softplus(a) and its derivative, the logistic sigmoid σ(a), from one exp
    let (softplus, sigmoid) = if a > 0.0 {
        let e = (-a).exp();
        (a + e.ln_1p(), 1.0 / (1.0 + e))
    } else {
        let e = a.exp();
        (e.ln_1p(), e / (1.0 + e))
    };
    let t = (x + 0.5 * z).tanh();
    let t2 = t * t;
    let t3 = t2 * t;
    // d/db of y·tanh(b)³ = 3t²(1 − t²)·y
    let g = 3.0 * t2 * (1.0 - t2) * y;
    let r = x - z;
    let mut value = softplus + y * t3;
    let mut d_x = sigmoid * y + g;
    let mut d_y = sigmoid * x + t3;
    let mut d_z = 0.5 * g - sigmoid;
    // max(r, 0) gives its gradient to r on a tie, like the generated rule
    if r >= 0.0 {
        value += r * y;
        d_x += y;
        d_y += r;
        d_z -= y;
    }
    (value, (d_x, d_y, d_z))
}

fn soft_hinge_generic<T: Float>(x: T, y: T, z: T) -> T {
    let a = x * y - z;
    let softplus = if a > T::zero() {
        a + (-a).exp().ln_1p()
    } else {
        a.exp().ln_1p()
    };
    let t = (x + lit::<T>(0.5) * z).tanh();
    softplus + y * t.powi(3) + (x - z).max(T::zero()) * y
}

// ---------------------------------------------------------------------------------------
// 3. A Black–Scholes call price in the spot s, the volatility σ and the time to expiry t
//    (strike 100, rate 3%), with the erf-free logistic approximation of the normal CDF
//    Φ(d) ≈ 1/(1 + exp(−(0.07056·d³ + 1.5976·d))) (Bowling et al., 2009), and an early
//    return for the payoff at expiry.
// ---------------------------------------------------------------------------------------

const STRIKE: f64 = 100.0;
const RATE: f64 = 0.03;
const CDF_CUBIC: f64 = 0.07056;
const CDF_LINEAR: f64 = 1.5976;

#[differentiable]
fn bs_call(s: f64, sigma: f64, t: f64) -> f64 {
    if t <= 0.0 {
        return (s - STRIKE).max(0.0);
    }
    let sqrt_t = t.sqrt();
    let vol = sigma * sqrt_t;
    let d1 = ((s / STRIKE).ln() + (RATE + 0.5 * sigma * sigma) * t) / vol;
    let d2 = d1 - vol;
    let n1 = 1.0 / (1.0 + (-(CDF_CUBIC * d1.powi(3) + CDF_LINEAR * d1)).exp());
    let n2 = 1.0 / (1.0 + (-(CDF_CUBIC * d2.powi(3) + CDF_LINEAR * d2)).exp());
    s * n1 - STRIKE * (-RATE * t).exp() * n2
}

/// The approximate Φ(d) and its derivative Φ'(d) = e·Φ²·(3·c₃·d² + c₁), e = exp(−p(d)).
fn logistic_cdf(d: f64) -> (f64, f64) {
    let d2 = d * d;
    let e = (-(CDF_CUBIC * d2 * d + CDF_LINEAR * d)).exp();
    let n = 1.0 / (1.0 + e);
    (n, e * n * n * (3.0 * CDF_CUBIC * d2 + CDF_LINEAR))
}

fn bs_call_hand(s: f64, sigma: f64, t: f64) -> Gradient3 {
    if t <= 0.0 {
        let intrinsic = s - STRIKE;
        return if intrinsic >= 0.0 {
            (intrinsic, (1.0, 0.0, 0.0))
        } else {
            (0.0, (0.0, 0.0, 0.0))
        };
    }
    let sqrt_t = t.sqrt();
    let vol = sigma * sqrt_t;
    let inv_vol = 1.0 / vol;
    let drift = RATE + 0.5 * sigma * sigma;
    let d1 = ((s / STRIKE).ln() + drift * t) * inv_vol;
    let d2 = d1 - vol;
    let (n1, dn1) = logistic_cdf(d1);
    let (n2, dn2) = logistic_cdf(d2);
    let k_disc = STRIKE * (-RATE * t).exp();
    let value = s * n1 - k_disc * n2;
    // sensitivities of the price to d2 and d1 (d2 = d1 − vol), then to the numerator of d1
    let k_dn2 = k_disc * dn2;
    let d_d1 = s * dn1 - k_dn2;
    let d_m = d_d1 * inv_vol;
    // ∂/∂vol: through d1 = m/vol and through d2 = d1 − vol
    let d_vol = k_dn2 - d_d1 * d1 * inv_vol;
    let d_s = n1 + d_m / s;
    let d_sigma = d_m * sigma * t + d_vol * sqrt_t;
    let d_t = d_m * drift + d_vol * sigma / (2.0 * sqrt_t) + RATE * k_disc * n2;
    (value, (d_s, d_sigma, d_t))
}

fn bs_call_generic<T: Float>(s: T, sigma: T, t: T) -> T {
    let strike = lit::<T>(STRIKE);
    let rate = lit::<T>(RATE);
    if t <= T::zero() {
        return (s - strike).max(T::zero());
    }
    let one = T::one();
    let sqrt_t = t.sqrt();
    let vol = sigma * sqrt_t;
    let d1 = ((s / strike).ln() + (rate + lit::<T>(0.5) * sigma * sigma) * t) / vol;
    let d2 = d1 - vol;
    let (cubic, linear) = (lit::<T>(CDF_CUBIC), lit::<T>(CDF_LINEAR));
    let n1 = one / (one + (-(cubic * d1.powi(3) + linear * d1)).exp());
    let n2 = one / (one + (-(cubic * d2.powi(3) + linear * d2)).exp());
    s * n1 - strike * (-rate * t).exp() * n2
}

// ---------------------------------------------------------------------------------------
// The correctness check and the timing.
// ---------------------------------------------------------------------------------------

fn tape_gradient(
    tape: &mut Tape,
    f: impl for<'t> Fn(Var<'t, f64>, Var<'t, f64>, Var<'t, f64>) -> Var<'t, f64>,
    (x, y, z): (f64, f64, f64),
) -> Gradient3 {
    tape.clear();
    let (vx, vy, vz) = (tape.var(x), tape.var(y), tape.var(z));
    let out = f(vx, vy, vz);
    let g = tape.gradient(out, &[vx, vy, vz]);
    (out.value(), (g[0], g[1], g[2]))
}

fn assert_close(function: &str, what: &str, point: (f64, f64, f64), a: f64, b: f64) {
    assert!(
        a.is_finite() && b.is_finite() && (a - b).abs() <= 1e-12 * a.abs().max(b.abs()),
        "{function} at {point:?}: {what} disagree: {a:e} vs {b:e}"
    );
}

/// Checks, once and outside any timing, that `grad_f`, the hand-written gradient and the
/// tape give the same value and gradient at every point (1e-12 relative), and that
/// `grad_f`'s value is exactly the primal's.
fn check_agreement(
    function: &str,
    points: &[(f64, f64, f64)],
    primal: impl Fn(f64, f64, f64) -> f64,
    generated: impl Fn(f64, f64, f64) -> Gradient3,
    hand: impl Fn(f64, f64, f64) -> Gradient3,
    twin: impl for<'t> Fn(Var<'t, f64>, Var<'t, f64>, Var<'t, f64>) -> Var<'t, f64>,
) {
    let mut tape = Tape::new();
    for &point in points {
        let (x, y, z) = point;
        let (v, (gx, gy, gz)) = generated(x, y, z);
        assert_eq!(
            v,
            primal(x, y, z),
            "{function} at {point:?}: grad_f's value"
        );
        for (name, (hv, (hx, hy, hz))) in [
            ("grad_f and hand-written", hand(x, y, z)),
            ("grad_f and tape", tape_gradient(&mut tape, &twin, point)),
        ] {
            assert_close(function, &format!("{name} values"), point, v, hv);
            assert_close(function, &format!("{name} ∂/∂x₁"), point, gx, hx);
            assert_close(function, &format!("{name} ∂/∂x₂"), point, gy, hy);
            assert_close(function, &format!("{name} ∂/∂x₃"), point, gz, hz);
        }
    }
}

/// One criterion group: the four ways, on the same inputs.
macro_rules! scalar_group {
    ($c:expr, $group:literal, $inputs:expr, $primal:path, $grad:path, $hand:path, $twin:path) => {{
        let inputs: (f64, f64, f64) = $inputs;
        let mut group = $c.benchmark_group($group);
        group.bench_function("primal", |b| {
            b.iter(|| {
                let (x, y, z) = black_box(inputs);
                black_box($primal(x, y, z))
            })
        });
        group.bench_function("grad_f", |b| {
            b.iter(|| {
                let (x, y, z) = black_box(inputs);
                black_box($grad(x, y, z))
            })
        });
        group.bench_function("hand_written", |b| {
            b.iter(|| {
                let (x, y, z) = black_box(inputs);
                black_box($hand(x, y, z))
            })
        });
        group.bench_function("tape", |b| {
            let mut tape = Tape::new();
            b.iter(|| {
                tape.clear();
                let (x, y, z) = black_box(inputs);
                let (vx, vy, vz) = (tape.var(x), tape.var(y), tape.var(z));
                let out = $twin(vx, vy, vz);
                let g = tape.gradient(out, &[vx, vy, vz]);
                black_box((out.value(), (g[0], g[1], g[2])))
            })
        });
        group.finish();
    }};
}

/// The timed points (the first of each list) and points that take the other branches.
const K4_POINTS: &[(f64, f64, f64)] = &[(0.7, -1.3, 0.4), (-1.9, 0.6, -2.2), (2.5, 3.1, 1.7)];
/// Timed: a = x·y − z > 0 and x − z > 0; then a ≤ 0 with x − z > 0, a > 0 with x − z < 0,
/// and both negative.
const SOFT_HINGE_POINTS: &[(f64, f64, f64)] = &[
    (0.8, 1.5, -0.3),
    (0.8, -1.5, 0.3),
    (-0.5, -2.0, 0.4),
    (-1.2, 0.7, -0.2),
];
/// Timed: near the money, one year; then in and out of the money, and at expiry both
/// sides of the strike.
const BS_CALL_POINTS: &[(f64, f64, f64)] = &[
    (105.0, 0.25, 1.0),
    (80.0, 0.4, 0.5),
    (130.0, 0.15, 2.0),
    (110.0, 0.2, 0.0),
    (90.0, 0.2, -1.0),
];

fn scalar_benchmark(c: &mut Criterion) {
    check_agreement("k4", K4_POINTS, k4, grad_k4, k4_hand, |x, y, z| {
        k4_generic(x, y, z)
    });
    check_agreement(
        "soft_hinge",
        SOFT_HINGE_POINTS,
        soft_hinge,
        grad_soft_hinge,
        soft_hinge_hand,
        |x, y, z| soft_hinge_generic(x, y, z),
    );
    check_agreement(
        "bs_call",
        BS_CALL_POINTS,
        bs_call,
        grad_bs_call,
        bs_call_hand,
        |x, y, z| bs_call_generic(x, y, z),
    );

    scalar_group!(c, "k4", K4_POINTS[0], k4, grad_k4, k4_hand, k4_generic);
    scalar_group!(
        c,
        "soft_hinge",
        SOFT_HINGE_POINTS[0],
        soft_hinge,
        grad_soft_hinge,
        soft_hinge_hand,
        soft_hinge_generic
    );
    scalar_group!(
        c,
        "bs_call",
        BS_CALL_POINTS[0],
        bs_call,
        grad_bs_call,
        bs_call_hand,
        bs_call_generic
    );
}

criterion_group!(benches, scalar_benchmark);
criterion_main!(benches);
