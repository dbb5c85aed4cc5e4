//! Two-layer MLP with leaky ReLU on a batch of 3-feature rows; mean squared error.
use gradus::differentiable;

#[differentiable(wrt(w1, b1, w2, b2))]
pub fn leaky_relu_mlp(
    w1: &[[f64; 3]; 4],
    b1: &[f64; 4],
    w2: &[f64; 4],
    b2: f64,
    xs: &[[f64; 3]],
    ys: &[f64],
) -> f64 {
    assert_eq!(xs.len(), ys.len());
    const HIDDEN: usize = 4;
    const SLOPE: f64 = 0.01;
    let mut loss = 0.0;
    for (x, y) in xs.iter().zip(ys.iter()) {
        let mut out = b2;
        for h in 0..HIDDEN {
            let mut z = b1[h];
            for k in 0..3 {
                z += w1[h][k] * x[k];
            }
            let a = if z > 0.0 { z } else { SLOPE * z };
            out += w2[h] * a;
        }
        loss += (out - y).powi(2);
    }
    loss / xs.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(w1: &[T], b1: &[T], w2: &[T], b2: T, xs: &[[f64; 3]], ys: &[f64]) -> T {
        let mut loss = T::zero();
        for (x, y) in xs.iter().zip(ys.iter()) {
            let mut out = b2;
            for h in 0..4 {
                let mut z = b1[h];
                for k in 0..3 {
                    z = z + w1[h * 3 + k] * c::<T>(x[k]);
                }
                let a = if z > T::zero() { z } else { c::<T>(0.01) * z };
                out = out + w2[h] * a;
            }
            loss = loss + (out - c(*y)).powi(2);
        }
        loss / c(xs.len() as f64)
    }

    fn unpack(p: &[f64]) -> ([[f64; 3]; 4], [f64; 4], [f64; 4], f64) {
        let mut w1 = [[0.0; 3]; 4];
        for h in 0..4 {
            for k in 0..3 {
                w1[h][k] = p[h * 3 + k];
            }
        }
        (
            w1,
            [p[12], p[13], p[14], p[15]],
            [p[16], p[17], p[18], p[19]],
            p[20],
        )
    }

    fn data() -> (Vec<[f64; 3]>, Vec<f64>) {
        (
            vec![[1.0, 0.5, -0.3], [-0.7, 0.2, 1.1], [0.3, -1.2, 0.8]],
            vec![0.5, -0.2, 1.0],
        )
    }

    fn points() -> Vec<Vec<f64>> {
        (0..3)
            .map(|s| {
                (0..21)
                    .map(|i| (0.37 * (i as f64 + 1.0) * (s as f64 + 1.3)).sin())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn value_matches() {
        let (xs, ys) = data();
        for p in points() {
            let (w1, b1, w2, b2) = unpack(&p);
            assert_eq!(
                grad_leaky_relu_mlp(&w1, &b1, &w2, b2, &xs, &ys).0,
                leaky_relu_mlp(&w1, &b1, &w2, b2, &xs, &ys)
            );
        }
    }

    fn flat_grad(p: &[f64], xs: &[[f64; 3]], ys: &[f64]) -> Vec<f64> {
        let (w1, b1, w2, b2) = unpack(p);
        let (_, (g1, gb1, g2, gb2)) = grad_leaky_relu_mlp(&w1, &b1, &w2, b2, xs, ys);
        let mut g: Vec<f64> = g1.iter().flatten().copied().collect();
        g.extend_from_slice(&gb1);
        g.extend_from_slice(&g2);
        g.push(gb2);
        g
    }

    #[test]
    fn finite_differences() {
        let (xs, ys) = data();
        for p in points() {
            let g = flat_grad(&p, &xs, &ys);
            fd(
                "leaky_relu_mlp",
                |q| {
                    let (a, b, c, d) = unpack(q);
                    leaky_relu_mlp(&a, &b, &c, d, &xs, &ys)
                },
                &p,
                &g,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        let (xs, ys) = data();
        for p in points() {
            let g = flat_grad(&p, &xs, &ys);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v[0..12], &v[12..16], &v[16..20], v[20], &xs, &ys);
            all_close("leaky_relu_mlp tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
