//! Actuarial: whole-life annuity-due under Gompertz–Makeham mortality μ(x) = A + B cˣ.
use gradus::differentiable;

#[differentiable(wrt(a, b, c))]
pub fn makeham_annuity_due(
    a: f64,
    b: f64,
    c: f64,
    age: f64,
    interest: f64,
    max_term: usize,
) -> f64 {
    let v = 1.0 / (1.0 + interest);
    let ln_c = c.ln();
    let mut tpx = 1.0;
    let mut annuity = 0.0;
    let mut t = 0;
    loop {
        annuity += v.powi(t as i32) * tpx;
        if t == max_term || tpx < 1e-10 {
            break;
        }
        // one-year survival: exp(−A − B cˣ (c − 1) / ln c)
        let x = age + t as f64;
        let px = (-a - b * c.powf(x) * (c - 1.0) / ln_c).exp();
        tpx *= px;
        t += 1;
    }
    annuity
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil3::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(a: T, b: T, cc: T, age: f64, i: f64, max_term: usize) -> T {
        let v = 1.0 / (1.0 + i);
        let lc = cc.ln();
        let mut tpx = T::one();
        let mut ann = T::zero();
        let mut t = 0;
        loop {
            ann = ann + c::<T>(v.powi(t as i32)) * tpx;
            if t == max_term || tpx < c(1e-10) {
                break;
            }
            let x = c::<T>(age + t as f64);
            tpx = tpx * (-a - b * cc.powf(x) * (cc - T::one()) / lc).exp();
            t += 1;
        }
        ann
    }

    fn points() -> Vec<[f64; 3]> {
        vec![[7e-4, 5e-5, 1.1], [1e-3, 3e-5, 1.12], [5e-4, 8e-5, 1.09]]
    }

    #[test]
    fn value_matches() {
        for [a, b, cc] in points() {
            assert_eq!(
                grad_makeham_annuity_due(a, b, cc, 65.0, 0.04, 60).0,
                makeham_annuity_due(a, b, cc, 65.0, 0.04, 60)
            );
        }
    }

    #[test]
    fn finite_differences() {
        for [a, b, cc] in points() {
            let (_, (ga, gb, gc)) = grad_makeham_annuity_due(a, b, cc, 65.0, 0.04, 60);
            // A and B are of order 1e-4 and 1e-5: steps suited to their scale.
            fd_step(
                "makeham A",
                |p| makeham_annuity_due(p[0], b, cc, 65.0, 0.04, 60),
                &[a],
                &[ga],
                1e-8,
                1e-6,
            );
            fd_step(
                "makeham B",
                |p| makeham_annuity_due(a, p[0], cc, 65.0, 0.04, 60),
                &[b],
                &[gb],
                1e-10,
                1e-6,
            );
            fd(
                "makeham c",
                |p| makeham_annuity_due(a, b, p[0], 65.0, 0.04, 60),
                &[cc],
                &[gc],
            );
        }
    }

    #[test]
    fn tape_agrees() {
        for [a, b, cc] in points() {
            let (_, (ga, gb, gc)) = grad_makeham_annuity_due(a, b, cc, 65.0, 0.04, 60);
            let tape = Tape::new();
            let v = tape.vars(&[a, b, cc]);
            let y = twin(v[0], v[1], v[2], 65.0, 0.04, 60);
            all_close("makeham tape", &[ga, gb, gc], &tape.gradient(y, &v), 1e-9);
        }
    }
}
