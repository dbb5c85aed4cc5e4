//! The benchmark kernels, shared by `benches/loops.rs`, `benches/scalar.rs` and the peers
//! benchmark (`benches/peers`), so every benchmark times the same code: K1–K3 (SPEC §6's
//! loop kernels) and K4 (the level-1 scalar function), each as a `#[differentiable]`
//! function, a hand-written gradient, a generic twin for the tape, and the inputs.
#![allow(dead_code, clippy::needless_range_loop)]

use gradus::data::Rng;
use gradus::{differentiable, Float, Var};

/// `T::from(value)`, for the literals and the data of the generic twins.
pub fn lit<T: Float>(value: f64) -> T {
    T::from(value).unwrap()
}

// ---------------------------------------------------------------------------------------
// K1: Rosenbrock, n = 1000.
// ---------------------------------------------------------------------------------------

pub const K1_N: usize = 1000;

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

/// Value and gradient (written into `dx`) in one loop. Term i touches x[i] and x[i+1]; the
/// share of x[i+1] (200·a) is carried in a local and added when the next iteration writes
/// dx[i+1], so every element of `dx` is stored once and never reloaded.
pub fn rosenbrock_hand(x: &[f64], dx: &mut [f64]) -> f64 {
    let n = x.len();
    assert!(n >= 1 && dx.len() == n, "rosenbrock_hand: lengths");
    let mut s = 0.0;
    let mut carry = 0.0;
    for i in 0..n - 1 {
        let xi = x[i];
        let a = x[i + 1] - xi * xi;
        let b = 1.0 - xi;
        s += 100.0 * a * a + b * b;
        dx[i] = carry - 400.0 * a * xi - 2.0 * b;
        carry = 200.0 * a;
    }
    dx[n - 1] = carry;
    s
}

pub fn rosenbrock_generic<T: Float>(x: &[T]) -> T {
    let mut s = T::zero();
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = T::one() - x[i];
        s = s + lit::<T>(100.0) * a * a + b * b;
    }
    s
}

// ---------------------------------------------------------------------------------------
// K2: the mean logistic loss, w ∈ R³², a batch of 256 rows, gradient w.r.t. w only.
// softplus(z) − y·z = −[y·ln σ(z) + (1 − y)·ln(1 − σ(z))], computed stably as
// max(z, 0) + ln(1 + e^(−|z|)) − y·z.
// ---------------------------------------------------------------------------------------

pub const K2_D: usize = 32;
pub const K2_ROWS: usize = 256;

#[differentiable(wrt(w))]
pub fn logistic(w: &[f64], x: &[[f64; 32]], y: &[f64]) -> f64 {
    let mut loss = 0.0;
    for r in 0..x.len() {
        let mut z = 0.0;
        for j in 0..32 {
            z += w[j] * x[r][j];
        }
        loss += z.max(0.0) + (-z.abs()).exp().ln_1p() - y[r] * z;
    }
    loss / x.len() as f64
}

/// Value and gradient (written into `d_w`): per row the dot product, the loss from one
/// `exp`, ∂loss/∂z = σ(z) − y from the same `exp`, and the rank-one update of a local
/// accumulator, scaled by 1/n once at the end.
pub fn logistic_hand(w: &[f64], x: &[[f64; 32]], y: &[f64], d_w: &mut [f64]) -> f64 {
    assert!(w.len() == K2_D && d_w.len() == K2_D && y.len() == x.len());
    let w: &[f64; 32] = w.try_into().unwrap();
    let mut g = [0.0; 32];
    let mut loss = 0.0;
    for (xr, &yr) in x.iter().zip(y) {
        let mut z = 0.0;
        for j in 0..32 {
            z += w[j] * xr[j];
        }
        let e = (-z.abs()).exp();
        loss += z.max(0.0) + e.ln_1p() - yr * z;
        let inv = 1.0 / (1.0 + e);
        let sigma = if z >= 0.0 { inv } else { e * inv };
        let dz = sigma - yr;
        for j in 0..32 {
            g[j] += dz * xr[j];
        }
    }
    let scale = 1.0 / x.len() as f64;
    for j in 0..32 {
        d_w[j] = g[j] * scale;
    }
    loss * scale
}

pub fn logistic_generic<T: Float>(w: &[T], x: &[[f64; 32]], y: &[f64]) -> T {
    let mut loss = T::zero();
    for r in 0..x.len() {
        let mut z = T::zero();
        for j in 0..32 {
            z = z + w[j] * lit::<T>(x[r][j]);
        }
        loss = loss + z.max(T::zero()) + (-z.abs()).exp().ln_1p() - lit::<T>(y[r]) * z;
    }
    loss / lit::<T>(x.len() as f64)
}

// ---------------------------------------------------------------------------------------
// K3: a two-layer tanh network 8 → 16 → 1, mean squared error over a batch of 64.
// ---------------------------------------------------------------------------------------

pub const K3_ROWS: usize = 64;

#[differentiable(wrt(w1, b1, w2, b2))]
pub fn mlp(
    w1: &[[f64; 8]; 16],
    b1: &[f64; 16],
    w2: &[f64; 16],
    b2: f64,
    x: &[[f64; 8]],
    y: &[f64],
) -> f64 {
    let mut loss = 0.0;
    for r in 0..x.len() {
        let mut h = [0.0; 16];
        for j in 0..16 {
            let mut z = b1[j];
            for k in 0..8 {
                z += w1[j][k] * x[r][k];
            }
            h[j] = z.tanh();
        }
        let mut out = b2;
        for j in 0..16 {
            out += w2[j] * h[j];
        }
        let e = out - y[r];
        loss += e * e;
    }
    loss / x.len() as f64
}

/// The gradients of the network, the layout of `grad_mlp`'s.
pub struct MlpGradient {
    pub w1: [[f64; 8]; 16],
    pub b1: [f64; 16],
    pub w2: [f64; 16],
    pub b2: f64,
}

impl MlpGradient {
    pub fn zero() -> Self {
        MlpGradient {
            w1: [[0.0; 8]; 16],
            b1: [0.0; 16],
            w2: [0.0; 16],
            b2: 0.0,
        }
    }

    pub fn flat(&self) -> Vec<f64> {
        let mut v: Vec<f64> = self.w1.iter().flatten().copied().collect();
        v.extend_from_slice(&self.b1);
        v.extend_from_slice(&self.w2);
        v.push(self.b2);
        v
    }
}

/// Value and gradient (written into `g`): per row the forward pass keeps h = tanh(z), then
/// the reverse pass of that row reuses it, ∂/∂z = ∂/∂h · (1 − h²); the 2/n of the mean
/// squared error is folded into the row's output adjoint.
pub fn mlp_hand(
    w1: &[[f64; 8]; 16],
    b1: &[f64; 16],
    w2: &[f64; 16],
    b2: f64,
    x: &[[f64; 8]],
    y: &[f64],
    g: &mut MlpGradient,
) -> f64 {
    assert_eq!(x.len(), y.len());
    *g = MlpGradient::zero();
    let scale = 1.0 / x.len() as f64;
    let two_scale = 2.0 * scale;
    let mut loss = 0.0;
    for (xr, &yr) in x.iter().zip(y) {
        let mut h = [0.0; 16];
        let mut out = b2;
        for j in 0..16 {
            let mut z = b1[j];
            for k in 0..8 {
                z += w1[j][k] * xr[k];
            }
            h[j] = z.tanh();
            out += w2[j] * h[j];
        }
        let e = out - yr;
        loss += e * e;
        let d_out = e * two_scale;
        g.b2 += d_out;
        for j in 0..16 {
            g.w2[j] += d_out * h[j];
            let d_z = d_out * w2[j] * (1.0 - h[j] * h[j]);
            g.b1[j] += d_z;
            for k in 0..8 {
                g.w1[j][k] += d_z * xr[k];
            }
        }
    }
    loss * scale
}

pub fn mlp_generic<T: Float>(
    w1: &[[T; 8]; 16],
    b1: &[T; 16],
    w2: &[T; 16],
    b2: T,
    x: &[[f64; 8]],
    y: &[f64],
) -> T {
    let mut loss = T::zero();
    for r in 0..x.len() {
        let mut h = [T::zero(); 16];
        for j in 0..16 {
            let mut z = b1[j];
            for k in 0..8 {
                z = z + w1[j][k] * lit::<T>(x[r][k]);
            }
            h[j] = z.tanh();
        }
        let mut out = b2;
        for j in 0..16 {
            out = out + w2[j] * h[j];
        }
        let e = out - lit::<T>(y[r]);
        loss = loss + e * e;
    }
    loss / lit::<T>(x.len() as f64)
}

/// The network's parameters, flat in the order w1 (row-major), b1, w2, b2.
pub struct MlpParams {
    pub w1: [[f64; 8]; 16],
    pub b1: [f64; 16],
    pub w2: [f64; 16],
    pub b2: f64,
}

impl MlpParams {
    pub fn flat(&self) -> Vec<f64> {
        let g = MlpGradient {
            w1: self.w1,
            b1: self.b1,
            w2: self.w2,
            b2: self.b2,
        };
        g.flat()
    }
}

/// The tape twin of `mlp` on `params` (the flat variables, order of `MlpParams::flat`).
pub fn mlp_on_vars<'t>(params: &[Var<'t, f64>], x: &[[f64; 8]], y: &[f64]) -> Var<'t, f64> {
    let w1: [[Var<'t, f64>; 8]; 16] =
        std::array::from_fn(|j| std::array::from_fn(|k| params[j * 8 + k]));
    let b1: [Var<'t, f64>; 16] = std::array::from_fn(|j| params[128 + j]);
    let w2: [Var<'t, f64>; 16] = std::array::from_fn(|j| params[144 + j]);
    mlp_generic(&w1, &b1, &w2, params[160], x, y)
}

// ---------------------------------------------------------------------------------------
// Inputs.
// ---------------------------------------------------------------------------------------

pub struct Inputs {
    pub k1_x: Vec<f64>,
    pub k2_w: Vec<f64>,
    pub k2_x: Vec<[f64; 32]>,
    pub k2_y: Vec<f64>,
    pub k3: MlpParams,
    pub k3_x: Vec<[f64; 8]>,
    pub k3_y: Vec<f64>,
}

pub fn inputs() -> Inputs {
    let mut rng = Rng::new(2024);
    let k1_x = (0..K1_N).map(|_| rng.range(-1.5, 1.5)).collect();
    // Weights of scale 0.3 and standard normal features: z has a spread of about 1.7, so
    // both signs of z (both sides of the stable log-sigmoid) occur.
    let k2_w: Vec<f64> = (0..K2_D).map(|_| 0.3 * rng.normal()).collect();
    let k2_x: Vec<[f64; 32]> = (0..K2_ROWS)
        .map(|_| std::array::from_fn(|_| rng.normal()))
        .collect();
    let k2_y = (0..K2_ROWS)
        .map(|_| if rng.uniform() < 0.5 { 0.0 } else { 1.0 })
        .collect();
    let k3 = MlpParams {
        w1: std::array::from_fn(|_| std::array::from_fn(|_| rng.range(-0.5, 0.5))),
        b1: std::array::from_fn(|_| rng.range(-0.2, 0.2)),
        w2: std::array::from_fn(|_| rng.range(-0.5, 0.5)),
        b2: 0.1,
    };
    let k3_x = (0..K3_ROWS)
        .map(|_| std::array::from_fn(|_| rng.normal()))
        .collect();
    let k3_y = (0..K3_ROWS).map(|_| rng.normal()).collect();
    Inputs {
        k1_x,
        k2_w,
        k2_x,
        k2_y,
        k3,
        k3_x,
        k3_y,
    }
}

// ---------------------------------------------------------------------------------------
// K4: f(x, y, z) = sin(x·y) + exp(z)/(1 + x²) + sqrt(y² + z²)·ln(1 + x²)
// ---------------------------------------------------------------------------------------

pub type Gradient3 = (f64, (f64, f64, f64));

/// The timed point of `benches/scalar.rs`.
pub const K4_POINT: (f64, f64, f64) = (0.7, -1.3, 0.4);

#[differentiable]
pub fn k4(x: f64, y: f64, z: f64) -> f64 {
    (x * y).sin() + z.exp() / (1.0 + x * x) + (y * y + z * z).sqrt() * (1.0 + x * x).ln()
}

pub fn k4_hand(x: f64, y: f64, z: f64) -> Gradient3 {
    let xy = x * y;
    let (s, c) = (xy.sin(), xy.cos());
    let e = z.exp();
    let u = 1.0 + x * x;
    let inv_u = 1.0 / u;
    let q = e * inv_u; // exp(z)/(1 + x²)
    let r = (y * y + z * z).sqrt();
    let l = u.ln();
    let l_over_r = l / r;
    let value = s + q + r * l;
    let d_x = c * y + 2.0 * x * inv_u * (r - q);
    let d_y = c * x + y * l_over_r;
    let d_z = q + z * l_over_r;
    (value, (d_x, d_y, d_z))
}

pub fn k4_generic<T: Float>(x: T, y: T, z: T) -> T {
    let one = T::one();
    (x * y).sin() + z.exp() / (one + x * x) + (y * y + z * z).sqrt() * (one + x * x).ln()
}
