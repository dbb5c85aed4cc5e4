//! A corpus of natural programs (SPEC §2.3, "Level 2½"): loss functions and models from
//! machine learning, physics, finance and statistics, written the way people write them,
//! without regard to the macro (literals anywhere, iterator pipelines, `match`, `if let`,
//! data arguments, `const` items, helpers imported with `use`, associated functions).
//!
//! Each program has three tests: `grad_f`'s value is `f`'s; its gradient agrees with
//! central finite differences (1e-6 relative in `f64`, 1e-3 in `f32`); and with a generic
//! twin of the program run on the runtime tape (1e-9 relative in `f64`).
//!
//! `p*` and `q*` are two corpora written independently, the second by people who had not
//! seen the first, as a quant, a physicist, a statistician, a robotics, graphics and game
//! programmer and an ML engineer would.
#![allow(
    clippy::needless_range_loop,
    clippy::ptr_arg,
    clippy::too_many_arguments,
    clippy::type_complexity,
    clippy::excessive_precision,
    clippy::redundant_closure
)]

#[cfg(test)]
mod support;
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
mod q01_bs_call_greeks;
mod q02_heston_euler;
mod q03_kalman_cv;
mod q04_two_link_ik;
mod q05_spring_network;
mod q06_ray_sphere;
mod q07_attention_head;
mod q08_batchnorm_f32;
mod q09_gru_step;
mod q10_poisson_glm;
mod q11_weibull_censored;
mod q12_pinball_multi;
mod q13_gp_kernel;
mod q14_polyfit_horner;
mod q15_rk4_oscillator;
mod q16_artillery_drag;
mod q17_colebrook_loop;
mod q18_ewma_vol;
mod q19_portfolio_softmax;
mod q20_bezier_length;
mod q21_pid_tuning;
mod q22_feedback_rollout;
mod q23_blinn_phong;
mod q24_sdf_scene;
mod q25_activations;
mod q26_elo_ratings;
mod q27_flat_mlp;
mod q28_trapezoid_closure;
mod q29_sample_skewness;
mod q30_audio_filter_f32;
mod q31_generic_smooth_l1;
mod q32_generic_sir_rk4;
mod q33_generic_haversine;
mod q34_nbody_energy;
mod q35_morse_ring;
mod q36_verlet_pendulum;
mod q37_complementary_filter_f32;
mod q38_focal_loss;
mod q39_label_smoothing_ce;
mod q40_beta_binomial;
mod q41_ordinal_logit;
mod q42_nelson_siegel;
mod q43_asian_mc;
mod q44_smooth_damp;
mod q45_diff_drive_odometry;
mod q46_newton_cube_root;
mod q47_triplet_margin;
mod q48_tonemap_f32;
mod q49_tv_denoise;
mod q50_exp_likelihood_product;
