//! The classifier: a multilayer perceptron 64 → hidden → 10 with `tanh`, its parameters one
//! `#[derive(Differentiable)]` struct, and the mean softmax cross-entropy of a mini-batch,
//! written in the DSL with a stable log-sum-exp so that `#[differentiable]` writes its
//! gradient. The model is generic over the float type, so the same code runs on the tape.
// The loss indexes rows the way the formulas read.
#![allow(clippy::needless_range_loop)]

use gradus::data::Rng;
use gradus::{differentiable, Differentiable, Float};

/// Pixels of an 8×8 image.
pub const PIXELS: usize = 64;
/// Digits 0 to 9.
pub const CLASSES: usize = 10;

/// The parameters. `w1[k][j]` weighs pixel `k` into hidden unit `j` and `w2[j][c]` hidden
/// unit `j` into class `c`: the inner loops of the forward pass then run along contiguous
/// rows (`h[j] += x[k] · w1[k][j]`), with no reduction the compiler must keep in order.
#[derive(Clone, Debug, Differentiable)]
pub struct Mlp<T> {
    pub w1: Vec<Vec<T>>,
    pub b1: Vec<T>,
    pub w2: Vec<[T; CLASSES]>,
    pub b2: [T; CLASSES],
}

impl Mlp<f64> {
    /// Glorot-uniform weights for `tanh`, zero biases, from a seed.
    pub fn new(hidden: usize, seed: u64) -> Self {
        let mut rng = Rng::new(seed);
        let limit1 = (6.0 / (PIXELS + hidden) as f64).sqrt();
        let limit2 = (6.0 / (hidden + CLASSES) as f64).sqrt();
        Mlp {
            w1: (0..PIXELS)
                .map(|_| (0..hidden).map(|_| rng.range(-limit1, limit1)).collect())
                .collect(),
            b1: vec![0.0; hidden],
            w2: (0..hidden)
                .map(|_| std::array::from_fn(|_| rng.range(-limit2, limit2)))
                .collect(),
            b2: [0.0; CLASSES],
        }
    }

    /// The class with the largest logit, for each row.
    pub fn predict(&self, images: &[[f64; PIXELS]]) -> Vec<usize> {
        images
            .iter()
            .map(|image| {
                let logits = self.logits(image);
                (0..CLASSES)
                    .max_by(|&a, &b| logits[a].total_cmp(&logits[b]))
                    .expect("ten classes")
            })
            .collect()
    }

    fn logits(&self, image: &[f64; PIXELS]) -> [f64; CLASSES] {
        let mut h = self.b1.clone();
        for (k, &x) in image.iter().enumerate() {
            for (hj, w) in h.iter_mut().zip(&self.w1[k]) {
                *hj += x * w;
            }
        }
        let mut logits = self.b2;
        for (hj, row) in h.iter().zip(&self.w2) {
            let a = hj.tanh();
            for (l, w) in logits.iter_mut().zip(row) {
                *l += a * w;
            }
        }
        logits
    }
}

/// The softmax cross-entropy of the rows `rows` of a batch, summed and multiplied by
/// `scale` (1 / the batch's size, so that the parts of a batch add up to its mean).
#[differentiable(wrt(p))]
pub fn batch_loss<T: Float>(
    p: &Mlp<T>,
    images: &[[f64; PIXELS]],
    labels: &[usize],
    rows: &[usize],
    scale: f64,
) -> T {
    let hidden = p.b1.len();
    let mut total = T::zero();
    for &r in rows.iter() {
        // The hidden layer, pixel by pixel along the rows of w1.
        let mut h = p.b1.clone();
        for k in 0..PIXELS {
            let x = T::from(images[r][k]).unwrap();
            for j in 0..hidden {
                h[j] = h[j] + x * p.w1[k][j];
            }
        }
        let mut logits = p.b2;
        for j in 0..hidden {
            let a = h[j].tanh();
            for c in 0..CLASSES {
                logits[c] = logits[c] + a * p.w2[j][c];
            }
        }
        // −log softmax(logits)[label], with the largest logit taken out before `exp`.
        let mut largest = logits[0];
        for c in 1..CLASSES {
            largest = largest.max(logits[c]);
        }
        let mut sum = T::zero();
        for c in 0..CLASSES {
            sum = sum + (logits[c] - largest).exp();
        }
        total = total + largest + sum.ln() - logits[labels[r]];
    }
    total * T::from(scale).unwrap()
}
