//! ML: one GRU step in PyTorch's gate order (r, z, n), hidden size H, input size D,
//! weights flat row-major as `weight_ih_l0` / `weight_hh_l0`, one shared bias vector.
//! Loss: half squared distance of the new hidden state to a target.
use gradus::differentiable;

#[differentiable]
pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

#[differentiable(wrt(w_ih, w_hh, b))]
pub fn gru_step_loss(
    w_ih: &[f64],
    w_hh: &[f64],
    b: &[f64],
    x: &[f64],
    h: &[f64],
    target: &[f64],
) -> f64 {
    let hs = h.len();
    let d = x.len();
    assert_eq!(w_ih.len(), 3 * hs * d, "weight_ih has the wrong shape");
    assert_eq!(w_hh.len(), 3 * hs * hs, "weight_hh has the wrong shape");
    let mut gi = vec![0.0; 3 * hs];
    let mut gh = vec![0.0; 3 * hs];
    for row in 0..3 * hs {
        for j in 0..d {
            gi[row] += w_ih[row * d + j] * x[j];
        }
        for j in 0..hs {
            gh[row] += w_hh[row * hs + j] * h[j];
        }
    }
    let mut loss = 0.0;
    for u in 0..hs {
        let r = sigmoid(gi[u] + gh[u] + b[u]);
        let z = sigmoid(gi[hs + u] + gh[hs + u] + b[hs + u]);
        let n = (gi[2 * hs + u] + b[2 * hs + u] + r * gh[2 * hs + u]).tanh();
        let h_new = (1.0 - z) * n + z * h[u];
        loss += (h_new - target[u]).powi(2);
    }
    0.5 * loss
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn sig<T: Float>(x: T) -> T {
        T::one() / (T::one() + (-x).exp())
    }
    fn twin<T: Float>(wi: &[T], wh: &[T], b: &[T], x: &[f64], h: &[f64], tgt: &[f64]) -> T {
        let (hs, d) = (h.len(), x.len());
        let gi = |row: usize| (0..d).fold(T::zero(), |a, j| a + wi[row * d + j] * k(x[j]));
        let gh = |row: usize| (0..hs).fold(T::zero(), |a, j| a + wh[row * hs + j] * k(h[j]));
        let mut loss = T::zero();
        for u in 0..hs {
            let r = sig(gi(u) + gh(u) + b[u]);
            let z = sig(gi(hs + u) + gh(hs + u) + b[hs + u]);
            let n = (gi(2 * hs + u) + b[2 * hs + u] + r * gh(2 * hs + u)).tanh();
            let hn = (T::one() - z) * n + z * k(h[u]);
            loss = loss + (hn - k(tgt[u])).powi(2);
        }
        k::<T>(0.5) * loss
    }

    const X: [f64; 3] = [0.4, -0.7, 1.1];
    const H: [f64; 2] = [0.2, -0.5];
    const TGT: [f64; 2] = [0.6, -0.1];
    // 18 + 12 + 6 parameters
    fn params(s: f64) -> Vec<f64> {
        (0..36)
            .map(|i| 0.6 * ((i as f64) * 0.91 + s).sin())
            .collect()
    }

    #[test]
    fn value_matches() {
        for s in [0.0, 0.7, 3.1] {
            let p = params(s);
            assert_eq!(
                grad_gru_step_loss(&p[..18], &p[18..30], &p[30..], &X, &H, &TGT).0,
                gru_step_loss(&p[..18], &p[18..30], &p[30..], &X, &H, &TGT)
            );
            assert_eq!(grad_sigmoid(s - 1.0).0, sigmoid(s - 1.0));
        }
    }
    #[test]
    fn finite_differences() {
        for s in [0.0, 0.7, 3.1] {
            let p = params(s);
            let (_, (a, b, c)) = grad_gru_step_loss(&p[..18], &p[18..30], &p[30..], &X, &H, &TGT);
            fd(
                "gru",
                |q| gru_step_loss(&q[..18], &q[18..30], &q[30..], &X, &H, &TGT),
                &p,
                &[a, b, c].concat(),
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for s in [0.0, 0.7, 3.1] {
            let p = params(s);
            let (_, (a, b, c)) = grad_gru_step_loss(&p[..18], &p[18..30], &p[30..], &X, &H, &TGT);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[..18], &v[18..30], &v[30..], &X, &H, &TGT);
            same("gru tape", &[a, b, c].concat(), &tape.gradient(y, &v), 1e-9);
        }
    }
}
