//! Programs the random-program generator found mis-compiled, each checked against finite
//! differences and the tape so the bug cannot come back.

#![allow(clippy::needless_range_loop)]

use gradus::{differentiable, Float, Tape, Var};

/// `continue` inside a branch of an `if` used as a value.
#[differentiable]
fn escape_from_value_if<T: Float>(x: T, y: T, w: &[T; 4]) -> T {
    let mut s = T::zero();
    for i in 0..4 {
        let a = if w[i] > T::zero() {
            if w[i] > T::one() {
                continue;
            }
            x * w[i]
        } else {
            y
        };
        s = s + a * a;
    }
    s
}

/// An assignment to an outer float inside a block used as a value.
#[differentiable]
fn assignment_in_value_block<T: Float>(x: T, y: T, w: &[T; 4]) -> T {
    let mut s = x * w[0];
    let a = {
        s = s * y;
        x + w[1]
    };
    a * s
}

/// In a loop, a sum of a sum of an array read, read back by a nonlinear rule.
#[differentiable]
fn nested_sum_in_loop<T: Float>(x: T, y: T, w: &[T; 4]) -> T {
    let mut s = T::zero();
    for i in 0..4 {
        s = s + (x + w[i] + y).sin();
    }
    s
}

/// A loop with a run-time trip count in a branch whose values do not reach the result.
#[differentiable]
fn counted_loop_in_unused_branch<T: Float>(x: T, y: T, w: &[T; 4]) -> T {
    let mut s = T::zero();
    for i in 0..4 {
        if w[i] > x {
            let mut k = 0;
            let mut unused = y;
            while k < 3 {
                unused = unused * y;
                k += 1;
            }
        }
        s = s + w[i] * x;
    }
    s + y
}

/// A block used as a value that ends with a variable it declares and reads in a condition.
#[differentiable]
fn block_ending_in_its_variable<T: Float>(x: T, y: T, w: &[T; 4]) -> T {
    let a = {
        let b = y * y + w[2];
        let c = if b > x { x } else { y };
        b * c
    };
    let d = {
        let b = y * x;
        let _c = if b > x { x } else { y };
        b
    };
    a + d
}

type Program = fn(f64, f64, &[f64; 4]) -> f64;
type Gradient = fn(f64, f64, &[f64; 4]) -> (f64, (f64, f64, [f64; 4]));
type OnTape = dyn for<'t> Fn(Var<'t, f64>, Var<'t, f64>, &[Var<'t, f64>; 4]) -> Var<'t, f64>;

fn check(name: &str, f: Program, grad: Gradient, tape_f: &OnTape) {
    let points = [
        (0.7, -0.4, [0.3, 1.4, -0.8, 0.6]),
        (-0.3, 1.2, [-0.5, 0.2, 2.0, 0.9]),
        (1.1, 0.5, [0.8, -1.2, 0.4, 1.6]),
    ];
    for (x, y, w) in points {
        let (value, (dx, dy, dw)) = grad(x, y, &w);
        assert_eq!(value, f(x, y, &w), "{name}: value");
        let mut generated = vec![dx, dy];
        generated.extend(dw);
        // The tape.
        let tape = Tape::new();
        let (vx, vy) = (tape.var(x), tape.var(y));
        let vw: [Var<f64>; 4] = std::array::from_fn(|i| tape.var(w[i]));
        let out = tape_f(vx, vy, &vw);
        let mut variables = vec![vx, vy];
        variables.extend(vw);
        let on_tape = tape.gradient(out, &variables);
        // Central differences.
        let input = |k: usize, h: f64| {
            let (mut x, mut y, mut w) = (x, y, w);
            match k {
                0 => x += h,
                1 => y += h,
                _ => w[k - 2] += h,
            }
            f(x, y, &w)
        };
        for k in 0..6 {
            let h = 1e-6;
            let fd = (input(k, h) - input(k, -h)) / (2.0 * h);
            let scale = generated[k].abs().max(fd.abs()).max(1.0);
            assert!(
                (generated[k] - fd).abs() / scale < 1e-6,
                "{name}: d{k} = {} vs finite differences {fd}",
                generated[k]
            );
            assert!(
                (generated[k] - on_tape[k]).abs() / scale < 1e-12,
                "{name}: d{k} = {} vs tape {}",
                generated[k],
                on_tape[k]
            );
        }
    }
}

#[test]
fn continue_inside_a_value_if() {
    check(
        "escape",
        escape_from_value_if,
        grad_escape_from_value_if,
        &|a, b, w| escape_from_value_if(a, b, w),
    );
}

#[test]
fn assignment_inside_a_value_block() {
    check(
        "assignment",
        assignment_in_value_block,
        grad_assignment_in_value_block,
        &|a, b, w| assignment_in_value_block(a, b, w),
    );
}

#[test]
fn nested_sum_recomputed_in_the_reverse_loop() {
    check(
        "nested sum",
        nested_sum_in_loop,
        grad_nested_sum_in_loop,
        &|a, b, w| nested_sum_in_loop(a, b, w),
    );
}

#[test]
fn counted_loop_inside_a_branch_inside_a_loop() {
    check(
        "counted loop",
        counted_loop_in_unused_branch,
        grad_counted_loop_in_unused_branch,
        &|a, b, w| counted_loop_in_unused_branch(a, b, w),
    );
}

#[test]
fn block_value_keeps_its_own_names() {
    check(
        "block tail",
        block_ending_in_its_variable,
        grad_block_ending_in_its_variable,
        &|a, b, w| block_ending_in_its_variable(a, b, w),
    );
}

/// An unused loop with a counted inner loop: its trip counts must be popped, or an earlier
/// loop pops them as its own records.
#[differentiable]
fn unused_counted_loops<T: Float>(x: T, y: T, w: &[T; 4]) -> T {
    let mut k: usize = 3;
    let mut s = x + y;
    for _ in 0..2 {
        s = s * w[k % 4];
        k += 4;
    }
    for i in 0..4 {
        let mut j: usize = 0;
        loop {
            if j >= 2 {
                break;
            }
            j += 1;
            if i != 1 {
                break;
            }
        }
    }
    s
}

#[test]
fn records_of_unused_loops_are_popped() {
    check(
        "unused loops",
        unused_counted_loops,
        grad_unused_counted_loops,
        &|a, b, w| unused_counted_loops(a, b, w),
    );
}

// A value defined in an outer loop's body and read by a nested loop's reverse (recomputed
// there), and a nested loop's carried value, were stale in all but the last outer
// iteration of the reverse sweep (silent wrong gradients found by the fourth natural
// corpus; present since level 2).
#[gradus::differentiable]
fn outer_value_in_inner_loop(ws: &[f64]) -> f64 {
    let z: f64 = ws.iter().sum();
    let mut s = 0.0;
    for w in ws.iter() {
        for d in 0..2 {
            s += w / z * (d as f64 + 1.0) + w * w;
        }
    }
    s
}

#[gradus::differentiable(wrt(d))]
fn carried_in_nested_loops(d: &[f64], n: usize) -> f64 {
    let mut s = 0.0;
    for c in 0..d.len() {
        let mut carry = 0.0;
        for _ in 0..n {
            carry = 1.0 + d[c] * carry;
            s += carry * carry;
        }
    }
    s
}

#[test]
fn nested_loops_read_the_outer_iterations_own_values() {
    let ws = [0.5, 0.3, 0.9];
    let (_, gradient) = grad_outer_value_in_inner_loop(&ws);
    let check = gradus::check::check_gradient(outer_value_in_inner_loop, &ws, &gradient).unwrap();
    assert!(check.passes(1e-6), "{check:?}");
    let d = [0.5, 0.3, -0.4];
    let (_, gradient) = grad_carried_in_nested_loops(&d, 3);
    let check =
        gradus::check::check_gradient(|d| carried_in_nested_loops(d, 3), &d, &gradient).unwrap();
    assert!(check.passes(1e-6), "{check:?}");
}

// An integer `let` after an `if` that returns, computed from a `let mut` integer, was
// computed again in the reverse sweep where that integer is not in scope (a compile error
// in generated code, found by the 5,000-program run).
#[gradus::differentiable]
fn integer_from_a_changing_integer_after_a_return<T: gradus::Float>(x: T, n: usize) -> T {
    if n > 2 {
        return x;
    }
    let mut k: usize = 0;
    while x > T::from(k).unwrap() && k < 3 {
        k += 1;
    }
    let m = k * 3;
    x * T::from(m).unwrap() + x * x
}

#[test]
fn integers_read_after_a_return_resolve() {
    let (value, gradient) = grad_integer_from_a_changing_integer_after_a_return(1.5, 1);
    assert_eq!(value, 1.5 * 6.0 + 2.25);
    assert_eq!(gradient, 6.0 + 3.0);
}

// A zip with a data row picked by a batch's index (`x[*row].iter()`) was refused as an
// iterator without a loop form: `*row` did not count as data the reverse sweep can read
// again (found converting examples/logistic_regression.rs).
#[differentiable(wrt(w))]
fn zip_with_a_batch_row(w: &[f64], x: &[[f64; 2]], batch: &[usize]) -> f64 {
    let mut total = 0.0;
    for row in batch.iter() {
        let mut z = 0.0;
        for (wj, xj) in w.iter().zip(x[*row].iter()) {
            z += wj * xj;
        }
        total += z.tanh();
    }
    total
}

#[test]
fn a_zip_with_a_row_picked_by_a_batch_index_compiles_and_is_right() {
    let x = [[1.0, 2.0], [3.0, -1.0]];
    let batch = [1, 0, 1];
    let w = [0.5, 0.25];
    let (value, gradient) = grad_zip_with_a_batch_row(&w, &x, &batch);
    assert_eq!(value, zip_with_a_batch_row(&w, &x, &batch));
    let check =
        gradus::check::check_gradient(|w| zip_with_a_batch_row(w, &x, &batch), &w, &gradient)
            .unwrap();
    assert!(check.passes(1e-8), "{check:?}");
    let tape = Tape::new();
    let vars: Vec<Var> = w.iter().map(|v| tape.var(*v)).collect();
    let mut total = Var::constant(0.0);
    for &row in &batch {
        let z = vars[0] * x[row][0] + vars[1] * x[row][1];
        total += z.tanh();
    }
    let taped = tape.gradient(total, &vars);
    for (a, b) in gradient.iter().zip(&taped) {
        assert!((a - b).abs() < 1e-12, "{a} against the tape's {b}");
    }
}
