//! ML: binary focal loss (RetinaNet) on logits with integer labels; γ and α come from the
//! training config struct.
use gradus::differentiable;

pub struct FocalCfg {
    pub gamma: f64,
    pub alpha: f64,
}

#[differentiable(wrt(logits))]
pub fn focal_loss(logits: &[f64], labels: &[u8], cfg: &FocalCfg) -> f64 {
    let mut total = 0.0;
    for (i, &z) in logits.iter().enumerate() {
        let p = 1.0 / (1.0 + (-z).exp());
        let (pt, at) = match labels[i] {
            1 => (p, cfg.alpha),
            _ => (1.0 - p, 1.0 - cfg.alpha),
        };
        total += -at * (1.0 - pt).powf(cfg.gamma) * pt.max(1e-12).ln();
    }
    total / logits.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::{Float, Tape};

    fn twin<T: Float>(z: &[T], labels: &[u8], cfg: &FocalCfg) -> T {
        let mut tot = T::zero();
        for (i, &zi) in z.iter().enumerate() {
            let p = T::one() / (T::one() + (-zi).exp());
            let (pt, at) = if labels[i] == 1 {
                (p, cfg.alpha)
            } else {
                (T::one() - p, 1.0 - cfg.alpha)
            };
            tot = tot - k::<T>(at) * (T::one() - pt).powf(k(cfg.gamma)) * pt.ln();
        }
        tot / k(z.len() as f64)
    }

    const CFG: FocalCfg = FocalCfg {
        gamma: 2.0,
        alpha: 0.25,
    };
    const LABELS: [u8; 5] = [1, 0, 0, 1, 0];
    const PTS: [[f64; 5]; 3] = [
        [2.0, -1.0, 0.5, -0.3, -3.0],
        [0.1, 0.2, -0.1, 4.0, 1.5],
        [-2.0, -2.5, 3.0, 0.7, 0.0],
    ];

    #[test]
    fn value_matches() {
        for z in PTS {
            assert_eq!(
                grad_focal_loss(&z, &LABELS, &CFG).0,
                focal_loss(&z, &LABELS, &CFG)
            );
        }
    }
    #[test]
    fn finite_differences() {
        for z in PTS {
            let (_, g) = grad_focal_loss(&z, &LABELS, &CFG);
            fd("focal", |p| focal_loss(p, &LABELS, &CFG), &z, &g);
        }
    }
    #[test]
    fn tape_agrees() {
        for z in PTS {
            let (_, g) = grad_focal_loss(&z, &LABELS, &CFG);
            let tape = Tape::new();
            let v = tape.vars(&z);
            let y = twin(&v, &LABELS, &CFG);
            same("focal tape", &g, &tape.gradient(y, &v), 1e-9);
        }
    }
}
