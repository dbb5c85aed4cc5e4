//! The training curves as an SVG: training loss and test accuracy per epoch, side by side.
//!
//! Only plotters' SVG backend is used: text goes into the file as `<text>` elements for the
//! viewer to render, so neither building nor running needs a system font.

use std::path::Path;

use plotters::prelude::*;

/// Size of the whole picture, in pixels (two panels side by side).
const SIZE: (u32, u32) = (1100, 450);

/// Writes an SVG at `path` with two panels: `losses[i]` and `accuracies[i]` (in percent)
/// against epoch `i + 1`. The two slices may differ in length; non-finite values are left
/// out of the lines (a diverged loss would otherwise flatten the plot).
pub fn write_plot(
    path: &Path,
    losses: &[f64],
    accuracies: &[f64],
) -> Result<(), Box<dyn std::error::Error>> {
    let root = SVGBackend::new(path, SIZE).into_drawing_area();
    root.fill(&WHITE)?;
    let (left, right) = root.split_horizontally(SIZE.0 / 2);

    let (loss_lo, loss_hi) = match finite_range(losses) {
        Some((_, hi)) if hi > 0.0 => (0.0, hi * 1.05),
        Some((lo, hi)) => (lo - 1.0, hi + 1.0), // a loss that is never positive
        None => (0.0, 1.0),
    };
    panel(
        &left,
        &caption("Training loss", losses.last(), 4, ""),
        "loss",
        losses,
        (loss_lo, loss_hi),
        &RED,
    )?;

    // Accuracy from a little below its lowest value (rounded down to a multiple of 5) to
    // 100%, so that the last few percent are visible.
    let acc_lo = match finite_range(accuracies) {
        Some((lo, _)) => (((lo - 1.0) / 5.0).floor() * 5.0).clamp(0.0, 95.0),
        None => 0.0,
    };
    panel(
        &right,
        &caption("Test accuracy", accuracies.last(), 2, "%"),
        "accuracy (%)",
        accuracies,
        (acc_lo, 100.0),
        &BLUE,
    )?;

    root.present()?;
    Ok(())
}

/// A panel's title, with the last value when there is one: `Test accuracy (last: 97.50%)`.
fn caption(title: &str, last: Option<&f64>, decimals: usize, unit: &str) -> String {
    match last {
        Some(value) => format!("{title} per epoch (last: {value:.decimals$}{unit})"),
        None => format!("{title} per epoch"),
    }
}

/// One line chart of `values` against epochs `1..=values.len()` with the y range `y`.
fn panel(
    area: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    caption: &str,
    y_desc: &str,
    values: &[f64],
    y: (f64, f64),
    color: &RGBColor,
) -> Result<(), Box<dyn std::error::Error>> {
    // Epochs are whole numbers, so is the x axis; at least 1..2 so that it is never empty.
    let last_epoch = u32::try_from(values.len()).unwrap_or(u32::MAX).max(2);
    let mut chart = ChartBuilder::on(area)
        .caption(caption, ("sans-serif", 24))
        .margin(15)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(1u32..last_epoch, y.0..y.1)?;
    chart
        .configure_mesh()
        .x_desc("epoch")
        .y_desc(y_desc)
        .x_labels(10)
        .y_labels(10)
        .label_style(("sans-serif", 15))
        .axis_desc_style(("sans-serif", 17))
        .draw()?;
    let points = (1u32..)
        .zip(values.iter().copied())
        .filter(|(_, v)| v.is_finite());
    // A marker per epoch while they can be told apart.
    let marker = if values.len() <= 60 { 3 } else { 0 };
    chart.draw_series(LineSeries::new(points, color.stroke_width(2)).point_size(marker))?;
    Ok(())
}

/// The smallest and largest finite values, if there are any.
fn finite_range(values: &[f64]) -> Option<(f64, f64)> {
    values
        .iter()
        .copied()
        .filter(|v| v.is_finite())
        .fold(None, |range, v| match range {
            None => Some((v, v)),
            Some((lo, hi)) => Some((f64::min(lo, v), f64::max(hi, v))),
        })
}
