//! Recording and differentiating a 10,000-operation expression on the tape.
//!
//! Throughput is reported in recorded operations, so criterion's "elem/s" figure is the
//! number of operations recorded *and* walked back per second.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use gradus::{Float, Tape};

const ITERATIONS: usize = 2_500;
/// Each iteration records a multiply, a sine, an add and a scale.
const OPERATIONS_PER_ITERATION: usize = 4;

fn record_and_differentiate(tape: &Tape, inputs: [f64; 4]) -> [f64; 4] {
    let x = [
        tape.var(inputs[0]),
        tape.var(inputs[1]),
        tape.var(inputs[2]),
        tape.var(inputs[3]),
    ];
    let mut acc = x[0];
    for i in 0..ITERATIONS {
        acc = (acc * x[i % 4] + x[(i + 1) % 4].sin()) * 0.5;
    }
    let g = tape.gradient(acc, &x);
    [g[0], g[1], g[2], g[3]]
}

fn tape_benchmark(c: &mut Criterion) {
    let inputs = [0.3, -0.7, 0.9, 0.2];
    let operations = ITERATIONS * OPERATIONS_PER_ITERATION;
    let mut group = c.benchmark_group("tape_10k_operations");
    group.throughput(Throughput::Elements(operations as u64));
    group.bench_function("reused_tape", |b| {
        let mut tape = Tape::with_capacity(operations + 4);
        b.iter(|| {
            tape.clear();
            black_box(record_and_differentiate(&tape, black_box(inputs)))
        })
    });
    group.bench_function("fresh_tape", |b| {
        b.iter(|| {
            let tape = Tape::new();
            black_box(record_and_differentiate(&tape, black_box(inputs)))
        })
    });
    group.finish();
}

criterion_group!(benches, tape_benchmark);
criterion_main!(benches);
