use gradus::differentiable;

struct Model {
    w: f64,
}

impl Model {
    // Without `wrt`, `self` would be differentiated: that needs #[derive(Differentiable)].
    #[differentiable]
    fn loss(&self, x: f64) -> f64 {
        self.w * x * x
    }

    #[differentiable(wrt(x))]
    fn update(&mut self, x: f64) -> f64 {
        x * x
    }
}

fn main() {}
