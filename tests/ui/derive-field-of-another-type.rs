use gradus::optim::{Optimizer, Sgd};
use gradus::Differentiable;
use std::collections::HashMap;

#[derive(Clone, Differentiable)]
struct Model {
    w: [f64; 3],
    steps: usize,
    mask: Vec<bool>,
    cache: Option<f64>,
    table: HashMap<String, f64>,
    pair: (f64, f64),
}

fn main() {
    // The refused struct still steps as far as the compiler is concerned: the refusals
    // above are the only errors.
    let mut p = Model {
        w: [0.0; 3],
        steps: 0,
        mask: Vec::new(),
        cache: None,
        table: HashMap::new(),
        pair: (0.0, 0.0),
    };
    let g = p.zeros_like();
    let _ = (&p.steps, &p.mask, &p.cache, &p.table, &p.pair);
    Sgd::new(0.1).update(&mut p, &g).unwrap();
}
