//! The 30 small bins (`Zend/zend_alloc_sizes.h`): slot size, slots per run, pages per run.
//!
//! A bin hands out slots of one fixed size. Its slots are carved from a *run*: one or a few
//! consecutive pages of a chunk, cut into as many equal slots as fit. The run sizes were chosen
//! by Zend so that little of the run is wasted (e.g. 320-byte slots come in runs of 5 pages =
//! 64 slots, exactly 20 480 bytes).

use crate::MAX_SMALL_SIZE;

/// Number of small bins.
pub const BINS: usize = 30;

/// Slot sizes of the 30 small bins.
pub const BIN_SIZES: [usize; BINS] = [
    8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640,
    768, 896, 1024, 1280, 1536, 1792, 2048, 2560, 3072,
];

/// Slots in one run of each bin.
pub const BIN_SLOTS: [usize; BINS] = [
    512, 256, 170, 128, 102, 85, 73, 64, 51, 42, 36, 32, 25, 21, 18, 16, 64, 32, 9, 8, 32, 16, 9,
    8, 16, 8, 16, 8, 8, 4,
];

/// Pages in one run of each bin.
pub const BIN_PAGES: [usize; BINS] = [
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 3, 1, 1, 5, 3, 2, 2, 5, 3, 7, 4, 5, 3,
];

/// Smallest bin PHP 8.4 uses. Its "heap protection" keeps a shadow copy of the free-list link
/// at the end of every free slot, so a slot needs room for two pointers: requests of 1–16
/// bytes are all served (and counted) as 16. Bin 0 (8 bytes) exists in the table but is never
/// used.
pub const MIN_BIN: usize = 1;

/// `BIN_OF[(n + 7) / 8]` is the bin serving a request of `n <= 3072` bytes.
static BIN_OF: [u8; MAX_SMALL_SIZE / 8 + 1] = build_bin_of();

const fn build_bin_of() -> [u8; MAX_SMALL_SIZE / 8 + 1] {
    let mut table = [0u8; MAX_SMALL_SIZE / 8 + 1];
    let mut i = 0;
    while i < table.len() {
        let size = i * 8;
        let mut bin = MIN_BIN;
        while BIN_SIZES[bin] < size {
            bin += 1;
        }
        table[i] = bin as u8;
        i += 1;
    }
    table
}

/// The bin serving a small request: the smallest bin whose slots hold `size` bytes, never
/// below the 16-byte bin (PHP 8.4). Sizes above [`MAX_SMALL_SIZE`] give the last bin (they are not small).
#[inline(always)]
pub fn bin_for(size: usize) -> usize {
    if size <= MAX_SMALL_SIZE {
        BIN_OF[(size + 7) >> 3] as usize
    } else {
        BINS - 1
    }
}
