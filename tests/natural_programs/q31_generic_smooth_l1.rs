//! ML library code, generic over the float type: PyTorch's SmoothL1Loss (mean reduction,
//! parameter beta) with a validity mask, as used for box regression.
use gradus::{differentiable, Float};

#[differentiable(wrt(pred))]
pub fn smooth_l1<T: Float>(pred: &[T], target: &[T], beta: T, mask: &[bool]) -> T {
    let half = T::from(0.5).unwrap();
    let mut total = T::zero();
    let mut count = 0usize;
    for i in 0..pred.len() {
        if !mask[i] {
            continue;
        }
        let d = (pred[i] - target[i]).abs();
        total = total
            + if d < beta {
                half * d * d / beta
            } else {
                d - half * beta
            };
        count += 1;
    }
    if count == 0 {
        return T::zero();
    }
    total / T::from(count).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::Tape;

    fn twin<T: Float>(p: &[T], t: &[f64], beta: f64, mask: &[bool]) -> T {
        let mut tot = T::zero();
        let mut n = 0.0;
        for i in 0..p.len() {
            if mask[i] {
                let d = (p[i] - k(t[i])).abs();
                tot = tot
                    + if d < k(beta) {
                        k::<T>(0.5 / beta) * d * d
                    } else {
                        d - k(0.5 * beta)
                    };
                n += 1.0;
            }
        }
        if n == 0.0 {
            T::zero()
        } else {
            tot / k(n)
        }
    }

    const T_: [f64; 6] = [0.0, 1.0, -2.0, 0.5, 3.0, 1.5];
    const MASK: [bool; 6] = [true, true, false, true, true, true];
    const PTS: [[f64; 6]; 3] = [
        [0.3, 0.2, -1.0, 0.45, 4.1, 1.2],
        [-1.5, 1.9, 0.0, 0.6, 2.95, 0.1],
        [0.05, 0.7, 2.0, -0.7, 3.6, 1.45],
    ];

    #[test]
    fn value_matches() {
        for p in PTS {
            assert_eq!(
                grad_smooth_l1(&p, &T_, 0.5, &MASK).0,
                smooth_l1(&p, &T_, 0.5, &MASK)
            );
            assert_eq!(grad_smooth_l1(&p, &T_, 0.5, &[false; 6]).0, 0.0);
        }
    }
    #[test]
    fn finite_differences() {
        for p in PTS {
            let (_, g) = grad_smooth_l1(&p, &T_, 0.5, &MASK);
            fd("smooth_l1", |q| smooth_l1(q, &T_, 0.5, &MASK), &p, &g);
            let p32: Vec<f32> = p.iter().map(|&v| v as f32).collect();
            let t32: Vec<f32> = T_.iter().map(|&v| v as f32).collect();
            let (_, g32) = grad_smooth_l1(&p32, &t32, 0.5f32, &MASK);
            fd32(
                "smooth_l1 f32",
                |q| smooth_l1(q, &t32, 0.5, &MASK),
                &p32,
                &g32,
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for p in PTS {
            let (_, g) = grad_smooth_l1(&p, &T_, 0.5, &MASK);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v, &T_, 0.5, &MASK);
            same("smooth_l1 tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
