//! ChaCha8 one block at a time, from any position: the key stream of
//! `rand_chacha::ChaCha8Rng`, word for word, starting at any stream and block counter.
//!
//! ChaCha is counter-based: block `counter` of stream `stream` is a pure function of the key,
//! the stream and the counter. The engine uses that to address a draw by what it is for (a
//! member, a purpose, a month or a purchase) instead of by how many draws came before it, so
//! a member's path does not depend on the order in which members or months are run. The key
//! comes from `ChaCha8Rng::seed_from_u64`, worked out once per seed ([`key_for_seed`]), and a
//! test checks the output against `ChaCha8Rng`'s. Only 64-bit reads are offered, so a read
//! never straddles two blocks. Not for: anything but the model's draws.

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::block::{block, BLOCK_WORDS};

/// "expand 32-byte k".
const CONSTANTS: [u32; 4] = [0x6170_7865, 0x3320_646e, 0x7962_2d32, 0x6b20_6574];

/// The ChaCha8 key of `ChaCha8Rng::seed_from_u64(seed)`.
pub fn key_for_seed(seed: u64) -> [u32; 8] {
    let bytes = ChaCha8Rng::seed_from_u64(seed).get_seed();
    let mut key = [0u32; 8];
    for (word, chunk) in key.iter_mut().zip(bytes.chunks_exact(4)) {
        *word = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
    }
    key
}

/// One ChaCha8 stream read from a given block on: key, stream number, the next block's
/// counter and the current block.
#[derive(Clone, Debug)]
pub struct ChaCha8 {
    key: [u32; 8],
    stream: u64,
    counter: u64,
    block: [u32; BLOCK_WORDS],
    /// Next unread word of `block` (always even; `BLOCK_WORDS` when used up).
    next: usize,
    /// The word the next block is first read from (after a seek into it).
    first_word: usize,
}

impl ChaCha8 {
    /// Stream `stream` under `key`, from block `counter` on. Nothing is computed until the
    /// first read.
    pub fn at(key: [u32; 8], stream: u64, counter: u64) -> Self {
        ChaCha8 {
            key,
            stream,
            counter,
            block: [0; BLOCK_WORDS],
            next: BLOCK_WORDS,
            first_word: 0,
        }
    }

    /// Skips the next `n` 64-bit reads without computing the blocks passed over.
    pub fn skip_u64(&mut self, n: u64) {
        let words = n.saturating_mul(2);
        // Words from the start of block `counter`, the next one to be computed.
        let from_next_block = if self.next < BLOCK_WORDS {
            let within = self.next as u64 + words;
            if within < BLOCK_WORDS as u64 {
                self.next = within as usize;
                return;
            }
            within - BLOCK_WORDS as u64
        } else {
            self.first_word as u64 + words
        };
        self.counter = self
            .counter
            .wrapping_add(from_next_block / BLOCK_WORDS as u64);
        self.first_word = (from_next_block % BLOCK_WORDS as u64) as usize;
        self.next = BLOCK_WORDS;
    }

    /// The next 64 bits: two words of the key stream, the first one low.
    #[inline(always)]
    pub fn next_u64(&mut self) -> u64 {
        if self.next >= BLOCK_WORDS {
            self.refill();
        }
        let low = self.block.get(self.next).copied().unwrap_or(0);
        let high = self.block.get(self.next + 1).copied().unwrap_or(0);
        self.next += 2;
        (u64::from(high) << 32) | u64::from(low)
    }

    #[inline(never)]
    fn refill(&mut self) {
        let k = self.key;
        let input: [u32; BLOCK_WORDS] = [
            CONSTANTS[0],
            CONSTANTS[1],
            CONSTANTS[2],
            CONSTANTS[3],
            k[0],
            k[1],
            k[2],
            k[3],
            k[4],
            k[5],
            k[6],
            k[7],
            self.counter as u32,
            (self.counter >> 32) as u32,
            self.stream as u32,
            (self.stream >> 32) as u32,
        ];
        self.block = block(&input);
        self.counter = self.counter.wrapping_add(1);
        self.next = std::mem::take(&mut self.first_word);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::RngCore;

    #[test]
    fn a_stream_read_from_block_k_is_the_same_as_read_from_the_start() {
        let key = key_for_seed(9);
        let mut whole = ChaCha8::at(key, 77, 0);
        let skipped: Vec<u64> = (0..8 * 5).map(|_| whole.next_u64()).skip(8 * 3).collect();
        let mut from_three = ChaCha8::at(key, 77, 3);
        let direct: Vec<u64> = (0..8 * 2).map(|_| from_three.next_u64()).collect();
        assert_eq!(skipped, direct);
    }

    #[test]
    fn skipping_reads_lands_where_reading_them_would() {
        let key = key_for_seed(4);
        for (read_first, skip) in [
            (0, 0),
            (0, 3),
            (0, 8),
            (0, 13),
            (3, 5),
            (5, 5),
            (7, 17),
            (8, 1),
        ] {
            let mut read = ChaCha8::at(key, 5, 0);
            let mut skipped = ChaCha8::at(key, 5, 0);
            for _ in 0..read_first {
                read.next_u64();
                skipped.next_u64();
            }
            for _ in 0..skip {
                read.next_u64();
            }
            skipped.skip_u64(skip);
            for i in 0..20 {
                assert_eq!(
                    read.next_u64(),
                    skipped.next_u64(),
                    "{read_first}, {skip}: read {i}"
                );
            }
        }
    }

    #[test]
    fn the_key_stream_is_chacha8rngs_word_for_word() {
        for (seed, stream) in [(0, 0), (1, 8), (7, 8 * 123_456 + 3), (u64::MAX, u64::MAX)] {
            let mut theirs = ChaCha8Rng::seed_from_u64(seed);
            theirs.set_stream(stream);
            let mut ours = ChaCha8::at(key_for_seed(seed), stream, 0);
            for i in 0..1_000 {
                assert_eq!(
                    ours.next_u64(),
                    theirs.next_u64(),
                    "seed {seed}, stream {stream}, draw {i}"
                );
            }
        }
    }
}
