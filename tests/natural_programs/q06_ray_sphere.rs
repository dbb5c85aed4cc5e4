//! Graphics: ray–sphere hit distance for a differentiable renderer; a missed ray returns
//! a large offset plus the closest-approach gap so the optimiser can still pull it in.
use gradus::differentiable;

#[differentiable]
fn dot3(a: &[f64; 3], b: &[f64; 3]) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

#[differentiable(wrt(center, radius))]
pub fn ray_sphere_t(origin: &[f64; 3], dir: &[f64; 3], center: &[f64; 3], radius: f64) -> f64 {
    let oc = [
        origin[0] - center[0],
        origin[1] - center[1],
        origin[2] - center[2],
    ];
    let a = dot3(dir, dir);
    let half_b = dot3(&oc, dir);
    let c = dot3(&oc, &oc) - radius * radius;
    let disc = half_b * half_b - a * c;
    if disc < 0.0 {
        let t_closest = -half_b / a;
        let gap = [
            oc[0] + t_closest * dir[0],
            oc[1] + t_closest * dir[1],
            oc[2] + t_closest * dir[2],
        ];
        return 1e3 + dot3(&gap, &gap).sqrt() - radius;
    }
    (-half_b - disc.sqrt()) / a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(o: [f64; 3], d: [f64; 3], c: &[T], r: T) -> T {
        let oc: Vec<T> = (0..3).map(|i| k::<T>(o[i]) - c[i]).collect();
        let a = k::<T>(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        let hb = oc[0] * k(d[0]) + oc[1] * k(d[1]) + oc[2] * k(d[2]);
        let cc = oc[0] * oc[0] + oc[1] * oc[1] + oc[2] * oc[2] - r * r;
        let disc = hb * hb - a * cc;
        if disc < T::zero() {
            let t = -hb / a;
            let g: Vec<T> = (0..3).map(|i| oc[i] + t * k(d[i])).collect();
            return k::<T>(1e3) + (g[0] * g[0] + g[1] * g[1] + g[2] * g[2]).sqrt() - r;
        }
        (-hb - disc.sqrt()) / a
    }

    const CASES: [([f64; 3], [f64; 3], [f64; 3], f64); 4] = [
        ([0.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.1, -0.2, 5.0], 1.0),
        ([1.0, 2.0, -1.0], [0.3, -0.4, 0.8], [2.0, 0.5, 3.0], 1.5),
        ([0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [4.0, 3.0, 0.0], 0.5),
        ([0.0, 1.0, 0.0], [0.0, -1.0, 1.0], [0.0, -2.0, 2.5], 0.7),
    ];

    #[test]
    fn value_matches() {
        for (o, d, c, r) in CASES {
            assert_eq!(
                grad_ray_sphere_t(&o, &d, &c, r).0,
                ray_sphere_t(&o, &d, &c, r)
            );
        }
        let (v, (ga, gb)) = grad_dot3(&[1.0, 2.0, 3.0], &[0.5, -1.0, 2.0]);
        assert_eq!(v, dot3(&[1.0, 2.0, 3.0], &[0.5, -1.0, 2.0]));
        fd(
            "dot3",
            |p| dot3(&[p[0], p[1], p[2]], &[p[3], p[4], p[5]]),
            &[1.0, 2.0, 3.0, 0.5, -1.0, 2.0],
            &[ga, gb].concat(),
        );
    }
    #[test]
    fn finite_differences() {
        for (o, d, c, r) in CASES {
            let (_, (gc, gr)) = grad_ray_sphere_t(&o, &d, &c, r);
            fd(
                "ray",
                |p| ray_sphere_t(&o, &d, &[p[0], p[1], p[2]], p[3]),
                &[c[0], c[1], c[2], r],
                &[gc[0], gc[1], gc[2], gr],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for (o, d, c, r) in CASES {
            let (_, (gc, gr)) = grad_ray_sphere_t(&o, &d, &c, r);
            let tape = Tape::new();
            let v = tape.vars(&[c[0], c[1], c[2], r]);
            let y = twin(o, d, &v[..3], v[3]);
            same(
                "ray tape",
                &[gc[0], gc[1], gc[2], gr],
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
