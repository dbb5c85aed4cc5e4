//! A small shared module of numerically careful scalar activations, generic over the float
//! type, used by other programs through `use crate::q25_activations::…`.
use gradus::{differentiable, Float};

/// ln(1 + eˣ) without overflow.
#[differentiable]
pub fn softplus<T: Float>(x: T) -> T {
    let threshold = T::from(20.0).unwrap();
    if x > threshold {
        x
    } else if x < -threshold {
        x.exp()
    } else {
        x.exp().ln_1p()
    }
}

/// ln σ(x) = −softplus(−x).
#[differentiable]
pub fn log_sigmoid<T: Float>(x: T) -> T {
    -softplus(-x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::*;
    use gradus::Tape;

    fn sp<T: Float>(x: T) -> T {
        if x > k(20.0) {
            x
        } else if x < k(-20.0) {
            x.exp()
        } else {
            (T::one() + x.exp()).ln()
        }
    }

    const XS: [f64; 5] = [-25.0, -3.0, 0.4, 7.5, 30.0];

    #[test]
    fn value_matches() {
        for x in XS {
            assert_eq!(grad_softplus(x).0, softplus(x));
            assert_eq!(grad_log_sigmoid(x).0, log_sigmoid(x));
        }
    }
    #[test]
    fn finite_differences() {
        for x in XS {
            fd("softplus", |p| softplus(p[0]), &[x], &[grad_softplus(x).1]);
            fd(
                "log_sigmoid",
                |p| log_sigmoid(p[0]),
                &[x],
                &[grad_log_sigmoid(x).1],
            );
        }
    }
    #[test]
    fn tape_agrees() {
        for x in XS {
            let tape = Tape::new();
            let v = tape.vars(&[x]);
            let y = -sp(-v[0]);
            same(
                "log_sigmoid tape",
                &[grad_log_sigmoid(x).1],
                &tape.gradient(y, &v),
                1e-9,
            );
            let tape = Tape::new();
            let v = tape.vars(&[x]);
            let y = sp(v[0]);
            same(
                "softplus tape",
                &[grad_softplus(x).1],
                &tape.gradient(y, &v),
                1e-9,
            );
        }
    }
}
