//! Numerical methods: arc length of y = a·sin(bx) by composite Simpson's rule with
//! `step_by` over the odd and even nodes.
use gradus::differentiable;

#[differentiable(wrt(a, b))]
pub fn arc_length(a: f64, b: f64, length: f64, n: usize) -> f64 {
    assert!(n % 2 == 0, "Simpson needs an even number of intervals");
    let h = length / n as f64;
    let f = |x: f64| 1.0f64.hypot(a * b * (b * x).cos());
    let mut s = f(0.0) + f(length);
    for i in (1..n).step_by(2) {
        s += 4.0 * f(i as f64 * h);
    }
    for i in (2..n).step_by(2) {
        s += 2.0 * f(i as f64 * h);
    }
    s * h / 3.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(a: T, b: T, l: f64, n: usize) -> T {
        let h = l / n as f64;
        let mut s = T::zero();
        for i in 0..=n {
            let w = if i == 0 || i == n {
                1.0
            } else if i % 2 == 1 {
                4.0
            } else {
                2.0
            };
            s = s + c::<T>(w) * T::one().hypot(a * b * (b * c(i as f64 * h)).cos());
        }
        s * c(h / 3.0)
    }

    #[test]
    fn checks() {
        let (v, _) = grad_arc_length(0.0, 1.0, 3.0, 10);
        assert!((v - 3.0).abs() < 1e-12);
        for x in [[1.0, 1.0], [0.5, 2.0], [2.0, 0.7]] {
            let (v, (a, b)) = grad_arc_length(x[0], x[1], 6.0, 40);
            assert_eq!(v, arc_length(x[0], x[1], 6.0, 40));
            fd("simpson", |y| arc_length(y[0], y[1], 6.0, 40), &x, &[a, b]);
            vs_tape("simpson", v, &[a, b], &x, |y| twin(y[0], y[1], 6.0, 40));
        }
    }
}
