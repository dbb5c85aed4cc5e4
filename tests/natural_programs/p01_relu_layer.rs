//! One hidden ReLU layer (weights row-major in a flat slice) and a linear readout,
//! squared error against a target.
use gradus::differentiable;

#[differentiable(wrt(w, b, v))]
pub fn relu_layer(w: &[f64], b: &[f64], v: &[f64], x: &[f64], target: f64) -> f64 {
    let d = x.len();
    let h = b.len();
    let mut out = 0.0;
    for i in 0..h {
        let mut z = b[i];
        for j in 0..d {
            z += w[i * d + j] * x[j];
        }
        out += v[i] * z.max(0.0);
    }
    (out - target).powi(2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(w: &[T], b: &[T], v: &[T], x: &[f64], target: f64) -> T {
        let d = x.len();
        let h = b.len();
        let mut out = T::zero();
        for i in 0..h {
            let mut z = b[i];
            for j in 0..d {
                z = z + w[i * d + j] * c::<T>(x[j]);
            }
            out = out + v[i] * z.max(T::zero());
        }
        (out - c(target)).powi(2)
    }

    fn points() -> Vec<(Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>, f64)> {
        vec![
            (
                vec![0.3, -0.2, 0.5, 0.1, 0.4, -0.6],
                vec![0.1, 0.2],
                vec![1.5, -0.7],
                vec![1.0, 2.0, -0.5],
                0.3,
            ),
            (
                vec![0.7, 0.2, -0.1, -0.3, 0.9, 0.25],
                vec![-0.05, 0.3],
                vec![0.4, 1.1],
                vec![0.5, -1.0, 2.0],
                -1.0,
            ),
        ]
    }

    #[test]
    fn value_matches() {
        for (w, b, v, x, t) in points() {
            assert_eq!(
                grad_relu_layer(&w, &b, &v, &x, t).0,
                relu_layer(&w, &b, &v, &x, t)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for (w, b, v, x, t) in points() {
            let (_, (gw, gb, gv)) = grad_relu_layer(&w, &b, &v, &x, t);
            let flat = [w.clone(), b.clone(), v.clone()].concat();
            let g = [gw, gb, gv].concat();
            fd(
                "relu_layer",
                |p| relu_layer(&p[0..6], &p[6..8], &p[8..10], &x, t),
                &flat,
                &g,
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for (w, b, v, x, t) in points() {
            let (_, (gw, gb, gv)) = grad_relu_layer(&w, &b, &v, &x, t);
            let tape = Tape::new();
            let flat = [w.clone(), b.clone(), v.clone()].concat();
            let vars = tape.vars(&flat);
            let y = twin(&vars[0..6], &vars[6..8], &vars[8..10], &x, t);
            all_close(
                "relu_layer tape",
                &[gw, gb, gv].concat(),
                &tape.gradient(y, &vars),
                1e-9,
            );
        }
    }
}
