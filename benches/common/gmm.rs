//! ADBench's GMM objective (Srajer, Kukelova, Fitzgibbon 2018; `src/cpp/shared/gmm.h` of
//! microsoft/ADBench): the log-likelihood of n points under a mixture of K Gaussians in d
//! dimensions, each Gaussian parametrised by the inverse of its covariance's Cholesky
//! factor. Written as `#[differentiable]` functions on flat slices, with a hand-written
//! gradient of each and deterministic inputs.
//!
//! Layout, as ADBench's: `alphas[K]` (log mixture weights, unnormalised), `means[K·d]`,
//! `icf[K·d(d+1)/2]` (per component: the d logs of the factor's diagonal, then its d(d−1)/2
//! strictly lower entries column by column), data `x[n·d]`.
//!
//! The values are ADBench's, its constant −n·d/2·ln 2π included, except that the prior
//! leaves out its constant −K·C (C needs ln Γ_d; it has no gradient).
#![allow(clippy::needless_range_loop)]

use gradus::data::Rng;
use gradus::differentiable;

/// The dimension, components and points of the benchmark (ADBench's d = 10, K = 5, n = 1000).
pub const GMM_D: usize = 10;
pub const GMM_K: usize = 5;
pub const GMM_N: usize = 1000;

/// ADBench's default Wishart parameters.
pub const WISHART_GAMMA: f64 = 1.0;
pub const WISHART_M: f64 = 0.0;

/// `ln Σ exp(v)`, shifted by the maximum.
#[differentiable]
pub fn logsumexp(v: &[f64]) -> f64 {
    let mx = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let mut semx = 0.0;
    for i in 0..v.len() {
        semx += (v[i] - mx).exp();
    }
    semx.ln() + mx
}

/// The GMM log-likelihood without the prior.
#[differentiable(wrt(alphas, means, icf))]
pub fn gmm_objective(
    d: usize,
    k: usize,
    alphas: &[f64],
    means: &[f64],
    icf: &[f64],
    x: &[f64],
) -> f64 {
    let n = x.len() / d;
    let icf_sz = d * (d + 1) / 2;

    let mut qdiags = vec![0.0; k * d];
    let mut sum_qs = vec![0.0; k];
    for ik in 0..k {
        for id in 0..d {
            let q = icf[ik * icf_sz + id];
            sum_qs[ik] += q;
            qdiags[ik * d + id] = q.exp();
        }
    }

    let mut xc = vec![0.0; d];
    let mut qxc = vec![0.0; d];
    let mut main_term = vec![0.0; k];
    let mut slse = 0.0;
    for ix in 0..n {
        for ik in 0..k {
            for id in 0..d {
                xc[id] = x[ix * d + id] - means[ik * d + id];
                qxc[id] = qdiags[ik * d + id] * xc[id];
            }
            let mut lparamsidx = d;
            for i in 0..d {
                for j in i + 1..d {
                    qxc[j] += icf[ik * icf_sz + lparamsidx] * xc[i];
                    lparamsidx += 1;
                }
            }
            let mut sqnorm = 0.0;
            for id in 0..d {
                sqnorm += qxc[id] * qxc[id];
            }
            main_term[ik] = alphas[ik] + sum_qs[ik] - 0.5 * sqnorm;
        }
        slse += logsumexp(&main_term);
    }

    let constant = -((n * d) as f64) * 0.5 * (2.0 * std::f64::consts::PI).ln();
    constant + slse - n as f64 * logsumexp(alphas)
}

/// ADBench's log Wishart prior without its constant −K·C:
/// Σ_k ½γ²(‖Qdiag_k‖² + ‖L_k‖²) − m·sum_qs_k.
#[differentiable(wrt(icf))]
pub fn log_wishart_prior(d: usize, k: usize, icf: &[f64], gamma: f64, m: f64) -> f64 {
    let icf_sz = d * (d + 1) / 2;
    let mut out = 0.0;
    for ik in 0..k {
        let mut sum_q = 0.0;
        let mut frobenius = 0.0;
        for id in 0..d {
            let q = icf[ik * icf_sz + id];
            sum_q += q;
            let qdiag = q.exp();
            frobenius += qdiag * qdiag;
        }
        for i in d..icf_sz {
            frobenius += icf[ik * icf_sz + i] * icf[ik * icf_sz + i];
        }
        out += 0.5 * gamma * gamma * frobenius - m * sum_q;
    }
    out
}

/// The GMM log-likelihood with the Wishart prior (ADBench's `gmm_objective`).
#[differentiable(wrt(alphas, means, icf))]
#[allow(clippy::too_many_arguments)]
pub fn gmm_objective_with_prior(
    d: usize,
    k: usize,
    alphas: &[f64],
    means: &[f64],
    icf: &[f64],
    x: &[f64],
    gamma: f64,
    m: f64,
) -> f64 {
    gmm_objective(d, k, alphas, means, icf, x) + log_wishart_prior(d, k, icf, gamma, m)
}

// ---------------------------------------------------------------------------------------
// Hand-written gradients.
// ---------------------------------------------------------------------------------------

/// The gradient of the parameters, in `grad_gmm_objective`'s layout.
pub struct GmmGradient {
    pub alphas: Vec<f64>,
    pub means: Vec<f64>,
    pub icf: Vec<f64>,
}

impl GmmGradient {
    pub fn zero(d: usize, k: usize) -> Self {
        GmmGradient {
            alphas: vec![0.0; k],
            means: vec![0.0; k * d],
            icf: vec![0.0; k * d * (d + 1) / 2],
        }
    }

    pub fn fill(&mut self, value: f64) {
        self.alphas.fill(value);
        self.means.fill(value);
        self.icf.fill(value);
    }
}

/// Value and gradient of `gmm_objective` (written into `g`). Per point: for every component
/// xc, Qxc and main_term, kept; the softmax weights w of main_term; then per component the
/// adjoint of Qxc, −w·Qxc, taken back through the triangular product to the means, the
/// strictly lower entries and Qdiag. The Qdiag adjoints and the weights (the adjoint of
/// sum_qs) are summed over the points and turned into the diagonal entries' once at the end.
pub fn gmm_objective_hand(
    d: usize,
    k: usize,
    alphas: &[f64],
    means: &[f64],
    icf: &[f64],
    x: &[f64],
    g: &mut GmmGradient,
) -> f64 {
    let n = x.len() / d;
    let icf_sz = d * (d + 1) / 2;
    assert!(alphas.len() == k && means.len() == k * d && icf.len() == k * icf_sz);
    assert!(g.alphas.len() == k && g.means.len() == k * d && g.icf.len() == k * icf_sz);
    g.fill(0.0);

    let mut qdiags = vec![0.0; k * d];
    let mut sum_qs = vec![0.0; k];
    for ik in 0..k {
        for id in 0..d {
            let q = icf[ik * icf_sz + id];
            sum_qs[ik] += q;
            qdiags[ik * d + id] = q.exp();
        }
    }

    let mut xcs = vec![0.0; k * d];
    let mut qxcs = vec![0.0; k * d];
    let mut main_term = vec![0.0; k];
    let mut d_qdiags = vec![0.0; k * d];
    let mut slse = 0.0;
    for xi in x.chunks_exact(d) {
        for ik in 0..k {
            let qdiag = &qdiags[ik * d..(ik + 1) * d];
            let mean = &means[ik * d..(ik + 1) * d];
            let ltri = &icf[ik * icf_sz + d..(ik + 1) * icf_sz];
            let xc = &mut xcs[ik * d..(ik + 1) * d];
            let qxc = &mut qxcs[ik * d..(ik + 1) * d];
            for id in 0..d {
                xc[id] = xi[id] - mean[id];
                qxc[id] = qdiag[id] * xc[id];
            }
            let mut l = 0;
            for i in 0..d {
                for j in i + 1..d {
                    qxc[j] += ltri[l] * xc[i];
                    l += 1;
                }
            }
            let sqnorm: f64 = qxc.iter().map(|v| v * v).sum();
            main_term[ik] = alphas[ik] + sum_qs[ik] - 0.5 * sqnorm;
        }

        let mx = main_term.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let mut semx = 0.0;
        for t in main_term.iter_mut() {
            *t = (*t - mx).exp();
            semx += *t;
        }
        slse += semx.ln() + mx;
        let inv_semx = 1.0 / semx;

        for ik in 0..k {
            // w = ∂lse/∂main_term[ik]; the adjoint of Qxc is −w·Qxc.
            let w = main_term[ik] * inv_semx;
            g.alphas[ik] += w;
            let qdiag = &qdiags[ik * d..(ik + 1) * d];
            let ltri = &icf[ik * icf_sz + d..(ik + 1) * icf_sz];
            let xc = &xcs[ik * d..(ik + 1) * d];
            let qxc = &qxcs[ik * d..(ik + 1) * d];
            let d_qdiag = &mut d_qdiags[ik * d..(ik + 1) * d];
            let d_mean = &mut g.means[ik * d..(ik + 1) * d];
            let d_ltri = &mut g.icf[ik * icf_sz + d..(ik + 1) * icf_sz];
            let mut l = 0;
            for i in 0..d {
                // (Qᵀ·Qxc)[i]: the adjoint of xc[i], up to −w.
                let mut qt_qxc = qdiag[i] * qxc[i];
                d_qdiag[i] -= w * qxc[i] * xc[i];
                let w_xc = w * xc[i];
                for j in i + 1..d {
                    qt_qxc += ltri[l] * qxc[j];
                    d_ltri[l] -= w_xc * qxc[j];
                    l += 1;
                }
                // xc = x − mean: the mean's adjoint is −(−w·Qᵀ·Qxc).
                d_mean[i] += w * qt_qxc;
            }
        }
    }

    // The diagonal entries: Qdiag = exp(q) and sum_qs = Σ q, whose adjoint is Σ_points w,
    // which is what g.alphas holds so far.
    for ik in 0..k {
        for id in 0..d {
            g.icf[ik * icf_sz + id] = d_qdiags[ik * d + id] * qdiags[ik * d + id] + g.alphas[ik];
        }
    }

    // −n·lse(alphas): its gradient is −n·softmax(alphas).
    let mx = alphas.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let semx: f64 = alphas.iter().map(|a| (a - mx).exp()).sum();
    let lse_alphas = semx.ln() + mx;
    for ik in 0..k {
        g.alphas[ik] -= n as f64 * (alphas[ik] - mx).exp() / semx;
    }

    let constant = -((n * d) as f64) * 0.5 * (2.0 * std::f64::consts::PI).ln();
    constant + slse - n as f64 * lse_alphas
}

/// Value and gradient of `gmm_objective_with_prior` (written into `g`): the objective's,
/// then the prior's added, ∂/∂q = γ²·Qdiag² − m on the diagonal entries and γ²·L below.
#[allow(clippy::too_many_arguments)]
pub fn gmm_objective_with_prior_hand(
    d: usize,
    k: usize,
    alphas: &[f64],
    means: &[f64],
    icf: &[f64],
    x: &[f64],
    gamma: f64,
    m: f64,
    g: &mut GmmGradient,
) -> f64 {
    let mut value = gmm_objective_hand(d, k, alphas, means, icf, x, g);
    let icf_sz = d * (d + 1) / 2;
    let gamma2 = gamma * gamma;
    for ik in 0..k {
        let q = &icf[ik * icf_sz..(ik + 1) * icf_sz];
        let d_q = &mut g.icf[ik * icf_sz..(ik + 1) * icf_sz];
        let mut frobenius = 0.0;
        let mut sum_q = 0.0;
        for id in 0..d {
            let qdiag2 = (2.0 * q[id]).exp();
            frobenius += qdiag2;
            sum_q += q[id];
            d_q[id] += gamma2 * qdiag2 - m;
        }
        for i in d..icf_sz {
            frobenius += q[i] * q[i];
            d_q[i] += gamma2 * q[i];
        }
        value += 0.5 * gamma2 * frobenius - m * sum_q;
    }
    value
}

// ---------------------------------------------------------------------------------------
// Inputs.
// ---------------------------------------------------------------------------------------

pub struct GmmInputs {
    pub d: usize,
    pub k: usize,
    pub alphas: Vec<f64>,
    pub means: Vec<f64>,
    pub icf: Vec<f64>,
    pub x: Vec<f64>,
}

/// Deterministic inputs: alphas, means and x uniform in [0, 1), icf uniform in [−0.5, 0.5).
pub fn gmm_inputs(d: usize, k: usize, n: usize) -> GmmInputs {
    let mut rng = Rng::new(2018);
    let icf_sz = d * (d + 1) / 2;
    GmmInputs {
        d,
        k,
        alphas: (0..k).map(|_| rng.uniform()).collect(),
        means: (0..k * d).map(|_| rng.uniform()).collect(),
        icf: (0..k * icf_sz).map(|_| rng.range(-0.5, 0.5)).collect(),
        x: (0..n * d).map(|_| rng.uniform()).collect(),
    }
}
