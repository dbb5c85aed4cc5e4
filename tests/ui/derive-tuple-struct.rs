use gradus::Differentiable;

#[derive(Clone, Differentiable)]
struct Affine([f64; 3], f64);

fn main() {
    // The struct is still `Differentiable` as far as other code is concerned: no
    // follow-on errors here.
    let p = Affine([1.0; 3], 0.0);
    let _ = (&p.0, p.1);
    let _: usize = p.len();
}
