//! Stacks whose popped entries stay allocated for the next push.
//!
//! Call frames and pending calls are pushed and popped on every call. A value built aside and
//! moved into a `Vec` is written in pieces and then copied in wide loads, which stalls
//! store-to-load forwarding on every call; an entry kept from an earlier call is instead
//! filled field by field where it lies.

/// An entry that can be emptied for reuse.
pub(crate) trait Reuse {
    /// Drops everything the entry holds that PHP code could observe (objects, closures,
    /// arguments), leaving what is cheap to keep.
    fn release(&mut self);
}

/// A stack of `T` over a vector whose entries past the live ones are released, kept for reuse.
pub(crate) struct ReuseStack<T> {
    /// Live entries, then released ones.
    v: Vec<T>,
    /// Number of live entries.
    len: usize,
}

impl<T> Default for ReuseStack<T> {
    fn default() -> Self {
        ReuseStack {
            v: Vec::new(),
            len: 0,
        }
    }
}

impl<T> std::ops::Deref for ReuseStack<T> {
    type Target = [T];
    #[inline(always)]
    fn deref(&self) -> &[T] {
        &self.v[..self.len]
    }
}

impl<T> std::ops::DerefMut for ReuseStack<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [T] {
        &mut self.v[..self.len]
    }
}

// Entries are indexed in the whole vector (one bounds check, not a slice of the live ones
// first); an index past the live entries is a bug the debug build catches.
impl<T> std::ops::Index<usize> for ReuseStack<T> {
    type Output = T;
    #[inline(always)]
    fn index(&self, i: usize) -> &T {
        debug_assert!(i < self.len);
        &self.v[i]
    }
}

impl<T> std::ops::IndexMut<usize> for ReuseStack<T> {
    #[inline(always)]
    fn index_mut(&mut self, i: usize) -> &mut T {
        debug_assert!(i < self.len);
        &mut self.v[i]
    }
}

impl<T> ReuseStack<T> {
    /// The top live entry.
    #[inline(always)]
    pub(crate) fn last(&self) -> Option<&T> {
        self.v.get(self.len.checked_sub(1)?)
    }

    /// The top live entry, mutably.
    #[inline(always)]
    pub(crate) fn last_mut(&mut self) -> Option<&mut T> {
        self.v.get_mut(self.len.checked_sub(1)?)
    }

    /// Number of live entries.
    #[inline(always)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }
}

impl<T: Reuse> ReuseStack<T> {
    /// Pushes an entry built elsewhere.
    pub(crate) fn push(&mut self, x: T) {
        if self.len < self.v.len() {
            self.v[self.len] = x;
        } else {
            self.v.push(x);
        }
        self.len += 1;
    }

    /// Makes a released entry live again and returns it for the caller to refill; `None`
    /// when none is kept (then [`ReuseStack::push`] a new one).
    #[inline(always)]
    pub(crate) fn revive(&mut self) -> Option<&mut T> {
        let i = self.len;
        let x = self.v.get_mut(i)?;
        self.len = i + 1;
        Some(x)
    }

    /// Takes the top entry out whole.
    pub(crate) fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.v.truncate(self.len);
        self.len -= 1;
        self.v.pop()
    }

    /// Takes the top entry out, leaving an empty one in its place for reuse.
    pub(crate) fn take_top(&mut self) -> Option<T>
    where
        T: Default,
    {
        let i = self.len.checked_sub(1)?;
        self.len = i;
        Some(std::mem::take(&mut self.v[i]))
    }

    /// Ends the top entry, which its user has already emptied as [`Reuse::release`] would.
    #[inline(always)]
    pub(crate) fn pop_released(&mut self) {
        self.len = self.len.saturating_sub(1);
    }

    /// Ends the entries above the first `n`, innermost first.
    #[inline(always)]
    pub(crate) fn truncate(&mut self, n: usize) {
        if self.len == n + 1 {
            // One entry, the common case (a returning frame).
            self.len = n;
            self.v[n].release();
        } else if self.len > n {
            self.truncate_from(n);
        }
    }

    #[inline(never)]
    fn truncate_from(&mut self, n: usize) {
        while self.len > n {
            // Counted out first: releasing may run PHP code (a destructor) that pushes.
            self.len -= 1;
            self.v[self.len].release();
        }
    }
}
