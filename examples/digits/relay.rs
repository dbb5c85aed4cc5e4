//! An epoch whose batches are split between threads that stay awake for the whole epoch.
//!
//! A batch of 32 rows is about 80 µs of work. Handing half of it to a rayon worker that
//! has gone to sleep since the last batch costs a wake-up, which on this 2-core virtual
//! machine took about as long as the half batch saved: two threads trained no faster than
//! one. So the epoch runs as one rayon task per worker, all started once. The first (the
//! leader) walks the batches: it publishes each one, computes its own part, waits for the
//! others, adds their buffers into its own and steps the model. The others (the helpers)
//! spin on a counter, and take their part of each batch as soon as it is published.
//! Spinning costs nothing that would otherwise be used: the threads are idle between
//! their parts.
//!
//! Every worker's part is the same as in `train::batch_gradient` (the batch cut into
//! `workers` chunks in order) and the leader adds the parts in the same order, so the
//! model trains to the same numbers on either path.

use crate::model::{grad_batch_loss_into, Mlp};
use crate::train::{add_into, Rows};
use gradus::optim::{Optimizer, Sgd};
use gradus::Differentiable;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, RwLock};

/// What the leader shares with its helpers during an epoch.
struct Shared<'b> {
    /// The model: read by every worker during a batch, written by the leader between.
    model: RwLock<Mlp<f64>>,
    /// The batch published last.
    batch: Mutex<&'b [usize]>,
    /// Helper `i`'s part (buffer and loss) is `parts[i - 1]`.
    parts: Vec<Mutex<Part>>,
    /// How many batches have been published.
    published: AtomicUsize,
    /// How many parts the helpers have finished, over the epoch.
    finished: AtomicUsize,
    /// Set once the leader is done (or has failed): the helpers return.
    closed: AtomicBool,
    /// Set by a helper that panicked, so the leader stops waiting for it.
    failed: AtomicBool,
}

/// One helper's gradient buffer, and the loss of its rows (`None` if a short batch left it
/// no rows, so that its buffer is not part of the batch's sum).
struct Part {
    buffer: Mlp<f64>,
    loss: Option<f64>,
}

/// Trains one epoch over `batches`, each split between `buffers.len()` workers of `pool`
/// (which must have that many threads), and returns the mean of the batch losses.
/// `buffers` are the workers' gradient buffers.
pub fn epoch<'b>(
    pool: &rayon::ThreadPool,
    model: &mut Mlp<f64>,
    optimizer: &mut Sgd<f64>,
    rows: &Rows,
    batches: impl Iterator<Item = &'b [usize]> + Send,
    buffers: &mut Vec<Mlp<f64>>,
    after_batch: impl FnMut() + Send,
) -> Result<f64, gradus::Error> {
    let workers = buffers.len();
    assert!(
        workers >= 2 && pool.current_num_threads() >= workers,
        "relay::epoch needs two workers or more, and a pool with a thread for each"
    );
    let mut taken = std::mem::take(buffers);
    let mut lead_buffer = taken.remove(0);
    let shared = Shared {
        model: RwLock::new(model.clone()),
        batch: Mutex::new(&[]),
        parts: taken
            .into_iter()
            .map(|buffer| Mutex::new(Part { buffer, loss: None }))
            .collect(),
        published: AtomicUsize::new(0),
        finished: AtomicUsize::new(0),
        closed: AtomicBool::new(false),
        failed: AtomicBool::new(false),
    };
    let result = pool.install(|| {
        rayon::scope(|scope| {
            for index in 1..workers {
                let shared = &shared;
                scope.spawn(move |_| help(shared, index, workers, rows));
            }
            // Closes on every way out of the leader (an error, a panic), so that the
            // helpers return and the scope ends.
            let _closing = Closing(&shared.closed);
            lead(
                &shared,
                &mut lead_buffer,
                optimizer,
                rows,
                batches,
                workers,
                after_batch,
            )
        })
    });
    // The steps taken before an error are kept, as on one thread.
    *model = shared.model.into_inner().expect("no worker panicked");
    buffers.push(lead_buffer);
    buffers.extend(
        shared
            .parts
            .into_iter()
            .map(|part| part.into_inner().expect("no worker panicked").buffer),
    );
    result
}

fn lead<'b>(
    shared: &Shared<'b>,
    buffer: &mut Mlp<f64>,
    optimizer: &mut Sgd<f64>,
    rows: &Rows,
    batches: impl Iterator<Item = &'b [usize]>,
    workers: usize,
    mut after_batch: impl FnMut(),
) -> Result<f64, gradus::Error> {
    let helpers = workers - 1;
    let (mut total, mut count) = (0.0, 0usize);
    for batch in batches {
        *shared.batch.lock().expect("no worker panicked") = batch;
        let published = shared.published.fetch_add(1, Ordering::Release) + 1;
        let mut loss = {
            let model = shared.model.read().expect("no worker panicked");
            part_gradient(&model, rows, batch, 0, workers, buffer).unwrap_or(0.0)
        };
        wait(|| {
            assert!(
                !shared.failed.load(Ordering::Acquire),
                "a gradient worker panicked"
            );
            shared.finished.load(Ordering::Acquire) >= published * helpers
        });
        for part in &shared.parts {
            let part = part.lock().expect("no worker panicked");
            if let Some(part_loss) = part.loss {
                add_into(buffer, &part.buffer);
                loss += part_loss;
            }
        }
        total += loss;
        count += 1;
        let mut model = shared.model.write().expect("no worker panicked");
        optimizer.update(&mut *model, buffer)?;
        drop(model);
        after_batch();
    }
    Ok(total / count.max(1) as f64)
}

fn help(shared: &Shared, index: usize, workers: usize, rows: &Rows) {
    let _alarm = Alarm(&shared.failed);
    let mut seen = 0;
    loop {
        wait(|| {
            shared.closed.load(Ordering::Acquire)
                || shared.published.load(Ordering::Acquire) != seen
        });
        if shared.closed.load(Ordering::Acquire) {
            return;
        }
        seen += 1;
        let batch = *shared.batch.lock().expect("the leader did not panic");
        let mut part = shared.parts[index - 1]
            .lock()
            .expect("the leader did not panic");
        let Part { buffer, loss } = &mut *part;
        let model = shared.model.read().expect("the leader did not panic");
        *loss = part_gradient(&model, rows, batch, index, workers, buffer);
        drop(model);
        drop(part);
        shared.finished.fetch_add(1, Ordering::Release);
    }
}

/// Worker `index`'s rows of `batch` (the batch cut into `workers` chunks in order): their
/// gradient, scaled by 1 / the batch's size, written into `buffer`, and their loss; `None`
/// if a short batch leaves this worker no rows.
fn part_gradient(
    model: &Mlp<f64>,
    rows: &Rows,
    batch: &[usize],
    index: usize,
    workers: usize,
    buffer: &mut Mlp<f64>,
) -> Option<f64> {
    let scale = 1.0 / batch.len() as f64;
    let chunk = batch.len().div_ceil(workers).max(1);
    let part = batch.chunks(chunk).nth(index)?;
    buffer.for_each_run_mut(&mut |run| run.fill(0.0));
    Some(grad_batch_loss_into(
        model,
        rows.images,
        rows.labels,
        part,
        scale,
        buffer,
    ))
}

/// Spins until `done()`: a few thousand rounds of the processor's spin hint (a batch's part
/// takes tens of microseconds), then yielding the thread between checks, so that a pool
/// with more threads than cores still makes progress.
fn wait(mut done: impl FnMut() -> bool) {
    let mut rounds = 0u32;
    while !done() {
        if rounds < 20_000 {
            rounds += 1;
            std::hint::spin_loop();
        } else {
            std::thread::yield_now();
        }
    }
}

/// Sets its flag when dropped: on the leader's every way out.
struct Closing<'a>(&'a AtomicBool);

impl Drop for Closing<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Release);
    }
}

/// Sets its flag if dropped while its thread panics: a helper's way of telling the leader.
struct Alarm<'a>(&'a AtomicBool);

impl Drop for Alarm<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.store(true, Ordering::Release);
        }
    }
}
