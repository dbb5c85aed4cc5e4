//! Interval arithmetic: the generator knows a range for every value it writes, so it can
//! keep each math function inside its domain and every value bounded.

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Iv {
    pub lo: f64,
    pub hi: f64,
}

impl Iv {
    pub fn new(lo: f64, hi: f64) -> Iv {
        assert!(
            lo <= hi && lo.is_finite() && hi.is_finite(),
            "bad interval [{lo}, {hi}]"
        );
        Iv { lo, hi }
    }

    pub fn point(c: f64) -> Iv {
        Iv::new(c, c)
    }

    pub fn sym(b: f64) -> Iv {
        Iv::new(-b, b)
    }

    /// The largest magnitude in the interval.
    pub fn mag(self) -> f64 {
        self.lo.abs().max(self.hi.abs())
    }

    pub fn within(self, b: f64) -> bool {
        self.lo >= -b && self.hi <= b
    }

    pub fn hull(self, o: Iv) -> Iv {
        Iv::new(self.lo.min(o.lo), self.hi.max(o.hi))
    }

    pub fn add(self, o: Iv) -> Iv {
        Iv::new(self.lo + o.lo, self.hi + o.hi)
    }

    pub fn sub(self, o: Iv) -> Iv {
        Iv::new(self.lo - o.hi, self.hi - o.lo)
    }

    pub fn neg(self) -> Iv {
        Iv::new(-self.hi, -self.lo)
    }

    pub fn mul(self, o: Iv) -> Iv {
        let p = [
            self.lo * o.lo,
            self.lo * o.hi,
            self.hi * o.lo,
            self.hi * o.hi,
        ];
        Iv::new(
            p.iter().copied().fold(f64::INFINITY, f64::min),
            p.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        )
    }

    /// Division by an interval that excludes zero.
    pub fn div(self, o: Iv) -> Iv {
        assert!(
            o.lo > 0.0 || o.hi < 0.0,
            "division by an interval containing 0"
        );
        self.mul(Iv::new(1.0 / o.hi, 1.0 / o.lo))
    }

    pub fn abs(self) -> Iv {
        if self.lo >= 0.0 {
            self
        } else if self.hi <= 0.0 {
            self.neg()
        } else {
            Iv::new(0.0, self.mag())
        }
    }

    pub fn square(self) -> Iv {
        let a = self.abs();
        Iv::new(a.lo * a.lo, a.hi * a.hi)
    }

    /// The image under an increasing function.
    pub fn up(self, f: impl Fn(f64) -> f64) -> Iv {
        Iv::new(f(self.lo), f(self.hi))
    }

    /// The image under a decreasing function.
    pub fn down(self, f: impl Fn(f64) -> f64) -> Iv {
        Iv::new(f(self.hi), f(self.lo))
    }

    /// The image under a function that decreases to `m` then increases (cosh, x²).
    pub fn valley(self, m: f64, f: impl Fn(f64) -> f64) -> Iv {
        if self.hi <= m {
            self.down(f)
        } else if self.lo >= m {
            self.up(f)
        } else {
            Iv::new(f(m), f(self.lo).max(f(self.hi)))
        }
    }

    /// Widened by a relative margin, so that rounding never leaves the interval.
    pub fn pad(self) -> Iv {
        let e = 1e-9 * (1.0 + self.mag());
        Iv::new(self.lo - e, self.hi + e)
    }
}
