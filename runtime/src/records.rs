//! The stack a generated reverse sweep keeps its loop records on. Support code for
//! `#[differentiable]`, not meant to be used directly.
//!
//! Unlike `Vec::push`, whose possible reallocation is an ordinary call that makes the
//! compiler save every float register around each push, growth here is a cold function:
//! the hot path is a length check, a store and an increment.
//!
//! A stack made with [`Records::pooled`] takes its storage from a per-thread pool and gives
//! it back when dropped, so a gradient called in a training loop does not allocate (and
//! fault in) its records afresh on every call.

use std::any::Any;
use std::cell::RefCell;

/// Storage given back by dropped stacks, per thread: at most this many buffers, each of at
/// most this many bytes, are kept.
const POOLED_BUFFERS: usize = 16;
const POOLED_BYTES: usize = 64 << 20;

thread_local! {
    static POOL: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

/// A stack of `Copy` values that grows in a cold path.
///
/// ```
/// use gradus_runtime::records::Records;
///
/// let mut records = Records::new(0.0);
/// records.reserve(2);
/// records.push(1.5);
/// records.push(2.5);
/// assert_eq!(records.pop(), 2.5);
/// assert_eq!(records.pop(), 1.5);
/// assert!(records.is_empty());
/// ```
#[derive(Debug, Clone)]
pub struct Records<T> {
    items: Vec<T>,
    len: usize,
    fill: T,
    /// Where the storage goes when the stack is dropped (for a pooled stack).
    give_back: Option<fn(Vec<T>)>,
}

impl<T: Copy + 'static> Records<T> {
    /// An empty stack whose storage comes from this thread's pool, and returns to it when
    /// the stack is dropped.
    ///
    /// ```
    /// use gradus_runtime::records::Records;
    ///
    /// let mut first = Records::pooled(0.0f64);
    /// first.push(1.0);
    /// drop(first);
    /// let mut second = Records::pooled(0.0f64);
    /// assert!(second.is_empty());
    /// second.push(2.0);
    /// assert_eq!(second.pop(), 2.0);
    /// ```
    pub fn pooled(fill: T) -> Self {
        let items = POOL
            .try_with(|pool| {
                let mut pool = pool.borrow_mut();
                let position = pool.iter().position(|buffer| buffer.is::<Vec<T>>())?;
                pool.swap_remove(position).downcast::<Vec<T>>().ok()
            })
            .ok()
            .flatten()
            .map(|buffer| *buffer)
            .unwrap_or_default();
        Records {
            items,
            len: 0,
            fill,
            give_back: Some(Self::give_back),
        }
    }

    fn give_back(items: Vec<T>) {
        if items.capacity() == 0 || items.capacity() * size_of::<T>() > POOLED_BYTES {
            return;
        }
        // During thread teardown the pool may be gone; the buffer is then simply freed.
        let _ = POOL.try_with(|pool| {
            let mut pool = pool.borrow_mut();
            if pool.len() < POOLED_BUFFERS {
                pool.push(Box::new(items));
            }
        });
    }
}

impl<T> Drop for Records<T> {
    fn drop(&mut self) {
        if let Some(give_back) = self.give_back {
            give_back(std::mem::take(&mut self.items));
        }
    }
}

impl<T: Copy> Records<T> {
    /// An empty stack; `fill` pads the storage it allocates ahead.
    ///
    /// ```
    /// let records = gradus_runtime::records::Records::new(false);
    /// assert_eq!(records.len(), 0);
    /// ```
    pub fn new(fill: T) -> Self {
        Records {
            items: Vec::new(),
            len: 0,
            fill,
            give_back: None,
        }
    }

    /// Makes room for `additional` more pushes without growing.
    ///
    /// ```
    /// let mut records = gradus_runtime::records::Records::new(0usize);
    /// records.reserve(100);
    /// records.push(7);
    /// assert_eq!(records.len(), 1);
    /// ```
    #[inline(always)]
    pub fn reserve(&mut self, additional: usize) {
        if self.items.len() - self.len < additional {
            self.grow(additional);
        }
    }

    /// Pushes a value.
    ///
    /// ```
    /// let mut records = gradus_runtime::records::Records::new(0i32);
    /// records.push(3);
    /// assert_eq!(records.pop(), 3);
    /// ```
    #[inline(always)]
    pub fn push(&mut self, value: T) {
        match self.items.get_mut(self.len) {
            Some(slot) => *slot = value,
            None => self.grow_and_push(value),
        }
        self.len += 1;
    }

    /// Pops the value pushed last.
    ///
    /// # Panics
    /// If the stack is empty (a generated reverse sweep never pops more than it pushed).
    ///
    /// ```
    /// let mut records = gradus_runtime::records::Records::new(0.0f32);
    /// records.push(1.0);
    /// assert_eq!(records.pop(), 1.0);
    /// ```
    #[inline(always)]
    pub fn pop(&mut self) -> T {
        self.len -= 1;
        self.items[self.len]
    }

    /// How many values are on the stack.
    ///
    /// ```
    /// assert_eq!(gradus_runtime::records::Records::new(0u8).len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the stack is empty.
    ///
    /// ```
    /// assert!(gradus_runtime::records::Records::new(0u8).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[cold]
    #[inline(never)]
    fn grow_and_push(&mut self, value: T) {
        self.grow(1);
        self.items[self.len] = value;
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self, additional: usize) {
        let wanted = (self.len + additional).max(2 * self.items.len()).max(64);
        self.items.resize(wanted, self.fill);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pops_in_reverse_order_across_growth() {
        let mut records = Records::new(0u32);
        for value in 0..1000 {
            records.push(value);
        }
        for value in (0..1000).rev() {
            assert_eq!(records.pop(), value);
        }
        assert!(records.is_empty());
    }

    #[test]
    fn a_pooled_stack_reuses_the_storage_of_a_dropped_one() {
        let mut first = Records::pooled(0u64);
        for value in 0..10_000 {
            first.push(value);
        }
        let capacity = first.items.capacity();
        drop(first);
        let mut second = Records::pooled(0u64);
        assert!(second.is_empty());
        assert_eq!(second.items.capacity(), capacity);
        second.push(5);
        assert_eq!(second.pop(), 5);
        // Another type's stack does not take it.
        let other = Records::pooled(0u32);
        assert_eq!(other.items.capacity(), 0);
    }

    #[test]
    #[should_panic]
    fn popping_an_empty_stack_panics() {
        let mut records = Records::new(0.0);
        records.pop();
    }
}
