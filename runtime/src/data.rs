//! Seeded randomness and shuffled mini-batches.
//!
//! [`MiniBatches`] deals the row indices `0..n` of a data set into batches, reshuffled
//! every epoch from a seed, so a training run is reproducible. [`Rng`] is the small
//! deterministic generator behind it, public so that examples and tests can make
//! synthetic data (uniform, normal, shuffles) without another dependency. It is not
//! cryptographically secure.
//!
//! ```
//! use gradus_runtime::data::{MiniBatches, Rng};
//!
//! // Synthetic data: y = 2x + 1 plus a little noise.
//! let mut rng = Rng::new(42);
//! let xs: Vec<f64> = (0..100).map(|_| rng.range(-1.0, 1.0)).collect();
//! let ys: Vec<f64> = xs.iter().map(|x| 2.0 * x + 1.0 + 0.01 * rng.normal()).collect();
//!
//! let mut batches = MiniBatches::new(xs.len(), 32, 7)?;
//! let mut seen = 0;
//! for batch in batches.epoch() {
//!     let batch_x: Vec<f64> = batch.iter().map(|&i| xs[i]).collect();
//!     let batch_y: Vec<f64> = batch.iter().map(|&i| ys[i]).collect();
//!     assert_eq!(batch_x.len(), batch_y.len());
//!     seen += batch.len();
//! }
//! assert_eq!(seen, 100);
//! # Ok::<(), gradus_runtime::Error>(())
//! ```

use crate::error::Error;

/// A small, fast, seeded pseudo-random generator (xoshiro256**, seeded through
/// SplitMix64).
///
/// The same seed gives the same sequence on every platform and in every version of
/// this crate, which is what reproducible experiments need. Not for cryptography.
///
/// ```
/// use gradus_runtime::data::Rng;
///
/// let mut a = Rng::new(1);
/// let mut b = Rng::new(1);
/// assert_eq!(a.next_u64(), b.next_u64());
/// let u = a.uniform();
/// assert!((0.0..1.0).contains(&u));
/// ```
#[derive(Debug, Clone)]
pub struct Rng {
    state: [u64; 4],
    /// Box–Muller makes normals in pairs; the second waits here for the next call.
    spare_normal: Option<f64>,
}

/// One step of SplitMix64, the generator xoshiro's authors recommend for seeding: it
/// spreads any seed, even 0, over the full state.
fn splitmix64(counter: &mut u64) -> u64 {
    *counter = counter.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *counter;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// A generator seeded with `seed`; every seed, including 0, is fine.
    ///
    /// ```
    /// use gradus_runtime::data::Rng;
    ///
    /// let mut rng = Rng::new(0);
    /// assert_ne!(rng.next_u64(), rng.next_u64());
    /// ```
    pub fn new(seed: u64) -> Self {
        let mut counter = seed;
        let state = [
            splitmix64(&mut counter),
            splitmix64(&mut counter),
            splitmix64(&mut counter),
            splitmix64(&mut counter),
        ];
        Rng {
            state,
            spare_normal: None,
        }
    }

    /// The next 64 uniformly distributed random bits.
    ///
    /// ```
    /// use gradus_runtime::data::Rng;
    ///
    /// let mut rng = Rng::new(3);
    /// let first = rng.next_u64();
    /// assert_eq!(Rng::new(3).next_u64(), first);
    /// ```
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.state;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// A uniform `f64` in `[0, 1)`, on the grid of multiples of 2⁻⁵³.
    ///
    /// ```
    /// use gradus_runtime::data::Rng;
    ///
    /// let mut rng = Rng::new(5);
    /// assert!((0..1000).map(|_| rng.uniform()).all(|u| (0.0..1.0).contains(&u)));
    /// ```
    pub fn uniform(&mut self) -> f64 {
        // The top 53 bits fill an f64 mantissa exactly, so every value is equally likely.
        const SCALE: f64 = 1.0 / (1u64 << 53) as f64;
        (self.next_u64() >> 11) as f64 * SCALE
    }

    /// A uniform `f64` in `[lo, hi)`.
    ///
    /// # Panics
    ///
    /// If `lo < hi` does not hold or `hi − lo` is not finite, since the range is then
    /// empty or has no uniform distribution.
    ///
    /// ```
    /// use gradus_runtime::data::Rng;
    ///
    /// let mut rng = Rng::new(9);
    /// let x = rng.range(-2.0, 3.0);
    /// assert!((-2.0..3.0).contains(&x));
    /// ```
    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        let width = hi - lo;
        assert!(
            lo < hi && width.is_finite(),
            "Rng::range needs lo < hi and a finite width, got [{lo}, {hi})"
        );
        loop {
            let x = lo + width * self.uniform();
            // Rounding can land exactly on `hi`; drawing again keeps the range half-open.
            if x < hi {
                return x;
            }
        }
    }

    /// A standard normal `f64` (mean 0, variance 1), by the Box–Muller transform.
    ///
    /// ```
    /// use gradus_runtime::data::Rng;
    ///
    /// let mut rng = Rng::new(11);
    /// let noise: Vec<f64> = (0..4).map(|_| 0.1 * rng.normal()).collect();
    /// assert!(noise.iter().all(|z| z.is_finite()));
    /// ```
    pub fn normal(&mut self) -> f64 {
        if let Some(z) = self.spare_normal.take() {
            return z;
        }
        // 1 − u lies in (0, 1], so the logarithm is finite.
        let radius = (-2.0 * (1.0 - self.uniform()).ln()).sqrt();
        let angle = std::f64::consts::TAU * self.uniform();
        self.spare_normal = Some(radius * angle.sin());
        radius * angle.cos()
    }

    /// A uniform integer in `0..n`, without modulo bias (Lemire's multiply-and-reject).
    ///
    /// # Panics
    ///
    /// If `n` is 0, since `0..0` is empty.
    ///
    /// ```
    /// use gradus_runtime::data::Rng;
    ///
    /// let mut rng = Rng::new(13);
    /// let die = rng.below(6) + 1;
    /// assert!((1..=6).contains(&die));
    /// ```
    pub fn below(&mut self, n: usize) -> usize {
        assert!(n > 0, "Rng::below needs n > 0, got 0");
        let n = n as u64;
        let mut product = u128::from(self.next_u64()) * u128::from(n);
        // The low half below `threshold` marks the few draws that would make some
        // results more likely than others; drawing again removes the bias.
        if (product as u64) < n {
            let threshold = n.wrapping_neg() % n;
            while (product as u64) < threshold {
                product = u128::from(self.next_u64()) * u128::from(n);
            }
        }
        (product >> 64) as usize
    }

    /// Puts `items` in a uniformly random order (Fisher–Yates).
    ///
    /// ```
    /// use gradus_runtime::data::Rng;
    ///
    /// let mut cards: Vec<u32> = (0..52).collect();
    /// Rng::new(17).shuffle(&mut cards);
    /// let mut sorted = cards.clone();
    /// sorted.sort();
    /// assert_eq!(sorted, (0..52).collect::<Vec<_>>());
    /// ```
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// Shuffled mini-batches of row indices over a data set of `n_rows` rows.
///
/// Each call to [`epoch`](MiniBatches::epoch) reshuffles the indices (deterministically
/// from the seed, differently every epoch) and yields them in batches of `batch_size`.
/// The last batch is shorter when `batch_size` does not divide `n_rows`, unless
/// [`drop_last`](MiniBatches::drop_last) asks to leave it out.
///
/// ```
/// use gradus_runtime::data::MiniBatches;
///
/// let mut batches = MiniBatches::new(10, 4, 7)?;
/// let sizes: Vec<usize> = batches.epoch().map(|batch| batch.len()).collect();
/// assert_eq!(sizes, [4, 4, 2]);
/// # Ok::<(), gradus_runtime::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct MiniBatches {
    /// A permutation of `0..n_rows`, reshuffled in place every epoch.
    order: Vec<usize>,
    batch_size: usize,
    drop_last: bool,
    rng: Rng,
}

impl MiniBatches {
    /// Batches of `batch_size` indices over `0..n_rows`, shuffled from `seed`.
    ///
    /// `n_rows` may be 0: every epoch is then empty.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidBatchSize`] when `batch_size` is 0.
    ///
    /// ```
    /// use gradus_runtime::data::MiniBatches;
    /// use gradus_runtime::Error;
    ///
    /// let batches = MiniBatches::new(1000, 32, 7)?;
    /// assert_eq!(batches.batches_per_epoch(), 32);
    /// assert_eq!(MiniBatches::new(1000, 0, 7).unwrap_err(), Error::InvalidBatchSize);
    /// # Ok::<(), Error>(())
    /// ```
    pub fn new(n_rows: usize, batch_size: usize, seed: u64) -> Result<Self, Error> {
        if batch_size == 0 {
            return Err(Error::InvalidBatchSize);
        }
        Ok(MiniBatches {
            order: (0..n_rows).collect(),
            batch_size,
            drop_last: false,
            rng: Rng::new(seed),
        })
    }

    /// Whether to leave out the last, short batch of each epoch (default `false`: keep
    /// it). Dropping it keeps every batch the same size; the rows left out change from
    /// epoch to epoch.
    ///
    /// ```
    /// use gradus_runtime::data::MiniBatches;
    ///
    /// let mut batches = MiniBatches::new(10, 4, 7)?.drop_last(true);
    /// let sizes: Vec<usize> = batches.epoch().map(|batch| batch.len()).collect();
    /// assert_eq!(sizes, [4, 4]);
    /// # Ok::<(), gradus_runtime::Error>(())
    /// ```
    #[must_use]
    pub fn drop_last(mut self, drop_last: bool) -> Self {
        self.drop_last = drop_last;
        self
    }

    /// Reshuffles the rows and yields this epoch's batches, each a slice of distinct
    /// row indices.
    ///
    /// The shuffle happens when `epoch` is called, so an epoch that is not iterated to
    /// the end does not change the order of the next one.
    ///
    /// ```
    /// use gradus_runtime::data::MiniBatches;
    ///
    /// let mut batches = MiniBatches::new(6, 2, 7)?;
    /// let first: Vec<Vec<usize>> = batches.epoch().map(<[usize]>::to_vec).collect();
    /// let second: Vec<Vec<usize>> = batches.epoch().map(<[usize]>::to_vec).collect();
    /// assert_eq!(first.len(), 3);
    /// assert_ne!(first, second); // a new order every epoch
    /// # Ok::<(), gradus_runtime::Error>(())
    /// ```
    pub fn epoch(&mut self) -> impl ExactSizeIterator<Item = &[usize]> {
        self.rng.shuffle(&mut self.order);
        let rows = self.rows_per_epoch();
        self.order[..rows].chunks(self.batch_size)
    }

    /// The number of batches each epoch yields.
    ///
    /// ```
    /// use gradus_runtime::data::MiniBatches;
    ///
    /// assert_eq!(MiniBatches::new(10, 4, 7)?.batches_per_epoch(), 3);
    /// assert_eq!(MiniBatches::new(10, 4, 7)?.drop_last(true).batches_per_epoch(), 2);
    /// # Ok::<(), gradus_runtime::Error>(())
    /// ```
    pub fn batches_per_epoch(&self) -> usize {
        self.rows_per_epoch().div_ceil(self.batch_size)
    }

    /// The number of rows each epoch yields: all of them, or with
    /// [`drop_last`](MiniBatches::drop_last) the largest multiple of the batch size.
    ///
    /// ```
    /// use gradus_runtime::data::MiniBatches;
    ///
    /// assert_eq!(MiniBatches::new(10, 4, 7)?.rows_per_epoch(), 10);
    /// assert_eq!(MiniBatches::new(10, 4, 7)?.drop_last(true).rows_per_epoch(), 8);
    /// # Ok::<(), gradus_runtime::Error>(())
    /// ```
    pub fn rows_per_epoch(&self) -> usize {
        let n_rows = self.n_rows();
        if self.drop_last {
            n_rows - n_rows % self.batch_size
        } else {
            n_rows
        }
    }

    /// The number of rows in the data set.
    ///
    /// ```
    /// use gradus_runtime::data::MiniBatches;
    ///
    /// assert_eq!(MiniBatches::new(10, 4, 7)?.n_rows(), 10);
    /// # Ok::<(), gradus_runtime::Error>(())
    /// ```
    pub fn n_rows(&self) -> usize {
        self.order.len()
    }

    /// The size of every batch but possibly the last.
    ///
    /// ```
    /// use gradus_runtime::data::MiniBatches;
    ///
    /// assert_eq!(MiniBatches::new(10, 4, 7)?.batch_size(), 4);
    /// # Ok::<(), gradus_runtime::Error>(())
    /// ```
    pub fn batch_size(&self) -> usize {
        self.batch_size
    }

    /// Whether the last, short batch is left out (see
    /// [`drop_last`](MiniBatches::drop_last)).
    ///
    /// ```
    /// use gradus_runtime::data::MiniBatches;
    ///
    /// assert!(!MiniBatches::new(10, 4, 7)?.drops_last());
    /// # Ok::<(), gradus_runtime::Error>(())
    /// ```
    pub fn drops_last(&self) -> bool {
        self.drop_last
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect_epoch(batches: &mut MiniBatches) -> Vec<Vec<usize>> {
        batches.epoch().map(<[usize]>::to_vec).collect()
    }

    fn sorted_rows(epoch: &[Vec<usize>]) -> Vec<usize> {
        let mut rows: Vec<usize> = epoch.iter().flatten().copied().collect();
        rows.sort_unstable();
        rows
    }

    #[test]
    fn splitmix64_matches_the_reference() {
        // The first output of the reference SplitMix64 for seed 0.
        let mut counter = 0;
        assert_eq!(splitmix64(&mut counter), 0xE220_A839_7B1D_CDAF);
    }

    #[test]
    fn xoshiro256starstar_matches_the_reference() {
        // The reference implementation's first outputs from the state {1, 2, 3, 4}.
        let mut rng = Rng {
            state: [1, 2, 3, 4],
            spare_normal: None,
        };
        let outputs: Vec<u64> = (0..4).map(|_| rng.next_u64()).collect();
        assert_eq!(outputs, [11520, 0, 1509978240, 1215971899390074240]);
    }

    #[test]
    fn every_epoch_is_a_permutation() {
        let mut batches = MiniBatches::new(103, 10, 1).unwrap();
        for _ in 0..5 {
            let epoch = collect_epoch(&mut batches);
            assert_eq!(epoch.len(), 11);
            assert!(epoch[..10].iter().all(|batch| batch.len() == 10));
            assert_eq!(epoch[10].len(), 3, "the short last batch is kept");
            assert_eq!(sorted_rows(&epoch), (0..103).collect::<Vec<_>>());
        }
    }

    #[test]
    fn drop_last_leaves_out_the_short_batch_only() {
        let mut batches = MiniBatches::new(103, 10, 1).unwrap().drop_last(true);
        assert_eq!(batches.batches_per_epoch(), 10);
        assert_eq!(batches.rows_per_epoch(), 100);
        for _ in 0..5 {
            let epoch = collect_epoch(&mut batches);
            assert_eq!(epoch.len(), 10);
            assert!(epoch.iter().all(|batch| batch.len() == 10));
            let rows = sorted_rows(&epoch);
            assert!(rows.windows(2).all(|pair| pair[0] < pair[1]), "rows repeat");
            assert!(rows.iter().all(|&row| row < 103));
        }
    }

    #[test]
    fn dividing_batch_size_has_no_short_batch_to_drop() {
        let mut kept = MiniBatches::new(20, 5, 3).unwrap();
        let mut dropped = MiniBatches::new(20, 5, 3).unwrap().drop_last(true);
        assert_eq!(collect_epoch(&mut kept), collect_epoch(&mut dropped));
    }

    #[test]
    fn same_seed_same_order() {
        let mut a = MiniBatches::new(50, 8, 99).unwrap();
        let mut b = MiniBatches::new(50, 8, 99).unwrap();
        for _ in 0..3 {
            assert_eq!(collect_epoch(&mut a), collect_epoch(&mut b));
        }
    }

    #[test]
    fn different_seed_different_order() {
        let mut a = MiniBatches::new(50, 8, 1).unwrap();
        let mut b = MiniBatches::new(50, 8, 2).unwrap();
        assert_ne!(collect_epoch(&mut a), collect_epoch(&mut b));
    }

    #[test]
    fn successive_epochs_differ() {
        let mut batches = MiniBatches::new(50, 8, 1).unwrap();
        let first = collect_epoch(&mut batches);
        let second = collect_epoch(&mut batches);
        assert_ne!(first, second);
    }

    #[test]
    fn an_unfinished_epoch_does_not_change_the_next() {
        let mut partial = MiniBatches::new(30, 4, 5).unwrap();
        let mut full = MiniBatches::new(30, 4, 5).unwrap();
        let _ = partial.epoch().next();
        let _ = collect_epoch(&mut full);
        assert_eq!(collect_epoch(&mut partial), collect_epoch(&mut full));
    }

    #[test]
    fn batch_size_larger_than_the_data_set() {
        let mut kept = MiniBatches::new(5, 8, 1).unwrap();
        assert_eq!(kept.batches_per_epoch(), 1);
        let epoch = collect_epoch(&mut kept);
        assert_eq!(epoch.len(), 1);
        assert_eq!(sorted_rows(&epoch), [0, 1, 2, 3, 4]);

        let mut dropped = MiniBatches::new(5, 8, 1).unwrap().drop_last(true);
        assert_eq!(dropped.batches_per_epoch(), 0);
        assert_eq!(dropped.epoch().count(), 0);
    }

    #[test]
    fn empty_data_set_yields_nothing() {
        let mut batches = MiniBatches::new(0, 4, 1).unwrap();
        assert_eq!(batches.batches_per_epoch(), 0);
        assert_eq!(batches.epoch().len(), 0);
    }

    #[test]
    fn zero_batch_size_is_an_error() {
        assert_eq!(
            MiniBatches::new(10, 0, 1).unwrap_err(),
            Error::InvalidBatchSize
        );
    }

    #[test]
    fn epoch_reports_its_length() {
        let mut batches = MiniBatches::new(10, 3, 1).unwrap();
        let expected = batches.batches_per_epoch();
        assert_eq!(batches.epoch().len(), expected);
    }

    #[test]
    fn uniform_is_in_range_with_the_right_mean() {
        let mut rng = Rng::new(2024);
        let draws: Vec<f64> = (0..10_000).map(|_| rng.uniform()).collect();
        assert!(draws.iter().all(|u| (0.0..1.0).contains(u)));
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        // The standard error of the mean is √(1/12 / 10⁴) ≈ 0.003.
        assert!((mean - 0.5).abs() < 0.015, "mean {mean}");
    }

    #[test]
    fn range_stays_inside_its_bounds() {
        let mut rng = Rng::new(8);
        let draws: Vec<f64> = (0..10_000).map(|_| rng.range(-3.0, 5.0)).collect();
        assert!(draws.iter().all(|x| (-3.0..5.0).contains(x)));
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        assert!((mean - 1.0).abs() < 0.1, "mean {mean}");
    }

    #[test]
    #[should_panic(expected = "lo < hi")]
    fn range_rejects_an_empty_range() {
        Rng::new(1).range(1.0, 1.0);
    }

    #[test]
    fn normal_has_mean_zero_and_variance_one() {
        let mut rng = Rng::new(7);
        let draws: Vec<f64> = (0..10_000).map(|_| rng.normal()).collect();
        let n = draws.len() as f64;
        let mean = draws.iter().sum::<f64>() / n;
        let variance = draws.iter().map(|z| (z - mean).powi(2)).sum::<f64>() / (n - 1.0);
        // Standard errors: 0.01 for the mean, about 0.014 for the variance.
        assert!(mean.abs() < 0.05, "mean {mean}");
        assert!((variance - 1.0).abs() < 0.07, "variance {variance}");
    }

    #[test]
    fn below_covers_every_value_evenly() {
        let mut rng = Rng::new(3);
        let mut counts = [0usize; 6];
        for _ in 0..60_000 {
            counts[rng.below(6)] += 1;
        }
        // Each count is about 10 000 with a standard deviation of about 91.
        assert!(
            counts.iter().all(|&c| (9_500..10_500).contains(&c)),
            "{counts:?}"
        );
        assert_eq!(rng.below(1), 0);
    }

    #[test]
    #[should_panic(expected = "n > 0")]
    fn below_rejects_zero() {
        Rng::new(1).below(0);
    }

    #[test]
    fn shuffle_is_a_permutation_and_moves_things() {
        let mut rng = Rng::new(4);
        let mut items: Vec<usize> = (0..100).collect();
        rng.shuffle(&mut items);
        assert_ne!(items, (0..100).collect::<Vec<_>>());
        items.sort_unstable();
        assert_eq!(items, (0..100).collect::<Vec<_>>());
        rng.shuffle::<u8>(&mut []);
    }
}
