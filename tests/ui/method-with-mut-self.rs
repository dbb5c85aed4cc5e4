use gradus::differentiable;

struct Model {
    w: f64,
}

impl Model {
    #[differentiable(wrt(x))]
    fn update(&mut self, x: f64) -> f64 {
        self.w * x * x
    }
}

fn main() {}
