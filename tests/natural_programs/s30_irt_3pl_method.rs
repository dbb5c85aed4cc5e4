//! Psychometrician: a candidate's ability posterior under a calibrated 3PL test,
//! as a method on the answered test.
use gradus::differentiable;

pub struct AnsweredTest {
    pub a: Vec<f64>,
    pub b: Vec<f64>,
    pub c: Vec<f64>,
    pub answers: Vec<bool>,
}

impl AnsweredTest {
    #[differentiable(wrt(theta))]
    pub fn log_posterior(&self, theta: f64) -> f64 {
        let mut ll = -0.5 * theta * theta;
        for j in 0..self.answers.len() {
            let p = self.c[j]
                + (1.0 - self.c[j]) / (1.0 + (-1.7 * self.a[j] * (theta - self.b[j])).exp());
            ll += if self.answers[j] {
                p.ln()
            } else {
                (1.0 - p).ln()
            };
        }
        ll
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil4::*;
    use gradus::Float;

    fn twin<T: Float>(t: &AnsweredTest, th: T) -> T {
        let mut ll = c::<T>(-0.5) * th * th;
        for j in 0..t.answers.len() {
            let p = c::<T>(t.c[j])
                + c::<T>(1.0 - t.c[j])
                    / (T::one() + (c::<T>(-1.7 * t.a[j]) * (th - c(t.b[j]))).exp());
            ll = ll
                + if t.answers[j] {
                    p.ln()
                } else {
                    (T::one() - p).ln()
                };
        }
        ll
    }

    #[test]
    fn checks() {
        let t = AnsweredTest {
            a: vec![1.2, 0.8, 1.5, 1.0, 0.6, 2.0],
            b: vec![-1.0, -0.3, 0.0, 0.4, 1.0, 1.8],
            c: vec![0.2, 0.25, 0.2, 0.15, 0.2, 0.25],
            answers: vec![true, true, false, true, false, false],
        };
        for th in [-1.0, 0.2, 1.7] {
            let (v, g) = t.grad_log_posterior(th);
            assert_eq!(v, t.log_posterior(th));
            fd("3pl", |y| t.log_posterior(y[0]), &[th], &[g]);
            vs_tape("3pl", v, &[g], &[th], |y| twin(&t, y[0]));
        }
    }
}
