//! One epoch of mini-batch training, its gradients computed three ways: on one thread, on
//! several (`relay`: each worker sums its rows' gradients with `grad_batch_loss_into` into
//! its own buffer, then the buffers are added), or on the tape (the same loss on a `Mlp`
//! of `Var`s).

use crate::model::{batch_loss, grad_batch_loss_into, Mlp, PIXELS};
use crate::relay;
use gradus::optim::{Optimizer, Sgd};
use gradus::{Differentiable, Rebuild, Tape};

/// How gradients are computed.
pub enum Engine {
    /// Generated gradients, the batch split across this pool's threads.
    Generated { pool: rayon::ThreadPool },
    /// The tape, on one thread.
    Tape,
}

/// Per-worker gradient buffers, kept from batch to batch.
pub struct Workspace {
    buffers: Vec<Mlp<f64>>,
}

impl Workspace {
    pub fn new(model: &Mlp<f64>, workers: usize) -> Self {
        Workspace {
            buffers: vec![model.zeros_like(); workers.max(1)],
        }
    }
}

/// The data a batch reads: images and labels, by row.
pub struct Rows<'d> {
    pub images: &'d [[f64; PIXELS]],
    pub labels: &'d [usize],
}

/// The mean loss over `batch` and its gradient, left in `workspace.buffers[0]`.
fn batch_gradient(
    engine: &Engine,
    model: &Mlp<f64>,
    rows: &Rows,
    batch: &[usize],
    workspace: &mut Workspace,
) -> f64 {
    let scale = 1.0 / batch.len() as f64;
    match engine {
        // One worker (`relay` splits a batch between several).
        Engine::Generated { .. } => {
            let buffer = &mut workspace.buffers[0];
            buffer.for_each_run_mut(&mut |run| run.fill(0.0));
            grad_batch_loss_into(model, rows.images, rows.labels, batch, scale, buffer)
        }
        Engine::Tape => {
            let tape = Tape::new();
            let on_tape = model.rebuild(&mut |v| tape.var(v));
            let loss = batch_loss(&on_tape, rows.images, rows.labels, batch, scale);
            let mut variables = Vec::with_capacity(on_tape.len());
            on_tape.for_each_scalar(&mut |v| variables.push(v));
            let gradient = tape.gradient(loss, &variables);
            let mut next = gradient.iter();
            workspace.buffers[0].for_each_scalar_mut(&mut |g| {
                *g = *next.next().expect("one gradient per parameter")
            });
            loss.value()
        }
    }
}

/// `target += other`, parameter by parameter.
pub fn add_into(target: &mut Mlp<f64>, other: &Mlp<f64>) {
    fn add(target: &mut [f64], other: &[f64]) {
        for (t, o) in target.iter_mut().zip(other) {
            *t += o;
        }
    }
    for (t, o) in target.w1.iter_mut().zip(&other.w1) {
        add(t, o);
    }
    add(&mut target.b1, &other.b1);
    for (t, o) in target.w2.iter_mut().zip(&other.w2) {
        add(t, o);
    }
    add(&mut target.b2, &other.b2);
}

/// Trains one epoch over `batches` and returns the mean of the batch losses.
///
/// With generated gradients and several workers, each batch is split between the pool's
/// threads, kept awake for the epoch (`relay`).
pub fn epoch<'b>(
    engine: &Engine,
    model: &mut Mlp<f64>,
    optimizer: &mut Sgd<f64>,
    rows: &Rows,
    batches: impl Iterator<Item = &'b [usize]> + Send,
    workspace: &mut Workspace,
    after_batch: impl FnMut() + Send,
) -> Result<f64, gradus::Error> {
    match engine {
        Engine::Generated { pool } if workspace.buffers.len() > 1 => relay::epoch(
            pool,
            model,
            optimizer,
            rows,
            batches,
            &mut workspace.buffers,
            after_batch,
        ),
        _ => epoch_here(
            engine,
            model,
            optimizer,
            rows,
            batches,
            workspace,
            after_batch,
        ),
    }
}

fn epoch_here<'b>(
    engine: &Engine,
    model: &mut Mlp<f64>,
    optimizer: &mut Sgd<f64>,
    rows: &Rows,
    batches: impl Iterator<Item = &'b [usize]>,
    workspace: &mut Workspace,
    mut after_batch: impl FnMut(),
) -> Result<f64, gradus::Error> {
    let (mut total, mut count) = (0.0, 0usize);
    for batch in batches {
        total += batch_gradient(engine, model, rows, batch, workspace);
        count += 1;
        optimizer.update(model, &workspace.buffers[0])?;
        after_batch();
    }
    Ok(total / count.max(1) as f64)
}
