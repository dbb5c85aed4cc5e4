//! `hvp_f`: value, gradient and Hessian-vector product of generic functions, by dual
//! numbers over the generated reverse sweep. Each product is checked against central
//! differences of `grad_f` along the direction, and for small n the Hessian assembled from
//! n products against its transpose; the gradient against `grad_f`'s.

#![allow(clippy::needless_range_loop)]

use gradus::{differentiable, Float};

fn close(what: &str, a: f64, b: f64, tolerance: f64) {
    let error = (a - b).abs() / 1f64.max(a.abs()).max(b.abs());
    assert!(
        error < tolerance,
        "{what}: {a} against {b} (relative error {error:e})"
    );
}

fn shifted(x: &[f64], v: &[f64], h: f64) -> Vec<f64> {
    x.iter().zip(v).map(|(x, v)| x + h * v).collect()
}

fn unit(n: usize, i: usize) -> Vec<f64> {
    (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect()
}

#[differentiable]
fn three<T: Float>(a: T, b: T, c: T) -> T {
    let r = a * b - c.exp() / (T::one() + b * b);
    r.sin() * a + b.powi(3) * c + (a * c).tanh()
}

#[test]
fn scalars_against_differences_of_the_gradient() {
    let (a, b, c) = (0.7, -1.2, 0.4);
    let v = [0.3, 0.8, -0.5];
    let (value, gradient, product) = hvp_three(a, b, c, v[0], v[1], v[2]);
    assert_eq!(value, three(a, b, c));
    assert_eq!(gradient, grad_three(a, b, c).1);
    let h = 1e-5;
    let plus = grad_three(a + h * v[0], b + h * v[1], c + h * v[2]).1;
    let minus = grad_three(a - h * v[0], b - h * v[1], c - h * v[2]).1;
    let expected = [
        (plus.0 - minus.0) / (2.0 * h),
        (plus.1 - minus.1) / (2.0 * h),
        (plus.2 - minus.2) / (2.0 * h),
    ];
    close("∂a", product.0, expected[0], 1e-7);
    close("∂b", product.1, expected[1], 1e-7);
    close("∂c", product.2, expected[2], 1e-7);
}

#[differentiable]
fn rosenbrock<T: Float>(x: &[T]) -> T {
    let mut s = T::zero();
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = T::one() - x[i];
        s = s + T::from(100.0).unwrap() * a * a + b * b;
    }
    s
}

/// The Hessian of Rosenbrock, tridiagonal, written by hand.
fn rosenbrock_hessian(x: &[f64]) -> Vec<Vec<f64>> {
    let n = x.len();
    let mut h = vec![vec![0.0; n]; n];
    for i in 0..n - 1 {
        h[i][i] += 1200.0 * x[i] * x[i] - 400.0 * x[i + 1] + 2.0;
        h[i + 1][i + 1] += 200.0;
        h[i][i + 1] -= 400.0 * x[i];
        h[i + 1][i] -= 400.0 * x[i];
    }
    h
}

#[test]
fn rosenbrock_products_assemble_its_hessian() {
    let x = [0.8, -0.3, 1.2, 0.5, -0.9];
    let n = x.len();
    let expected = rosenbrock_hessian(&x);
    let mut assembled = vec![vec![0.0; n]; n];
    for i in 0..n {
        let (value, gradient, column) = hvp_rosenbrock(&x, &unit(n, i));
        assert_eq!(value, rosenbrock(&x));
        assert_eq!(gradient, grad_rosenbrock(&x).1);
        for j in 0..n {
            assembled[j][i] = column[j];
        }
    }
    for i in 0..n {
        for j in 0..n {
            close("symmetric", assembled[i][j], assembled[j][i], 1e-12);
            close(
                "hand-written Hessian",
                assembled[i][j],
                expected[i][j],
                1e-12,
            );
        }
    }
    // Along a direction: against differences of the gradient.
    let v = [0.4, -0.7, 0.2, 0.9, -0.1];
    let (_, _, product) = hvp_rosenbrock(&x, &v);
    let h = 1e-5;
    let plus = grad_rosenbrock(&shifted(&x, &v, h)).1;
    let minus = grad_rosenbrock(&shifted(&x, &v, -h)).1;
    for i in 0..n {
        close(
            "along v",
            product[i],
            (plus[i] - minus[i]) / (2.0 * h),
            1e-6,
        );
    }
}

#[differentiable]
fn log_sum_exp<T: Float>(z: &[T]) -> T {
    let mut largest = z[0];
    for i in 1..z.len() {
        largest = largest.max(z[i]);
    }
    let mut sum = T::zero();
    for i in 0..z.len() {
        sum = sum + (z[i] - largest).exp();
    }
    largest + sum.ln()
}

/// Nested rows, a local array, a loop-carried maximum and a call that passes an array.
#[differentiable(wrt(w, b))]
fn softmax_loss<T: Float>(w: &[[T; 3]], b: &[T], x: &[[f64; 3]], labels: &[usize]) -> T {
    let mut total = T::zero();
    for row in 0..x.len() {
        let mut logits = vec![T::zero(); b.len()];
        for c in 0..b.len() {
            logits[c] = b[c];
            for k in 0..3 {
                logits[c] = logits[c] + w[c][k] * T::from(x[row][k]).unwrap();
            }
        }
        total = total + log_sum_exp(&logits) - logits[labels[row]];
    }
    total
}

#[test]
fn nested_rows_and_calls_against_differences_and_symmetry() {
    let w = [[0.3, -0.2, 0.5], [0.7, 0.1, -0.4]];
    let b = [0.1, -0.3];
    let x = [[1.0, 0.5, -0.5], [0.2, -1.0, 0.8], [0.0, 0.3, 0.6]];
    let labels = [0, 1, 1];
    let flat = |w: &[[f64; 3]], b: &[f64]| -> Vec<f64> {
        w.concat().into_iter().chain(b.iter().copied()).collect()
    };
    let split = |p: &[f64]| -> (Vec<[f64; 3]>, Vec<f64>) {
        (
            vec![[p[0], p[1], p[2]], [p[3], p[4], p[5]]],
            p[6..].to_vec(),
        )
    };
    let n = 8;
    let mut hessian = vec![vec![0.0; n]; n];
    for i in 0..n {
        let e = unit(n, i);
        let (vw, vb) = split(&e);
        let (value, (g_w, g_b), (p_w, p_b)) = hvp_softmax_loss(&w, &b, &x, &labels, &vw, &vb);
        assert_eq!(value, softmax_loss(&w, &b, &x, &labels));
        let (_, (d_w, d_b)) = grad_softmax_loss(&w, &b, &x, &labels);
        assert_eq!((g_w, g_b), (d_w, d_b));
        let column = flat(&p_w, &p_b);
        for j in 0..n {
            hessian[j][i] = column[j];
        }
    }
    for i in 0..n {
        for j in 0..n {
            close("symmetric", hessian[i][j], hessian[j][i], 1e-12);
        }
    }
    let v: Vec<f64> = (0..n).map(|i| ((i as f64 + 1.0) * 0.9).sin()).collect();
    let (vw, vb) = split(&v);
    let (_, _, (p_w, p_b)) = hvp_softmax_loss(&w, &b, &x, &labels, &vw, &vb);
    let product = flat(&p_w, &p_b);
    let p = flat(&w, &b);
    let gradient_at = |h: f64| {
        let (w, b) = split(&shifted(&p, &v, h));
        let (_, (d_w, d_b)) = grad_softmax_loss(&w, &b, &x, &labels);
        flat(&d_w, &d_b)
    };
    let (plus, minus) = (gradient_at(1e-5), gradient_at(-1e-5));
    for i in 0..n {
        close("along v", product[i], (plus[i] - minus[i]) / 2e-5, 1e-6);
    }
}

// ---------------------------------------------------------------------------------------
// Concrete functions: the reverse sweep written again over `Dual<f64>` (`Dual<f32>`).
// ---------------------------------------------------------------------------------------

#[differentiable(wrt(w, b))]
fn relu_layer(w: &[f64], b: f64, x: &[[f64; 3]], scale: f64) -> f64 {
    let mut h = vec![0.0; x.len()];
    let mut total = 0.0;
    for r in 0..x.len() {
        let mut z = b;
        for k in 0..3 {
            z += w[k] * x[r][k];
        }
        h[r] = z.max(0.0) + 0.1 * z.tanh();
        if h[r] > 0.5 {
            total += h[r] * h[r] * scale;
        } else {
            total += (1.0 + h[r]).ln() - 2.0 / (1.0 + z * z);
        }
    }
    total + w.iter().map(|v| v * v).sum::<f64>()
}

#[differentiable]
fn concrete_f32(a: f32, b: [f32; 2]) -> f32 {
    (a * b[0]).sin() * b[1] + (a - b[1]).powi(3) + 2.0_f32.powf(a)
}

#[test]
fn concrete_functions_against_differences_of_the_gradient() {
    let w = [0.4, -0.7, 0.9];
    let b = 0.2;
    let x = [
        [1.0, 0.5, -0.5],
        [0.2, -1.0, 0.8],
        [0.3, 0.3, 0.6],
        [-0.7, 0.4, 0.1],
    ];
    let (vw, vb) = ([0.5, 0.25, -1.0], 0.75);
    let (value, (g_w, g_b), (p_w, p_b)) = hvp_relu_layer(&w, b, &x, 1.5, &vw, vb);
    assert_eq!(value, relu_layer(&w, b, &x, 1.5));
    assert_eq!((g_w.clone(), g_b), grad_relu_layer(&w, b, &x, 1.5).1);
    let at = |h: f64| {
        let w: Vec<f64> = w.iter().zip(&vw).map(|(w, v)| w + h * v).collect();
        grad_relu_layer(&w, b + h * vb, &x, 1.5).1
    };
    let ((plus_w, plus_b), (minus_w, minus_b)) = (at(1e-6), at(-1e-6));
    for i in 0..3 {
        close(
            "relu_layer ∂w",
            p_w[i],
            (plus_w[i] - minus_w[i]) / 2e-6,
            1e-6,
        );
    }
    close("relu_layer ∂b", p_b, (plus_b - minus_b) / 2e-6, 1e-6);

    // Symmetry of the Hessian of a concrete f32 function, assembled from three products.
    let (a, bb) = (0.6_f32, [0.8_f32, -0.3]);
    let columns: Vec<(f32, [f32; 2])> = [(1.0, [0.0, 0.0]), (0.0, [1.0, 0.0]), (0.0, [0.0, 1.0])]
        .iter()
        .map(|(va, vb)| hvp_concrete_f32(a, bb, *va, vb).2)
        .collect();
    let column = |c: &(f32, [f32; 2])| [c.0, c.1[0], c.1[1]];
    for i in 0..3 {
        for j in 0..3 {
            let (hij, hji) = (column(&columns[j])[i], column(&columns[i])[j]);
            assert!(
                (hij - hji).abs() <= 1e-4 * 1f32.max(hij.abs()),
                "H[{i}][{j}] {hij} against {hji}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Concrete functions that call others: the callees' dual companions.
// ---------------------------------------------------------------------------------------

#[differentiable]
fn softplus(z: f64) -> f64 {
    if z > 20.0 {
        z
    } else {
        z.exp().ln_1p()
    }
}

#[differentiable(wrt(w))]
fn row_score(w: &[f64], x: &[f64], offset: usize) -> f64 {
    let mut s = 0.0;
    for j in 0..x.len() {
        s += w[offset + j] * x[j];
    }
    s
}

#[differentiable]
fn smooth_abs<T: Float>(a: T, eps: T) -> T {
    (a * a + eps).sqrt()
}

struct Penalty;

impl Penalty {
    #[differentiable]
    fn quartic(a: f64, scale: f64) -> f64 {
        scale * a.powi(4)
    }
}

#[differentiable(wrt(w))]
fn calling_loss(w: &[f64], x: &[[f64; 2]], y: &[f64]) -> f64 {
    let mut total = 0.0;
    for i in 0..x.len() {
        let z = row_score(w, &x[i], 1) + w[0];
        total += softplus(-y[i] * z) + 0.5 * smooth_abs(z, 0.01);
    }
    total + Penalty::quartic(w[1] - w[2], 0.25)
}

#[test]
fn concrete_calls_against_differences_of_the_gradient() {
    let w = [0.3, -0.8, 0.5];
    let x = [[1.0, 0.5], [0.2, -1.0], [-0.4, 0.7], [0.9, 0.1]];
    let y = [1.0, -1.0, 1.0, -1.0];
    let v = [0.6, -0.2, 1.1];
    let (value, gradient, product) = hvp_calling_loss(&w, &x, &y, &v);
    assert_eq!(value, calling_loss(&w, &x, &y));
    let expected = grad_calling_loss(&w, &x, &y).1;
    for i in 0..3 {
        close("calling_loss gradient", gradient[i], expected[i], 1e-12);
    }
    let h = 1e-6;
    let plus = grad_calling_loss(&shifted(&w, &v, h), &x, &y).1;
    let minus = grad_calling_loss(&shifted(&w, &v, -h), &x, &y).1;
    for i in 0..3 {
        close(
            "calling_loss H·v",
            product[i],
            (plus[i] - minus[i]) / (2.0 * h),
            1e-6,
        );
    }
}

#[differentiable(pullback = cube_pullback)]
fn cube(x: f64) -> f64 {
    x * x * x
}

fn cube_pullback(x: f64, d_out: f64, d_x: &mut f64) {
    *d_x += d_out * 3.0 * x * x;
}

#[differentiable]
fn calls_a_pullback(a: f64, b: f64) -> f64 {
    cube(a) * b
}

#[test]
#[should_panic(
    expected = "reached `cube`, which has no second derivative, because its derivative is a custom pullback"
)]
fn a_callee_without_second_derivative_panics_naming_it() {
    assert_eq!(grad_calls_a_pullback(2.0, 3.0).1, (36.0, 8.0));
    hvp_calls_a_pullback(2.0, 3.0, 1.0, 0.0);
}

// ---------------------------------------------------------------------------------------
// Concrete functions of structs: the fields lifted, the product of the struct's type.
// ---------------------------------------------------------------------------------------

#[derive(Clone, Debug, gradus::Differentiable)]
struct Layer {
    w: [[f64; 3]; 2],
    b: Vec<f64>,
    out: [f64; 2],
    scale: f64,
    unused: f64,
}

impl Layer {
    #[differentiable]
    fn loss(&self, x: &[[f64; 3]], y: &[f64]) -> f64 {
        let mut total = 0.0;
        for r in 0..x.len() {
            let mut z = 0.0;
            for h in 0..2 {
                let mut a = self.b[h];
                for k in 0..3 {
                    a += self.w[h][k] * x[r][k];
                }
                z += self.out[h] * a.tanh();
            }
            total += (self.scale * z - y[r]).powi(2);
        }
        total
    }
}

#[differentiable(wrt(layer, shift))]
fn shifted_loss(layer: &Layer, shift: f64, x: &[[f64; 3]], y: &[f64]) -> f64 {
    let mut total = 0.0;
    for r in 0..x.len() {
        let z = layer.w[0][0] * x[r][0] + layer.w[1][2] * x[r][2] + shift * layer.b[1];
        total += (z.sin() * layer.scale - y[r]).powi(2) + shift * shift * layer.out[0];
    }
    total
}

fn layer_at(layer: &Layer, direction: &Layer, h: f64) -> Layer {
    let mut moved = layer.clone();
    for i in 0..2 {
        for k in 0..3 {
            moved.w[i][k] += h * direction.w[i][k];
        }
        moved.b[i] += h * direction.b[i];
        moved.out[i] += h * direction.out[i];
    }
    moved.scale += h * direction.scale;
    moved.unused += h * direction.unused;
    moved
}

fn layer_components(layer: &Layer) -> Vec<f64> {
    let mut all: Vec<f64> = layer.w.iter().flatten().copied().collect();
    all.extend(&layer.b);
    all.extend(layer.out);
    all.extend([layer.scale, layer.unused]);
    all
}

#[test]
fn struct_arguments_and_methods_against_differences_of_the_gradient() {
    let layer = Layer {
        w: [[0.3, -0.5, 0.8], [0.1, 0.7, -0.4]],
        b: vec![0.2, -0.1],
        out: [0.9, -0.6],
        scale: 1.3,
        unused: 0.5,
    };
    let v = Layer {
        w: [[0.5, 0.2, -0.3], [-0.7, 0.4, 0.1]],
        b: vec![0.6, -0.2],
        out: [0.3, 0.8],
        scale: -0.4,
        unused: 1.0,
    };
    let x = [[1.0, 0.5, -0.5], [0.2, -1.0, 0.8], [-0.3, 0.3, 0.6]];
    let y = [0.5, -0.2, 0.1];
    let h = 1e-6;

    let (value, gradient, product) = layer.hvp_loss(&x, &y, &v);
    assert_eq!(value, layer.loss(&x, &y));
    let expected = layer.grad_loss(&x, &y).1;
    let plus = layer_components(&layer_at(&layer, &v, h).grad_loss(&x, &y).1);
    let minus = layer_components(&layer_at(&layer, &v, -h).grad_loss(&x, &y).1);
    let (gradient, expected, product) = (
        layer_components(&gradient),
        layer_components(&expected),
        layer_components(&product),
    );
    for i in 0..gradient.len() {
        close("Layer::loss gradient", gradient[i], expected[i], 1e-12);
        close(
            "Layer::loss H·v",
            product[i],
            (plus[i] - minus[i]) / (2.0 * h),
            1e-6,
        );
    }
    assert_eq!(product[product.len() - 1], 0.0, "a field never read");

    let (shift, v_shift) = (0.4, -0.9);
    let (value, (g_layer, g_shift), (p_layer, p_shift)) =
        hvp_shifted_loss(&layer, shift, &x, &y, &v, v_shift);
    assert_eq!(value, shifted_loss(&layer, shift, &x, &y));
    let gradient_at =
        |h: f64| grad_shifted_loss(&layer_at(&layer, &v, h), shift + h * v_shift, &x, &y).1;
    let ((plus_layer, plus_shift), (minus_layer, minus_shift)) = (gradient_at(h), gradient_at(-h));
    close("shifted_loss ∂shift", g_shift, gradient_at(0.0).1, 1e-12);
    close(
        "shifted_loss (H·v) shift",
        p_shift,
        (plus_shift - minus_shift) / (2.0 * h),
        1e-6,
    );
    let (g, p) = (layer_components(&g_layer), layer_components(&p_layer));
    let (plus, minus) = (
        layer_components(&plus_layer),
        layer_components(&minus_layer),
    );
    let expected = layer_components(&gradient_at(0.0).0);
    for i in 0..g.len() {
        close("shifted_loss gradient", g[i], expected[i], 1e-12);
        close(
            "shifted_loss H·v",
            p[i],
            (plus[i] - minus[i]) / (2.0 * h),
            1e-6,
        );
    }
}

#[derive(Clone, Debug, gradus::Differentiable)]
struct Affine<T: Float> {
    w: [T; 2],
    b: Vec<T>,
}

#[differentiable(wrt(p, gain))]
fn affine_loss<T: Float>(p: &Affine<T>, gain: T, x: &[[f64; 2]]) -> T {
    let mut total = T::zero();
    for r in 0..x.len() {
        let z =
            p.w[0] * T::from(x[r][0]).unwrap() + p.w[1] * T::from(x[r][1]).unwrap() + p.b[r % 2];
        total = total + (gain * z).tanh().powi(2) + p.b[0] * p.b[1] * z;
    }
    total
}

#[test]
fn a_generic_struct_is_rebuilt_over_dual_numbers() {
    let p = Affine {
        w: [0.4, -0.7],
        b: vec![0.2, 0.5],
    };
    let v = Affine {
        w: [1.0, 0.3],
        b: vec![-0.6, 0.8],
    };
    let (gain, v_gain) = (1.3, 0.4);
    let x = [[1.0, 0.5], [-0.3, 0.8], [0.6, -1.1]];
    let flat = |a: &Affine<f64>| vec![a.w[0], a.w[1], a.b[0], a.b[1]];
    let (value, (g_p, g_gain), (h_p, h_gain)) = hvp_affine_loss(&p, gain, &x, &v, v_gain);
    assert_eq!(value, affine_loss(&p, gain, &x));
    let (_, (e_p, e_gain)) = grad_affine_loss(&p, gain, &x);
    assert_eq!((flat(&g_p), g_gain), (flat(&e_p), e_gain));
    let h = 1e-6;
    let at = |s: f64| {
        let moved = Affine {
            w: [p.w[0] + s * v.w[0], p.w[1] + s * v.w[1]],
            b: vec![p.b[0] + s * v.b[0], p.b[1] + s * v.b[1]],
        };
        let (_, (g, g_gain)) = grad_affine_loss(&moved, gain + s * v_gain, &x);
        (flat(&g), g_gain)
    };
    let ((plus, plus_gain), (minus, minus_gain)) = (at(h), at(-h));
    for (i, product) in flat(&h_p).into_iter().enumerate() {
        close(
            "affine H·v",
            product,
            (plus[i] - minus[i]) / (2.0 * h),
            1e-6,
        );
    }
    close(
        "affine H·v gain",
        h_gain,
        (plus_gain - minus_gain) / (2.0 * h),
        1e-6,
    );
}

impl<T: Float> Affine<T> {
    /// A generic method: its float type is the `impl` block's, so `hvp_f` rebuilds `self`
    /// over `Dual<T>` and reaches the block there through `self`.
    #[differentiable(wrt(self, gain))]
    fn method_loss(&self, gain: T, x: &[[f64; 2]]) -> T {
        let mut total = self.w[0] * self.w[1] * gain;
        for r in 0..x.len() {
            let z = self.w[0] * T::from(x[r][0]).unwrap() + self.w[1] * T::from(x[r][1]).unwrap();
            total = total + (gain * z + self.b[r % 2]).sin() * self.b[1];
        }
        total
    }
}

#[test]
fn a_generic_method_against_differences_of_the_gradient() {
    let p = Affine {
        w: [0.4, -0.7],
        b: vec![0.2, 0.5],
    };
    let v = Affine {
        w: [-0.5, 0.9],
        b: vec![0.3, -0.4],
    };
    let (gain, v_gain) = (0.8, -0.6);
    let x = [[1.0, 0.5], [-0.3, 0.8], [0.6, -1.1]];
    let flat = |a: &Affine<f64>| vec![a.w[0], a.w[1], a.b[0], a.b[1]];
    let (value, (g_p, g_gain), (h_p, h_gain)) = p.hvp_method_loss(gain, &x, &v, v_gain);
    assert_eq!(value, p.method_loss(gain, &x));
    let (_, (e_p, e_gain)) = p.grad_method_loss(gain, &x);
    assert_eq!((flat(&g_p), g_gain), (flat(&e_p), e_gain));
    let h = 1e-6;
    let at = |s: f64| {
        let moved = Affine {
            w: [p.w[0] + s * v.w[0], p.w[1] + s * v.w[1]],
            b: vec![p.b[0] + s * v.b[0], p.b[1] + s * v.b[1]],
        };
        let (_, (g, g_gain)) = moved.grad_method_loss(gain + s * v_gain, &x);
        (flat(&g), g_gain)
    };
    let ((plus, plus_gain), (minus, minus_gain)) = (at(h), at(-h));
    for (i, product) in flat(&h_p).into_iter().enumerate() {
        close(
            "method H·v",
            product,
            (plus[i] - minus[i]) / (2.0 * h),
            1e-6,
        );
    }
    close(
        "method H·v gain",
        h_gain,
        (plus_gain - minus_gain) / (2.0 * h),
        1e-6,
    );
}
