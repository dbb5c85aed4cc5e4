//! Statistics: Gaussian-process covariance (RBF + locally periodic + noise) summed into the
//! quadratic form yᵀKy, the term whose hyperparameter gradient I check first when the
//! marginal likelihood misbehaves. Hyperparameters live on the log scale.
use gradus::differentiable;
use std::f64::consts::PI;

#[differentiable(wrt(log_ell, log_sf, log_period))]
pub fn kernel_quad_form(
    log_ell: f64,
    log_sf: f64,
    log_period: f64,
    t: &[f64],
    y: &[f64],
    noise: f64,
) -> f64 {
    let ell2 = (2.0 * log_ell).exp();
    let sf2 = (2.0 * log_sf).exp();
    let period = log_period.exp();
    let n = t.len();
    let mut acc = 0.0;
    for i in 0..n {
        acc += (sf2 + noise) * y[i] * y[i];
        for j in (i + 1)..n {
            let r = t[i] - t[j];
            let rbf = (-0.5 * r * r / ell2).exp();
            let per = (-2.0 * (PI * r.abs() / period).sin().powi(2) / ell2).exp();
            acc += 2.0 * sf2 * (rbf + 0.5 * per * rbf) * y[i] * y[j];
        }
    }
    acc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(le: T, ls: T, lp: T, t: &[f64], y: &[f64], noise: f64) -> T {
        let two = k::<T>(2.0);
        let (ell2, sf2, per) = ((two * le).exp(), (two * ls).exp(), lp.exp());
        let mut acc = T::zero();
        for i in 0..t.len() {
            for j in 0..t.len() {
                let r = t[i] - t[j];
                let kij = if i == j {
                    sf2 + k(noise)
                } else {
                    let rbf = (k::<T>(-0.5 * r * r) / ell2).exp();
                    let p = (-two * (k::<T>(PI * r.abs()) / per).sin().powi(2) / ell2).exp();
                    sf2 * (rbf + k::<T>(0.5) * p * rbf)
                };
                acc = acc + kij * k(y[i] * y[j]);
            }
        }
        acc
    }

    const TS: [f64; 6] = [0.0, 0.4, 1.1, 1.5, 2.3, 3.0];
    const YS: [f64; 6] = [0.2, 0.9, 0.1, -0.6, -0.2, 0.7];
    const PTS: [[f64; 3]; 3] = [[0.0, 0.0, 0.3], [-0.5, 0.4, 0.9], [0.6, -0.3, -0.2]];

    #[test]
    fn value_matches() {
        for [a, b, c] in PTS {
            assert_eq!(
                grad_kernel_quad_form(a, b, c, &TS, &YS, 0.01).0,
                kernel_quad_form(a, b, c, &TS, &YS, 0.01)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for [a, b, c] in PTS {
            let (_, (ga, gb, gc)) = grad_kernel_quad_form(a, b, c, &TS, &YS, 0.01);
            fd(
                "gp",
                |p| kernel_quad_form(p[0], p[1], p[2], &TS, &YS, 0.01),
                &[a, b, c],
                &[ga, gb, gc],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for [a, b, c] in PTS {
            let (_, (ga, gb, gc)) = grad_kernel_quad_form(a, b, c, &TS, &YS, 0.01);
            let tape = Tape::new();
            let v = tape.vars(&[a, b, c]);
            let y = twin(v[0], v[1], v[2], &TS, &YS, 0.01);
            same("gp tape", &[ga, gb, gc], &tape.gradient(y, &v), 1e-9);
        }
    }
}
