//! Logistic regression, the textbook way: sigmoid then binary cross-entropy, averaged.
use gradus::differentiable;

#[differentiable(wrt(w, b))]
pub fn logistic_naive(w: &[f64], b: f64, xs: &[Vec<f64>], ys: &[f64]) -> f64 {
    assert_eq!(xs.len(), ys.len());
    let n = xs.len() as f64;
    let mut total = 0.0;
    for i in 0..xs.len() {
        let z = w.iter().zip(xs[i].iter()).map(|(a, x)| a * x).sum::<f64>() + b;
        let p = 1.0 / (1.0 + (-z).exp());
        total += -(ys[i] * p.ln() + (1.0 - ys[i]) * (1.0 - p).ln());
    }
    total / n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(w: &[T], b: T, xs: &[Vec<f64>], ys: &[f64]) -> T {
        let n = c::<T>(xs.len() as f64);
        let mut total = T::zero();
        for i in 0..xs.len() {
            let z = w
                .iter()
                .zip(xs[i].iter())
                .map(|(&a, &x)| a * c::<T>(x))
                .sum::<T>()
                + b;
            let p = T::one() / (T::one() + (-z).exp());
            let y = c::<T>(ys[i]);
            total = total - (y * p.ln() + (T::one() - y) * (T::one() - p).ln());
        }
        total / n
    }

    fn data() -> (Vec<Vec<f64>>, Vec<f64>) {
        (
            vec![
                vec![0.5, 1.0, -0.2],
                vec![-1.0, 0.3, 0.8],
                vec![0.2, -0.4, 1.5],
                vec![1.2, 0.1, 0.0],
            ],
            vec![1.0, 0.0, 1.0, 0.0],
        )
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.1, -0.2, 0.3, 0.05],
            vec![1.0, 0.5, -0.7, -0.3],
            vec![-0.4, 0.9, 0.2, 0.6],
        ]
    }

    #[test]
    fn value_matches() {
        let (xs, ys) = data();
        for p in points() {
            assert_eq!(
                grad_logistic_naive(&p[..3], p[3], &xs, &ys).0,
                logistic_naive(&p[..3], p[3], &xs, &ys)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let (xs, ys) = data();
        for p in points() {
            let (_, (gw, gb)) = grad_logistic_naive(&p[..3], p[3], &xs, &ys);
            let mut g = gw.clone();
            g.push(gb);
            fd(
                "logistic_naive",
                |q| logistic_naive(&q[..3], q[3], &xs, &ys),
                &p,
                &g,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let (xs, ys) = data();
        for p in points() {
            let (_, (gw, gb)) = grad_logistic_naive(&p[..3], p[3], &xs, &ys);
            let mut g = gw.clone();
            g.push(gb);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[..3], v[3], &xs, &ys);
            all_close("logistic_naive tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
