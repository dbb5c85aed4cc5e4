//! Hydrology: a single linear reservoir (Q = k S) with evaporation limited by storage,
//! scored by 1 − NSE (Nash–Sutcliffe efficiency) against observed discharge.
use gradus::differentiable;

#[differentiable(wrt(k, s0))]
pub fn reservoir_nse_loss(k: f64, s0: f64, precip: &[f64], pet: &[f64], q_obs: &[f64]) -> f64 {
    let n = precip.len();
    let mean_obs = q_obs.iter().sum::<f64>() / n as f64;
    let mut storage = s0;
    let mut num = 0.0;
    let mut den = 0.0;
    let mut t = 0;
    while t < n {
        let et = pet[t].min(storage); // cannot evaporate more than is stored
        storage = storage + precip[t] - et;
        let q = k * storage;
        storage -= q;
        num += (q - q_obs[t]).powi(2);
        den += (q_obs[t] - mean_obs).powi(2);
        t += 1;
    }
    num / den
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(k: T, s0: T, p: &[f64], pet: &[f64], q: &[f64]) -> T {
        let mean = q.iter().sum::<f64>() / q.len() as f64;
        let mut s = s0;
        let mut num = T::zero();
        let mut den = 0.0;
        for t in 0..p.len() {
            let et = if c::<T>(pet[t]) <= s {
                c::<T>(pet[t])
            } else {
                s
            };
            s = s + c::<T>(p[t]) - et;
            let qq = k * s;
            s = s - qq;
            num = num + (qq - c::<T>(q[t])).powi(2);
            den += (q[t] - mean).powi(2);
        }
        num / c(den)
    }

    const P: [f64; 8] = [5.0, 0.0, 12.0, 3.0, 0.0, 0.0, 8.0, 1.0];
    const PET: [f64; 8] = [1.0, 1.5, 0.8, 1.2, 2.0, 2.5, 1.0, 1.8];
    const Q: [f64; 8] = [2.0, 1.5, 4.0, 3.2, 2.1, 1.4, 2.8, 2.2];

    fn points() -> Vec<[f64; 2]> {
        // s0 = 0.5 with PET 1.0 on day one: evaporation is storage-limited there.
        vec![[0.3, 6.0], [0.2, 10.0], [0.45, 0.5]]
    }

    #[test]
    fn value_matches() {
        for [k, s0] in points() {
            assert_eq!(
                grad_reservoir_nse_loss(k, s0, &P, &PET, &Q).0,
                reservoir_nse_loss(k, s0, &P, &PET, &Q)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [k, s0] in points() {
            let (_, (a, b)) = grad_reservoir_nse_loss(k, s0, &P, &PET, &Q);
            fd(
                "reservoir",
                |x| reservoir_nse_loss(x[0], x[1], &P, &PET, &Q),
                &[k, s0],
                &[a, b],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [k, s0] in points() {
            let (_, (a, b)) = grad_reservoir_nse_loss(k, s0, &P, &PET, &Q);
            let tape = Tape::new();
            let v = tape.vars(&[k, s0]);
            let y = twin(v[0], v[1], &P, &PET, &Q);
            all_close("reservoir tape", &[a, b], &tape.gradient(y, &v), 1e-9);
        }
    }
}
