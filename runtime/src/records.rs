//! The stack a generated reverse sweep keeps its loop records on. Support code for
//! `#[differentiable]`, not meant to be used directly.
//!
//! Unlike `Vec::push`, whose possible reallocation is an ordinary call that makes the
//! compiler save every float register around each push, growth here is a cold function:
//! the hot path is a length check, a store and an increment.

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
    #[should_panic]
    fn popping_an_empty_stack_panics() {
        let mut records = Records::new(0.0);
        records.pop();
    }
}
