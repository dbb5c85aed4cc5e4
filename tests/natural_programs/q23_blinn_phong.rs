//! Graphics: Blinn–Phong shading of one surface point under several lights; the material
//! (diffuse, specular, shininess) is fitted to measured pixel intensities.
use gradus::differentiable;

pub struct Light {
    pub dir: [f64; 3],
    pub intensity: f64,
}

#[differentiable]
fn cos_between(a: [f64; 3], b: [f64; 3]) -> f64 {
    let la = (a[0] * a[0] + a[1] * a[1] + a[2] * a[2]).sqrt();
    let lb = (b[0] * b[0] + b[1] * b[1] + b[2] * b[2]).sqrt();
    (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (la * lb)
}

#[differentiable(wrt(kd, ks, shininess))]
pub fn shading_error(
    kd: f64,
    ks: f64,
    shininess: f64,
    normal: [f64; 3],
    view: [f64; 3],
    lights: &[Light],
    measured: &[f64],
) -> f64 {
    let mut err = 0.0;
    for (light, &m) in lights.iter().zip(measured) {
        let l = light.dir;
        let half = [l[0] + view[0], l[1] + view[1], l[2] + view[2]];
        let diffuse = cos_between(normal, l).max(0.0);
        let spec = cos_between(normal, half).max(0.0).powf(shininess);
        let c = light.intensity * (kd * diffuse + ks * spec);
        err += (c - m).powi(2);
    }
    err
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn cosb(a: [f64; 3], b: [f64; 3]) -> f64 {
        let d: f64 = a.iter().zip(&b).map(|(x, y)| x * y).sum();
        d / (a.iter().map(|x| x * x).sum::<f64>().sqrt()
            * b.iter().map(|x| x * x).sum::<f64>().sqrt())
    }
    fn twin<T: Float>(
        kd: T,
        ks: T,
        sh: T,
        n: [f64; 3],
        v: [f64; 3],
        lights: &[Light],
        meas: &[f64],
    ) -> T {
        let mut err = T::zero();
        for (l, &m) in lights.iter().zip(meas) {
            let h = [l.dir[0] + v[0], l.dir[1] + v[1], l.dir[2] + v[2]];
            let diff = cosb(n, l.dir).max(0.0);
            let spec = k::<T>(cosb(n, h).max(0.0)).powf(sh);
            let c = k::<T>(l.intensity) * (kd * k(diff) + ks * spec);
            err = err + (c - k(m)).powi(2);
        }
        err
    }

    fn lights() -> Vec<Light> {
        vec![
            Light {
                dir: [0.0, 1.0, 1.0],
                intensity: 1.0,
            },
            Light {
                dir: [1.0, 0.5, 0.2],
                intensity: 0.6,
            },
            Light {
                dir: [-0.3, 0.8, 0.5],
                intensity: 0.9,
            },
        ]
    }
    const N: [f64; 3] = [0.1, 1.0, 0.2];
    const V: [f64; 3] = [0.0, 0.3, 1.0];
    const M: [f64; 3] = [0.8, 0.35, 0.6];
    const PTS: [[f64; 3]; 3] = [[0.6, 0.3, 16.0], [0.9, 0.1, 4.0], [0.3, 0.7, 40.0]];

    #[test]
    fn value_matches() {
        let l = lights();
        for [a, b, c] in PTS {
            assert_eq!(
                grad_shading_error(a, b, c, N, V, &l, &M).0,
                shading_error(a, b, c, N, V, &l, &M)
            );
        }
    }
    #[test]
    fn finite_differences() {
        let l = lights();
        for [a, b, c] in PTS {
            let (_, (ga, gb, gc)) = grad_shading_error(a, b, c, N, V, &l, &M);
            fd(
                "phong",
                |p| shading_error(p[0], p[1], p[2], N, V, &l, &M),
                &[a, b, c],
                &[ga, gb, gc],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        let l = lights();
        for [a, b, c] in PTS {
            let (_, (ga, gb, gc)) = grad_shading_error(a, b, c, N, V, &l, &M);
            let tape = Tape::new();
            let v = tape.vars(&[a, b, c]);
            let y = twin(v[0], v[1], v[2], N, V, &l, &M);
            same("phong tape", &[ga, gb, gc], &tape.gradient(y, &v), 1e-9);
        }
    }
}
