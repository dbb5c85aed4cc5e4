//! One random `#[differentiable]` function in the DSL of SPEC §2.3.
//!
//! Every value the generator writes carries an interval that contains every value it can
//! take at run time (the arguments `x`, `y`, `w[i]` are assumed in `[-ARG, ARG]`, `n` in
//! `0..=N_MAX`). With it the generator keeps each math function inside its domain and away
//! from its singular points (`ln` of at least `MIN_POS`, `asin` of at most 0.9, …), and
//! squashes any value that could grow past `CAP` (with `tanh`, `atan` or `sin`).
//! Variables a loop or a branch may assign get a declared interval when they are declared,
//! and every assignment is squashed into it, so that reads before the assignment (in the
//! next iteration) are covered too.

use std::cell::Cell;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

use crate::interval::Iv;
use crate::rng::{round2, Rng};

/// `x`, `y`, `w[i]` and the arguments passed in calls lie in `[-ARG, ARG]`.
pub const ARG: f64 = 2.0;
/// `n` and the integers passed in calls lie in `0..=N_MAX`.
pub const N_MAX: u64 = 4;
/// A value whose interval reaches past `CAP` is squashed before it is used again.
const CAP: f64 = 12.0;
/// Every returned value lies in `[-RET, RET]`.
const RET: f64 = 6.0;
/// Elements of local arrays lie in `[-ARG, ARG]` too, so that arrays can be passed on.
const ARR: f64 = ARG;
/// Arguments of `ln`, `sqrt`, `recip`, … stay at least this far from zero.
const MIN_POS: f64 = 0.2;
/// The most operations one evaluation of a function may run, callees included.
const MAX_COST: u64 = 5000;
/// The most call sites in one function.
const MAX_CALLS: usize = 3;

/// How often each construct was written, for the coverage table.
pub type Stats = BTreeMap<&'static str, u64>;

/// Constructs that `#[differentiable]` once mis-compiled (found by this generator; fixed,
/// with tests in tests/regressions.rs). All but `value_escapes` are written by default;
/// `value_escapes` also writes escapes from a block used as a value, which the macro now
/// refuses with a compile error.
#[derive(Clone, Copy, Default)]
pub struct Config {
    /// `return`, `break` or `continue` inside an `if` (or a block) used as a value, other
    /// than a whole arm `return e;`: `let a = if c { if d { continue; } x } else { y };`
    /// gives a wrong value and gradient in silence, and with `return` the generated code
    /// does not compile (E0381).
    pub value_escapes: bool,
    /// An assignment, inside a block used as a value, to a float declared outside it:
    /// `let a = { s = s * y; x };` loses the assignment (value and gradient wrong, in
    /// silence).
    pub block_assignments: bool,
    /// In a loop body, a sum, difference or negation of another one built from array
    /// reads, constants and variables: `s = s + (x + w[i] + y).sin()` gets a wrong
    /// gradient in silence (the reverse sweep computes `x + w[i] + y` again but not
    /// `w[i]`).
    pub loop_sums: bool,
    /// A loop with a run-time trip count (`while`, `loop`, a `break`) inside a branch
    /// inside a loop: when nothing in the branch feeds the result, the reverse sweep pops
    /// the inner loop's trip count under a branch decision it never recorded (the last
    /// iteration's), and `Records::pop` panics (subtract with overflow). To stay simple,
    /// no loop at all is written inside a branch inside a loop.
    pub branch_loops: bool,
    /// A block used as a value that ends in a bare variable it declares, read by a
    /// condition inside it: `let a = { let b = y * y; let c = if b > x { x } else { y }; b };`
    /// — the generated code names the value `a` but the condition still says `b`, and
    /// does not compile (E0425).
    pub block_tail_vars: bool,
}

/// The constructs of concrete `f64`/`f32` programs (SPEC §2.3, level 2½), each on by
/// default and left out with its `--no-…` flag.
#[derive(Clone, Copy)]
pub struct ConcreteConfig {
    /// Iterator pipelines over `w`, local arrays and data rows (`.map(…).sum::<f64>()`,
    /// `.fold(…)`, `.zip(…)`, `.enumerate()`, `.rev()`, `.skip(k)`, `.take(k)`,
    /// `.step_by(k)`, `.windows(k)`, `.chunks(k)`, `.product()`, `.copied()`), as values
    /// and as `for` loop sources.
    pub pipelines: bool,
    /// `assert!`, `assert_eq!`, `assert_ne!`, `debug_assert!` statements.
    pub asserts: bool,
    /// `match` on integers and `bool`s (as statements and values), `if let` and `match`
    /// on the `Option` argument.
    pub matches: bool,
    /// Reads of the data arguments (`rows[i][j]`, `bias.unwrap_or(c)`) and loop bounds
    /// from data (`0..counts[k]`, `let steps = (… rows[0][j] …) as usize;`).
    pub data: bool,
    /// Programs in `f32` (else all are `f64`).
    pub f32s: bool,
    /// `clamp`, `to_radians`, `to_degrees`, `sin_cos`, tuple destructuring, array
    /// literals, `const` items in the body.
    pub extras: bool,
    /// Also the forms the macro refuses or mis-compiles today (each with a reproducer in
    /// /work/scratch/gen-findings): `to_radians` in `f32`, `let mut h: [f64; 4] = [c; 4];`
    /// then `h[i] = …`, a float computed from data passed to a call that passes arrays,
    /// `.windows(k)`/`.chunks(k)` of data rows, a `const` item after a `return`.
    pub known_refusals: bool,
}

impl Default for ConcreteConfig {
    fn default() -> Self {
        ConcreteConfig {
            pipelines: true,
            asserts: true,
            matches: true,
            data: true,
            f32s: true,
            extras: true,
            known_refusals: false,
        }
    }
}

thread_local! {
    /// Whether the function being written is concrete: literals are written as
    /// placeholders `⟪L:c⟫` that [`render`] turns into `c` (concrete) or `lit::<T>(c)`
    /// (the generic twin).
    static CONCRETE: Cell<bool> = const { Cell::new(false) };
}

/// What a caller needs to know about a generated function.
#[derive(Clone, Copy)]
pub struct FnInfo {
    pub ret: Iv,
    pub cost: u64,
}

/// A float expression: its code, its precedence (0 atomic or postfix, 1 unary, 2 `* / %`,
/// 3 `+ -`), its interval and the operations it runs.
/// `active`: it reads a float variable or an array element; `ints`: it reads an integer
/// variable.
#[derive(Clone)]
struct Ex {
    code: String,
    prec: u8,
    iv: Iv,
    cost: u64,
    active: bool,
    ints: bool,
    /// Built only from `+ − · /`, negation, array reads, constants and variables: what
    /// the reverse sweep of a loop computes again instead of recording.
    cheap: bool,
    /// Cheap, and a sum, a difference or a negation (see `Config::loop_sums`).
    linear: bool,
    /// Concrete programs: built from float literals alone, so Rust cannot tell its type
    /// (`{float}`): a method on it or a `let` of it needs a suffix or an annotation.
    untyped: bool,
}

impl Ex {
    fn new(code: String, prec: u8, iv: Iv, cost: u64) -> Ex {
        Ex {
            code,
            prec,
            iv: iv.pad(),
            cost,
            active: false,
            ints: false,
            cheap: false,
            linear: false,
            untyped: false,
        }
    }

    fn cheap(mut self, linear: bool) -> Ex {
        self.cheap = true;
        self.linear = linear;
        self
    }

    /// With the flags of the operands it is built from.
    fn of(mut self, parts: &[&Ex]) -> Ex {
        for p in parts {
            self.active |= p.active;
            self.ints |= p.ints;
        }
        self
    }

    fn flags(mut self, active: bool, ints: bool) -> Ex {
        self.active = active;
        self.ints = ints;
        self
    }

    /// The code, parenthesised unless its precedence is at most `max`.
    fn at(&self, max: u8) -> String {
        if self.prec > max {
            format!("({})", self.code)
        } else {
            self.code.clone()
        }
    }
}

fn lit(c: f64) -> Ex {
    let c = round2(c);
    if CONCRETE.with(Cell::get) {
        let mut e = if c < 0.0 {
            Ex::new(format!("-⟪L:{:?}⟫", -c), 1, Iv::point(c), 0).cheap(false)
        } else {
            Ex::new(format!("⟪L:{c:?}⟫"), 0, Iv::point(c), 0).cheap(false)
        };
        e.untyped = true;
        return e;
    }
    Ex::new(format!("T::from({c:?}).unwrap()"), 0, Iv::point(c), 0).cheap(false)
}

/// `e` with a type: its first literal gets the suffix (`0.5_f64 * 0.3`).
fn typed(mut e: Ex) -> Ex {
    if e.untyped {
        e.code = e.code.replacen("⟪L:", "⟪R:", 1);
        e.untyped = false;
    }
    e
}

/// The text of a concrete program (`twin` false, in `ty`) or of its generic twin, from
/// the generated code with its placeholders `⟪KIND:payload⟫`.
pub fn render(s: &str, twin: bool, ty: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find('⟪') {
        out.push_str(&rest[..at]);
        let inner_start = at + '⟪'.len_utf8();
        let mut depth = 1;
        let mut end = inner_start;
        for (i, ch) in rest[inner_start..].char_indices() {
            match ch {
                '⟪' => depth += 1,
                '⟫' => {
                    depth -= 1;
                    if depth == 0 {
                        end = inner_start + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        assert!(depth == 0, "unclosed placeholder in {s}");
        let inner = &rest[inner_start..end];
        rest = &rest[end + '⟫'.len_utf8()..];
        let (kind, payload) = inner.split_once(':').unwrap_or((inner, ""));
        let concrete = |p: &str| render(p, false, ty);
        let piece = match (kind, twin) {
            ("T", false) | ("DT", _) => ty.to_string(),
            ("T", true) => "T".to_string(),
            ("L", false) => payload.to_string(),
            ("R", false) => format!("{payload}_{ty}"),
            ("L" | "R", true) => format!("lit::<T>({payload})"),
            ("I", false) => format!("({} as {ty})", concrete(payload)),
            ("I", true) => format!("T::from({}).unwrap()", concrete(payload)),
            ("D", false) => concrete(payload),
            ("D", true) => format!("T::from({}).unwrap()", concrete(payload)),
            ("K", false) => payload.replace("f64", ty),
            ("K", true) => format!("T::from({payload}).unwrap()"),
            ("C", false) | ("W", true) => render(payload, twin, ty),
            ("C", true) | ("W", false) => String::new(),
            ("SUM" | "SUMR", false) => format!(".sum::<{ty}>()"),
            ("PROD" | "PRODR", false) => format!(".product::<{ty}>()"),
            ("SUM", true) => ".fold(T::zero(), |acc_, item_| acc_ + item_)".to_string(),
            ("SUMR", true) => ".fold(T::zero(), |acc_, &item_| acc_ + item_)".to_string(),
            ("PROD", true) => ".fold(T::one(), |acc_, item_| acc_ * item_)".to_string(),
            ("PRODR", true) => ".fold(T::one(), |acc_, &item_| acc_ * item_)".to_string(),
            ("NEGINF", false) => format!("{ty}::NEG_INFINITY"),
            ("NEGINF", true) => "T::neg_infinity()".to_string(),
            ("INF", false) => format!("{ty}::INFINITY"),
            ("INF", true) => "T::infinity()".to_string(),
            _ => panic!("unknown placeholder ⟪{inner}⟫"),
        };
        out.push_str(&piece);
    }
    out.push_str(rest);
    out
}

fn bin(a: &Ex, op: &str, b: &Ex, iv: Iv) -> Ex {
    let p = if op == "+" || op == "-" { 3 } else { 2 };
    let out = Ex::new(
        format!("{} {op} {}", a.at(p), b.at(p - 1)),
        p,
        iv,
        a.cost + b.cost + 1,
    )
    .of(&[a, b]);
    let mut out = if a.cheap && b.cheap && op != "%" {
        out.cheap(p == 3)
    } else {
        out
    };
    out.untyped = a.untyped && b.untyped;
    out
}

fn neg(e: &Ex) -> Ex {
    let out = Ex::new(format!("-{}", e.at(0)), 1, e.iv.neg(), e.cost + 1).of(&[e]);
    let mut out = if e.cheap { out.cheap(true) } else { out };
    out.untyped = e.untyped;
    out
}

/// An integer expression: code, largest value, precedence as for [`Ex`].
#[derive(Clone)]
struct IntEx {
    code: String,
    max: u64,
    prec: u8,
}

impl IntEx {
    fn at(&self, max: u8) -> String {
        if self.prec > max {
            format!("({})", self.code)
        } else {
            self.code.clone()
        }
    }
}

#[derive(Clone)]
enum Kind {
    /// A float; `mutable` ones keep their declared interval `iv` forever. `deref` items
    /// of `for v in xs.iter()` are read as `*v`.
    /// `linear_at`: the loop depth at which it was bound to a value that may be `linear`
    /// (see `Config::loop_sums`).
    Float {
        iv: Iv,
        mutable: bool,
        deref: bool,
        linear_at: Option<usize>,
    },
    /// An integer in `0..=max`; only `mutable` ones are assigned (counters are assigned
    /// only by their loop). `fixed` ones never change once bound (`n`, `let`, loop indices).
    Int {
        max: u64,
        mutable: bool,
        fixed: bool,
    },
    /// An array of 4 floats in `[-ARR, ARR]`; `by_ref` for the argument `w`.
    Array { mutable: bool, by_ref: bool },
}

#[derive(Clone)]
struct Binding {
    name: String,
    kind: Kind,
}

struct LoopCtx {
    /// The most iterations the loop runs.
    trips: u64,
    /// A local array the loop iterates over (it must not be written inside).
    borrowed: Option<String>,
}

struct Gen<'a> {
    rng: &'a mut Rng,
    prior: &'a [FnInfo],
    stats: &'a mut Stats,
    scopes: Vec<Vec<Binding>>,
    next_name: usize,
    loops: Vec<LoopCtx>,
    cost: u64,
    ret: Option<Iv>,
    calls: usize,
    budget: i64,
    /// For each `if` or block used as a value being written, how many loops enclosed
    /// it: a `break` or `continue` inside may only leave loops opened inside it, and no
    /// `return` may appear inside it except as a whole arm (see `Config`).
    value_floors: Vec<usize>,
    /// For each block used as a value being written, the index of its scope: float
    /// variables declared outside it are not assigned inside it (see `Config`).
    block_scopes: Vec<usize>,
    /// How many branches (of an `if`) being written lie inside a loop.
    branches_in_loops: usize,
    config: Config,
    /// Accumulators of the loops being written: never shadowed, since the loop's own
    /// update and condition name them.
    protected: Vec<String>,
    /// Set for a concrete program: its float type and constructs.
    cc: Option<(&'static str, ConcreteConfig)>,
    /// Float variables that hold data (`b` of `if let Some(b) = bias`, items of data
    /// rows, `const` items): read as `⟪D:b⟫`, converted in the twin.
    data_vars: HashSet<String>,
    /// Float locals bound to a value computed from data alone (not differentiated).
    inactive: HashSet<String>,
    /// How many closures of pipelines enclose the expression being written.
    in_closure: usize,
    /// `const` items declared at the top of the body.
    consts: Vec<(String, f64)>,
}

const SMOOTH: &[&str] = &[
    "abs", "sqrt", "cbrt", "exp", "exp2", "exp_m1", "ln", "log", "log2", "log10", "ln_1p", "powi",
    "powf", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh",
    "acosh", "atanh", "hypot", "recip", "mul_add", "max", "min",
];
const STEPS: &[&str] = &["signum", "floor", "ceil", "round", "trunc", "fract"];

/// Writes the function `gen_{index}` and returns it with what callers need to know.
pub fn function(
    rng: &mut Rng,
    prior: &[FnInfo],
    index: usize,
    stats: &mut Stats,
    config: Config,
) -> (String, FnInfo) {
    let mut g = Gen::new(rng, prior, stats, config, None);
    g.budget = g.rng.int(5, 16) as i64;
    let mut body = String::new();
    while g.budget > 0 {
        g.stmt(&mut body);
    }
    let tail = g.tail();
    g.note_return(&tail);
    let _ = writeln!(body, "{}", tail.code);
    let info = FnInfo {
        ret: g.ret.unwrap(),
        cost: g.cost.max(1),
    };
    let code = format!(
        "#[differentiable]\npub fn gen_{index}<T: Float>(x: T, y: T, w: &[T; 4], n: usize) -> T {{\n{body}}}\n"
    );
    (code, info)
}

/// A concrete program: what a caller needs to know, and its float type.
#[derive(Clone, Copy)]
pub struct ConcreteInfo {
    pub info: FnInfo,
    pub f32: bool,
}

/// Writes the concrete function `cgen_{index}` (in `f64` or `f32`, with float literals,
/// pipelines, assertions, `match`, data arguments) and its generic twin `cgen_{index}_twin`,
/// the same program over `T: Float` that the harness runs on the tape. Returns the
/// concrete function, the twin and what callers need to know.
pub fn concrete_function(
    rng: &mut Rng,
    prior: &[ConcreteInfo],
    index: usize,
    stats: &mut Stats,
    config: Config,
    cconfig: ConcreteConfig,
) -> (String, String, ConcreteInfo) {
    let f32 = cconfig.f32s && rng.chance(0.4);
    let ty = if f32 { "f32" } else { "f64" };
    // Functions of the other float type cannot be called.
    let callable: Vec<FnInfo> = prior
        .iter()
        .map(|p| {
            if p.f32 == f32 {
                p.info
            } else {
                FnInfo {
                    ret: p.info.ret,
                    cost: u64::MAX,
                }
            }
        })
        .collect();
    CONCRETE.with(|c| c.set(true));
    let mut g = Gen::new(rng, &callable, stats, config, Some((ty, cconfig)));
    g.budget = g.rng.int(5, 16) as i64;
    let mut body = String::new();
    if cconfig.data && g.rng.chance(0.4) {
        // A loop bound computed from data at the top of the body.
        g.count("let steps = (data) as usize");
        let r = g.rng.below(3);
        let c = g.rng.below(4);
        let code = if g.rng.chance(0.5) {
            format!("let steps = (rows[{r}][{c}].abs() * 2.0) as usize;")
        } else {
            format!("let steps = (1.5 / (rows[{r}][{c}].abs() + 0.5)) as usize;")
        };
        let _ = writeln!(body, "{code}");
        g.bind(
            "steps".into(),
            Kind::Int {
                max: 3,
                mutable: false,
                fixed: true,
            },
        );
    }
    while g.budget > 0 {
        g.stmt(&mut body);
    }
    let tail = g.tail();
    g.note_return(&tail);
    let _ = writeln!(body, "{}", tail.code);
    let info = FnInfo {
        ret: g.ret.unwrap(),
        cost: g.cost.max(1),
    };
    let mut consts = String::new();
    for (name, v) in &g.consts {
        let _ = writeln!(consts, "const {name}: ⟪DT⟫ = {v:?};");
    }
    CONCRETE.with(|c| c.set(false));
    let wrt = if g.rng.chance(0.3) {
        g.count("wrt(x, y, w) written out");
        "(wrt(x, y, w))"
    } else {
        ""
    };
    let body = format!("{consts}{body}");
    let code = format!(
        "#[differentiable{wrt}]\npub fn cgen_{index}(x: {ty}, y: {ty}, w: &[{ty}; 4], n: usize, rows: &[Vec<{ty}>], counts: &[usize], bias: Option<{ty}>) -> {ty} {{\n{}}}\n",
        render(&body, false, ty)
    );
    let twin = format!(
        "/// The generic twin of `cgen_{index}`, run on the tape.\npub fn cgen_{index}_twin<T: Float>(x: T, y: T, w: &[T; 4], n: usize, rows: &[Vec<{ty}>], counts: &[usize], bias: Option<{ty}>) -> T {{\n{}}}\n",
        render(&body, true, ty)
    );
    (code, twin, ConcreteInfo { info, f32 })
}

impl<'a> Gen<'a> {
    fn new(
        rng: &'a mut Rng,
        prior: &'a [FnInfo],
        stats: &'a mut Stats,
        config: Config,
        cc: Option<(&'static str, ConcreteConfig)>,
    ) -> Gen<'a> {
    let arg = Iv::sym(ARG);
    let g = Gen {
        rng,
        prior,
        stats,
        scopes: vec![vec![
            Binding {
                name: "x".into(),
                kind: Kind::Float {
                    iv: arg,
                    mutable: false,
                    deref: false,
                    linear_at: None,
                },
            },
            Binding {
                name: "y".into(),
                kind: Kind::Float {
                    iv: arg,
                    mutable: false,
                    deref: false,
                    linear_at: None,
                },
            },
            Binding {
                name: "w".into(),
                kind: Kind::Array {
                    mutable: false,
                    by_ref: true,
                },
            },
            Binding {
                name: "n".into(),
                kind: Kind::Int {
                    max: N_MAX,
                    mutable: false,
                    fixed: true,
                },
            },
        ]],
        next_name: 0,
        loops: Vec::new(),
        cost: 0,
        ret: None,
        calls: 0,
        budget: 0,
        protected: Vec::new(),
        value_floors: Vec::new(),
        block_scopes: Vec::new(),
        branches_in_loops: 0,
        config,
        cc,
        data_vars: HashSet::new(),
        inactive: HashSet::new(),
        in_closure: 0,
        consts: Vec::new(),
    };
    g
    }
}

impl Gen<'_> {
    fn count(&mut self, what: &'static str) {
        *self.stats.entry(what).or_insert(0) += 1;
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.next_name += 1;
        format!("{prefix}{}", self.next_name)
    }

    fn bind(&mut self, name: String, kind: Kind) {
        self.scopes.last_mut().unwrap().push(Binding { name, kind });
    }

    /// The bindings visible here: the innermost of each name.
    fn visible(&self) -> Vec<Binding> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for scope in self.scopes.iter().rev() {
            for b in scope.iter().rev() {
                if seen.insert(b.name.clone()) {
                    out.push(b.clone());
                }
            }
        }
        out
    }

    fn floats(&self) -> Vec<(String, Iv, bool, bool)> {
        self.visible()
            .into_iter()
            .filter_map(|b| match b.kind {
                Kind::Float {
                    iv, mutable, deref, ..
                } => Some((b.name, iv, mutable, deref)),
                _ => None,
            })
            .collect()
    }

    fn ints(&self) -> Vec<(String, u64, bool)> {
        self.visible()
            .into_iter()
            .filter_map(|b| match b.kind {
                Kind::Int { max, mutable, .. } => Some((b.name, max, mutable)),
                _ => None,
            })
            .collect()
    }

    /// The mutable floats an assignment here may write, with their declared intervals.
    fn assignable_floats(&self) -> Vec<(String, Iv)> {
        let floor = match self.block_scopes.last() {
            Some(&f) if !self.config.block_assignments => f,
            _ => 0,
        };
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (depth, scope) in self.scopes.iter().enumerate().rev() {
            for b in scope.iter().rev() {
                if seen.insert(b.name.clone()) && depth >= floor {
                    if let Kind::Float {
                        iv, mutable: true, ..
                    } = b.kind
                    {
                        out.push((b.name.clone(), iv));
                    }
                }
            }
        }
        out
    }

    /// The integers that never change once bound: the only ones calls that pass arrays
    /// accept.
    fn fixed_ints(&self) -> Vec<(String, u64, bool)> {
        self.visible()
            .into_iter()
            .filter_map(|b| match b.kind {
                Kind::Int {
                    max,
                    mutable,
                    fixed: true,
                } => Some((b.name, max, mutable)),
                _ => None,
            })
            .collect()
    }

    fn arrays(&self) -> Vec<(String, bool, bool)> {
        self.visible()
            .into_iter()
            .filter_map(|b| match b.kind {
                Kind::Array { mutable, by_ref } => Some((b.name, mutable, by_ref)),
                _ => None,
            })
            .collect()
    }

    /// Local arrays that may be written here (not iterated over by an enclosing loop).
    fn writable_arrays(&self) -> Vec<String> {
        self.arrays()
            .into_iter()
            .filter(|(name, mutable, _)| {
                *mutable
                    && !self
                        .loops
                        .iter()
                        .any(|l| l.borrowed.as_deref() == Some(name))
            })
            .map(|(name, _, _)| name)
            .collect()
    }

    /// How many times a statement here runs per call.
    fn mult(&self) -> u64 {
        self.loops.iter().map(|l| l.trips).product()
    }

    fn spend(&mut self, cost: u64) {
        self.cost += cost * self.mult();
    }

    fn note_return(&mut self, e: &Ex) {
        self.ret = Some(match self.ret {
            Some(r) => r.hull(e.iv),
            None => e.iv,
        });
    }

    // -----------------------------------------------------------------------------------
    // Expressions
    // -----------------------------------------------------------------------------------

    fn c(&mut self, lo: f64, hi: f64) -> Ex {
        lit(self.rng.constant(lo, hi))
    }

    /// `name(e, args)` as a method or, one time in four, as a path `T::name(e, args)`.
    fn call1(&mut self, name: &'static str, e: &Ex, args: &[&Ex], iv: Iv) -> Ex {
        self.count(name);
        let cost = e.cost + args.iter().map(|a| a.cost).sum::<u64>() + 1;
        let mut parts = vec![e];
        parts.extend(args);
        let args: Vec<String> = args.iter().map(|a| a.code.clone()).collect();
        let out = if self.rng.chance(0.25) {
            self.count("path call T::f(..)");
            let mut all = vec![e.code.clone()];
            all.extend(args);
            Ex::new(format!("{}::{name}({})", self.tname(), all.join(", ")), 0, iv, cost)
        } else {
            if self.cc.is_some() && e.untyped {
                self.count("method on a suffixed literal (2.0_f64.powf(x))");
            }
            Ex::new(
                format!("{}.{name}({})", self.recv(e), args.join(", ")),
                0,
                iv,
                cost,
            )
        };
        out.of(&parts)
    }

    /// `T`, or in a concrete program the placeholder of its float type.
    fn tname(&self) -> &'static str {
        if self.cc.is_some() {
            "⟪T⟫"
        } else {
            "T"
        }
    }

    /// `e` as the receiver of a method call (typed in a concrete program).
    fn recv(&self, e: &Ex) -> String {
        if self.cc.is_some() {
            typed(e.clone()).at(0)
        } else {
            e.at(0)
        }
    }

    /// A float made from the integer expression `code`: `T::from(code).unwrap()`, in a
    /// concrete program `(code as f64)`.
    fn int_float(&self, code: String, generic: String, iv: Iv) -> Ex {
        if self.cc.is_some() {
            Ex::new(format!("⟪I:{code}⟫"), 0, iv, 0)
        } else {
            Ex::new(generic, 0, iv, 0)
        }
    }

    /// `e` if it lies in `[-b, b]`, else `e` squashed into it.
    fn bound(&mut self, e: Ex, b: f64) -> Ex {
        if e.iv.within(b) {
            return e;
        }
        let m = e.iv.mag();
        // The squashed value lies in [-1, 1] (atan: (-π/2, π/2)), then scaled by `k`.
        let (inner, k) = match self.rng.below(if m <= 20.0 { 3 } else { 2 }) {
            0 => {
                let s = Self::scaled(e, m);
                let iv = s.iv.up(f64::tanh);
                (self.call1("tanh", &s, &[], iv), b)
            }
            1 => {
                let iv = e.iv.up(f64::atan);
                // 0.63 < 2/π keeps |atan · k| below b.
                (self.call1("atan", &e, &[], iv), b * 0.63)
            }
            _ => {
                let s = Self::scaled(e, m);
                (self.call1("sin", &s, &[], Iv::sym(1.0)), b)
            }
        };
        let k = (k * 100.0).floor() / 100.0;
        if k == 1.0 {
            inner
        } else {
            let k = lit(k);
            let iv = inner.iv.mul(k.iv);
            bin(&inner, "*", &k, iv)
        }
    }

    /// `e · c` with `c ≈ 1.5 / m`, so that it lies in about `[-1.5, 1.5]`.
    fn scaled(e: Ex, m: f64) -> Ex {
        let c = round2((1.5 / m).max(0.01));
        if c == 1.0 {
            e
        } else {
            let k = lit(c);
            let iv = e.iv.mul(k.iv);
            bin(&e, "*", &k, iv)
        }
    }

    fn cap(&mut self, e: Ex) -> Ex {
        if e.iv.mag() > CAP {
            let b = *self.rng.pick(&[1.0, 2.0, 3.0, 4.0, 6.0]);
            self.bound(e, b)
        } else {
            e
        }
    }

    /// An expression of `e` that is at least `min` (and bounded).
    fn positive(&mut self, e: Ex, min: f64) -> Ex {
        if e.iv.lo >= min && e.iv.hi <= CAP {
            return e;
        }
        let e = if e.iv.mag() > 3.0 {
            self.bound(e, 3.0)
        } else {
            e
        };
        let p = match self.rng.below(7) {
            0 => {
                self.count("powi");
                Ex::new(format!("{}.powi(2)", self.recv(&e)), 0, e.iv.square(), e.cost + 1).of(&[&e])
            }
            1 => {
                let iv = e.iv.abs();
                self.call1("abs", &e, &[], iv)
            }
            2 if e.iv.lo >= -1.5 && e.iv.hi <= 2.5 => {
                let iv = e.iv.up(f64::exp);
                self.call1("exp", &e, &[], iv)
            }
            3 => {
                let iv = e.iv.valley(0.0, f64::cosh);
                self.call1("cosh", &e, &[], iv)
            }
            4 => {
                let s = self.call1("sin", &e, &[], Iv::sym(1.0));
                let one = lit(1.0);
                bin(&one, "+", &s, Iv::new(0.0, 2.0))
            }
            5 => {
                let c = self.c(MIN_POS, 1.0);
                let lo = (e.iv.abs().lo.powi(2) + c.iv.lo.powi(2)).sqrt();
                let hi = (e.iv.mag().powi(2) + c.iv.hi.powi(2)).sqrt();
                self.call1("hypot", &e, &[&c], Iv::new(lo, hi))
            }
            _ => {
                let t = self.call1("tanh", &e, &[], e.iv.up(f64::tanh));
                let one = lit(1.0);
                bin(&one, "+", &t, t.iv.add(Iv::point(1.0)))
            }
        };
        if p.iv.lo >= min {
            p
        } else {
            let c = lit(((min - p.iv.lo) * 100.0).ceil() / 100.0 + self.rng.constant(0.0, 0.5));
            let iv = p.iv.add(c.iv);
            bin(&p, "+", &c, iv)
        }
    }

    /// An expression of `e` whose magnitude is at least `MIN_POS`, of either sign.
    fn nonzero(&mut self, e: Ex) -> Ex {
        if e.iv.lo >= MIN_POS || e.iv.hi <= -MIN_POS {
            return e;
        }
        let p = self.positive(e, MIN_POS);
        if self.rng.chance(0.3) && self.sum_ok(&p, &p) {
            neg(&p)
        } else {
            p
        }
    }

    /// A read of the float variable `name`.
    fn var(&self, name: &str, iv: Iv, deref: bool) -> Ex {
        let linear = !self.loops.is_empty() && self.visible().iter().any(|b| {
            b.name == name
                && matches!(b.kind, Kind::Float { linear_at: Some(d), .. } if d == self.loops.len())
        });
        let code = if deref {
            format!("*{name}")
        } else {
            name.to_string()
        };
        let code = if self.data_vars.contains(name) {
            format!("⟪D:{code}⟫")
        } else {
            code
        };
        let data = self.data_vars.contains(name);
        Ex::new(code, if deref { 1 } else { 0 }, iv, 0)
            .flags(!data, false)
            .cheap(linear)
    }

    /// Whether `a ± b` (or `−a`, with `b = a`) may be written here. In a loop, a sum or
    /// negation of a cheap sum or negation is left out (`Config::loop_sums`).
    fn sum_ok(&self, a: &Ex, b: &Ex) -> bool {
        self.config.loop_sums || self.loops.is_empty() || !(a.linear || b.linear)
    }

    /// The loop depth to record for a variable bound here to `e` (`mutable` ones may be
    /// assigned any value later).
    fn linear_at(&self, e: &Ex, mutable: bool) -> Option<usize> {
        if !self.loops.is_empty() && (mutable || e.linear) {
            Some(self.loops.len())
        } else {
            None
        }
    }

    fn leaf(&mut self) -> Ex {
        if let Some((_, cfg)) = self.cc {
            if cfg.data && self.rng.chance(0.1) {
                return self.data_leaf();
            }
        }
        let floats = self.floats();
        let arrays = self.arrays();
        let ints = self.ints();
        let choice = self.rng.weighted(&[
            if floats.is_empty() { 0 } else { 12 },
            7,
            4,
            if ints.is_empty() { 0 } else { 2 },
            1,
            1,
        ]);
        match choice {
            0 => {
                let (name, iv, _, deref) = self.rng.pick(&floats).clone();
                self.var(&name, iv, deref)
            }
            1 => {
                let (name, _, _) = self.rng.pick(&arrays).clone();
                let i = self.index();
                self.count("array read");
                Ex::new(format!("{name}[{}]", i.code), 0, Iv::sym(ARR), 0)
                    .flags(true, false)
                    .cheap(false)
            }
            2 => self.c(-2.0, 2.0),
            3 => {
                self.count("T::from(integer)");
                let i = self.int_expr(8);
                let ints = !i.code.bytes().all(|b| b.is_ascii_digit());
                if ints && self.rng.chance(0.3) {
                    self.int_float(
                        i.at(0),
                        format!("T::from({} as f64).unwrap()", i.at(1)),
                        Iv::new(0.0, i.max as f64),
                    )
                    .flags(false, ints)
                    .cheap(false)
                } else {
                    self.int_float(
                        i.at(0),
                        format!("T::from({}).unwrap()", i.code),
                        Iv::new(0.0, i.max as f64),
                    )
                    .flags(false, ints)
                    .cheap(false)
                }
            }
            4 => {
                self.count("named constant");
                let (name, v) = *self.rng.pick(&[
                    ("std::f64::consts::PI", std::f64::consts::PI),
                    (
                        "std::f64::consts::FRAC_1_SQRT_2",
                        std::f64::consts::FRAC_1_SQRT_2,
                    ),
                    ("core::f64::consts::LN_2", std::f64::consts::LN_2),
                    ("SCALE", 0.75),
                    ("OFFSET", -0.25),
                ]);
                if self.cc.is_some() {
                    if (name == "SCALE" || name == "OFFSET")
                        && !self.consts.iter().any(|(c, _)| *c == name)
                    {
                        self.count("const item in the body");
                        self.consts.push((name.to_string(), v));
                    }
                    return Ex::new(format!("⟪K:{name}⟫"), 0, Iv::point(v), 0).cheap(false);
                }
                Ex::new(format!("T::from({name}).unwrap()"), 0, Iv::point(v), 0).cheap(false)
            }
            _ => {
                if self.rng.chance(0.5) {
                    if self.cc.is_some() {
                        return lit(1.0);
                    }
                    Ex::new("T::one()".into(), 0, Iv::point(1.0), 0).cheap(false)
                } else {
                    if self.cc.is_some() {
                        return lit(0.0);
                    }
                    Ex::new("T::zero()".into(), 0, Iv::point(0.0), 0).cheap(false)
                }
            }
        }
    }

    /// An expression for a statement: depth 2, sometimes 3.
    fn sexpr(&mut self) -> Ex {
        let depth = if self.rng.chance(0.3) { 3 } else { 2 };
        self.expr(depth)
    }

    fn expr(&mut self, depth: u32) -> Ex {
        if let Some((_, cfg)) = self.cc {
            if cfg.pipelines && self.in_closure == 0 && depth >= 1 && self.rng.chance(0.08) {
                let e = self.pipeline();
                let active = self.mentions_active(&e.code);
                let e = e.flags(active, false);
                return self.cap(e);
            }
        }
        if depth == 0 || self.rng.chance(0.25) {
            return self.leaf();
        }
        let can_call = self.calls < MAX_CALLS && !self.callees().is_empty();
        let e = match self
            .rng
            .weighted(&[12, 10, 1, if can_call { 2 } else { 0 }])
        {
            0 => self.binary(depth),
            1 => self.math(depth),
            2 => {
                let a = self.expr(depth - 1);
                if self.sum_ok(&a, &a) {
                    neg(&a)
                } else {
                    a
                }
            }
            _ => self.call(depth),
        };
        self.cap(e)
    }

    fn binary(&mut self, depth: u32) -> Ex {
        let a = self.expr(depth - 1);
        let b = self.expr(depth - 1);
        let sums = if self.sum_ok(&a, &b) { 5 } else { 0 };
        match self.rng.weighted(&[sums, sums * 4 / 5, 5, 3, 1]) {
            0 => bin(&a, "+", &b, a.iv.add(b.iv)),
            1 => bin(&a, "-", &b, a.iv.sub(b.iv)),
            2 => bin(&a, "*", &b, a.iv.mul(b.iv)),
            3 => {
                let b = self.nonzero(b);
                self.count("division");
                bin(&a, "/", &b, a.iv.div(b.iv))
            }
            _ => {
                let b = self.positive(b, 0.5);
                self.count("% (remainder)");
                let m = a.iv.mag().min(b.iv.hi);
                let iv = if a.iv.lo >= 0.0 {
                    Iv::new(0.0, m)
                } else if a.iv.hi <= 0.0 {
                    Iv::new(-m, 0.0)
                } else {
                    Iv::sym(m)
                };
                bin(&a, "%", &b, iv)
            }
        }
    }

    fn math(&mut self, depth: u32) -> Ex {
        if let Some((_, cfg)) = self.cc {
            if cfg.extras && self.rng.chance(0.15) {
                return self.extra_math(depth);
            }
        }
        let name = if self.rng.chance(0.1) {
            *self.rng.pick(STEPS)
        } else {
            *self.rng.pick(SMOOTH)
        };
        let a = self.expr(depth - 1);
        match name {
            "abs" => {
                let iv = a.iv.abs();
                self.call1("abs", &a, &[], iv)
            }
            "signum" => {
                let iv = if a.iv.lo > 0.0 {
                    Iv::point(1.0)
                } else if a.iv.hi < 0.0 {
                    Iv::point(-1.0)
                } else {
                    Iv::sym(1.0)
                };
                self.call1("signum", &a, &[], iv)
            }
            "sqrt" | "ln" | "log2" | "log10" => {
                let a = self.positive(a, MIN_POS);
                let f: fn(f64) -> f64 = match name {
                    "sqrt" => f64::sqrt,
                    "ln" => f64::ln,
                    "log2" => f64::log2,
                    _ => f64::log10,
                };
                let iv = a.iv.up(f);
                self.call1(name, &a, &[], iv)
            }
            "cbrt" => {
                let a = self.nonzero(a);
                let iv = a.iv.up(f64::cbrt);
                self.call1("cbrt", &a, &[], iv)
            }
            "exp" | "exp_m1" | "exp2" => {
                let a = self.bound(a, if name == "exp2" { 3.5 } else { 2.5 });
                let f: fn(f64) -> f64 = match name {
                    "exp" => f64::exp,
                    "exp_m1" => f64::exp_m1,
                    _ => f64::exp2,
                };
                let iv = a.iv.up(f);
                self.call1(name, &a, &[], iv)
            }
            "log" => {
                let a = self.positive(a, MIN_POS);
                let b = if self.rng.chance(0.4) {
                    self.c(1.5, 5.0)
                } else {
                    let b = self.expr(depth - 1);
                    self.positive(b, 1.5)
                };
                let iv = a.iv.up(f64::ln).div(b.iv.up(f64::ln));
                self.call1("log", &a, &[&b], iv)
            }
            "ln_1p" => {
                let a = if a.iv.lo >= -0.8 {
                    a
                } else {
                    self.bound(a, 0.8)
                };
                let iv = a.iv.up(f64::ln_1p);
                self.call1("ln_1p", &a, &[], iv)
            }
            "powi" => self.powi(a),
            "powf" => {
                let a = if a.iv.mag() > 2.0 {
                    self.bound(a, 2.0)
                } else {
                    a
                };
                let base = self.positive(a, MIN_POS);
                let p = self.expr(depth - 1);
                let p = self.bound(p, 2.0);
                let iv = base.iv.up(f64::ln).mul(p.iv).up(f64::exp);
                self.call1("powf", &base, &[&p], iv)
            }
            "sin" | "cos" => self.call1(name, &a, &[], Iv::sym(1.0)),
            "tan" => {
                let a = self.bound(a, 1.2);
                let iv = a.iv.up(f64::tan);
                self.call1("tan", &a, &[], iv)
            }
            "asin" | "acos" | "atanh" => {
                let a = self.bound(a, 0.9);
                let iv = match name {
                    "asin" => a.iv.up(f64::asin),
                    "acos" => a.iv.down(f64::acos),
                    _ => a.iv.up(f64::atanh),
                };
                self.call1(name, &a, &[], iv)
            }
            "atan" | "tanh" | "asinh" => {
                let f: fn(f64) -> f64 = match name {
                    "atan" => f64::atan,
                    "tanh" => f64::tanh,
                    _ => f64::asinh,
                };
                let iv = a.iv.up(f);
                self.call1(name, &a, &[], iv)
            }
            "atan2" => {
                let b = self.expr(depth - 1);
                if self.rng.chance(0.5) {
                    let b = self.positive(b, MIN_POS);
                    self.call1("atan2", &a, &[&b], Iv::sym(std::f64::consts::FRAC_PI_2))
                } else {
                    let a = self.positive(a, MIN_POS);
                    self.call1("atan2", &a, &[&b], Iv::new(0.0, std::f64::consts::PI))
                }
            }
            "sinh" | "cosh" => {
                let a = self.bound(a, 3.0);
                let iv = if name == "sinh" {
                    a.iv.up(f64::sinh)
                } else {
                    a.iv.valley(0.0, f64::cosh)
                };
                self.call1(name, &a, &[], iv)
            }
            "acosh" => {
                let a = self.positive(a, 1.2);
                let iv = a.iv.up(f64::acosh);
                self.call1("acosh", &a, &[], iv)
            }
            "hypot" => {
                let b = self.expr(depth - 1);
                let b = self.positive(b, MIN_POS);
                let lo = (a.iv.abs().lo.powi(2) + b.iv.lo.powi(2)).sqrt();
                let hi = (a.iv.mag().powi(2) + b.iv.hi.powi(2)).sqrt();
                if self.rng.chance(0.5) {
                    self.call1("hypot", &a, &[&b], Iv::new(lo, hi))
                } else {
                    self.call1("hypot", &b, &[&a], Iv::new(lo, hi))
                }
            }
            "recip" => {
                let a = self.nonzero(a);
                let iv = a.iv.down(f64::recip);
                self.call1("recip", &a, &[], iv)
            }
            "mul_add" => {
                let b = self.expr(depth - 1);
                let c = self.expr(depth - 1);
                let iv = a.iv.mul(b.iv).add(c.iv);
                self.call1("mul_add", &a, &[&b, &c], iv)
            }
            "max" | "min" => {
                let b = self.expr(depth - 1);
                let iv = if name == "max" {
                    Iv::new(a.iv.lo.max(b.iv.lo), a.iv.hi.max(b.iv.hi))
                } else {
                    Iv::new(a.iv.lo.min(b.iv.lo), a.iv.hi.min(b.iv.hi))
                };
                self.call1(name, &a, &[&b], iv)
            }
            "floor" | "ceil" | "round" | "trunc" => {
                let f: fn(f64) -> f64 = match name {
                    "floor" => f64::floor,
                    "ceil" => f64::ceil,
                    "round" => f64::round,
                    _ => f64::trunc,
                };
                let iv = a.iv.up(f);
                self.call1(name, &a, &[], iv)
            }
            "fract" => {
                let iv = if a.iv.lo >= 0.0 {
                    Iv::new(0.0, 1.0)
                } else if a.iv.hi <= 0.0 {
                    Iv::new(-1.0, 0.0)
                } else {
                    Iv::sym(1.0)
                };
                self.call1("fract", &a, &[], iv)
            }
            _ => unreachable!("{name}"),
        }
    }

    fn powi(&mut self, a: Ex) -> Ex {
        let ints: Vec<(String, u64, bool)> = self
            .ints()
            .into_iter()
            .filter(|(_, max, _)| *max <= 4)
            .collect();
        self.count("powi");
        if !ints.is_empty() && self.rng.chance(0.3) {
            // A run-time exponent: an integer local.
            self.count("powi(k as i32)");
            let (name, max, _) = self.rng.pick(&ints).clone();
            let a = if a.iv.mag() > 2.0 {
                self.bound(a, 2.0)
            } else {
                a
            };
            // |a|^k for k in 0..=max, of either sign.
            let iv = Iv::sym(a.iv.mag().powi(max as i32).max(1.0));
            let e = Ex::new(
                format!("{}.powi({name} as i32)", self.recv(&a)),
                0,
                iv,
                a.cost + 1,
            )
            .of(&[&a]);
            let active = e.active;
            return e.flags(active, true);
        }
        let k: i32 = *self.rng.pick(&[-2, -1, 0, 1, 2, 2, 3, 3, 4]);
        let (a, iv) = if k < 0 {
            let a = self.positive(a, 0.5);
            let a = if a.iv.hi > 4.0 { self.bound(a, 4.0) } else { a };
            let a = self.positive(a, 0.5);
            let iv = a.iv.down(|t| t.powi(k));
            (a, iv)
        } else {
            let a = if a.iv.mag() > 2.5 {
                self.bound(a, 2.5)
            } else {
                a
            };
            let iv = if k % 2 == 0 {
                a.iv.valley(0.0, |t| t.powi(k))
            } else {
                a.iv.up(|t| t.powi(k))
            };
            (a, iv)
        };
        if self.rng.chance(0.25) {
            self.count("path call T::f(..)");
            Ex::new(format!("{}::powi({}, {k})", self.tname(), a.code), 0, iv, a.cost + 1).of(&[&a])
        } else {
            Ex::new(format!("{}.powi({k})", self.recv(&a)), 0, iv, a.cost + 1).of(&[&a])
        }
    }

    /// Earlier functions cheap enough to call from here.
    fn callees(&self) -> Vec<usize> {
        let room = MAX_COST.saturating_sub(self.cost) / self.mult();
        (0..self.prior.len())
            .filter(|&j| self.prior[j].cost <= room.min(MAX_COST / 4))
            .collect()
    }

    fn call(&mut self, depth: u32) -> Ex {
        let callees = self.callees();
        // Prefer recent functions (they call older ones in turn).
        let j = if self.rng.chance(0.5) && callees.len() > 10 {
            callees[callees.len() - 1 - self.rng.below(10)]
        } else {
            *self.rng.pick(&callees)
        };
        self.calls += 1;
        self.count("call to a generated function");
        let a = self.call_arg(depth - 1);
        let b = self.call_arg(depth - 1);
        let arrays = self.arrays();
        let (name, _, by_ref) = self.rng.pick(&arrays).clone();
        let array = if by_ref {
            name
        } else {
            self.count("local array passed to a call");
            format!("&{name}")
        };
        // A call that passes an array refuses integers that may change (a `let mut`, a
        // loop counter): the reverse sweep passes them again.
        let fixed = self.fixed_ints();
        let i = self.int_expr_of(fixed, N_MAX);
        let info = self.prior[j];
        let callee = if self.cc.is_some() {
            format!("cgen_{j}⟪W:_twin⟫({}, {}, {array}, {}, rows, counts, bias)", a.code, b.code, i.code)
        } else {
            format!("gen_{j}({}, {}, {array}, {})", a.code, b.code, i.code)
        };
        Ex::new(
            callee,
            0,
            info.ret,
            a.cost + b.cost + info.cost + 1,
        )
        .flags(true, false)
    }

    /// A float argument for a call, in `[-ARG, ARG]`. Not a constant computed from
    /// integers, such as `T::from(n).unwrap()`: calls that pass arrays refuse those (a
    /// refusal reported with issue 6; `let c = T::from(n).unwrap();` then `c` is accepted).
    fn call_arg(&mut self, depth: u32) -> Ex {
        for _ in 0..8 {
            let e = self.expr(depth);
            // Nor, in a concrete program, a float computed from data alone (refused the
            // same way: /work/scratch/gen-findings/call_arg_from_data.rs).
            if self.cc.is_some_and(|(_, c)| !c.known_refusals) {
                let active = self.mentions_active(&e.code);
                if active || !(e.ints || self.mentions_data(&e.code)) {
                    return self.bound(e, ARG);
                }
                continue;
            }
            if e.active || !e.ints {
                return self.bound(e, ARG);
            }
        }
        self.c(-ARG, ARG)
    }

    // -----------------------------------------------------------------------------------
    // Integers and conditions
    // -----------------------------------------------------------------------------------

    /// An integer expression whose value is at most `limit`.
    fn int_expr(&mut self, limit: u64) -> IntEx {
        let ints = self.ints();
        self.int_expr_of(ints, limit)
    }

    /// An integer expression of `ints` whose value is at most `limit`.
    fn int_expr_of(&mut self, ints: Vec<(String, u64, bool)>, limit: u64) -> IntEx {
        let e = if ints.is_empty() || self.rng.chance(0.2) {
            let c = self.rng.int(0, limit.min(4));
            IntEx {
                code: c.to_string(),
                max: c,
                prec: 0,
            }
        } else {
            let (name, max, _) = self.rng.pick(&ints).clone();
            match self.rng.below(5) {
                0 | 1 => IntEx {
                    code: name,
                    max,
                    prec: 0,
                },
                2 => {
                    let c = self.rng.int(1, 3);
                    IntEx {
                        code: format!("{name} + {c}"),
                        max: max + c,
                        prec: 3,
                    }
                }
                3 => {
                    let c = self.rng.int(2, 3);
                    IntEx {
                        code: format!("{name} * {c}"),
                        max: max * c,
                        prec: 2,
                    }
                }
                _ => {
                    let others: Vec<_> = ints.iter().filter(|(o, _, _)| *o != name).collect();
                    if others.is_empty() {
                        IntEx {
                            code: name,
                            max,
                            prec: 0,
                        }
                    } else {
                        let (o, omax, _) = (*self.rng.pick(&others)).clone();
                        IntEx {
                            code: format!("{name} + {o}"),
                            max: max + omax,
                            prec: 3,
                        }
                    }
                }
            }
        };
        if e.max <= limit {
            e
        } else {
            IntEx {
                code: format!("{} % {}", e.at(2), limit + 1),
                max: limit,
                prec: 2,
            }
        }
    }

    /// An index into an array of 4.
    fn index(&mut self) -> IntEx {
        if self.rng.chance(0.1) {
            // `3 - i` for an index known to be at most 3.
            let small: Vec<_> = self
                .ints()
                .into_iter()
                .filter(|(_, m, _)| *m <= 3)
                .collect();
            if !small.is_empty() {
                let (name, _, _) = self.rng.pick(&small).clone();
                return IntEx {
                    code: format!("3 - {name}"),
                    max: 3,
                    prec: 3,
                };
            }
        }
        self.int_expr(3)
    }

    /// A condition; its precedence is 0 (atomic or `!`), 1 (comparison), 2 (`&&`),
    /// 3 (`||`).
    fn cond(&mut self, depth: u32) -> (String, u8) {
        match self.rng.weighted(&[14, 5, if depth > 0 { 4 } else { 0 }]) {
            1 if !self.ints().is_empty() => {
                let ints = self.ints();
                let (name, max, _) = self.rng.pick(&ints).clone();
                let i = if self.rng.chance(0.5) {
                    IntEx {
                        code: name,
                        max,
                        prec: 0,
                    }
                } else {
                    let m = self.rng.int(2, 3);
                    IntEx {
                        code: format!("{name} % {m}"),
                        max: m - 1,
                        prec: 2,
                    }
                };
                let c = self.rng.int(1, 3);
                let code = match self.rng.below(4) {
                    0 => format!("{} < {c}", i.code),
                    1 => format!("{} > {c}", i.code),
                    2 => format!("{} % 2 == 0", i.at(2)),
                    _ => format!("{} != {c}", i.code),
                };
                (code, 1)
            }
            0 | 1 => {
                let a = self.expr(2);
                let b = if self.rng.chance(0.5) {
                    self.c(-1.5, 1.5)
                } else {
                    self.expr(1)
                };
                self.spend(a.cost + b.cost);
                let op = *self.rng.pick(&["<", ">", "<=", ">="]);
                (format!("{} {op} {}", a.code, b.code), 1)
            }
            _ => {
                let (a, pa) = self.cond(depth - 1);
                let (b, pb) = self.cond(depth - 1);
                match self.rng.below(3) {
                    0 => {
                        self.count("&&");
                        let a = if pa > 2 { format!("({a})") } else { a };
                        let b = if pb > 2 { format!("({b})") } else { b };
                        (format!("{a} && {b}"), 2)
                    }
                    1 => {
                        self.count("||");
                        (format!("{a} || {b}"), 3)
                    }
                    _ => {
                        self.count("!");
                        let a = if pa > 2 { format!("({a})") } else { a };
                        let b = if pb > 2 { format!("({b})") } else { b };
                        (format!("!({a} && {b})"), 0)
                    }
                }
            }
        }
    }

    // -----------------------------------------------------------------------------------
    // Statements
    // -----------------------------------------------------------------------------------

    fn stmt(&mut self, out: &mut String) {
        self.budget -= 1;
        if self.cc.is_some() && self.rng.chance(0.22) && self.concrete_stmt(out) {
            return;
        }
        let depth = self.loops.len();
        let mutable_floats = !self.assignable_floats().is_empty();
        let writable = !self.writable_arrays().is_empty();
        let mutable_ints = self.ints().iter().any(|i| i.2);
        let room = self.budget > 2 && self.mult() < 40;
        let w = [
            12,                                  // 0 let
            7,                                   // 1 let mut
            4,                                   // 2 shadowing let
            if mutable_floats { 14 } else { 0 }, // 3 assignment
            3,                                   // 4 integer let
            if mutable_ints { 3 } else { 0 },    // 5 integer compound assignment
            if depth < 2 { 3 } else { 0 },       // 6 local array
            if writable { 6 } else { 0 },        // 7 array write
            if self.budget > 1 { 7 } else { 0 }, // 8 if / else
            if !self.may_return() {
                0
            } else if depth == 0 {
                2
            } else {
                3
            }, // 9 early return
            if room && depth < 2 && self.may_loop() {
                9
            } else {
                0
            }, // 10 loop
            if self.may_leave_loop() { 5 } else { 0 }, // 11 break / continue
            if self.budget > 1 { 2 } else { 0 }, // 12 bare block
            4,                                   // 13 let with an if value
            2,                                   // 14 let with a block value
        ];
        match self.rng.weighted(&w) {
            0 => self.let_stmt(out, false),
            1 => self.let_stmt(out, true),
            2 => self.shadow(out),
            3 => self.assign(out),
            4 => self.int_let(out),
            5 => self.int_update(out),
            6 => self.array_decl(out),
            7 => self.array_write(out),
            8 => self.if_stmt(out),
            9 => self.early_return(out),
            10 => self.loop_stmt(out),
            11 => self.break_continue(out),
            12 => {
                self.count("bare block");
                let _ = writeln!(out, "{{");
                self.scopes.push(Vec::new());
                self.block(out, 3);
                self.scopes.pop();
                let _ = writeln!(out, "}}");
            }
            13 => self.let_if(out),
            _ => self.let_block(out),
        }
    }

    /// The type annotation of a `let`: `ty` (`""` or `": T"`), in a concrete program
    /// `": f64"`, and always one when the value is made of literals alone.
    fn let_type(&self, ty: &'static str, untyped: bool) -> &'static str {
        if self.cc.is_some() && (untyped || !ty.is_empty()) {
            ": ⟪T⟫"
        } else {
            ty
        }
    }

    /// [`Gen::let_type`] for a `let mut` of `e`: a value read from data alone gets its
    /// type too (the macro cannot tell it is a float: gen-findings/mut_local_from_data.rs).
    fn mut_let_type(&self, ty: &'static str, e: &Ex) -> &'static str {
        let from_data = self.cc.is_some_and(|(_, c)| !c.known_refusals)
            && self.mentions_data(&e.code)
            && !self.mentions_active(&e.code);
        if self.cc.is_some() && (e.untyped || !ty.is_empty() || from_data) {
            ": ⟪T⟫"
        } else {
            ty
        }
    }

    fn may_return(&self) -> bool {
        self.config.value_escapes || self.value_floors.is_empty()
    }

    /// Whether a loop may be written here.
    fn may_loop(&self) -> bool {
        self.branches_in_loops == 0 || self.config.branch_loops
    }

    fn enter_branch(&mut self) {
        self.scopes.push(Vec::new());
        if !self.loops.is_empty() {
            self.branches_in_loops += 1;
        }
    }

    fn leave_branch(&mut self) {
        self.scopes.pop();
        if !self.loops.is_empty() {
            self.branches_in_loops -= 1;
        }
    }

    fn may_leave_loop(&self) -> bool {
        let depth = self.loops.len();
        depth > 0
            && (self.config.value_escapes || self.value_floors.last().is_none_or(|&f| depth > f))
    }

    /// Between one and `max` statements (at least one even when the budget is spent).
    fn block(&mut self, out: &mut String, max: usize) {
        let n = 1 + self.rng.below(max);
        for k in 0..n {
            if k > 0 && self.budget <= 0 {
                break;
            }
            self.stmt(out);
        }
    }

    fn let_stmt(&mut self, out: &mut String, mutable: bool) {
        let e = self.sexpr();
        self.spend(e.cost);
        let ty = if self.rng.chance(0.15) { ": T" } else { "" };
        let ty = self.let_type(ty, e.untyped);
        if mutable {
            self.count("let mut");
            let b = *self.rng.pick(&[2.0, 3.0, 4.0, 6.0]);
            let e = self.bound(e, b);
            let ty = self.mut_let_type(ty, &e);
            let name = self.fresh("s");
            let _ = writeln!(out, "let mut {name}{ty} = {};", e.code);
            let linear_at = self.linear_at(&e, true);
            self.bind(
                name,
                Kind::Float {
                    iv: Iv::sym(b),
                    mutable: true,
                    deref: false,
                    linear_at,
                },
            );
        } else {
            self.count("let");
            let name = self.fresh("a");
            let _ = writeln!(out, "let {name}{ty} = {};", e.code);
            self.note_binding(&name, &e.code);
            let linear_at = self.linear_at(&e, false);
            self.bind(
                name,
                Kind::Float {
                    iv: e.iv,
                    mutable: false,
                    deref: false,
                    linear_at,
                },
            );
        }
    }

    /// `let v = …;` with the name of a visible float or integer (often read in the new
    /// value), so the old binding is shadowed.
    fn shadow(&mut self, out: &mut String) {
        let names: Vec<Binding> = self
            .visible()
            .into_iter()
            .filter(|b| !matches!(b.kind, Kind::Array { .. }) && b.name != "n")
            .filter(|b| !matches!(b.kind, Kind::Float { deref: true, .. }))
            .filter(|b| !self.protected.contains(&b.name))
            .filter(|b| !self.data_vars.contains(&b.name) && !b.name.contains('['))
            .collect();
        if names.is_empty() {
            return self.let_stmt(out, false);
        }
        let old = self.rng.pick(&names).clone();
        let e = self.sexpr();
        let e = match old.kind {
            Kind::Float { iv, .. } if self.rng.chance(0.7) => {
                let v = self.var(&old.name, iv, false);
                let e = match self.rng.below(3) {
                    0 if self.sum_ok(&v, &e) => bin(&v, "+", &e, v.iv.add(e.iv)),
                    0 | 1 => bin(&v, "*", &e, v.iv.mul(e.iv)),
                    _ => {
                        let iv = v.iv.up(f64::tanh);
                        self.call1("tanh", &v, &[], iv)
                    }
                };
                self.cap(e)
            }
            Kind::Int { max, .. } => {
                self.count("integer shadowed by a float");
                let v = self
                    .int_float(
                        old.name.clone(),
                        format!("T::from({}).unwrap()", old.name),
                        Iv::new(0.0, max as f64),
                    )
                    .flags(false, true);
                let iv = v.iv.mul(e.iv);
                let e = bin(&v, "*", &e, iv);
                self.cap(e)
            }
            _ => e,
        };
        self.spend(e.cost);
        self.count("shadowing let");
        if self.rng.chance(0.3) {
            let b = *self.rng.pick(&[2.0, 3.0, 4.0]);
            let e = self.bound(e, b);
            let ty = self.mut_let_type("", &e);
            let _ = writeln!(out, "let mut {}{ty} = {};", old.name, e.code);
            self.inactive.remove(&old.name);
            let linear_at = self.linear_at(&e, true);
            self.bind(
                old.name,
                Kind::Float {
                    iv: Iv::sym(b),
                    mutable: true,
                    deref: false,
                    linear_at,
                },
            );
        } else {
            let ty = self.let_type("", e.untyped);
            let _ = writeln!(out, "let {}{ty} = {};", old.name, e.code);
            self.note_binding(&old.name.clone(), &e.code);
            let linear_at = self.linear_at(&e, false);
            self.bind(
                old.name,
                Kind::Float {
                    iv: e.iv,
                    mutable: false,
                    deref: false,
                    linear_at,
                },
            );
        }
    }

    fn assign(&mut self, out: &mut String) {
        let targets = self.assignable_floats();
        let (name, iv) = self.rng.pick(&targets).clone();
        let target = self.var(&name, iv, false);
        let e = self.sexpr();
        let sums = self.sum_ok(&target, &e);
        let e = match self.rng.below(5) {
            0 if sums => bin(&target, "+", &e, target.iv.add(e.iv)),
            1 if sums => bin(&target, "-", &e, target.iv.sub(e.iv)),
            0..=2 => bin(&target, "*", &e, target.iv.mul(e.iv)),
            3 => {
                let f = self.expr(1);
                let p = bin(&target, "*", &e, target.iv.mul(e.iv));
                if self.sum_ok(&p, &f) {
                    bin(&p, "+", &f, p.iv.add(f.iv))
                } else {
                    bin(&p, "*", &f, p.iv.mul(f.iv))
                }
            }
            _ => e,
        };
        let e = self.bound(e, iv.hi);
        self.spend(e.cost);
        self.count("assignment");
        let _ = writeln!(out, "{name} = {};", e.code);
    }

    fn int_let(&mut self, out: &mut String) {
        if self.rng.chance(0.5) {
            let e = self.int_expr(7);
            let name = self.fresh("k");
            self.count("integer let");
            let _ = writeln!(out, "let {name} = {};", e.code);
            // It never changes if what it is computed from never changes.
            let fixed = self.visible().iter().all(|b| match b.kind {
                Kind::Int { fixed: false, .. } => Self::used(&b.name, &e.code) == "_",
                _ => true,
            });
            self.bind(
                name,
                Kind::Int {
                    max: e.max,
                    mutable: false,
                    fixed,
                },
            );
        } else {
            let max = self.rng.int(3, 6);
            let init = self.int_expr(max);
            let name = self.fresh("k");
            self.count("integer let mut");
            let _ = writeln!(out, "let mut {name}: usize = {};", init.code);
            self.bind(
                name,
                Kind::Int {
                    max,
                    mutable: true,
                    fixed: false,
                },
            );
        }
    }

    /// `k += c; k %= m;` and the like: the value stays within the declared bound.
    fn int_update(&mut self, out: &mut String) {
        let targets: Vec<_> = self.ints().into_iter().filter(|i| i.2).collect();
        let (name, max, _) = self.rng.pick(&targets).clone();
        self.count("integer compound assignment");
        match self.rng.below(3) {
            0 => {
                let c = self.int_expr(4);
                let _ = writeln!(out, "{name} += {};\n{name} %= {};", c.code, max + 1);
            }
            1 => {
                let c = self.rng.int(2, 3);
                let _ = writeln!(out, "{name} *= {c};\n{name} %= {};", max + 1);
            }
            _ => {
                let c = self.int_expr(4);
                let _ = writeln!(out, "{name} = ({name} + {}) % {};", c.code, max + 1);
            }
        }
    }

    fn array_decl(&mut self, out: &mut String) {
        let name = self.fresh("h");
        self.count("local array");
        let init = match self.rng.below(4) {
            0 => "T::one()".to_string(),
            1 => format!("T::from({:?}).unwrap()", self.rng.constant(-1.0, 1.0)),
            _ => "T::zero()".to_string(),
        };
        if self.cc.is_some() {
            let c = match init.as_str() {
                "T::one()" => 1.0,
                "T::zero()" => 0.0,
                _ => init[8..init.len() - 10].parse().unwrap(),
            };
            let e = typed(lit(c));
            if self.rng.chance(0.5) || !self.ccfg().known_refusals {
                let _ = writeln!(out, "let mut {name} = [{}; 4];", e.code);
            } else {
                let e = lit(c);
                let _ = writeln!(out, "let mut {name}: [⟪T⟫; 4] = [{}; 4];", e.code);
            }
        } else {
            let _ = writeln!(out, "let mut {name} = [{init}; 4];");
        }
        self.bind(
            name.clone(),
            Kind::Array {
                mutable: true,
                by_ref: false,
            },
        );
        if self.rng.chance(0.6) {
            // Fill it by index.
            let i = self.fresh("i");
            self.loops.push(LoopCtx {
                trips: 4,
                borrowed: None,
            });
            self.scopes.push(vec![Binding {
                name: i.clone(),
                kind: Kind::Int {
                    max: 3,
                    mutable: false,
                    fixed: true,
                },
            }]);
            let e = self.expr(2);
            let e = self.bound(e, ARR);
            self.spend(e.cost);
            self.scopes.pop();
            self.loops.pop();
            let _ = writeln!(out, "for {i} in 0..4 {{\n{name}[{i}] = {};\n}}", e.code);
        }
    }

    fn array_write(&mut self, out: &mut String) {
        let arrays = self.writable_arrays();
        let name = self.rng.pick(&arrays).clone();
        let i = self.index();
        let e = self.sexpr();
        let e = if self.rng.chance(0.4) {
            let old = Ex::new(format!("{name}[{}]", i.code), 0, Iv::sym(ARR), 0).flags(true, false);
            let e = self.bound(e, 1.0);
            bin(&old, "*", &e, old.iv.mul(e.iv))
        } else {
            e
        };
        let e = self.bound(e, ARR);
        self.spend(e.cost);
        self.count("array write");
        let _ = writeln!(out, "{name}[{}] = {};", i.code, e.code);
    }

    fn branch_block(&mut self, out: &mut String) {
        self.enter_branch();
        self.block(out, 3);
        self.leave_branch();
    }

    fn if_stmt(&mut self, out: &mut String) {
        self.count("if");
        let (c, _) = self.cond(1);
        let _ = writeln!(out, "if {c} {{");
        self.branch_block(out);
        let _ = write!(out, "}}");
        if self.rng.chance(0.25) {
            self.count("else if");
            let (c, _) = self.cond(1);
            let _ = writeln!(out, " else if {c} {{");
            self.branch_block(out);
            let _ = write!(out, "}}");
        }
        if self.rng.chance(0.5) {
            self.count("else");
            let _ = writeln!(out, " else {{");
            self.branch_block(out);
            let _ = write!(out, "}}");
        }
        let _ = writeln!(out);
    }

    fn ret_value(&mut self) -> Ex {
        let e = self.sexpr();
        let e = self.bound(e, RET);
        self.spend(e.cost);
        self.note_return(&e);
        e
    }

    fn early_return(&mut self, out: &mut String) {
        self.count(if self.loops.is_empty() {
            "early return"
        } else {
            "return inside a loop"
        });
        let (c, _) = self.cond(1);
        let e = self.ret_value();
        let _ = writeln!(out, "if {c} {{\nreturn {};\n}}", e.code);
    }

    fn break_continue(&mut self, out: &mut String) {
        let (c, _) = self.cond(1);
        if self.rng.chance(0.5) {
            self.count("break");
            let _ = writeln!(out, "if {c} {{\nbreak;\n}}");
        } else {
            self.count("continue");
            let _ = writeln!(out, "if {c} {{\ncontinue;\n}}");
        }
    }

    /// `let v = if c { … e } else if … else { … e };`, a branch sometimes returning.
    fn let_if(&mut self, out: &mut String) {
        self.count("if as a value");
        let (c, _) = self.cond(1);
        let mut code = format!("if {c} {{\n");
        let mut iv: Option<Iv> = None;
        let mut untyped = true;
        let mut all_typed_note = false;
        let arms = if self.rng.chance(0.2) { 3 } else { 2 };
        let returning = if self.may_return()
            && self.rng.chance(0.15)
            && self.cc.is_none_or(|(_, c)| c.known_refusals)
        {
            Some(self.rng.below(arms))
        } else {
            None
        };
        self.value_floors.push(self.loops.len());
        for arm in 0..arms {
            if arm > 0 {
                if arm + 1 < arms {
                    let (c, _) = self.cond(1);
                    let _ = writeln!(code, "}} else if {c} {{");
                } else {
                    code.push_str("} else {\n");
                }
            }
            if returning == Some(arm) {
                self.count("return in an if value");
                // No pipeline there (gen-findings/return_fold_over_data_in_if_value.rs).
                let closures = self.in_closure;
                if self.cc.is_some_and(|(_, c)| !c.known_refusals) {
                    self.in_closure += 1;
                }
                let e = self.ret_value();
                self.in_closure = closures;
                let _ = writeln!(code, "return {};", e.code);
                continue;
            }
            self.enter_branch();
            if self.rng.chance(0.3) && self.budget > 0 {
                self.block(&mut code, 2);
            }
            let e = self.sexpr();
            self.spend(e.cost);
            self.leave_branch();
            let _ = writeln!(code, "{}", e.code);
            untyped &= e.untyped;
            // An arm of data alone: the type is written out
            // (gen-findings/if_value_from_data.rs).
            if self.cc.is_some_and(|(_, c)| !c.known_refusals) && !self.mentions_active(&e.code) {
                all_typed_note = true;
            }
            iv = Some(iv.map_or(e.iv, |i| i.hull(e.iv)));
        }
        code.push('}');
        self.value_floors.pop();
        let name = self.fresh("a");
        let ty = self.let_type("", untyped || all_typed_note);
        let _ = writeln!(out, "let {name}{ty} = {code};");
        self.note_binding(&name, &code);
        self.bind(
            name,
            Kind::Float {
                iv: iv.unwrap(),
                mutable: false,
                deref: false,
                linear_at: None,
            },
        );
    }

    fn let_block(&mut self, out: &mut String) {
        self.count("block as a value");
        let mut code = String::from("{\n");
        self.scopes.push(Vec::new());
        self.value_floors.push(self.loops.len());
        self.block_scopes.push(self.scopes.len() - 1);
        self.block(&mut code, 2);
        self.block_scopes.pop();
        self.value_floors.pop();
        let mut e = self.sexpr();
        // Not a bare variable (`Config::block_tail_vars`).
        while !self.config.block_tail_vars
            && e.prec == 0
            && e.code
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'_')
        {
            e = self.sexpr();
        }
        self.spend(e.cost);
        self.scopes.pop();
        let _ = writeln!(code, "{}\n}}", e.code);
        let name = self.fresh("a");
        // `let a = { let mut h = [..]; …; h[i] };` is refused ("cannot tell the type of
        // `a`", reported with issue 6): such a block gets its type written out.
        let local_read = e.code.starts_with('h')
            && e.code.ends_with(']')
            && e.code
                .find('[')
                .is_some_and(|at| e.code[1..at].bytes().all(|c| c.is_ascii_digit()));
        let ty = if local_read && code.contains("let mut h") {
            ": T"
        } else {
            ""
        };
        let ty = self.let_type(ty, e.untyped);
        // A block ending in data alone gets its type written out too
        // (gen-findings/block_value_from_data.rs).
        let bare = e.code.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_');
        let ty = if self.cc.is_some_and(|(_, c)| !c.known_refusals)
            && (bare || (self.mentions_data(&e.code) && !self.mentions_active(&e.code)))
        {
            ": ⟪T⟫"
        } else {
            ty
        };
        let _ = writeln!(out, "let {name}{ty} = {code};");
        self.note_binding(&name, &code);
        self.bind(
            name,
            Kind::Float {
                iv: e.iv,
                mutable: false,
                deref: false,
                linear_at: None,
            },
        );
    }

    fn loop_stmt(&mut self, out: &mut String) {
        match self.rng.weighted(&[9, 6, 5, 4]) {
            0 => self.range_for(out),
            1 => self.iter_for(out),
            2 => self.while_loop(out),
            _ => self.loop_loop(out),
        }
    }

    /// The body of a loop: statements in a new scope, with `bindings` visible.
    fn loop_body(&mut self, ctx: LoopCtx, bindings: Vec<Binding>) -> String {
        let mut body = String::new();
        self.loops.push(ctx);
        self.scopes.push(bindings);
        self.block(&mut body, 4);
        self.scopes.pop();
        self.loops.pop();
        body
    }

    /// `name`, or `_` when the body never reads it.
    fn used(name: &str, body: &str) -> String {
        let bytes = body.as_bytes();
        let mut from = 0;
        while let Some(at) = body[from..].find(name) {
            let start = from + at;
            let end = start + name.len();
            let before = start == 0
                || !(bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_');
            let after =
                end == bytes.len() || !(bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_');
            if before && after {
                return name.to_string();
            }
            from = end;
        }
        "_".to_string()
    }

    fn range_for(&mut self, out: &mut String) {
        // Range bounds must be integers that do not change (the reverse sweep runs the
        // range again): `n`, a `let`, a loop index.
        let ints = self.fixed_ints();
        let small: Vec<_> = ints.iter().filter(|(_, m, _)| *m <= 3).cloned().collect();
        // (range, largest index, most trips, what)
        let mut forms: Vec<(String, u64, u64, &'static str)> = vec![
            ("0..4".into(), 3, 4, "for over a..b"),
            ("0..n".into(), 3, 4, "for over 0..n"),
            ("1..=3".into(), 3, 3, "for over a..=b"),
            ("(0..4).rev()".into(), 3, 4, "for over (a..b).rev()"),
            ("(0..n).rev()".into(), 3, 4, "for over (a..b).rev()"),
            ("(0..4).step_by(2)".into(), 2, 2, "for over .step_by(k)"),
            ("(1..n).step_by(2)".into(), 3, 2, "for over .step_by(k)"),
            ("0..n % 3 + 1".into(), 2, 3, "for over a run-time range"),
        ];
        if !small.is_empty() {
            let (k, _, _) = self.rng.pick(&small).clone();
            forms.push((format!("{k}..4"), 3, 4, "for over a run-time range"));
            forms.push((format!("0..={k}"), 3, 4, "for over a run-time range"));
        }
        if let Some((_, cfg)) = self.cc {
            if !small.is_empty() {
                let (k, _, _) = self.rng.pick(&small).clone();
                forms.push((format!("0..{k}"), 2, 3, "for over a run-time range"));
            }
            if cfg.data {
                let k = if !small.is_empty() && self.rng.chance(0.4) {
                    self.rng.pick(&small).0.clone()
                } else {
                    self.rng.below(4).to_string()
                };
                forms.push((format!("0..counts[{k}]"), 2, 3, "for over 0..counts[k] (data)"));
                forms.push((format!("1..=counts[{k}]"), 3, 3, "for over 1..=counts[k] (data)"));
                forms.push(("0..rows.len()".into(), 2, 3, "for over 0..rows.len() (data)"));
            }
        }
        let (range, max, trips, what) = self.rng.pick(&forms).clone();
        self.count(what);
        let i = self.fresh("i");
        let body = self.loop_body(
            LoopCtx {
                trips,
                borrowed: None,
            },
            vec![Binding {
                name: i.clone(),
                kind: Kind::Int {
                    max,
                    mutable: false,
                    fixed: true,
                },
            }],
        );
        let i = Self::used(&i, &body);
        let _ = writeln!(out, "for {i} in {range} {{\n{body}}}");
    }

    fn iter_for(&mut self, out: &mut String) {
        if let Some((_, cfg)) = self.cc {
            if cfg.pipelines && self.rng.chance(0.6) {
                return self.iter_for_concrete(out);
            }
        }
        let arrays = self.arrays();
        let (a, _, _) = self.rng.pick(&arrays).clone();
        let borrowed = if a == "w" { None } else { Some(a.clone()) };
        let arg = Iv::sym(ARR);
        let item = |name: &str, deref: bool| Binding {
            name: name.to_string(),
            kind: Kind::Float {
                iv: arg,
                mutable: false,
                deref,
                linear_at: None,
            },
        };
        let v = self.fresh("v");
        match self.rng.below(5) {
            0 | 1 => {
                let deref = self.rng.chance(0.5);
                self.count(if deref {
                    "for v in xs.iter()"
                } else {
                    "for &v in xs.iter()"
                });
                let body = self.loop_body(LoopCtx { trips: 4, borrowed }, vec![item(&v, deref)]);
                let pat = if deref { v.clone() } else { format!("&{v}") };
                let pat = if Self::used(&v, &body) == "_" {
                    "_".to_string()
                } else {
                    pat
                };
                let _ = writeln!(out, "for {pat} in {a}.iter() {{\n{body}}}");
            }
            2 | 3 => {
                let deref = self.rng.chance(0.5);
                self.count("for (i, v) in xs.iter().enumerate()");
                let i = self.fresh("i");
                let body = self.loop_body(
                    LoopCtx { trips: 4, borrowed },
                    vec![
                        Binding {
                            name: i.clone(),
                            kind: Kind::Int {
                                max: 3,
                                mutable: false,
                                fixed: true,
                            },
                        },
                        item(&v, deref),
                    ],
                );
                let pat = if deref { v.clone() } else { format!("&{v}") };
                let pat = if Self::used(&v, &body) == "_" {
                    "_".to_string()
                } else {
                    pat
                };
                let i = Self::used(&i, &body);
                let _ = writeln!(
                    out,
                    "for ({i}, {pat}) in {a}.iter().enumerate() {{\n{body}}}"
                );
            }
            _ => {
                let (b, _, _) = self.rng.pick(&arrays).clone();
                self.count("for (a, b) in xs.iter().zip(ys.iter())");
                // Zipping an array with itself borrows it twice: fine, both shared.
                let borrowed = borrowed.or(if b == "w" { None } else { Some(b.clone()) });
                let second_borrow = if b == "w" || Some(&b) == borrowed.as_ref() {
                    None
                } else {
                    Some(b.clone())
                };
                let u = self.fresh("v");
                let deref = self.rng.chance(0.5);
                self.loops.push(LoopCtx {
                    trips: 1,
                    borrowed: second_borrow,
                });
                let body = self.loop_body(
                    LoopCtx { trips: 4, borrowed },
                    vec![item(&v, deref), item(&u, deref)],
                );
                self.loops.pop();
                let (pv, pu) = if deref {
                    (v.clone(), u.clone())
                } else {
                    (format!("&{v}"), format!("&{u}"))
                };
                let pv = if Self::used(&v, &body) == "_" {
                    "_".to_string()
                } else {
                    pv
                };
                let pu = if Self::used(&u, &body) == "_" {
                    "_".to_string()
                } else {
                    pu
                };
                let _ = writeln!(
                    out,
                    "for ({pv}, {pu}) in {a}.iter().zip({b}.iter()) {{\n{body}}}"
                );
            }
        }
    }

    /// A new accumulator for a loop with a data-dependent trip count, and its update.
    fn accumulator(&mut self, out: &mut String) -> (String, f64) {
        let b = *self.rng.pick(&[2.0, 3.0, 4.0]);
        let init = self.expr(2);
        let init = self.bound(init, b);
        self.spend(init.cost);
        let name = self.fresh("s");
        let ty = self.mut_let_type("", &init);
        let _ = writeln!(out, "let mut {name}{ty} = {};", init.code);
        let linear_at = self.linear_at(&init, true);
        self.bind(
            name.clone(),
            Kind::Float {
                iv: Iv::sym(b),
                mutable: true,
                deref: false,
                linear_at,
            },
        );
        (name, b)
    }

    fn accumulate(&mut self, acc: &str, b: f64) -> String {
        let t = self.expr(2);
        let t = self.positive(t, 0.05);
        let t = if t.iv.hi > 2.0 { self.bound(t, 2.0) } else { t };
        let a = Ex::new(acc.to_string(), 0, Iv::sym(b), 0).flags(true, false);
        let e = if self.rng.chance(0.5) {
            bin(&a, "+", &t, a.iv.add(t.iv))
        } else {
            let k = self.c(0.5, 0.9);
            let s = bin(&a, "*", &k, a.iv.mul(k.iv));
            bin(&s, "+", &t, s.iv.add(t.iv))
        };
        let e = self.bound(e, b);
        self.spend(e.cost);
        format!("{acc} = {};\n", e.code)
    }

    /// `while s < limit && k < M { k += 1; … s = s + t; … }`.
    fn while_loop(&mut self, out: &mut String) {
        self.count("while");
        let (acc, b) = self.accumulator(out);
        let k = self.fresh("k");
        let m = self.rng.int(2, 6);
        let _ = writeln!(out, "let mut {k}: usize = 0;");
        let limit = self.expr(2);
        let limit_code = limit.code.clone();
        let (cond, p) = if self.rng.chance(0.7) {
            (format!("{acc} < {limit_code}"), 1)
        } else {
            self.cond(1)
        };
        let cond = if p > 2 { format!("({cond})") } else { cond };
        self.loops.push(LoopCtx {
            trips: m,
            borrowed: None,
        });
        self.spend(limit.cost + 2);
        self.loops.pop();
        self.protected.push(acc.clone());
        let update_first = self.rng.chance(0.5);
        let mut body = format!("{k} += 1;\n");
        self.loops.push(LoopCtx {
            trips: m,
            borrowed: None,
        });
        self.scopes.push(Vec::new());
        if update_first {
            body += &self.accumulate(&acc, b);
        }
        self.block(&mut body, 3);
        if !update_first {
            body += &self.accumulate(&acc, b);
        }
        self.scopes.pop();
        self.loops.pop();
        self.protected.pop();
        let _ = writeln!(out, "while {cond} && {k} < {m} {{\n{body}}}");
        self.bind(
            k,
            Kind::Int {
                max: m,
                mutable: false,
                fixed: false,
            },
        );
    }

    /// `loop { if k >= M { break; } k += 1; …; if cond { break; } }`.
    fn loop_loop(&mut self, out: &mut String) {
        self.count("loop");
        let (acc, b) = self.accumulator(out);
        let k = self.fresh("k");
        let m = self.rng.int(2, 6);
        let _ = writeln!(out, "let mut {k}: usize = 0;");
        let mut body = format!("if {k} >= {m} {{\nbreak;\n}}\n{k} += 1;\n");
        self.protected.push(acc.clone());
        self.loops.push(LoopCtx {
            trips: m,
            borrowed: None,
        });
        self.scopes.push(Vec::new());
        body += &self.accumulate(&acc, b);
        self.block(&mut body, 3);
        let (c, _) = if self.rng.chance(0.6) {
            let limit = self.expr(2);
            self.spend(limit.cost);
            (format!("{acc} > {}", limit.code), 1)
        } else {
            self.cond(1)
        };
        let _ = writeln!(body, "if {c} {{\nbreak;\n}}");
        self.scopes.pop();
        self.loops.pop();
        self.protected.pop();
        let _ = writeln!(out, "loop {{\n{body}}}");
        self.bind(
            k,
            Kind::Int {
                max: m,
                mutable: false,
                fixed: false,
            },
        );
    }

    /// The final value: an expression with some of the visible floats, in `[-RET, RET]`.
    fn tail(&mut self) -> Ex {
        let floats: Vec<_> = self.floats().into_iter().filter(|f| !f.3).collect();
        let mut e = self.expr(2);
        for _ in 0..self.rng.below(3) {
            let (name, iv, _, _) = self.rng.pick(&floats).clone();
            let v = if self.cc.is_some() {
                self.var(&name, iv, false)
            } else {
                Ex::new(name, 0, iv, 0).flags(true, false)
            };
            e = if self.rng.chance(0.6) {
                bin(&e, "+", &v, e.iv.add(v.iv))
            } else {
                bin(&e, "*", &v, e.iv.mul(v.iv))
            };
        }
        let e = self.bound(e, RET);
        self.spend(e.cost);
        e
    }
}

// ---------------------------------------------------------------------------------------
// Concrete programs: literals, pipelines, assertions, `match`, data (SPEC §2.3, level 2½)
// ---------------------------------------------------------------------------------------

/// An iterator source of a pipeline: its code (`w`, `h3`, `rows[1]`), whether its items
/// are data, and the local array it borrows.
#[derive(Clone)]
struct Source {
    code: String,
    data: bool,
    borrowed: Option<String>,
}

impl Gen<'_> {
    fn ccfg(&self) -> ConcreteConfig {
        self.cc.expect("a concrete program").1
    }

    /// Whether `code` reads a differentiated value: a visible float or array that is not
    /// data, outside the data placeholders `⟪D:…⟫`, or a call.
    fn mentions_active(&self, code: &str) -> bool {
        let mut plain = String::new();
        let mut depth = 0;
        let mut rest = code;
        while !rest.is_empty() {
            if rest.starts_with("⟪D:") {
                depth += 1;
                rest = &rest["⟪D:".len()..];
                continue;
            }
            let ch = rest.chars().next().unwrap();
            if depth > 0 && ch == '⟪' {
                depth += 1;
            } else if depth > 0 && ch == '⟫' {
                depth -= 1;
                rest = &rest[ch.len_utf8()..];
                continue;
            }
            if depth == 0 {
                plain.push(ch);
            }
            rest = &rest[ch.len_utf8()..];
        }
        if plain.contains("cgen_") {
            return true;
        }
        self.visible().iter().any(|b| {
            let candidate = match b.kind {
                Kind::Float { .. } => {
                    !self.data_vars.contains(&b.name) && !self.inactive.contains(&b.name)
                }
                Kind::Array { .. } => true,
                Kind::Int { .. } => false,
            };
            candidate && Self::used(&b.name, &plain) != "_"
        })
    }

    /// Whether `code` reads data (a data placeholder or a local computed from data).
    fn mentions_data(&self, code: &str) -> bool {
        code.contains("⟪D:")
            || code.contains("rows")
            || code.contains("bias")
            || self
                .inactive
                .iter()
                .any(|name| Self::used(name, code) != "_")
    }

    /// Records whether the local `name`, just bound to `code`, holds data alone.
    fn note_binding(&mut self, name: &str, code: &str) {
        if self.cc.is_none() {
            return;
        }
        if !self.mentions_active(code) && self.mentions_data(code) {
            self.inactive.insert(name.to_string());
        } else {
            self.inactive.remove(name);
        }
    }

    fn float_binding(name: &str, iv: Iv, deref: bool) -> Binding {
        Binding {
            name: name.to_string(),
            kind: Kind::Float {
                iv,
                mutable: false,
                deref,
                linear_at: None,
            },
        }
    }

    /// A read of data: `rows[i][j]`, `bias.unwrap_or(c)`, a data row's sum.
    fn data_leaf(&mut self) -> Ex {
        self.count("data read (rows[i][j], bias)");
        let code = match self.rng.below(5) {
            0..=2 => {
                let r = self.int_expr(2);
                let c = self.index();
                format!("rows[{}][{}]", r.code, c.code)
            }
            3 => format!("bias.unwrap_or({:?})", self.rng.constant(-1.0, 1.0)),
            _ => {
                self.count("data pipeline rows[r].iter().sum()");
                let r = self.rng.below(3);
                return Ex::new(
                    format!("⟪D:rows[{r}].iter().sum::<⟪DT⟫>()⟫"),
                    0,
                    Iv::sym(4.0 * ARG),
                    4,
                );
            }
        };
        Ex::new(format!("⟪D:{code}⟫"), 0, Iv::sym(ARG), 0)
    }

    /// `clamp`, `to_radians`, `to_degrees`, `max`/`min` of a literal, `powf` of a literal
    /// base, `log` of a literal base.
    fn extra_math(&mut self, depth: u32) -> Ex {
        let a = self.expr(depth - 1);
        match self.rng.below(6) {
            0 => {
                let lo = self.c(-1.5, -0.1);
                let hi = self.c(0.1, 1.5);
                let iv = Iv::new(
                    a.iv.lo.max(lo.iv.lo).min(hi.iv.hi),
                    a.iv.hi.min(hi.iv.hi).max(lo.iv.lo),
                );
                self.call1("clamp", &a, &[&lo, &hi], iv)
            }
            1 if self.ccfg().known_refusals || self.cc.unwrap().0 == "f64" => {
                let iv = a.iv.mul(Iv::point(std::f64::consts::PI / 180.0));
                self.call1("to_radians", &a, &[], iv)
            }
            1 => {
                let iv = a.iv.abs();
                self.call1("abs", &a, &[], iv)
            }
            2 => {
                let a = self.bound(a, 0.2);
                let iv = a.iv.mul(Iv::point(180.0 / std::f64::consts::PI));
                self.call1("to_degrees", &a, &[], iv)
            }
            3 => {
                let c = self.c(-1.0, 1.0);
                let name = if self.rng.chance(0.5) { "max" } else { "min" };
                self.count("max/min of a literal (x.max(0.0))");
                let iv = if name == "max" {
                    Iv::new(a.iv.lo.max(c.iv.lo), a.iv.hi.max(c.iv.hi))
                } else {
                    Iv::new(a.iv.lo.min(c.iv.lo), a.iv.hi.min(c.iv.hi))
                };
                self.call1(name, &a, &[&c], iv)
            }
            4 => {
                let base = self.c(0.3, 3.0);
                let p = self.bound(a, 2.0);
                let iv = base.iv.up(f64::ln).mul(p.iv).up(f64::exp);
                self.count("powf of a literal (2.0_f64.powf(x))");
                self.call1("powf", &base, &[&p], iv)
            }
            _ => {
                let a = self.positive(a, MIN_POS);
                let b = lit(*self.rng.pick(&[2.0, 10.0, 3.0]));
                let iv = a.iv.up(f64::ln).div(b.iv.up(f64::ln));
                self.count("log of a literal base (y.log(10.0))");
                self.call1("log", &a, &[&b], iv)
            }
        }
    }

    /// A source for a pipeline or a loop: `w`, a local array, or a data row.
    fn source(&mut self) -> Source {
        let arrays = self.arrays();
        if self.ccfg().data && self.rng.chance(0.2) {
            let r = self.rng.below(3);
            return Source {
                code: format!("rows[{r}]"),
                data: true,
                borrowed: None,
            };
        }
        let (name, _, by_ref) = self.rng.pick(&arrays).clone();
        Source {
            borrowed: if by_ref { None } else { Some(name.clone()) },
            code: name,
            data: false,
        }
    }

    /// Adapters after `.iter()`: `.rev()`, `.skip(k)`, `.take(k)`, `.step_by(k)`; returns
    /// their code and the number of items left of 4.
    fn adapters(&mut self) -> (String, u64) {
        let mut code = String::new();
        let mut items = 4u64;
        for _ in 0..self.rng.weighted(&[5, 4, 2]) {
            match self.rng.below(4) {
                0 => {
                    self.count("pipeline .rev()");
                    code.push_str(".rev()");
                }
                1 if items > 1 => {
                    let k = self.rng.int(1, (items - 1).min(2));
                    self.count("pipeline .skip(k)");
                    let _ = write!(code, ".skip({k})");
                    items -= k;
                }
                2 if items > 1 => {
                    let k = self.rng.int(1, items - 1);
                    self.count("pipeline .take(k)");
                    let _ = write!(code, ".take({k})");
                    items = k;
                }
                _ => {
                    self.count("pipeline .step_by(k)");
                    code.push_str(".step_by(2)");
                    items = items.div_ceil(2);
                }
            }
        }
        (code, items)
    }

    /// A closure body with `bindings` visible (those named in `data` hold data), run
    /// `trips` times: bounded by `b`.
    fn closure_body(&mut self, bindings: Vec<Binding>, data: &[String], trips: u64, b: f64) -> Ex {
        for d in data {
            self.data_vars.insert(d.clone());
        }
        self.loops.push(LoopCtx {
            trips,
            borrowed: None,
        });
        self.scopes.push(bindings);
        self.in_closure += 1;
        let depth = if self.rng.chance(0.3) { 2 } else { 1 };
        let e = self.expr(depth);
        let e = self.bound(e, b);
        self.spend(e.cost);
        self.in_closure -= 1;
        self.scopes.pop();
        self.loops.pop();
        for d in data {
            self.data_vars.remove(d);
        }
        e
    }

    /// An iterator pipeline lowered to a loop by the macro: `.map(…).sum()`, `.fold(…)`,
    /// `.product()`, `zip`, `enumerate`, `windows`, `chunks`, adapters.
    fn pipeline(&mut self) -> Ex {
        let src = self.source();
        let s = src.code.clone();
        let data_names = |src: &Source, names: &[String]| -> Vec<String> {
            if src.data {
                names.to_vec()
            } else {
                Vec::new()
            }
        };
        let arg = Iv::sym(ARR);
        match self.rng.weighted(&[6, 3, 2, 3, 2, 3, 2, 3, 2]) {
            0 => {
                // .iter().map(|v| …).sum()
                let (ad, items) = self.adapters();
                let v = self.fresh("v");
                let (head, deref) = match self.rng.below(3) {
                    0 => (format!("{s}.iter(){ad}.map(|{v}|"), true),
                    1 if !(src.data && !self.ccfg().known_refusals) => (format!("{s}.iter(){ad}.map(|&{v}|"), false),
                    _ if src.data && !self.ccfg().known_refusals => {
                        (format!("{s}.iter(){ad}.map(|{v}|"), true)
                    }
                    _ => {
                        let c = if self.rng.chance(0.5) { "copied" } else { "cloned" };
                        self.count("pipeline .copied()/.cloned()");
                        (format!("{s}.iter(){ad}.{c}().map(|{v}|"), false)
                    }
                };
                let body = self.closure_body(
                    vec![Self::float_binding(&v, arg, deref)],
                    &data_names(&src, &[v.clone()]),
                    items,
                    2.0,
                );
                self.count("pipeline .map(…).sum()");
                let iv = body.iv.mul(Iv::point(items as f64));
                Ex::new(format!("{head} {}){}", body.code, "⟪SUM⟫"), 0, iv, body.cost * items + items)
                    .flags(true, false)
            }
            1 => {
                // .iter().sum() / .copied().sum()
                let (ad, items) = self.adapters();
                self.count("pipeline .sum() of the items");
                let code = if self.rng.chance(0.5) {
                    format!("{s}.iter(){ad}⟪SUMR⟫")
                } else {
                    format!("{s}.iter(){ad}.copied()⟪SUM⟫")
                };
                let code = if src.data {
                    format!("⟪D:{}⟫", code.replace("⟪SUMR⟫", ".sum::<⟪DT⟫>()").replace("⟪SUM⟫", ".sum::<⟪DT⟫>()"))
                } else {
                    code
                };
                Ex::new(code, 0, arg.mul(Iv::point(items as f64)), items).flags(true, false)
            }
            2 => {
                // .map(|v| v * v).sum::<f64>(), as people write it
                if src.data {
                    return self.pipeline();
                }
                self.count("pipeline .map(|v| v * v).sum()");
                let v = self.fresh("v");
                Ex::new(
                    format!("{s}.iter().map(|{v}| ⟪C:{v} * {v}⟫⟪W:*{v} * *{v}⟫)⟪SUM⟫"),
                    0,
                    Iv::new(0.0, 4.0 * ARR * ARR),
                    8,
                )
                .flags(true, false)
            }
            3 => {
                // .fold(init, |acc, v| …)
                let (ad, items) = self.adapters();
                let v = self.fresh("v");
                let acc = self.fresh("acc");
                let init = self.c(-1.0, 1.0);
                let deref = self.rng.chance(0.5);
                let deref = deref || (src.data && !self.ccfg().known_refusals);
                let pat = if deref { v.clone() } else { format!("&{v}") };
                let form = self.rng.below(3);
                let acc_iv = match form {
                    0 => Iv::sym(1.0 + 2.0 * items as f64),
                    1 => Iv::sym(6.0),
                    _ => Iv::sym(ARG.max(1.0)),
                };
                let mut bindings = vec![Self::float_binding(&v, arg, deref)];
                bindings.push(Self::float_binding(&acc, acc_iv, false));
                let body = self.closure_body(bindings, &data_names(&src, &[v.clone()]), items, 2.0);
                self.count("pipeline .fold(init, |acc, v| …)");
                let (code, iv) = match form {
                    0 => (format!("{acc} + {}", body.at(2)), acc_iv),
                    1 => (format!("{acc} * ⟪L:0.5⟫ + {}", body.at(2)), Iv::sym(4.0)),
                    _ => {
                        let m = if self.rng.chance(0.5) { "max" } else { "min" };
                        (format!("{acc}.{m}({})", body.code), body.iv.hull(init.iv))
                    }
                };
                // A method on `acc` needs the type of the initial value.
                let init = if form == 2 || self.rng.chance(0.3) { typed(init) } else { init };
                let iv = if form == 1 { Iv::sym(4.0).hull(init.iv) } else { iv };
                Ex::new(
                    format!("{s}.iter(){ad}.fold({}, |{acc}, {pat}| {code})", init.code),
                    0,
                    iv,
                    body.cost * items + items,
                )
                .flags(true, false)
            }
            4 => {
                // .fold(f64::NEG_INFINITY, f64::max)
                let (ad, items) = self.adapters();
                let max = self.rng.chance(0.5);
                self.count("pipeline .fold(f64::NEG_INFINITY, f64::max)");
                let (start, f) = if max { ("⟪NEGINF⟫", "max") } else { ("⟪INF⟫", "min") };
                let (items_code, iv, cost) = if self.rng.chance(0.5) {
                    (format!("{s}.iter(){ad}.copied()"), arg, items)
                } else {
                    let v = self.fresh("v");
                    let body = self.closure_body(
                        vec![Self::float_binding(&v, arg, true)],
                        &data_names(&src, &[v.clone()]),
                        items,
                        2.0,
                    );
                    (
                        format!("{s}.iter(){ad}.map(|{v}| {})", body.code),
                        body.iv,
                        body.cost * items + items,
                    )
                };
                let code = format!("{items_code}.fold({start}, ⟪T⟫::{f})");
                let code = if src.data && !code.contains(".map(") {
                    format!("⟪D:{}⟫", code.replace("⟪NEGINF⟫", "⟪DT⟫::NEG_INFINITY").replace("⟪INF⟫", "⟪DT⟫::INFINITY").replace("⟪T⟫", "⟪DT⟫"))
                } else {
                    code
                };
                Ex::new(code, 0, iv, cost).flags(true, false)
            }
            5 => {
                // zip, two- or three-way
                let other = self.source();
                let three = self.rng.chance(0.4);
                let third = if three { Some(self.source()) } else { None };
                let any_data = src.data || other.data || third.as_ref().is_some_and(|t| t.data);
                let deref = self.rng.chance(0.6) || (any_data && !self.ccfg().known_refusals);
                let (p, q, r) = (self.fresh("v"), self.fresh("v"), self.fresh("v"));
                let mut data = Vec::new();
                let mut bindings = Vec::new();
                let mut pats = Vec::new();
                let mut sources = vec![(&src, &p), (&other, &q)];
                if let Some(t) = &third {
                    sources.push((t, &r));
                }
                for (so, name) in &sources {
                    if so.data {
                        data.push(name.to_string());
                    }
                    bindings.push(Self::float_binding(name, arg, deref));
                    pats.push(if deref { name.to_string() } else { format!("&{name}") });
                }
                let body = self.closure_body(bindings, &data, 4, 2.0);
                let (head, pat) = if three {
                    self.count("pipeline three-way .zip(…).zip(…)");
                    (
                        format!(
                            "{s}.iter().zip({}.iter()).zip({}.iter())",
                            other.code,
                            third.as_ref().unwrap().code
                        ),
                        format!("(({}, {}), {})", pats[0], pats[1], pats[2]),
                    )
                } else {
                    self.count("pipeline .zip(…)");
                    (
                        format!("{s}.iter().zip({}.iter())", other.code),
                        format!("({}, {})", pats[0], pats[1]),
                    )
                };
                Ex::new(
                    format!("{head}.map(|{pat}| {})⟪SUM⟫", body.code),
                    0,
                    body.iv.mul(Iv::point(4.0)),
                    body.cost * 4 + 4,
                )
                .flags(true, false)
            }
            6 => {
                // .enumerate().map(|(i, v)| …)
                let (ad, items) = self.adapters();
                let (i, v) = (self.fresh("i"), self.fresh("v"));
                let deref = self.rng.chance(0.5);
                let deref = deref || (src.data && !self.ccfg().known_refusals);
                let pat = if deref { v.clone() } else { format!("&{v}") };
                let bindings = vec![
                    Binding {
                        name: i.clone(),
                        kind: Kind::Int {
                            max: 3,
                            mutable: false,
                            fixed: true,
                        },
                    },
                    Self::float_binding(&v, arg, deref),
                ];
                let body = self.closure_body(bindings, &data_names(&src, &[v.clone()]), items, 2.0);
                self.count("pipeline .enumerate()");
                Ex::new(
                    format!("{s}.iter(){ad}.enumerate().map(|({i}, {pat})| {})⟪SUM⟫", body.code),
                    0,
                    body.iv.mul(Iv::point(items as f64)),
                    body.cost * items + items,
                )
                .flags(true, false)
            }
            7 if src.data && !self.ccfg().known_refusals => self.pipeline(),
            7 => {
                // .windows(k) / .chunks(2)
                let p = self.fresh("p");
                let (what, k, items) = match self.rng.below(3) {
                    0 => ("windows", 2, 3),
                    1 => ("windows", 3, 2),
                    _ => ("chunks", 2, 2),
                };
                self.count(if what == "windows" {
                    "pipeline .windows(k)"
                } else {
                    "pipeline .chunks(k)"
                });
                let names: Vec<String> = (0..k).map(|j| format!("{p}[{j}]")).collect();
                let bindings = names.iter().map(|n| Self::float_binding(n, arg, false)).collect();
                let body = self.closure_body(bindings, &data_names(&src, &names), items, 2.0);
                Ex::new(
                    format!("{s}.{what}({k}).map(|{p}| {})⟪SUM⟫", body.code),
                    0,
                    body.iv.mul(Iv::point(items as f64)),
                    body.cost * items + items,
                )
                .flags(true, false)
            }
            _ => {
                // .map(|v| …).product()
                let (ad, items) = self.adapters();
                let v = self.fresh("v");
                let deref = self.rng.chance(0.5);
                let deref = deref || (src.data && !self.ccfg().known_refusals);
                let pat = if deref { v.clone() } else { format!("&{v}") };
                let body = self.closure_body(
                    vec![Self::float_binding(&v, arg, deref)],
                    &data_names(&src, &[v.clone()]),
                    items,
                    0.5,
                );
                self.count("pipeline .product()");
                let t = if self.ccfg().known_refusals {
                    let one = lit(1.0);
                    bin(&one, "+", &body, one.iv.add(body.iv))
                } else {
                    // Not a sum: gen-findings/product_of_sum_precedence.rs.
                    let iv = body.iv.up(f64::exp);
                    self.call1("exp", &body, &[], iv)
                };
                let mut iv = t.iv;
                for _ in 1..items {
                    iv = iv.mul(t.iv);
                }
                Ex::new(
                    format!("{s}.iter(){ad}.map(|{pat}| {})⟪PROD⟫", t.code),
                    0,
                    iv,
                    body.cost * items + 2 * items,
                )
                .flags(true, false)
            }
        }
    }

    /// `for` over a pipeline: adapters, `.copied()`, `.enumerate()`, three-way `zip`,
    /// `windows`, `chunks`, data rows.
    fn iter_for_concrete(&mut self, out: &mut String) {
        // A three-way zip pushes its extra borrows before the loop body: they are popped
        // down to here after it.
        let depth_before = self.loops.len();
        let src = self.source();
        let s = src.code.clone();
        let arg = Iv::sym(ARR);
        let data = |src: &Source, name: &str| -> Vec<String> {
            if src.data {
                vec![name.to_string()]
            } else {
                Vec::new()
            }
        };
        let (header, bindings, data_names, trips, borrowed, names): (
            String,
            Vec<Binding>,
            Vec<String>,
            u64,
            Option<String>,
            Vec<String>,
        ) = match self.rng.below(4) {
            0 => {
                let (ad, items) = self.adapters();
                let v = self.fresh("v");
                let (pat, tail, deref) = match self.rng.below(3) {
                    0 => (v.clone(), String::new(), true),
                    2 if !src.data || self.ccfg().known_refusals => {
                        (v.clone(), ".copied()".to_string(), false)
                    }
                    _ if (src.data && !self.ccfg().known_refusals) => (v.clone(), String::new(), true),
                    _ => (format!("&{v}"), String::new(), false),
                };
                self.count("for over a pipeline (adapters)");
                (
                    format!("{pat} in {s}.iter(){ad}{tail}"),
                    vec![Self::float_binding(&v, arg, deref)],
                    data(&src, &v),
                    items,
                    src.borrowed.clone(),
                    vec![v],
                )
            }
            1 => {
                let (ad, items) = self.adapters();
                let (i, v) = (self.fresh("i"), self.fresh("v"));
                let deref = self.rng.chance(0.5);
                let deref = deref || (src.data && !self.ccfg().known_refusals);
                let pat = if deref { v.clone() } else { format!("&{v}") };
                self.count("for over .enumerate() after adapters");
                (
                    format!("({i}, {pat}) in {s}.iter(){ad}.enumerate()"),
                    vec![
                        Binding {
                            name: i.clone(),
                            kind: Kind::Int {
                                max: 3,
                                mutable: false,
                                fixed: true,
                            },
                        },
                        Self::float_binding(&v, arg, deref),
                    ],
                    data(&src, &v),
                    items,
                    src.borrowed.clone(),
                    vec![i, v],
                )
            }
            2 => {
                let (b, c) = (self.source(), self.source());
                let (p, q, r) = (self.fresh("v"), self.fresh("v"), self.fresh("v"));
                let mut names = Vec::new();
                for (so, n) in [(&src, &p), (&b, &q), (&c, &r)] {
                    if so.data {
                        names.push(n.clone());
                    }
                }
                self.count("for over a three-way zip");
                // Only one local array may be marked borrowed: the others are never
                // written while the loop runs only if they are the same; leave the
                // loop out of local arrays other than the first.
                let borrowed = src.borrowed.clone().or(b.borrowed.clone()).or(c.borrowed.clone());
                let extra: Vec<String> = [&b.borrowed, &c.borrowed]
                    .into_iter()
                    .flatten()
                    .filter(|x| Some(*x) != borrowed.as_ref())
                    .cloned()
                    .collect();
                for e in extra {
                    self.loops.push(LoopCtx {
                        trips: 1,
                        borrowed: Some(e),
                    });
                }
                (
                    format!(
                        "(({p}, {q}), {r}) in {s}.iter().zip({}.iter()).zip({}.iter())",
                        b.code, c.code
                    ),
                    vec![
                        Self::float_binding(&p, arg, true),
                        Self::float_binding(&q, arg, true),
                        Self::float_binding(&r, arg, true),
                    ],
                    names,
                    4,
                    borrowed,
                    vec![p, q, r],
                )
            }
            _ if src.data && !self.ccfg().known_refusals => {
                let (ad, items) = self.adapters();
                let v = self.fresh("v");
                self.count("for over a pipeline (adapters)");
                (
                    format!("{v} in {s}.iter(){ad}"),
                    vec![Self::float_binding(&v, arg, true)],
                    vec![v.clone()],
                    items,
                    None,
                    vec![v],
                )
            }
            _ => {
                let p = self.fresh("p");
                let (what, k, items) = match self.rng.below(3) {
                    0 => ("windows", 2, 3),
                    1 => ("windows", 3, 2),
                    _ => ("chunks", 2, 2),
                };
                self.count(if what == "windows" {
                    "for over .windows(k)"
                } else {
                    "for over .chunks(k)"
                });
                let elems: Vec<String> = (0..k).map(|j| format!("{p}[{j}]")).collect();
                let data_names = if src.data { elems.clone() } else { Vec::new() };
                (
                    format!("{p} in {s}.{what}({k})"),
                    elems.iter().map(|n| Self::float_binding(n, arg, false)).collect(),
                    data_names,
                    items,
                    src.borrowed.clone(),
                    vec![p],
                )
            }
        };
        for d in &data_names {
            self.data_vars.insert(d.clone());
        }
        let body = self.loop_body(LoopCtx { trips, borrowed }, bindings);
        for d in &data_names {
            self.data_vars.remove(d);
        }
        // Pop the extra borrows of a three-way zip.
        while self.loops.len() > depth_before {
            self.loops.pop();
        }
        let _ = names;
        let _ = writeln!(out, "for {header} {{\n{body}}}");
    }

    /// One of the statements of concrete programs; false when none fits here.
    fn concrete_stmt(&mut self, out: &mut String) -> bool {
        let cfg = self.ccfg();
        let ints = !self.ints().is_empty();
        let w = [
            // Not inside a block used as a value
            // (gen-findings/assert_in_value_block_after_nested_return.rs).
            if cfg.asserts && (cfg.known_refusals || self.block_scopes.is_empty()) { 5 } else { 0 }, // 0 assert
            if cfg.matches && ints { 4 } else { 0 },            // 1 match value
            if cfg.matches && ints && self.budget > 1 { 3 } else { 0 }, // 2 match statement
            if cfg.matches && cfg.data && self.budget > 1 { 3 } else { 0 }, // 3 if let
            if cfg.matches && cfg.data { 2 } else { 0 },        // 4 match bias value
            if cfg.data { 2 } else { 0 },                       // 5 unwrap_or
            if cfg.extras { 2 } else { 0 },                     // 6 array literal
            if cfg.extras { 3 } else { 0 },                     // 7 tuple let
            if cfg.extras { 2 } else { 0 },                     // 8 sin_cos
            if cfg.extras { 1 } else { 0 },                     // 9 const item
            if cfg.matches && self.budget > 1 { 2 } else { 0 }, // 10 bool match
        ];
        if w.iter().all(|&x| x == 0) {
            return false;
        }
        match self.rng.weighted(&w) {
            0 => self.assert_stmt(out),
            1 => self.match_value(out),
            2 => self.match_stmt(out),
            3 => self.if_let(out),
            4 => self.match_bias(out),
            5 => {
                self.count("let z = bias.unwrap_or(c)");
                let z = self.fresh("z");
                let c = self.rng.constant(-1.0, 1.0);
                let _ = writeln!(out, "let {z} = bias.unwrap_or({c:?});");
                self.data_vars.insert(z.clone());
                self.bind(z, Kind::Float { iv: Iv::sym(ARG), mutable: false, deref: false, linear_at: None });
            }
            6 => {
                self.count("array literal [a, b, c, d]");
                let mut elems = Vec::new();
                let mut untyped = true;
                for _ in 0..4 {
                    let e = self.expr(1);
                    let e = self.bound(e, ARR);
                    self.spend(e.cost);
                    untyped &= e.untyped;
                    elems.push(e);
                }
                if untyped {
                    elems[0] = typed(elems[0].clone());
                }
                let mutable = self.rng.chance(0.5);
                let name = self.fresh("h");
                let codes: Vec<String> = elems.iter().map(|e| e.code.clone()).collect();
                let _ = writeln!(
                    out,
                    "let {}{name} = [{}];",
                    if mutable { "mut " } else { "" },
                    codes.join(", ")
                );
                self.bind(name, Kind::Array { mutable, by_ref: false });
            }
            7 => {
                self.count("tuple destructuring let (a, b) = (x, y)");
                let a = self.sexpr();
                let b = self.sexpr();
                self.spend(a.cost + b.cost);
                let (a, b) = (typed(a), typed(b));
                let (na, nb) = (self.fresh("a"), self.fresh("a"));
                let _ = writeln!(out, "let ({na}, {nb}) = ({}, {});", a.code, b.code);
                self.note_binding(&na, &a.code);
                self.note_binding(&nb, &b.code);
                self.bind(na, Kind::Float { iv: a.iv, mutable: false, deref: false, linear_at: None });
                self.bind(nb, Kind::Float { iv: b.iv, mutable: false, deref: false, linear_at: None });
            }
            8 => {
                self.count("let (s, c) = e.sin_cos()");
                let e = self.sexpr();
                self.spend(e.cost + 2);
                let (ns, nc) = (self.fresh("a"), self.fresh("a"));
                let recv = self.recv(&e);
                self.note_binding(&ns, &e.code);
                self.note_binding(&nc, &e.code);
                if self.rng.chance(0.25) {
                    let _ = writeln!(out, "let ({ns}, {nc}) = ⟪T⟫::sin_cos({});", e.code);
                } else {
                    let _ = writeln!(out, "let ({ns}, {nc}) = {recv}.sin_cos();");
                }
                self.bind(ns, Kind::Float { iv: Iv::sym(1.0), mutable: false, deref: false, linear_at: None });
                self.bind(nc, Kind::Float { iv: Iv::sym(1.0), mutable: false, deref: false, linear_at: None });
            }
            9 => {
                self.count("const item in the body");
                self.next_name += 1;
                let name = format!("C{}", self.next_name);
                let c = self.rng.constant(-2.0, 2.0);
                if cfg.known_refusals {
                    let _ = writeln!(out, "const {name}: ⟪DT⟫ = {c:?};");
                } else {
                    // At the top of the body (gen-findings/const_after_nested_return.rs).
                    self.consts.push((name.clone(), c));
                }
                self.data_vars.insert(name.clone());
                self.bind(name, Kind::Float { iv: Iv::point(c), mutable: false, deref: false, linear_at: None });
            }
            _ => {
                self.count("match on a bool");
                let (c, _) = self.cond(1);
                let f = self.fresh("flag");
                let _ = writeln!(out, "let {f} = {c};");
                if self.rng.chance(0.5) {
                    let _ = writeln!(out, "match {f} {{\ntrue => {{");
                    self.branch_block(out);
                    let _ = writeln!(out, "}}\nfalse => {{");
                    self.branch_block(out);
                    let _ = writeln!(out, "}}\n}}");
                } else {
                    let a = self.sexpr();
                    let b = self.sexpr();
                    self.spend(a.cost + b.cost);
                    let name = self.fresh("a");
                    let ty = self.let_type("", a.untyped && b.untyped);
                    let _ = writeln!(
                        out,
                        "let {name}{ty} = match {f} {{\ntrue => {},\nfalse => {},\n}};",
                        a.code, b.code
                    );
                    self.note_binding(&name, &format!("{} {}", a.code, b.code));
                    self.bind(name, Kind::Float { iv: a.iv.hull(b.iv), mutable: false, deref: false, linear_at: None });
                }
            }
        }
        true
    }

    fn assert_stmt(&mut self, out: &mut String) {
        match self.rng.below(7) {
            0 => {
                self.count("assert!(e.is_finite())");
                let e = self.expr(2);
                self.spend(e.cost);
                let _ = writeln!(out, "assert!({}.is_finite());", self.recv(&e));
            }
            1 => {
                self.count("debug_assert!(e.abs() <= c, …)");
                let e = self.expr(2);
                self.spend(e.cost);
                let b = lit((e.iv.mag() + 1.0).ceil());
                let _ = writeln!(
                    out,
                    "debug_assert!({}.abs() <= {}, \"out of range\");",
                    self.recv(&e),
                    b.code
                );
            }
            2 => {
                self.count("assert_eq!(len, 4)");
                let what = *self.rng.pick(&["w.len()", "counts.len()", "rows[0].len()"]);
                let _ = writeln!(out, "assert_eq!({what}, 4, \"{what} is 4\");");
            }
            3 => {
                self.count("assert!(n <= 4)");
                let _ = writeln!(out, "assert!(n <= 4, \"n = {{n}}\");");
            }
            4 => {
                self.count("assert_ne!(rows.len(), 0)");
                let _ = writeln!(out, "assert_ne!(rows.len(), 0);");
            }
            5 => {
                self.count("debug_assert!(a && b)");
                let _ = writeln!(out, "debug_assert!(x.is_finite() && y.is_finite());");
            }
            _ => {
                self.count("debug_assert_eq!");
                let _ = writeln!(out, "debug_assert_eq!(rows.len(), 3);");
            }
        }
    }

    /// An integer to match on, with its largest value.
    fn scrutinee(&mut self) -> (String, u64) {
        let ints = self.ints();
        let (name, max, _) = self.rng.pick(&ints).clone();
        if max > 3 && self.rng.chance(0.5) {
            (format!("{name} % 3"), 2)
        } else {
            (name, max)
        }
    }

    /// Arm patterns covering `0..=max` (the last is `_`).
    fn patterns(&mut self, max: u64) -> Vec<String> {
        let mut pats = Vec::new();
        let mut k = 0;
        let arms = self.rng.int(1, 3);
        while k < max && pats.len() < arms as usize {
            match self.rng.below(3) {
                0 if k + 1 < max => {
                    pats.push(format!("{} | {}", k, k + 1));
                    k += 2;
                }
                1 if k + 1 < max => {
                    pats.push(format!("{}..={}", k, k + 1));
                    k += 2;
                }
                _ => {
                    pats.push(k.to_string());
                    k += 1;
                }
            }
        }
        pats.push("_".into());
        pats
    }

    fn match_value(&mut self, out: &mut String) {
        self.count("match on an integer, as a value");
        let (scrut, max) = self.scrutinee();
        let pats = self.patterns(max);
        let mut code = format!("match {scrut} {{\n");
        let mut iv: Option<Iv> = None;
        let mut untyped = true;
        let mut all_typed_note = false;
        self.value_floors.push(self.loops.len());
        for pat in pats {
            self.enter_branch();
            let block = self.rng.chance(0.25) && self.budget > 0;
            let mut inner = String::new();
            if block {
                self.block(&mut inner, 2);
            }
            let e = self.sexpr();
            self.spend(e.cost);
            self.leave_branch();
            untyped &= e.untyped;
            if self.cc.is_some_and(|(_, c)| !c.known_refusals) && !self.mentions_active(&e.code) {
                all_typed_note = true;
            }
            iv = Some(iv.map_or(e.iv, |i| i.hull(e.iv)));
            if block {
                let _ = writeln!(code, "{pat} => {{\n{inner}{}\n}}", e.code);
            } else {
                let _ = writeln!(code, "{pat} => {},", e.code);
            }
        }
        self.value_floors.pop();
        code.push('}');
        let name = self.fresh("a");
        let ty = self.let_type("", untyped || all_typed_note);
        let _ = writeln!(out, "let {name}{ty} = {code};");
        self.note_binding(&name, &code);
        self.bind(name, Kind::Float { iv: iv.unwrap(), mutable: false, deref: false, linear_at: None });
    }

    fn match_stmt(&mut self, out: &mut String) {
        self.count("match on an integer, as a statement");
        let (scrut, max) = self.scrutinee();
        let pats = self.patterns(max);
        let _ = writeln!(out, "match {scrut} {{");
        for pat in pats {
            if pat == "_" && self.rng.chance(0.4) {
                let _ = writeln!(out, "_ => {{}}");
                continue;
            }
            let _ = writeln!(out, "{pat} => {{");
            self.branch_block(out);
            let _ = writeln!(out, "}}");
        }
        let _ = writeln!(out, "}}");
    }

    fn if_let(&mut self, out: &mut String) {
        self.count("if let Some(b) = bias");
        let b = self.fresh("b");
        let _ = writeln!(out, "if let Some({b}) = bias {{");
        self.enter_branch();
        self.data_vars.insert(b.clone());
        self.bind(b.clone(), Kind::Float { iv: Iv::sym(ARG), mutable: false, deref: false, linear_at: None });
        self.block(out, 3);
        self.leave_branch();
        self.data_vars.remove(&b);
        let _ = write!(out, "}}");
        if self.rng.chance(0.5) {
            let _ = writeln!(out, " else {{");
            self.branch_block(out);
            let _ = write!(out, "}}");
        }
        let _ = writeln!(out);
    }

    fn match_bias(&mut self, out: &mut String) {
        self.count("match on the Option argument, as a value");
        let b = self.fresh("b");
        self.scopes.push(vec![Self::float_binding(&b, Iv::sym(ARG), false)]);
        self.data_vars.insert(b.clone());
        let some = self.sexpr();
        self.data_vars.remove(&b);
        self.scopes.pop();
        let none = self.sexpr();
        self.spend(some.cost + none.cost);
        let name = self.fresh("a");
        let ty = self.let_type("", some.untyped && none.untyped);
        let _ = writeln!(
            out,
            "let {name}{ty} = match bias {{\nSome({b}) => {},\nNone => {},\n}};",
            some.code, none.code
        );
        self.note_binding(&name, &format!("⟪D:{b}⟫ {} {}", some.code, none.code));
        self.bind(name, Kind::Float { iv: some.iv.hull(none.iv), mutable: false, deref: false, linear_at: None });
    }
}
