//! Calibration: temperature-scaled cross-entropy, written generically over the float type.
use gradus::differentiable;
use gradus::Float;

#[differentiable]
pub fn tempered_nll<T: Float>(logits: &[T], temperature: T, label: usize) -> T {
    let scaled: Vec<T> = logits.iter().map(|&l| l / temperature).collect();
    let m = scaled.iter().fold(T::neg_infinity(), |a, &b| a.max(b));
    let lse = m + scaled
        .iter()
        .map(|&s| (s - m).exp())
        .fold(T::zero(), |a, b| a + b)
        .ln();
    lse - scaled[label]
}

/// Mean over a validation set, the temperature alone being fitted.
#[differentiable(wrt(temperature))]
pub fn mean_tempered_nll<T: Float>(temperature: T, logits: &[Vec<T>], labels: &[usize]) -> T {
    let mut total = T::zero();
    for (row, &y) in logits.iter().zip(labels) {
        total = total + tempered_nll(row, temperature, y);
    }
    total / T::from(labels.len()).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::Tape;

    fn set() -> (Vec<Vec<f64>>, Vec<usize>) {
        (
            vec![
                vec![2.0, 0.5, -1.0],
                vec![0.1, 0.3, 0.2],
                vec![-0.5, 3.0, 1.0],
                vec![1.0, 1.0, 2.5],
            ],
            vec![0, 2, 1, 0],
        )
    }

    #[test]
    fn value_matches() {
        let (l, y) = set();
        for t in [0.7, 1.0, 2.3] {
            assert_eq!(
                grad_mean_tempered_nll(t, &l, &y).0,
                mean_tempered_nll(t, &l, &y)
            );
            assert_eq!(grad_tempered_nll(&l[0], t, 1).0, tempered_nll(&l[0], t, 1));
        }
    }

    #[test]
    fn finite_differences() {
        let (l, y) = set();
        for t in [0.7, 1.0, 2.3] {
            fd(
                "temperature",
                |p| mean_tempered_nll(p[0], &l, &y),
                &[t],
                &[grad_mean_tempered_nll(t, &l, &y).1],
            );
            let (_, (gl, gt)) = grad_tempered_nll(&l[2], t, 1);
            fd(
                "tempered",
                |p| tempered_nll(&p[..3], p[3], 1),
                &cat(&[&l[2], &[t]]),
                &cat(&[&gl, &[gt]]),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let (l, y) = set();
        for t in [0.7, 1.0, 2.3] {
            let tape = Tape::new();
            let tv = tape.var(t);
            let lv: Vec<Vec<_>> = l
                .iter()
                .map(|r| r.iter().map(|&x| tape.constant(x)).collect())
                .collect();
            let out = mean_tempered_nll(tv, &lv, &y);
            all_close(
                "temperature tape",
                &[grad_mean_tempered_nll(t, &l, &y).1],
                &tape.gradient(out, &[tv]),
                1e-9,
            );
        }
    }
}
