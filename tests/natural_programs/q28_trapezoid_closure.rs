//! Student homework: ∫₀^T a·e^{−bt}·cos(ct) dt by the composite trapezoid rule with n
//! panels, differentiated with respect to a, b and c.
use gradus::differentiable;

#[differentiable(wrt(a, b, c))]
pub fn damped_cos_integral(a: f64, b: f64, c: f64, t_max: f64, n: usize) -> f64 {
    let h = t_max / n as f64;
    let f = |t: f64| a * (-b * t).exp() * (c * t).cos();
    let inner: f64 = (1..n).map(|i| f(i as f64 * h)).sum();
    h * (0.5 * f(0.0) + inner + 0.5 * f(t_max))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(a: T, b: T, c: T, t_max: f64, n: usize) -> T {
        let h = t_max / n as f64;
        let mut s = T::zero();
        for i in 0..=n {
            let t = k::<T>(i as f64 * h);
            let w = if i == 0 || i == n { 0.5 } else { 1.0 };
            s = s + k::<T>(w) * a * (-b * t).exp() * (c * t).cos();
        }
        k::<T>(h) * s
    }

    const PTS: [[f64; 3]; 3] = [[1.0, 0.5, 2.0], [2.5, 0.1, 0.7], [-0.8, 1.3, 5.0]];

    #[test]
    fn value_matches() {
        for [a, b, c] in PTS {
            assert_eq!(
                grad_damped_cos_integral(a, b, c, 3.0, 50).0,
                damped_cos_integral(a, b, c, 3.0, 50)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for [a, b, c] in PTS {
            let (_, (ga, gb, gc)) = grad_damped_cos_integral(a, b, c, 3.0, 50);
            fd(
                "trapezoid",
                |p| damped_cos_integral(p[0], p[1], p[2], 3.0, 50),
                &[a, b, c],
                &[ga, gb, gc],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for [a, b, c] in PTS {
            let (_, (ga, gb, gc)) = grad_damped_cos_integral(a, b, c, 3.0, 50);
            let tape = Tape::new();
            let v = tape.vars(&[a, b, c]);
            let y = twin(v[0], v[1], v[2], 3.0, 50);
            same("trapezoid tape", &[ga, gb, gc], &tape.gradient(y, &v), 1e-9);
        }
    }
}
