//! Seismologist: local magnitude and attenuation from peak amplitudes, records
//! stored flat as (hypocentral distance km, amplitude mm) pairs.
use gradus::differentiable;

#[differentiable(wrt(mag, n_geo, k_an))]
pub fn attenuation_misfit(mag: f64, n_geo: f64, k_an: f64, records: &[f64]) -> f64 {
    let mut s = 0.0;
    let mut count = 0;
    for rec in records.chunks(2) {
        let r = rec[0].max(1.0);
        let pred = mag - n_geo * r.log10() - k_an * r * std::f64::consts::LOG10_E;
        let d = rec[1].log10() - pred;
        // clip outliers at one magnitude unit
        s += d.abs().min(1.0).powi(2);
        count += 1;
    }
    s / count as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(p: &[T], rec: &[f64]) -> T {
        let mut s = T::zero();
        for i in 0..rec.len() / 2 {
            let r = rec[2 * i].max(1.0);
            let d = c::<T>(rec[2 * i + 1].log10())
                - (p[0] - p[1] * c(r.log10()) - p[2] * c(r * std::f64::consts::LOG10_E));
            s = s + d.abs().min(T::one()).powi(2);
        }
        s / c((rec.len() / 2) as f64)
    }

    #[test]
    fn checks() {
        let mut rec = vec![];
        for i in 0..10 {
            let r = 10.0 + 25.0 * i as f64;
            rec.push(r);
            rec.push(10f64.powf(
                3.0 - 1.1 * r.log10() - 0.002 * r * std::f64::consts::LOG10_E
                    + 0.1 * (i as f64).sin(),
            ));
        }
        for x in [[3.1, 1.0, 0.0025], [2.9, 1.2, 0.001], [3.3, 1.05, 0.003]] {
            let (v, (a, b, cc)) = grad_attenuation_misfit(x[0], x[1], x[2], &rec);
            assert_eq!(v, attenuation_misfit(x[0], x[1], x[2], &rec));
            let g = [a, b, cc];
            fd(
                "atten",
                |y| attenuation_misfit(y[0], y[1], y[2], &rec),
                &x,
                &g,
            );
            vs_tape("atten", v, &g, &x, |y| twin(y, &rec));
        }
    }
}
