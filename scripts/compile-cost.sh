#!/usr/bin/env bash
# What `#[differentiable]` costs at build time (issue 5).
#
# Generates three library crates with the same 50 functions (scalar math with branches,
# early returns and calls between the functions; loops over slices, arrays and rows; local
# arrays and vectors; while loops): `annotated`, where every function carries
# `#[differentiable]`; `plain`, the same file with the attributes removed; and `expanded`,
# the plain file followed by the code the macro generates for it, so that the annotated
# build splits into rustc compiling that code and the macro expanding it. All depend on
# gradus by path. Their dependencies are built first; then each crate is timed `REPS` times
# with `touch src/lib.rs && cargo build --release` (the crate alone, from clean for it),
# and the median is reported.
#
# Usage (from anywhere):  scripts/compile-cost.sh [REPS]      (default 5)
# Work directory:         $COMPILE_COST_DIR, default target/compile-cost in the repository
# (its own cargo target directory, so nothing else under target/ is touched).
set -euo pipefail

REPS="${1:-5}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${COMPILE_COST_DIR:-$ROOT/target/compile-cost}"
export CARGO_TARGET_DIR="$WORK/target"
mkdir -p "$WORK"

# ---------------------------------------------------------------------------------------
# The 50 functions. `#[differentiable…]` lines are the only difference between the crates.
# ---------------------------------------------------------------------------------------
cat > "$WORK/functions.rs" <<'EOF'
#![allow(clippy::all, unused)]
use gradus::{differentiable, Float};

const GAS_CONSTANT: f64 = 8.314;
const STRIKE: f64 = 100.0;
const RATE: f64 = 0.03;

// ----- level 1: scalar functions -----

#[differentiable(wrt(w, b))]
pub fn huber_loss(w: f64, b: f64, x: f64, y: f64, delta: f64) -> f64 {
    let residual = w * x + b - y;
    if residual.abs() <= delta {
        0.5 * residual * residual
    } else {
        delta * (residual.abs() - 0.5 * delta)
    }
}

#[differentiable]
pub fn softplus(a: f64) -> f64 {
    if a > 0.0 {
        a + (-a).exp().ln_1p()
    } else {
        a.exp().ln_1p()
    }
}

#[differentiable(wrt(w, b))]
pub fn log_loss(w: f64, b: f64, x: f64, y: f64) -> f64 {
    let z = w * x + b;
    softplus(z) - y * z
}

#[differentiable]
pub fn k4(x: f64, y: f64, z: f64) -> f64 {
    (x * y).sin() + z.exp() / (1.0 + x * x) + (y * y + z * z).sqrt() * (1.0 + x * x).ln()
}

#[differentiable]
pub fn soft_hinge(x: f64, y: f64, z: f64) -> f64 {
    let a = x * y - z;
    let sp = if a > 0.0 { a + (-a).exp().ln_1p() } else { a.exp().ln_1p() };
    let t = (x + 0.5 * z).tanh();
    sp + y * t.powi(3) + (x - z).max(0.0) * y
}

#[differentiable]
pub fn bs_call(s: f64, sigma: f64, t: f64) -> f64 {
    if t <= 0.0 {
        return (s - STRIKE).max(0.0);
    }
    let sqrt_t = t.sqrt();
    let vol = sigma * sqrt_t;
    let d1 = ((s / STRIKE).ln() + (RATE + 0.5 * sigma * sigma) * t) / vol;
    let d2 = d1 - vol;
    let n1 = 1.0 / (1.0 + (-(0.07056 * d1.powi(3) + 1.5976 * d1)).exp());
    let n2 = 1.0 / (1.0 + (-(0.07056 * d2.powi(3) + 1.5976 * d2)).exp());
    s * n1 - STRIKE * (-RATE * t).exp() * n2
}

#[differentiable(wrt(mu, log_sigma))]
pub fn gaussian_nll(mu: f64, log_sigma: f64, x: f64) -> f64 {
    let z = (x - mu) / log_sigma.exp();
    0.5 * z * z + log_sigma + 0.5 * (2.0 * std::f64::consts::PI).ln()
}

#[differentiable(wrt(x))]
pub fn smooth_l1(x: f64, target: f64, beta: f64) -> f64 {
    let d = (x - target).abs();
    if d < beta {
        0.5 * d * d / beta
    } else {
        d - 0.5 * beta
    }
}

#[differentiable]
pub fn horner5(x: f64, c0: f64, c1: f64, c2: f64) -> f64 {
    let mut p = 0.25;
    p = p.mul_add(x, -1.5);
    p = p.mul_add(x, c2);
    p = p.mul_add(x, c1);
    p = p * x + c0;
    p
}

#[differentiable]
pub fn rational(x: f64, a: f64) -> f64 {
    let num = x * x + 3.0 * a * x + 1.0;
    let den = x * x + a * a + 1.0;
    num / den
}

#[differentiable(wrt(r, theta))]
pub fn polar_miss(r: f64, theta: f64, tx: f64, ty: f64) -> f64 {
    let dx = r * theta.cos() - tx;
    let dy = r * theta.sin() - ty;
    dx * dx + dy * dy
}

#[differentiable]
pub fn lennard_jones(r: f64, eps: f64, sigma: f64) -> f64 {
    let s6 = (sigma / r).powi(6);
    4.0 * eps * (s6 * s6 - s6)
}

#[differentiable]
pub fn morse(r: f64, depth: f64, a: f64, r0: f64) -> f64 {
    let e = 1.0 - (-a * (r - r0)).exp();
    depth * e * e
}

#[differentiable(wrt(pre, energy))]
pub fn arrhenius(pre: f64, energy: f64, temperature: f64) -> f64 {
    pre * (-energy / (GAS_CONSTANT * temperature)).exp()
}

#[differentiable]
pub fn logsumexp2(a: f64, b: f64) -> f64 {
    let m = a.max(b);
    m + ((a - m).exp() + (b - m).exp()).ln()
}

#[differentiable(wrt(x))]
pub fn elu(x: f64, alpha: f64) -> f64 {
    if x >= 0.0 {
        x
    } else {
        alpha * x.exp_m1()
    }
}

#[differentiable]
pub fn gelu(x: f64) -> f64 {
    let c = (2.0 / std::f64::consts::PI).sqrt();
    0.5 * x * (1.0 + (c * (x + 0.044715 * x * x * x)).tanh())
}

#[differentiable]
pub fn swish(x: f64, beta: f64) -> f64 {
    x / (1.0 + (-beta * x).exp())
}

#[differentiable]
pub fn clipped_square(x: f64, y: f64) -> f64 {
    let c = x.min(1.0).max(-1.0);
    let d = (y - c).abs();
    c * c + d.sqrt() + (x * y).atan()
}

#[differentiable(wrt(x, y))]
pub fn bearing_cost(x: f64, y: f64, heading: f64) -> f64 {
    let angle = y.atan2(x) - heading;
    let dist = x.hypot(y);
    (1.0 - angle.cos()) * dist + 0.1 * dist.ln()
}

#[differentiable]
pub fn hyperbolic_mix(x: f64, y: f64) -> f64 {
    (x * x + 1.0).sqrt().asinh() + (y * y + 2.0).acosh() * x.sinh() - (0.5 * y).cosh()
}

#[differentiable(wrt(x))]
pub fn spline3(x: f64, k1: f64, k2: f64) -> f64 {
    let v = if x < k1 {
        (x - k1) * (x - k1) * 0.5
    } else if x < k2 {
        (x - k1) * (k2 - x) * 0.25
    } else {
        (x - k2).powi(3) / 6.0 + x
    };
    v * v + v
}

#[differentiable(wrt(s, k))]
pub fn smooth_payoff(s: f64, k: f64, width: f64) -> f64 {
    let z = (s - k) / width;
    width * if z > 0.0 { z + (-z).exp().ln_1p() } else { z.exp().ln_1p() }
}

#[differentiable(wrt(p, r))]
pub fn compound(p: f64, r: f64, years: f64) -> f64 {
    let n = 12.0;
    p * (1.0 + r / n).powf(n * years) - p * (r * years).exp()
}

#[differentiable]
pub fn mechanics(m: f64, v: f64, h: f64, k: f64) -> f64 {
    let kinetic = 0.5 * m * v * v;
    let potential = m * 9.81 * h;
    let spring = 0.5 * k * (h - 1.0) * (h - 1.0);
    let total = kinetic + potential - spring;
    if total < 0.0 {
        return -total.ln_1p().abs();
    }
    total.sqrt()
}

// ----- level 2: loops, slices and arrays -----


#[differentiable]
pub fn l2_penalty<T: Float>(w: &[T], lambda: T) -> T {
    let mut s = T::zero();
    for i in 0..w.len() {
        s = s + w[i] * w[i];
    }
    lambda * s / T::from(2.0).unwrap()
}

#[differentiable(wrt(pred))]
pub fn mse(pred: &[f64], target: &[f64]) -> f64 {
    let mut s = 0.0;
    for (&p, &t) in pred.iter().zip(target.iter()) {
        let e = p - t;
        s += e * e;
    }
    s / pred.len() as f64
}

#[differentiable]
pub fn rosenbrock(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = 1.0 - x[i];
        s += 100.0 * a * a + b * b;
    }
    s
}

#[differentiable(wrt(w))]
pub fn logistic8(w: &[f64; 8], x: &[[f64; 8]], y: &[f64]) -> f64 {
    let mut loss = 0.0;
    for r in 0..x.len() {
        let mut z = 0.0;
        for j in 0..8 {
            z += w[j] * x[r][j];
        }
        loss += z.max(0.0) + (-z.abs()).exp().ln_1p() - y[r] * z;
    }
    loss / x.len() as f64
}

#[differentiable(wrt(logits))]
pub fn softmax_xent(logits: &[f64], label: usize) -> f64 {
    let mut m = logits[0];
    for i in 1..logits.len() {
        m = m.max(logits[i]);
    }
    let mut s = 0.0;
    for i in 0..logits.len() {
        s += (logits[i] - m).exp();
    }
    m + s.ln() - logits[label]
}


#[differentiable(wrt(w))]
pub fn weighted_huber(w: &[f64], r: &[f64], delta: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..r.len() {
        let a = (r[i] * w[i]).abs();
        if a <= delta {
            s += 0.5 * a * a;
        } else {
            s += delta * (a - 0.5 * delta);
        }
    }
    s
}

#[differentiable]
pub fn total_variation(x: &[f64], eps: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let d = x[i + 1] - x[i];
        s += (d * d + eps).sqrt();
    }
    s
}

#[differentiable(wrt(w, b))]
pub fn ridge4(w: &[f64; 4], b: f64, x: &[[f64; 4]], y: &[f64], lambda: f64) -> f64 {
    let mut loss = 0.0;
    for r in 0..x.len() {
        let mut p = b;
        for j in 0..4 {
            p += w[j] * x[r][j];
        }
        let e = p - y[r];
        loss += e * e;
    }
    let mut reg = 0.0;
    for j in 0..4 {
        reg += w[j] * w[j];
    }
    loss / x.len() as f64 + lambda * reg
}

#[differentiable(wrt(a, u, v))]
pub fn rnn(a: f64, u: f64, v: f64, xs: &[f64], target: f64) -> f64 {
    let mut h = 0.0;
    for t in 0..xs.len() {
        h = (a * h + u * xs[t]).tanh();
    }
    let e = v * h - target;
    e * e
}

#[differentiable(wrt(alpha))]
pub fn ema_loss(alpha: f64, xs: &[f64]) -> f64 {
    let mut m = xs[0];
    let mut loss = 0.0;
    for t in 1..xs.len() {
        let e = xs[t] - m;
        loss += e * e;
        m = alpha * xs[t] + (1.0 - alpha) * m;
    }
    loss
}

#[differentiable(wrt(w1, b1, w2, b2))]
pub fn mlp4(
    w1: &[[f64; 4]; 8],
    b1: &[f64; 8],
    w2: &[f64; 8],
    b2: f64,
    x: &[[f64; 4]],
    y: &[f64],
) -> f64 {
    let mut loss = 0.0;
    for r in 0..x.len() {
        let mut h = [0.0; 8];
        for j in 0..8 {
            let mut z = b1[j];
            for k in 0..4 {
                z += w1[j][k] * x[r][k];
            }
            h[j] = z.tanh();
        }
        let mut out = b2;
        for j in 0..8 {
            out += w2[j] * h[j];
        }
        let e = out - y[r];
        loss += e * e;
    }
    loss / x.len() as f64
}

#[differentiable(wrt(means, log_scales, logits))]
pub fn gmm_nll(means: &[f64; 3], log_scales: &[f64; 3], logits: &[f64; 3], xs: &[f64]) -> f64 {
    let mut norm = 0.0;
    for k in 0..3 {
        norm += logits[k].exp();
    }
    let mut nll = 0.0;
    for i in 0..xs.len() {
        let mut p = 0.0;
        for k in 0..3 {
            let z = (xs[i] - means[k]) / log_scales[k].exp();
            p += logits[k].exp() / norm * (-0.5 * z * z).exp() / log_scales[k].exp();
        }
        nll -= (p + 1e-300).ln();
    }
    nll
}

#[differentiable(wrt(x0))]
pub fn damped_steps(x0: f64, rate: f64, tolerance: f64) -> f64 {
    let mut x = x0;
    let mut i = 0;
    while i < 50 {
        let step = rate * (x.sin() + 0.1 * x);
        x -= step;
        if step.abs() < tolerance {
            break;
        }
        i += 1;
    }
    x * x
}


#[differentiable(wrt(q, keys, values))]
pub fn attention8(q: &[f64; 4], keys: &[[f64; 4]; 8], values: &[f64; 8]) -> f64 {
    let mut scores = [0.0; 8];
    let mut m = -1e300;
    for i in 0..8 {
        let mut s = 0.0;
        for j in 0..4 {
            s += q[j] * keys[i][j];
        }
        scores[i] = s * 0.5;
        m = m.max(scores[i]);
    }
    let mut den = 0.0;
    let mut num = 0.0;
    for i in 0..8 {
        let e = (scores[i] - m).exp();
        den += e;
        num += e * values[i];
    }
    num / den
}

#[differentiable(wrt(w))]
pub fn poisson_loss(w: &[f64; 4], x: &[[f64; 4]], counts: &[f64]) -> f64 {
    let mut loss = 0.0;
    for r in 0..x.len() {
        let mut eta = 0.0;
        for j in 0..4 {
            eta += w[j] * x[r][j];
        }
        loss += eta.exp() - counts[r] * eta;
    }
    loss
}

#[differentiable(wrt(w, b))]
pub fn svm_hinge(w: &[f64; 4], b: f64, x: &[[f64; 4]], y: &[f64]) -> f64 {
    let mut loss = 0.0;
    for r in 0..x.len() {
        let mut m = b;
        for j in 0..4 {
            m += w[j] * x[r][j];
        }
        loss += (1.0 - y[r] * m).max(0.0);
    }
    loss / x.len() as f64
}

#[differentiable(wrt(x))]
pub fn log_barrier(x: &[f64], a: &[f64], bound: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += a[i] * x[i];
    }
    let slack = bound - s;
    if slack <= 0.0 {
        return 1e30;
    }
    let mut q = 0.0;
    for i in 0..x.len() {
        q += x[i] * x[i];
    }
    q - slack.ln()
}

#[differentiable(wrt(u0, kappa))]
pub fn heat_steps(u0: &[f64], kappa: f64, steps: usize) -> f64 {
    let n = u0.len();
    let mut u = vec![0.0; n];
    for i in 0..n {
        u[i] = u0[i];
    }
    for _ in 0..steps {
        let mut next = vec![0.0; n];
        for i in 1..n - 1 {
            next[i] = u[i] + kappa * (u[i - 1] - 2.0 * u[i] + u[i + 1]);
        }
        for i in 1..n - 1 {
            u[i] = next[i];
        }
    }
    let mut e = 0.0;
    for i in 0..n {
        e += u[i] * u[i];
    }
    e
}


#[differentiable]
pub fn cosine_similarity(a: &[f64], b: &[f64]) -> f64 {
    let mut ab = 0.0;
    let mut aa = 0.0;
    let mut bb = 0.0;
    for i in 0..a.len() {
        ab += a[i] * b[i];
        aa += a[i] * a[i];
        bb += b[i] * b[i];
    }
    ab / (aa.sqrt() * bb.sqrt())
}

#[differentiable(wrt(x))]
pub fn spring_chain(x: &[f64], rest: f64, k: f64) -> f64 {
    let mut e = 0.0;
    for i in 0..x.len() {
        for j in i + 1..x.len() {
            let d = (x[j] - x[i]).abs() - rest * (j - i) as f64;
            e += 0.5 * k * d * d / (j - i) as f64;
        }
    }
    e
}

#[differentiable(wrt(values))]
pub fn interp_loss(values: &[f64], knots: &[f64], xs: &[f64], ys: &[f64]) -> f64 {
    let mut loss = 0.0;
    for i in 0..xs.len() {
        let mut pred = values[0];
        for k in (0..knots.len() - 1).step_by(1) {
            if xs[i] >= knots[k] && xs[i] < knots[k + 1] {
                let t = (xs[i] - knots[k]) / (knots[k + 1] - knots[k]);
                pred = values[k] * (1.0 - t) + values[k + 1] * t;
            }
        }
        let e = pred - ys[i];
        loss += e * e;
    }
    loss
}

#[differentiable]
pub fn generic_energy<T: Float>(x: &[T], k: T) -> T {
    let mut e = T::zero();
    for i in 0..x.len() {
        let c = x[i].cos();
        if c > T::zero() {
            e = e + k * c * c;
        } else {
            e = e - k * c.powi(3);
        }
    }
    e
}

#[differentiable]
pub fn batch_log_loss(w: f64, b: f64, x: &[f64], y: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += log_loss(w, b, x[i], y[i]);
    }
    s / x.len() as f64
}

#[differentiable(wrt(p))]
pub fn entropy_reg(p: &[f64], temperature: f64) -> f64 {
    let mut h = 0.0;
    let mut i = 0;
    loop {
        if i >= p.len() {
            break;
        }
        let q = p[i].exp();
        if q > 1e-12 {
            h -= q * q.ln();
        }
        i += 1;
    }
    temperature * h
}

#[differentiable(wrt(w))]
pub fn conv1d_loss(w: &[f64; 3], signal: &[f64], target: &[f64]) -> f64 {
    let mut loss = 0.0;
    for i in 1..signal.len() - 1 {
        let y = w[0] * signal[i - 1] + w[1] * signal[i] + w[2] * signal[i + 1];
        let e = y.tanh() - target[i];
        loss += e * e;
    }
    loss
}
EOF

count=$(grep -c '^#\[differentiable' "$WORK/functions.rs")
if [ "$count" -ne 50 ]; then
    echo "expected 50 annotated functions, found $count" >&2
    exit 1
fi

make_crate() { # name, keep attributes (1/0)
    local dir="$WORK/$1"
    mkdir -p "$dir/src"
    cat > "$dir/Cargo.toml" <<EOF
[package]
name = "compile-cost-$1"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
gradus = { path = "$ROOT" }
EOF
    if [ "$2" = 1 ]; then
        cp "$WORK/functions.rs" "$dir/src/lib.rs"
    else
        grep -v '^#\[differentiable' "$WORK/functions.rs" > "$dir/src/lib.rs"
    fi
}
make_crate annotated 1
make_crate plain 0
make_crate expanded 0

# Dependencies (gradus, gradus-derive, syn, …) once, and a first build of each crate.
for crate in annotated plain; do
    cargo build --release --quiet --manifest-path "$WORK/$crate/Cargo.toml"
done

# `expanded`: the plain functions followed by what the macro generated for them (as
# `GRADUS_DUMP=1` prints it), compiled with no macro at all. Its build time is rustc's
# share of the annotated build; the rest is the macro's own expansion.
touch "$WORK/annotated/src/lib.rs"
GRADUS_DUMP=1 cargo build --release --quiet --manifest-path "$WORK/annotated/Cargo.toml" \
    2> "$WORK/dump.txt"
awk '/^\/\/ #\[differentiable\] fn .*: generated code$/ { on = 1; next }
     /^\/\/ #\[differentiable\] fn / { on = 0 }
     on' "$WORK/dump.txt" >> "$WORK/expanded/src/lib.rs"
cargo build --release --quiet --manifest-path "$WORK/expanded/Cargo.toml"

median() { sort -n | awk '{ a[NR] = $1 } END { m = int((NR + 1) / 2); if (NR % 2) print a[m]; else printf "%.3f\n", (a[m] + a[m + 1]) / 2 }'; }

declare -A result
for crate in annotated expanded plain; do
    times=()
    for _ in $(seq "$REPS"); do
        touch "$WORK/$crate/src/lib.rs"
        start=$(date +%s.%N)
        cargo build --release --quiet --manifest-path "$WORK/$crate/Cargo.toml"
        end=$(date +%s.%N)
        times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')")
    done
    result[$crate]=$(printf '%s\n' "${times[@]}" | median)
    printf '%-9s  runs: %s  median %.2f s\n' "$crate" \
        "$(printf '%.2f ' "${times[@]}")" "${result[$crate]}"
done

lines() { grep -c '' "$1"; }
echo "50 functions, $(lines "$WORK/plain/src/lib.rs") lines; rustc $(rustc --version | cut -d' ' -f2)"
awk -v a="${result[annotated]}" -v p="${result[plain]}" 'BEGIN {
    printf "cargo build --release, median of the crate alone: plain %.2f s, annotated %.2f s, +%.0f%% (%.2f s)\n",
        p, a, 100 * (a - p) / p, a - p }'
echo "generated code: $(lines "$WORK/expanded/src/lib.rs") lines with the plain functions"
awk -v a="${result[annotated]}" -v e="${result[expanded]}" -v p="${result[plain]}" 'BEGIN {
    printf "split: rustc compiling the generated code %.2f s (the expanded crate %.2f s less plain %.2f s), the macro expanding it %.2f s (annotated less expanded)\n",
        e - p, e, p, a - e }'
