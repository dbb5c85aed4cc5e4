//! A corpus of natural programs (SPEC §2.3, "Level 2½"): loss functions and models from
//! machine learning, physics, finance and statistics, written the way people write them,
//! without regard to the macro (literals anywhere, iterator pipelines, `match`, `if let`,
//! data arguments, `const` items, helpers imported with `use`, associated functions).
//!
//! Each program has three tests: `grad_f`'s value is `f`'s; its gradient agrees with
//! central finite differences (1e-6 relative in `f64`, 1e-3 in `f32`); and with a generic
//! twin of the program run on the runtime tape (1e-9 relative in `f64`).
#![allow(
    clippy::needless_range_loop,
    clippy::ptr_arg,
    clippy::too_many_arguments,
    clippy::type_complexity,
    clippy::excessive_precision,
    clippy::redundant_closure
)]

#[cfg(test)]
mod testutil;

mod p01_relu_layer;
mod p02_leaky_relu_mlp;
mod p03_softmax_cross_entropy;
mod p04_logistic_naive;
mod p05_logistic_stable;
mod p06_huber_loss;
mod p07_hinge_loss;
mod p08_ridge_regression;
mod p09_poisson_nll;
mod p10_gaussian_nll;
mod p11_kl_divergence;
mod p12_log_sum_exp;
mod p13_normal_cdf;
mod p14_black_scholes_call;
mod p15_black_scholes_put;
mod p16_call_payoff_mc;
mod p17_bond_price;
mod p18_portfolio_variance;
mod p19_projectile_range;
mod p20_spring_chain_energy;
mod p21_pendulum_euler;
mod p22_gravity_potential;
mod p23_lennard_jones;
mod p24_heat_equation;
mod p25_rosenbrock_index;
mod p26_rosenbrock_windows;
mod p27_rosenbrock_zip;
mod p28_horner_fold;
mod p29_gmm_loglik;
mod p30_exp_smoothing;
mod p31_ar_model_loss;
mod p32_cosine_similarity;
mod p33_neuron_impl;
mod p34_regression_modes;
mod p35_chunk_pooling;
mod p36_sigmoid_mse_f32;
mod p37_decibel_gain_f32;
mod p38_sharpe_ratio;
mod p39_ppo_clip;
mod p40_entropy_bits;
mod p41_log_barrier;
mod p42_babylonian_sqrt;
mod p43_attention_readout;
mod p44_logistic_growth_fit;
mod p45_kepler_orbit;
mod p46_savings_plan;
mod p47_layer_norm_f32;
mod p48_discounted_return;
mod p49_embedding_bag;
