//! Linear SVM objective: mean hinge loss plus L2 penalty, with a dot-product helper.
use gradus::differentiable;

#[differentiable]
pub fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[differentiable(wrt(w, b))]
pub fn hinge_loss(w: &[f64], b: f64, xs: &[Vec<f64>], ys: &[f64], lambda: f64) -> f64 {
    let n = xs.len() as f64;
    let data_term = xs
        .iter()
        .zip(ys)
        .map(|(x, &y)| (1.0 - y * (dot(w, x) + b)).max(0.0))
        .sum::<f64>()
        / n;
    data_term + lambda * w.iter().map(|v| v * v).sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float + std::iter::Sum>(
        w: &[T],
        b: T,
        xs: &[Vec<f64>],
        ys: &[f64],
        lambda: f64,
    ) -> T {
        let n = c::<T>(xs.len() as f64);
        let data_term = xs
            .iter()
            .zip(ys)
            .map(|(x, &y)| {
                let d = w.iter().zip(x).map(|(&a, &v)| a * c::<T>(v)).sum::<T>();
                (T::one() - c::<T>(y) * (d + b)).max(T::zero())
            })
            .sum::<T>()
            / n;
        data_term + c::<T>(lambda) * w.iter().map(|&v| v * v).sum::<T>()
    }

    fn data() -> (Vec<Vec<f64>>, Vec<f64>) {
        (
            vec![
                vec![1.0, 2.0],
                vec![-1.0, 0.5],
                vec![0.3, -0.8],
                vec![2.0, 2.0],
                vec![-0.5, -1.5],
            ],
            vec![1.0, -1.0, -1.0, 1.0, 1.0],
        )
    }

    fn points() -> Vec<Vec<f64>> {
        vec![
            vec![0.2, 0.1, 0.05],
            vec![-0.3, 0.4, 0.2],
            vec![0.7, -0.25, -0.1],
        ]
    }

    #[test]
    fn value_matches() {
        let (xs, ys) = data();
        for p in points() {
            assert_eq!(
                grad_hinge_loss(&p[..2], p[2], &xs, &ys, 0.1).0,
                hinge_loss(&p[..2], p[2], &xs, &ys, 0.1)
            );
        }
    }

    #[test]
    fn finite_differences() {
        let (xs, ys) = data();
        for p in points() {
            let (_, (gw, gb)) = grad_hinge_loss(&p[..2], p[2], &xs, &ys, 0.1);
            let g = [gw, vec![gb]].concat();
            fd(
                "hinge",
                |q| hinge_loss(&q[..2], q[2], &xs, &ys, 0.1),
                &p,
                &g,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let (xs, ys) = data();
        for p in points() {
            let (_, (gw, gb)) = grad_hinge_loss(&p[..2], p[2], &xs, &ys, 0.1);
            let g = [gw, vec![gb]].concat();
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[..2], v[2], &xs, &ys, 0.1);
            all_close("hinge tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
