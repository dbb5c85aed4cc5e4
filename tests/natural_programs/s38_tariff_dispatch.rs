//! Energy engineer: electricity bill of a home battery schedule under a flat or
//! time-of-use tariff, with an optional export price and a soft capacity penalty.
use gradus::differentiable;

#[derive(Clone, Copy, Debug)]
pub enum Tariff {
    Flat(f64),
    TimeOfUse {
        peak: f64,
        off_peak: f64,
        peak_start: usize,
        peak_end: usize,
    },
}

pub struct Site {
    pub load_kw: Vec<f64>,
    pub pv_kw: Vec<f64>,
    pub export_price: Option<f64>,
    pub tariff: Tariff,
}

#[differentiable(wrt(charge))]
pub fn bill(charge: &[f64], site: &Site, eff: f64) -> f64 {
    let mut cost = 0.0;
    let mut soc = 0.0;
    for h in 0..charge.len() {
        soc += if charge[h] > 0.0 {
            eff * charge[h]
        } else {
            charge[h] / eff
        };
        let net = site.load_kw[h] - site.pv_kw[h] + charge[h];
        let price = match site.tariff {
            Tariff::Flat(p) => p,
            Tariff::TimeOfUse {
                peak,
                off_peak,
                peak_start,
                peak_end,
            } => {
                if (peak_start..peak_end).contains(&h) {
                    peak
                } else {
                    off_peak
                }
            }
        };
        cost += if net >= 0.0 {
            price * net
        } else {
            site.export_price.unwrap_or(0.0) * net
        };
        // keep the battery within 0..=10 kWh
        cost += 5.0 * ((soc - 10.0).max(0.0).powi(2) + (-soc).max(0.0).powi(2));
    }
    cost
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(ch: &[T], s: &Site, eff: f64) -> T {
        let (mut cost, mut soc) = (T::zero(), T::zero());
        for h in 0..ch.len() {
            soc = soc
                + if ch[h] > T::zero() {
                    ch[h] * c(eff)
                } else {
                    ch[h] / c(eff)
                };
            let net = c::<T>(s.load_kw[h] - s.pv_kw[h]) + ch[h];
            let price = match s.tariff {
                Tariff::Flat(p) => p,
                Tariff::TimeOfUse {
                    peak,
                    off_peak,
                    peak_start,
                    peak_end,
                } => {
                    if h >= peak_start && h < peak_end {
                        peak
                    } else {
                        off_peak
                    }
                }
            };
            cost = cost
                + if net >= T::zero() {
                    net * c(price)
                } else {
                    net * c(s.export_price.unwrap_or(0.0))
                };
            cost = cost
                + c::<T>(5.0)
                    * ((soc - c(10.0)).max(T::zero()).powi(2) + (-soc).max(T::zero()).powi(2));
        }
        cost
    }

    #[test]
    fn checks() {
        let load: Vec<f64> = (0..24)
            .map(|h| 0.6 + 1.5 * ((h as f64 - 18.0) / 3.0).powi(2).neg_exp())
            .collect();
        let pv: Vec<f64> = (0..24)
            .map(|h| (3.0 * (1.0 - ((h as f64 - 12.5) / 5.0).powi(2))).max(0.0))
            .collect();
        let sites = [
            Site {
                load_kw: load.clone(),
                pv_kw: pv.clone(),
                export_price: Some(0.05),
                tariff: Tariff::TimeOfUse {
                    peak: 0.4,
                    off_peak: 0.15,
                    peak_start: 17,
                    peak_end: 21,
                },
            },
            Site {
                load_kw: load.clone(),
                pv_kw: pv.clone(),
                export_price: None,
                tariff: Tariff::Flat(0.25),
            },
            Site {
                load_kw: load,
                pv_kw: pv,
                export_price: Some(0.08),
                tariff: Tariff::Flat(0.3),
            },
        ];
        for (k, site) in sites.iter().enumerate() {
            // charge in the sun, discharge in the evening; values stay away from the
            // kinks (charge 0, net 0) by more than the FD step
            let ch: Vec<f64> = (0..24)
                .map(|h| {
                    if (10..15).contains(&h) {
                        1.5 + 0.1 * k as f64
                    } else if (17..21).contains(&h) {
                        -1.7
                    } else {
                        0.013 * (h as f64 + 1.0)
                    }
                })
                .collect();
            let (v, g) = grad_bill(&ch, site, 0.92);
            assert_eq!(v, bill(&ch, site, 0.92));
            fd("tariff", |y| bill(y, site, 0.92), &ch, &g);
            vs_tape("tariff", v, &g, &ch, |y| twin(y, site, 0.92));
        }
    }

    trait NegExp {
        fn neg_exp(self) -> f64;
    }
    impl NegExp for f64 {
        fn neg_exp(self) -> f64 {
            (-self).exp()
        }
    }
}
