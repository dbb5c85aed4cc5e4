//! Physics: ring of atoms with Morse bonds and a cosine bending term, periodic (atom n−1
//! bonds to atom 0); coordinates flat as [x0, y0, x1, y1, …].
use gradus::differentiable;

pub struct Morse {
    pub depth: f64,
    pub width: f64,
    pub r_eq: f64,
    pub k_bend: f64,
}

#[differentiable(wrt(xy))]
pub fn ring_energy(xy: &[f64], m: &Morse) -> f64 {
    let n = xy.len() / 2;
    let mut e = 0.0;
    for i in 0..n {
        let j = (i + 1) % n;
        let r = (xy[2 * j] - xy[2 * i]).hypot(xy[2 * j + 1] - xy[2 * i + 1]);
        // D (1 − e^{−a(r−r₀)})²
        let x = (-m.width * (r - m.r_eq)).exp_m1();
        e += m.depth * x * x;
        let l = (j + 1) % n;
        let a1 = (xy[2 * i + 1] - xy[2 * j + 1]).atan2(xy[2 * i] - xy[2 * j]);
        let a2 = (xy[2 * l + 1] - xy[2 * j + 1]).atan2(xy[2 * l] - xy[2 * j]);
        e += m.k_bend * (1.0 + (a1 - a2).cos());
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(xy: &[T], m: &Morse) -> T {
        let n = xy.len() / 2;
        let mut e = T::zero();
        for i in 0..n {
            let j = (i + 1) % n;
            let l = (j + 1) % n;
            let dx = xy[2 * j] - xy[2 * i];
            let dy = xy[2 * j + 1] - xy[2 * i + 1];
            let r = (dx * dx + dy * dy).sqrt();
            let x = T::one() - (k::<T>(-m.width) * (r - k(m.r_eq))).exp();
            e = e + k::<T>(m.depth) * x * x;
            let a1 = (xy[2 * i + 1] - xy[2 * j + 1]).atan2(xy[2 * i] - xy[2 * j]);
            let a2 = (xy[2 * l + 1] - xy[2 * j + 1]).atan2(xy[2 * l] - xy[2 * j]);
            e = e + k::<T>(m.k_bend) * (T::one() + (a1 - a2).cos());
        }
        e
    }

    const M: Morse = Morse {
        depth: 2.0,
        width: 1.3,
        r_eq: 1.0,
        k_bend: 0.4,
    };
    fn pts() -> Vec<Vec<f64>> {
        let ring = |n: usize, r: f64, wob: f64| -> Vec<f64> {
            (0..n)
                .flat_map(|i| {
                    let a = i as f64 * 2.0 * std::f64::consts::PI / n as f64;
                    let rr = r + wob * (3.0 * a).sin();
                    [rr * a.cos(), rr * a.sin()]
                })
                .collect()
        };
        vec![ring(5, 0.9, 0.05), ring(6, 1.1, 0.1), ring(4, 0.6, 0.02)]
    }

    #[test]
    fn value_matches() {
        for p in pts() {
            assert_eq!(grad_ring_energy(&p, &M).0, ring_energy(&p, &M));
        }
    }
    #[test]
    fn finite_differences() {
        for p in pts() {
            let (_, g) = grad_ring_energy(&p, &M);
            fd("morse", |q| ring_energy(q, &M), &p, &g);
        }
    }
    #[test]
    fn tape_agrees() {
        for p in pts() {
            let (_, g) = grad_ring_energy(&p, &M);
            let tape = Tape::new();
            let v = tape.vars(&p);
            let y = twin(&v, &M);
            same("morse tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
