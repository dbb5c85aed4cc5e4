//! Optimisation benchmarks: Styblinski–Tang written once for any float type.
use gradus::differentiable;
use gradus::Float;

#[differentiable]
pub fn styblinski_tang<T: Float>(x: &[T]) -> T {
    let half = T::from(0.5).unwrap();
    x.iter().fold(T::zero(), |acc, &xi| {
        acc + xi.powi(4) - T::from(16.0).unwrap() * xi.powi(2) + T::from(5).unwrap() * xi
    }) * half
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::Tape;

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![-2.9, 2.7],
            vec![0.5, -1.0, 3.3],
            vec![1.5, 0.0, -0.25, 4.0],
        ]
    }

    #[test]
    fn value_matches() {
        for x in points() {
            assert_eq!(grad_styblinski_tang(&x).0, styblinski_tang(&x));
            let x32: Vec<f32> = x.iter().map(|&v| v as f32).collect();
            assert_eq!(grad_styblinski_tang(&x32).0, styblinski_tang(&x32));
        }
    }

    #[test]
    fn finite_differences() {
        for x in points() {
            fd(
                "styblinski",
                |p| styblinski_tang(p),
                &x,
                &grad_styblinski_tang(&x).1,
            );
            let x32: Vec<f32> = x.iter().map(|&v| v as f32).collect();
            fd32(
                "styblinski f32",
                |p| styblinski_tang(p),
                &x32,
                &grad_styblinski_tang(&x32).1,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for x in points() {
            let tape = Tape::new();
            let v = tape.vars(&x);
            let y = styblinski_tang(&v);
            all_close(
                "styblinski tape",
                &grad_styblinski_tang(&x).1,
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
