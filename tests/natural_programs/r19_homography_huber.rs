//! Computer vision: robust homography refinement, Huber loss on each coordinate residual.
use gradus::differentiable;

pub mod robust {
    use gradus::differentiable;

    #[differentiable]
    pub fn huber(r: f64, delta: f64) -> f64 {
        let a = r.abs();
        if a <= delta {
            0.5 * r * r
        } else {
            delta * (a - 0.5 * delta)
        }
    }
}

use robust::huber;

#[differentiable(wrt(h))]
pub fn homography_loss(h: &[f64; 9], src: &[[f64; 2]], dst: &[[f64; 2]], delta: f64) -> f64 {
    let mut loss = 0.0;
    for i in 0..src.len() {
        let [x, y] = src[i];
        let w = h[6] * x + h[7] * y + h[8];
        let u = (h[0] * x + h[1] * y + h[2]) / w;
        let v = (h[3] * x + h[4] * y + h[5]) / w;
        loss += huber(u - dst[i][0], delta) + huber(v - dst[i][1], delta);
    }
    loss / src.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn hub<T: Float>(r: T, d: f64) -> T {
        let d = c::<T>(d);
        if r.abs() <= d {
            c::<T>(0.5) * r * r
        } else {
            d * (r.abs() - c::<T>(0.5) * d)
        }
    }

    fn twin<T: Float>(h: &[T], src: &[[f64; 2]], dst: &[[f64; 2]], delta: f64) -> T {
        let mut loss = T::zero();
        for i in 0..src.len() {
            let (x, y) = (c::<T>(src[i][0]), c::<T>(src[i][1]));
            let w = h[6] * x + h[7] * y + h[8];
            let u = (h[0] * x + h[1] * y + h[2]) / w;
            let v = (h[3] * x + h[4] * y + h[5]) / w;
            loss = loss + hub(u - c::<T>(dst[i][0]), delta) + hub(v - c::<T>(dst[i][1]), delta);
        }
        loss / c(src.len() as f64)
    }

    const SRC: [[f64; 2]; 6] = [
        [0.0, 0.0],
        [1.0, 0.0],
        [1.0, 1.0],
        [0.0, 1.0],
        [0.5, 0.3],
        [0.2, 0.8],
    ];
    const DST: [[f64; 2]; 6] = [
        [0.1, 0.05],
        [1.2, 0.1],
        [1.3, 1.15],
        [0.05, 1.1],
        [0.7, 0.35],
        [0.2, 0.9],
    ];

    fn points() -> Vec<[f64; 9]> {
        vec![
            [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0],
            [1.1, 0.05, 0.1, 0.02, 1.05, 0.04, 0.1, -0.05, 1.0],
            [0.9, -0.1, 0.3, 0.1, 0.95, -0.2, 0.05, 0.02, 1.1],
        ]
    }

    #[test]
    fn value_matches() {
        for h in points() {
            assert_eq!(
                grad_homography_loss(&h, &SRC, &DST, 0.1).0,
                homography_loss(&h, &SRC, &DST, 0.1)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for h in points() {
            let (_, g) = grad_homography_loss(&h, &SRC, &DST, 0.1);
            fd(
                "homography",
                |x| homography_loss(x.try_into().unwrap(), &SRC, &DST, 0.1),
                &h,
                &g,
            );
            let (_, (gr, gd)) = robust::grad_huber(h[2] - 0.2, 0.15);
            fd(
                "huber",
                |x| huber(x[0], x[1]),
                &[h[2] - 0.2, 0.15],
                &[gr, gd],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for h in points() {
            let (_, g) = grad_homography_loss(&h, &SRC, &DST, 0.1);
            let tape = Tape::new();
            let v = tape.vars(&h);
            let y = twin(&v, &SRC, &DST, 0.1);
            all_close("homography tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
