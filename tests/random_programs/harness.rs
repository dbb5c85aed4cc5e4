//! The checks run on every generated program. Written by tools/program-generator (do not
//! edit the copy in tests/random_programs/: edit the generator's template and regenerate);
//! the same file drives tests/random_programs.rs and scripts/random-programs.sh.
//!
//! For each program `gen_K<T: Float>(x, y, w: &[T; 4], n) -> T`, at seeded random points
//! (`x`, `y`, `w[i]` uniform in `[-1.5, 1.5]`, `n` in `0..=4`):
//! - `grad_gen_K` returns exactly `gen_K`'s value, and `grad_gen_K_into` returns it too
//!   and ADDS the same gradient into buffers that start at one;
//! - the gradient equals the tape's (the same generic function run on `gradus::Tape`)
//!   within `TAPE_TOLERANCE`, and so does the value;
//! - each of the six components agrees with central finite differences within
//!   `FD_TOLERANCE`, where the function is smooth around the point. Smooth means that the
//!   differences with steps `h` and `h/2` agree within `SMOOTHNESS`: a branch, a trip count
//!   or a `floor` that flips within `±h`, or a kink, makes them disagree. Only there is the
//!   component skipped, and the skips are counted.
//!
//! Errors are `|a − b| / max(1, |a|, |b|)`.
//!
//! Concrete programs `cgen_K(x, y, w, n, rows, counts, bias)` in `f64` or `f32` (SPEC §2.3,
//! level 2½) get the same checks with data drawn at each point (`rows`: 3 rows of 4 in
//! `[-1.5, 1.5]`, `counts[i]` in `0..=3`, `bias` `Some(b)` or `None`), only `x`, `y`, `w`
//! differentiated. Their tape is their generic twin `cgen_K_twin::<Var<F>>` (the same
//! program over `T: Float`, literals as `lit::<T>(c)`) run on a `Tape<F>` of their own
//! precision; finite differences are taken on the concrete function itself. `f32`
//! programs use the tolerances of tests/common: 1e-4 against the tape, 1e-3 against
//! finite differences (step ∛ε of `f32`).

use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use gradus::{Float, Tape, Var};

/// `gen_K::<f64>`.
pub type Plain = fn(f64, f64, &[f64; 4], usize) -> f64;
/// `grad_gen_K::<f64>`.
pub type Grad = fn(f64, f64, &[f64; 4], usize) -> (f64, (f64, f64, [f64; 4]));
/// `grad_gen_K_into::<f64>`.
pub type GradInto = fn(f64, f64, &[f64; 4], usize, &mut f64, &mut f64, &mut [f64; 4]) -> f64;
/// `gen_K` run on the tape.
pub type OnTape = for<'t> fn(Var<'t, f64>, Var<'t, f64>, &[Var<'t, f64>; 4], usize) -> Var<'t, f64>;

/// One generated program and what `#[differentiable]` generated for it.
pub struct Program {
    pub name: &'static str,
    pub f: Plain,
    pub grad: Grad,
    pub grad_into: GradInto,
    pub tape: OnTape,
}

/// A concrete program's float type with its tolerances.
pub trait Real: Float + fmt::Debug + 'static {
    const NAME: &'static str;
    /// Against the tape (the twin in the same precision).
    const TAPE_TOLERANCE: f64;
    /// Against central finite differences of the concrete function.
    const FD_TOLERANCE: f64;
    /// Differences with steps `h` and `h/2` further apart: not smooth within `±h`.
    const SMOOTHNESS: f64;
    fn of(v: f64) -> Self;
    fn f(self) -> f64;
}

impl Real for f64 {
    const NAME: &'static str = "f64";
    const TAPE_TOLERANCE: f64 = TAPE_TOLERANCE;
    const FD_TOLERANCE: f64 = FD_TOLERANCE;
    const SMOOTHNESS: f64 = SMOOTHNESS;
    fn of(v: f64) -> Self {
        v
    }
    fn f(self) -> f64 {
        self
    }
}

impl Real for f32 {
    const NAME: &'static str = "f32";
    const TAPE_TOLERANCE: f64 = 1e-4;
    const FD_TOLERANCE: f64 = 1e-3;
    const SMOOTHNESS: f64 = 5e-4;
    fn of(v: f64) -> Self {
        v as f32
    }
    fn f(self) -> f64 {
        self as f64
    }
}

/// `cgen_K` (concrete, in `F`).
pub type ConcretePlain<F> = fn(F, F, &[F; 4], usize, &[Vec<F>], &[usize], Option<F>) -> F;
/// `grad_cgen_K`.
pub type ConcreteGrad<F> =
    fn(F, F, &[F; 4], usize, &[Vec<F>], &[usize], Option<F>) -> (F, (F, F, [F; 4]));
/// `grad_cgen_K_into`.
pub type ConcreteGradInto<F> =
    fn(F, F, &[F; 4], usize, &[Vec<F>], &[usize], Option<F>, &mut F, &mut F, &mut [F; 4]) -> F;
/// `cgen_K_twin` run on the tape.
pub type ConcreteOnTape<F> = for<'t> fn(
    Var<'t, F>,
    Var<'t, F>,
    &[Var<'t, F>; 4],
    usize,
    &[Vec<F>],
    &[usize],
    Option<F>,
) -> Var<'t, F>;

/// One generated concrete program, what `#[differentiable]` generated for it, and its
/// generic twin.
pub struct Concrete<F: 'static> {
    pub name: &'static str,
    pub f: ConcretePlain<F>,
    pub grad: ConcreteGrad<F>,
    pub grad_into: ConcreteGradInto<F>,
    pub tape: ConcreteOnTape<F>,
}

/// The largest error allowed between the generated gradient and the tape's.
pub const TAPE_TOLERANCE: f64 = 1e-9;
/// The largest error allowed between the generated gradient and finite differences.
pub const FD_TOLERANCE: f64 = 1e-5;
/// Finite differences with steps `h` and `h/2` further apart than this mark a point where
/// the function is not smooth within `±h`.
pub const SMOOTHNESS: f64 = 1e-6;
/// How many failures a report keeps in full.
const KEEP: usize = 12;

/// What a run checked and found.
#[derive(Default)]
pub struct Report {
    pub functions: usize,
    pub points: usize,
    /// Gradient components compared with the tape (six per point).
    pub tape_checks: usize,
    /// Gradient components compared with finite differences.
    pub fd_checks: usize,
    /// Components where the function is not smooth within `±h`: not compared.
    pub fd_skips: usize,
    /// Points with at least one skipped component.
    pub points_with_skips: usize,
    pub max_tape_error: f64,
    pub max_fd_error: f64,
    /// Concrete programs among `functions`, in `f64` and in `f32`.
    pub concrete_f64: usize,
    pub concrete_f32: usize,
    /// The largest errors of the `f32` programs (tolerances of [`Real`] for `f32`); the
    /// two above are those of the `f64` ones.
    pub max_tape_error_f32: f64,
    pub max_fd_error_f32: f64,
    /// The number of failed checks, and the first `KEEP` of them in full.
    pub failure_count: usize,
    pub failures: Vec<String>,
    /// Programs with at least one failure.
    pub failed_programs: Vec<&'static str>,
    pub seconds: f64,
}

impl Report {
    fn fail(&mut self, message: String) {
        self.failure_count += 1;
        if self.failures.len() < KEEP {
            self.failures.push(message);
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "random programs: {} functions ({} generic, {} concrete f64, {} concrete f32), {} points",
            self.functions,
            self.functions - self.concrete_f64 - self.concrete_f32,
            self.concrete_f64,
            self.concrete_f32,
            self.points
        )?;
        writeln!(
            f,
            "  generated vs tape: {} gradient components, max error {:.2e} (tolerance {:.0e})",
            self.tape_checks, self.max_tape_error, TAPE_TOLERANCE
        )?;
        writeln!(
            f,
            "  generated vs finite differences: {} components, max error {:.2e} (tolerance {:.0e})",
            self.fd_checks, self.max_fd_error, FD_TOLERANCE
        )?;
        if self.concrete_f32 > 0 {
            writeln!(
                f,
                "  f32 programs: max error vs tape {:.2e} (tolerance {:.0e}), vs finite differences {:.2e} (tolerance {:.0e})",
                self.max_tape_error_f32,
                f32::TAPE_TOLERANCE,
                self.max_fd_error_f32,
                f32::FD_TOLERANCE
            )?;
        }
        writeln!(
            f,
            "  finite differences skipped (not smooth within ±h): {} components at {} points ({:.2}%)",
            self.fd_skips,
            self.points_with_skips,
            100.0 * self.fd_skips as f64 / (self.fd_checks + self.fd_skips).max(1) as f64
        )?;
        writeln!(
            f,
            "  failures: {} in {} programs",
            self.failure_count,
            self.failed_programs.len()
        )?;
        if !self.failed_programs.is_empty() {
            let shown = self.failed_programs.len().min(200);
            writeln!(
                f,
                "    in {}{}",
                self.failed_programs[..shown].join(", "),
                if shown < self.failed_programs.len() {
                    ", …"
                } else {
                    ""
                }
            )?;
        }
        for failure in &self.failures {
            writeln!(f, "    {failure}")?;
        }
        write!(f, "  {:.2} s", self.seconds)
    }
}

/// `|a − b| / max(1, |a|, |b|)`; NaN counts as infinite.
pub fn error(a: f64, b: f64) -> f64 {
    let e = (a - b).abs() / 1.0_f64.max(a.abs()).max(b.abs());
    if e.is_nan() {
        f64::INFINITY
    } else {
        e
    }
}

/// SplitMix64, for the points.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * ((self.next() >> 11) as f64 / (1u64 << 53) as f64)
    }
}

const NAMES: [&str; 6] = ["x", "y", "w[0]", "w[1]", "w[2]", "w[3]"];

fn split(p: &[f64; 6]) -> (f64, f64, [f64; 4]) {
    (p[0], p[1], [p[2], p[3], p[4], p[5]])
}

/// Checks every program at `points` points each, drawn from `seed`.
pub fn check_all(programs: &[Program], points: usize, seed: u64) -> Report {
    let start = Instant::now();
    let mut report = Report::default();
    for (k, program) in programs.iter().enumerate() {
        let before = report.failure_count;
        let mut rng = Rng(seed ^ (k as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
        let mut at = None;
        let run = catch_unwind(AssertUnwindSafe(|| {
            for _ in 0..points {
                let mut p = [0.0; 6];
                for c in &mut p {
                    *c = rng.range(-1.5, 1.5);
                }
                let n = (rng.next() % 5) as usize;
                at = Some((p, n));
                check_point(program, &p, n, &mut report);
            }
        }));
        if run.is_err() {
            let (p, n) = at.expect("a panic comes from a point");
            let (x, y, w) = split(&p);
            report.fail(format!(
                "{name}({x:?}, {y:?}, &{w:?}, {n}): panicked (see the message above)",
                name = program.name
            ));
        }
        report.functions += 1;
        if report.failure_count > before {
            report.failed_programs.push(program.name);
        }
    }
    report.seconds = start.elapsed().as_secs_f64();
    report
}

/// Checks every generic program and every concrete one at `points` points each.
#[allow(dead_code)]
pub fn check_batch(
    programs: &[Program],
    f64s: &[Concrete<f64>],
    f32s: &[Concrete<f32>],
    points: usize,
    seed: u64,
) -> Report {
    let start = Instant::now();
    let mut report = check_all(programs, points, seed);
    check_concrete(f64s, points, seed, &mut report);
    check_concrete(f32s, points, seed, &mut report);
    report.seconds = start.elapsed().as_secs_f64();
    report
}

/// The data of a concrete program at one point.
struct Data<F> {
    rows: Vec<Vec<F>>,
    counts: Vec<usize>,
    bias: Option<F>,
}

/// Checks every concrete program at `points` points each, adding to `report`.
pub fn check_concrete<F: Real>(
    programs: &[Concrete<F>],
    points: usize,
    seed: u64,
    report: &mut Report,
) {
    for program in programs {
        let before = report.failure_count;
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in program.name.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        let mut rng = Rng(seed ^ h);
        let mut at = None;
        let run = catch_unwind(AssertUnwindSafe(|| {
            for _ in 0..points {
                let mut p = [F::zero(); 6];
                for c in &mut p {
                    *c = F::of(rng.range(-1.5, 1.5));
                }
                let n = (rng.next() % 5) as usize;
                let rows: Vec<Vec<F>> = (0..3)
                    .map(|_| (0..4).map(|_| F::of(rng.range(-1.5, 1.5))).collect())
                    .collect();
                let counts: Vec<usize> = (0..4).map(|_| (rng.next() % 4) as usize).collect();
                let bias = if rng.next() % 10 < 7 {
                    Some(F::of(rng.range(-1.5, 1.5)))
                } else {
                    None
                };
                let data = Data { rows, counts, bias };
                at = Some(format!(
                    "{}({:?}, {:?}, &{:?}, {n}, rows {:?}, counts {:?}, bias {:?})",
                    program.name,
                    p[0],
                    p[1],
                    &p[2..],
                    data.rows,
                    data.counts,
                    data.bias
                ));
                check_concrete_point(program, &p, n, &data, report);
            }
        }));
        if run.is_err() {
            report.fail(format!(
                "{}: panicked (see the message above)",
                at.unwrap_or_else(|| program.name.to_string())
            ));
        }
        report.functions += 1;
        if F::NAME == "f32" {
            report.concrete_f32 += 1;
        } else {
            report.concrete_f64 += 1;
        }
        if report.failure_count > before {
            report.failed_programs.push(program.name);
        }
    }
}

fn check_concrete_point<F: Real>(
    program: &Concrete<F>,
    p: &[F; 6],
    n: usize,
    data: &Data<F>,
    report: &mut Report,
) {
    let name = program.name;
    let (rows, counts, bias) = (&data.rows[..], &data.counts[..], data.bias);
    let (x, y, w) = (p[0], p[1], [p[2], p[3], p[4], p[5]]);
    let at = format!(
        "{name}({x:?}, {y:?}, &{w:?}, {n}, rows {rows:?}, counts {counts:?}, bias {bias:?}) [{}]",
        F::NAME
    );
    let f32 = F::NAME == "f32";
    report.points += 1;

    let value = (program.f)(x, y, &w, n, rows, counts, bias);
    if !value.is_finite() {
        report.fail(format!("{at} = {value:?}: not finite"));
        return;
    }
    let (grad_value, (gx, gy, gw)) = (program.grad)(x, y, &w, n, rows, counts, bias);
    if grad_value.f().to_bits() != value.f().to_bits() {
        report.fail(format!(
            "{at}: grad_{name} returns the value {grad_value:?}, {name} {value:?}"
        ));
    }
    let gradient = [gx, gy, gw[0], gw[1], gw[2], gw[3]];

    let (mut bx, mut by, mut bw) = (F::one(), F::one(), [F::one(); 4]);
    let into_value =
        (program.grad_into)(x, y, &w, n, rows, counts, bias, &mut bx, &mut by, &mut bw);
    if into_value.f().to_bits() != value.f().to_bits() {
        report.fail(format!(
            "{at}: grad_{name}_into returns the value {into_value:?}, {name} {value:?}"
        ));
    }
    let buffers = [bx, by, bw[0], bw[1], bw[2], bw[3]];
    for i in 0..6 {
        if error(buffers[i].f(), 1.0 + gradient[i].f()) > F::TAPE_TOLERANCE {
            report.fail(format!(
                "{at}: grad_{name}_into leaves {:?} in the buffer for {} that held 1, grad_{name} gives {:?}",
                buffers[i], NAMES[i], gradient[i]
            ));
        }
    }

    let tape = Tape::<F>::default();
    let vars = [
        tape.var(p[0]),
        tape.var(p[1]),
        tape.var(p[2]),
        tape.var(p[3]),
        tape.var(p[4]),
        tape.var(p[5]),
    ];
    let out = (program.tape)(
        vars[0],
        vars[1],
        &[vars[2], vars[3], vars[4], vars[5]],
        n,
        rows,
        counts,
        bias,
    );
    let tape_gradient = tape.gradient(out, &vars);
    if error(out.value().f(), value.f()) > F::TAPE_TOLERANCE {
        report.fail(format!(
            "{at}: the tape (twin) computes {:?}, {name} {value:?}",
            out.value()
        ));
    }
    for i in 0..6 {
        let e = error(gradient[i].f(), tape_gradient[i].f());
        report.tape_checks += 1;
        if f32 {
            report.max_tape_error_f32 = report.max_tape_error_f32.max(e);
        } else {
            report.max_tape_error = report.max_tape_error.max(e);
        }
        if e > F::TAPE_TOLERANCE {
            report.fail(format!(
                "{at}: d/d{} is {:?}, the tape (twin) gives {:?} (error {e:.1e})",
                NAMES[i], gradient[i], tape_gradient[i]
            ));
        }
    }

    let f = |q: &[F; 6]| (program.f)(q[0], q[1], &[q[2], q[3], q[4], q[5]], n, rows, counts, bias);
    let mut skipped = false;
    for i in 0..6 {
        let h = F::epsilon().cbrt() * p[i].abs().max(F::one());
        let d1 = concrete_difference(&f, p, i, h);
        let e = error(gradient[i].f(), d1.f());
        if e <= F::FD_TOLERANCE {
            report.fd_checks += 1;
            if f32 {
                report.max_fd_error_f32 = report.max_fd_error_f32.max(e);
            } else {
                report.max_fd_error = report.max_fd_error.max(e);
            }
            continue;
        }
        let d2 = concrete_difference(&f, p, i, h / F::of(2.0));
        if error(d1.f(), d2.f()) > F::SMOOTHNESS {
            report.fd_skips += 1;
            skipped = true;
        } else {
            report.fail(format!(
                "{at}: d/d{} is {:?}, finite differences give {d1:?} (step h) and {d2:?} (h/2) (error {e:.1e})",
                NAMES[i], gradient[i]
            ));
        }
    }
    if skipped {
        report.points_with_skips += 1;
    }
}

fn concrete_difference<F: Real>(f: &impl Fn(&[F; 6]) -> F, p: &[F; 6], i: usize, h: F) -> F {
    let mut q = *p;
    let (above, below) = (p[i] + h, p[i] - h);
    q[i] = above;
    let f_above = f(&q);
    q[i] = below;
    let f_below = f(&q);
    (f_above - f_below) / (above - below)
}

/// Checks one program at one point `(x, y, w[0..4])`, `n` (the harness's own tests use
/// it; the batch driver of scripts/random-programs.sh does not).
#[allow(dead_code)]
pub fn check_at(program: &Program, p: &[f64; 6], n: usize) -> Report {
    let mut report = Report {
        functions: 1,
        ..Report::default()
    };
    check_point(program, p, n, &mut report);
    if report.failure_count > 0 {
        report.failed_programs.push(program.name);
    }
    report
}

fn check_point(program: &Program, p: &[f64; 6], n: usize, report: &mut Report) {
    let name = program.name;
    let (x, y, w) = split(p);
    let at = format!("{name}({x:?}, {y:?}, &{w:?}, {n})");
    report.points += 1;

    let value = (program.f)(x, y, &w, n);
    if !value.is_finite() {
        report.fail(format!("{at} = {value:?}: not finite"));
        return;
    }

    let (grad_value, (gx, gy, gw)) = (program.grad)(x, y, &w, n);
    if grad_value.to_bits() != value.to_bits() {
        report.fail(format!(
            "{at}: grad_{name} returns the value {grad_value:?}, {name} {value:?}"
        ));
    }
    let gradient = [gx, gy, gw[0], gw[1], gw[2], gw[3]];

    let (mut bx, mut by, mut bw) = (1.0, 1.0, [1.0; 4]);
    let into_value = (program.grad_into)(x, y, &w, n, &mut bx, &mut by, &mut bw);
    if into_value.to_bits() != value.to_bits() {
        report.fail(format!(
            "{at}: grad_{name}_into returns the value {into_value:?}, {name} {value:?}"
        ));
    }
    let buffers = [bx, by, bw[0], bw[1], bw[2], bw[3]];
    for i in 0..6 {
        if error(buffers[i], 1.0 + gradient[i]) > TAPE_TOLERANCE {
            report.fail(format!(
                "{at}: grad_{name}_into leaves {:?} in the buffer for {} that held 1, grad_{name} gives {:?}",
                buffers[i], NAMES[i], gradient[i]
            ));
        }
    }

    let tape = Tape::new();
    let vars = [
        tape.var(p[0]),
        tape.var(p[1]),
        tape.var(p[2]),
        tape.var(p[3]),
        tape.var(p[4]),
        tape.var(p[5]),
    ];
    let out = (program.tape)(vars[0], vars[1], &[vars[2], vars[3], vars[4], vars[5]], n);
    let tape_gradient = tape.gradient(out, &vars);
    let e = error(out.value(), value);
    if e > TAPE_TOLERANCE {
        report.fail(format!(
            "{at}: the tape computes {:?}, {name} {value:?}",
            out.value()
        ));
    }
    for i in 0..6 {
        let e = error(gradient[i], tape_gradient[i]);
        report.tape_checks += 1;
        report.max_tape_error = report.max_tape_error.max(e);
        if e > TAPE_TOLERANCE {
            report.fail(format!(
                "{at}: d/d{} is {:?}, the tape gives {:?} (error {e:.1e})",
                NAMES[i], gradient[i], tape_gradient[i]
            ));
        }
    }

    let f = |q: &[f64; 6]| {
        let (x, y, w) = split(q);
        (program.f)(x, y, &w, n)
    };
    let mut skipped = false;
    for i in 0..6 {
        let h = f64::EPSILON.cbrt() * p[i].abs().max(1.0);
        let d1 = central_difference(&f, p, i, h);
        let e = error(gradient[i], d1);
        if e <= FD_TOLERANCE {
            report.fd_checks += 1;
            report.max_fd_error = report.max_fd_error.max(e);
            continue;
        }
        let d2 = central_difference(&f, p, i, h / 2.0);
        if error(d1, d2) > SMOOTHNESS {
            report.fd_skips += 1;
            skipped = true;
        } else {
            report.fail(format!(
                "{at}: d/d{} is {:?}, finite differences give {d1:?} (step h) and {d2:?} (h/2) (error {e:.1e})",
                NAMES[i], gradient[i]
            ));
        }
    }
    if skipped {
        report.points_with_skips += 1;
    }
}

/// `(f(p + h·eᵢ) − f(p − h·eᵢ)) / (the distance actually stepped)`.
fn central_difference(f: &impl Fn(&[f64; 6]) -> f64, p: &[f64; 6], i: usize, h: f64) -> f64 {
    let mut q = *p;
    let (above, below) = (p[i] + h, p[i] - h);
    q[i] = above;
    let f_above = f(&q);
    q[i] = below;
    let f_below = f(&q);
    (f_above - f_below) / (above - below)
}
