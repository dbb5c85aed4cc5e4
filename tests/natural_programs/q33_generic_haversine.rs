//! Geodesy, generic over the float type: great-circle (haversine) distance in km, summed
//! along a GPS track; the gradient w.r.t. the waypoints drives a route smoother.
use gradus::{differentiable, Float};

#[differentiable]
pub fn haversine_km<T: Float>(lat1: T, lon1: T, lat2: T, lon2: T) -> T {
    let r = T::from(6371.0088).unwrap();
    let two = T::from(2.0).unwrap();
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dphi = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dphi / two).sin().powi(2) + p1.cos() * p2.cos() * (dl / two).sin().powi(2);
    two * r * a.sqrt().atan2((T::one() - a).sqrt())
}

#[differentiable]
pub fn track_length<T: Float>(lats: &[T], lons: &[T]) -> T {
    let mut total = T::zero();
    for i in 1..lats.len() {
        total = total + haversine_km(lats[i - 1], lons[i - 1], lats[i], lons[i]);
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::Tape;

    fn twin<T: Float>(lat: &[T], lon: &[T]) -> T {
        let mut tot = T::zero();
        let d2r = k::<T>(std::f64::consts::PI / 180.0);
        for i in 1..lat.len() {
            let (p1, p2) = (lat[i - 1] * d2r, lat[i] * d2r);
            let dl = (lon[i] - lon[i - 1]) * d2r;
            let a = ((p2 - p1) / k(2.0)).sin().powi(2)
                + p1.cos() * p2.cos() * (dl / k(2.0)).sin().powi(2);
            tot = tot + k::<T>(2.0 * 6371.0088) * a.sqrt().asin();
        }
        tot
    }

    fn tracks() -> Vec<(Vec<f64>, Vec<f64>)> {
        vec![
            (vec![48.0, 48.5, 49.2, 48.7], vec![2.0, 2.6, 2.1, 1.5]),
            (vec![-33.9, -34.0, -34.2], vec![151.2, 151.0, 150.7]),
            (
                vec![60.0, 61.5, 63.0, 64.1, 64.0],
                vec![10.0, 11.0, 10.5, 12.0, 14.0],
            ),
        ]
    }

    #[test]
    fn value_matches() {
        for (a, b) in tracks() {
            assert_eq!(grad_track_length(&a, &b).0, track_length(&a, &b));
            assert_eq!(
                grad_haversine_km(a[0], b[0], a[1], b[1]).0,
                haversine_km(a[0], b[0], a[1], b[1])
            );
        }
    }
    #[test]
    fn finite_differences() {
        for (a, b) in tracks() {
            let (_, (ga, gb)) = grad_track_length(&a, &b);
            let n = a.len();
            // finite differences in offsets from the first waypoint: the default step scales
            // with |x|, and 151° would make it too coarse for 0.2° legs
            let base: Vec<f64> = [vec![a[0]; n], vec![b[0]; n]].concat();
            let x: Vec<f64> = [a.clone(), b.clone()]
                .concat()
                .iter()
                .zip(&base)
                .map(|(v, o)| v - o)
                .collect();
            fd(
                "track",
                |p| {
                    let q: Vec<f64> = p.iter().zip(&base).map(|(v, o)| v + o).collect();
                    track_length(&q[..n], &q[n..])
                },
                &x,
                &[ga, gb].concat(),
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for (a, b) in tracks() {
            let (_, (ga, gb)) = grad_track_length(&a, &b);
            let tape = Tape::new();
            let v = tape.vars(&[a.clone(), b.clone()].concat());
            let n = a.len();
            let y = twin(&v[..n], &v[n..]);
            same(
                "track tape",
                &[ga, gb].concat(),
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
