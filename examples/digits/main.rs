//! The main job: train a digit classifier on real data with generated gradients.
//!
//! The UCI handwritten digits (1,797 8×8 images, `data/digits.csv.gz`), pixels scaled to
//! [0, 1], a seeded 80/20 split; an MLP 64 → 32 → 10 with `tanh`, its parameters one
//! `#[derive(Differentiable)]` struct; mean softmax cross-entropy over each mini-batch,
//! written in the DSL (`model.rs`); SGD with Nesterov momentum through `Optimizer::update`.
//! The batch's gradient is split across threads with rayon: each worker adds its rows'
//! gradients into its own buffer with `grad_batch_loss_into`, then the buffers are added.
//! `--tape` trains the same model on the runtime tape instead, for comparison.
//!
//! `cargo run --release --example digits` (`-- --help` lists the options)

mod data;
mod model;
mod plot;
mod relay;
mod report;
mod train;

use clap::Parser;
use gradus::data::MiniBatches;
use gradus::optim::Sgd;
use indicatif::{ProgressBar, ProgressStyle};
use model::Mlp;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use train::{Engine, Rows, Workspace};

#[derive(Parser)]
#[command(about = "Train a digit classifier with gradients written by #[differentiable]")]
struct Options {
    /// Passes over the training set.
    #[arg(long, default_value_t = 30)]
    epochs: usize,
    /// Units in the hidden layer.
    #[arg(long, default_value_t = 32)]
    hidden: usize,
    /// Learning rate of SGD (Nesterov momentum 0.9).
    #[arg(long, default_value_t = 0.1)]
    lr: f64,
    /// Rows per mini-batch.
    #[arg(long, default_value_t = 32)]
    batch: usize,
    /// Seed of the split, the initial weights and the batches.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Threads that share each batch's gradient (0: one per core).
    #[arg(long, default_value_t = 0)]
    threads: usize,
    /// Train on the runtime tape instead of the generated gradient (one thread).
    #[arg(long)]
    tape: bool,
    /// The data file (gzip-compressed CSV: 64 pixels 0..16, then the label).
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/data/digits.csv.gz"))]
    data: PathBuf,
    /// Where the plot of loss and accuracy per epoch is written (SVG).
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/target/digits-training.svg"))]
    plot: PathBuf,
}

fn main() -> ExitCode {
    let options = Options::parse();
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(options: &Options) -> Result<(), Box<dyn std::error::Error>> {
    if options.hidden == 0 || options.batch == 0 {
        return Err("--hidden and --batch must be at least 1".into());
    }
    let optimizer = Sgd::new(options.lr).momentum(0.9).nesterov(true);
    optimizer.validate()?;
    let digits = data::load(&options.data)?;
    let (training, test) = data::split(&digits, 0.2, options.seed);
    let threads = match options.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    let engine = if options.tape {
        Engine::Tape
    } else {
        Engine::Generated {
            pool: rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()?,
        }
    };
    let workers = if options.tape { 1 } else { threads };
    println!(
        "{} training and {} test images; MLP 64 → {} → 10 (tanh); batch {}, lr {}, Nesterov 0.9; {}",
        training.labels.len(),
        test.labels.len(),
        options.hidden,
        options.batch,
        options.lr,
        if options.tape {
            "gradients on the tape".to_string()
        } else {
            format!("generated gradients on {workers} thread(s)")
        }
    );

    let mut model = Mlp::new(options.hidden, options.seed);
    let mut optimizer = optimizer;
    let mut batches = MiniBatches::new(training.labels.len(), options.batch, options.seed)?;
    let mut workspace = Workspace::new(&model, workers);
    let rows = Rows {
        images: &training.images,
        labels: &training.labels,
    };
    let (mut losses, mut accuracies, mut seconds) = (Vec::new(), Vec::new(), Vec::new());
    let style = ProgressStyle::with_template("epoch {prefix:>3} [{bar:30}] {pos}/{len} batches")?
        .progress_chars("=> ");
    for epoch in 1..=options.epochs {
        let progress = ProgressBar::new(batches.batches_per_epoch() as u64)
            .with_style(style.clone())
            .with_prefix(epoch.to_string());
        let started = Instant::now();
        let loss = train::epoch(
            &engine,
            &mut model,
            &mut optimizer,
            &rows,
            batches.epoch(),
            &mut workspace,
            || progress.inc(1),
        )?;
        seconds.push(started.elapsed().as_secs_f64());
        progress.finish_and_clear();
        let accuracy = accuracy(&model.predict(&test.images), &test.labels);
        println!(
            "epoch {epoch:>3}  loss {loss:.4}  test accuracy {:.2}%  ({:.2} ms)",
            100.0 * accuracy,
            1e3 * seconds[seconds.len() - 1]
        );
        losses.push(loss);
        accuracies.push(100.0 * accuracy);
    }

    let predicted = model.predict(&test.images);
    let matrix = report::confusion_matrix(&predicted, &test.labels);
    println!(
        "\nconfusion matrix (rows: true digit, columns: predicted)\n{}",
        report::format_confusion_matrix(&matrix)
    );
    plot::write_plot(&options.plot, &losses, &accuracies)?;
    println!(
        "plot of loss and accuracy per epoch: {}",
        options.plot.display()
    );
    println!(
        "median epoch time: {:.2} ms",
        1e3 * report::median(&seconds)
    );
    println!(
        "test accuracy: {:.2}%",
        100.0 * accuracy(&predicted, &test.labels)
    );
    Ok(())
}

/// The share of rows whose prediction is the label.
fn accuracy(predicted: &[usize], labels: &[usize]) -> f64 {
    let correct = predicted.iter().zip(labels).filter(|(p, l)| p == l).count();
    correct as f64 / labels.len().max(1) as f64
}
