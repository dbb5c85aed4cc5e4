//! Molecular simulation: truncated-and-shifted Lennard-Jones energy in a cubic periodic box
//! (minimum image), positions as `[x, y, z]` triples.
use gradus::differentiable;

const SIGMA: f64 = 1.0;
const EPS: f64 = 1.0;

#[differentiable(wrt(pos))]
pub fn lj_energy(pos: &[[f64; 3]], box_len: f64, r_cut: f64) -> f64 {
    let n = pos.len();
    let rc2 = r_cut * r_cut;
    let sr6_c = (SIGMA * SIGMA / rc2).powi(3);
    let e_shift = 4.0 * EPS * (sr6_c * sr6_c - sr6_c);
    let mut energy = 0.0;
    for i in 0..n {
        for j in (i + 1)..n {
            let mut r2 = 0.0;
            for k in 0..3 {
                let mut d = pos[i][k] - pos[j][k];
                d -= box_len * (d / box_len).round();
                r2 += d * d;
            }
            if r2 > rc2 {
                continue;
            }
            let sr2 = SIGMA * SIGMA / r2;
            let sr6 = sr2 * sr2 * sr2;
            energy += 4.0 * EPS * (sr6 * sr6 - sr6) - e_shift;
        }
    }
    energy
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(x: &[T], box_len: f64, rc: f64) -> T {
        let n = x.len() / 3;
        let s6c = (1.0 / (rc * rc)).powi(3);
        let shift = 4.0 * (s6c * s6c - s6c);
        let mut e = T::zero();
        for i in 0..n {
            for j in i + 1..n {
                let mut r2 = T::zero();
                for k in 0..3 {
                    let d = x[3 * i + k] - x[3 * j + k];
                    let d = d - c::<T>(box_len) * (d / c::<T>(box_len)).round();
                    r2 = r2 + d * d;
                }
                if r2 > c(rc * rc) {
                    continue;
                }
                let s6 = (T::one() / r2).powi(3);
                e = e + c::<T>(4.0) * (s6 * s6 - s6) - c::<T>(shift);
            }
        }
        e
    }

    fn points() -> Vec<Vec<[f64; 3]>> {
        vec![
            vec![
                [0.0, 0.0, 0.0],
                [1.1, 0.1, 0.0],
                [0.3, 1.2, 0.2],
                [4.6, 0.2, 0.1],
                [2.0, 2.1, 1.0],
            ],
            vec![
                [0.5, 0.5, 0.5],
                [1.6, 0.4, 0.6],
                [0.6, 1.55, 0.4],
                [0.4, 0.6, 1.7],
                [3.9, 3.8, 4.4],
            ],
            vec![
                [1.0, 1.0, 1.0],
                [2.15, 1.05, 0.9],
                [1.1, 2.2, 1.05],
                [3.3, 2.2, 1.0],
                [4.7, 4.8, 4.9],
            ],
        ]
    }

    fn flat(p: &[[f64; 3]]) -> Vec<f64> {
        p.iter().flatten().copied().collect()
    }

    fn unflat(x: &[f64]) -> Vec<[f64; 3]> {
        x.chunks(3).map(|c| [c[0], c[1], c[2]]).collect()
    }

    #[test]
    fn value_matches() {
        for p in points() {
            assert_eq!(grad_lj_energy(&p, 5.0, 2.5).0, lj_energy(&p, 5.0, 2.5));
        }
    }

    #[test]
    fn finite_differences() {
        for p in points() {
            let (_, g) = grad_lj_energy(&p, 5.0, 2.5);
            fd(
                "lj",
                |x| lj_energy(&unflat(x), 5.0, 2.5),
                &flat(&p),
                &flat(&g),
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for p in points() {
            let (_, g) = grad_lj_energy(&p, 5.0, 2.5);
            let tape = Tape::new();
            let v = tape.vars(&flat(&p));
            let y = twin(&v, 5.0, 2.5);
            all_close("lj tape", &flat(&g), &tape.gradient(y, &v), 1e-9);
        }
    }
}
