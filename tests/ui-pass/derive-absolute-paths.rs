//! The code `#[derive(Differentiable)]` writes names everything by absolute path, so it
//! compiles in a crate that shadows the prelude and the primitive types' names.

#![allow(dead_code, non_camel_case_types)]

use gradus::optim::{Optimizer, Sgd};
use gradus::{Differentiable, Float};

struct Option;
struct Some;
struct None;
struct String;
struct FnMut;
struct usize;

mod core {}
mod std {}

#[derive(Clone, Debug, PartialEq, Differentiable)]
struct Layer<T: Float> {
    w: [[T; 2]; 3],
    b: ::std::vec::Vec<T>,
}

#[derive(Clone, Debug, PartialEq, Differentiable)]
struct Model {
    layer: Layer<f64>,
    scale: f64,
}

fn main() {
    let mut p = Model {
        layer: Layer {
            w: [[1.0; 2]; 3],
            b: ::std::vec![1.0; 2],
        },
        scale: 1.0,
    };
    let mut g = p.zeros_like();
    g.for_each_scalar_mut(&mut |s| *s = 1.0);
    Sgd::new(0.5).update(&mut p, &g).unwrap();
    assert_eq!(p.scale, 0.5);
    assert_eq!(p.layer.b, [0.5, 0.5]);
    assert!(p.shape_mismatch(&g).is_none());
    let count: ::core::primitive::usize = p.len();
    assert_eq!(count, 9);
    let single: Layer<f32> = gradus::Rebuild::rebuild(&p.layer, &mut |x: f64| x as f32);
    assert_eq!(single.b, [0.5_f32, 0.5]);
}
