//! ChaCha8 one block at a time: the same key stream as `rand_chacha::ChaCha8Rng`, word for
//! word, without its four-block buffer.
//!
//! A member's streams are many and short (a hold-out draw, a few dropout draws), and
//! `ChaCha8Rng` computes four 64-byte blocks on the first draw whatever is used; this one
//! computes a block when the previous one is used up. The key still comes from
//! `ChaCha8Rng::seed_from_u64`, and a test checks the output against `ChaCha8Rng`'s, so the
//! draws, the digests and the documented figures do not move. Only 64-bit reads are offered,
//! so a read never straddles two blocks. Not for: anything but the model's draws.

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// "expand 32-byte k".
const CONSTANTS: [u32; 4] = [0x6170_7865, 0x3320_646e, 0x7962_2d32, 0x6b20_6574];

/// Words in one block.
const BLOCK_WORDS: usize = 16;

/// One ChaCha8 stream: key, stream number, the next block's counter and the current block.
#[derive(Clone, Debug)]
pub struct ChaCha8 {
    key: [u32; 8],
    stream: u64,
    counter: u64,
    block: [u32; BLOCK_WORDS],
    /// Next unread word of `block` (always even; `BLOCK_WORDS` when used up).
    next: usize,
}

impl ChaCha8 {
    /// The stream `stream` of the generator `ChaCha8Rng::seed_from_u64(seed)`.
    pub fn new(seed: u64, stream: u64) -> Self {
        let bytes = ChaCha8Rng::seed_from_u64(seed).get_seed();
        let mut key = [0u32; 8];
        for (word, chunk) in key.iter_mut().zip(bytes.chunks_exact(4)) {
            *word = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        }
        ChaCha8 {
            key,
            stream,
            counter: 0,
            block: [0; BLOCK_WORDS],
            next: BLOCK_WORDS,
        }
    }

    /// The next 64 bits: two words of the key stream, the first one low.
    pub fn next_u64(&mut self) -> u64 {
        if self.next >= BLOCK_WORDS {
            self.refill();
        }
        let low = self.block.get(self.next).copied().unwrap_or(0);
        let high = self.block.get(self.next + 1).copied().unwrap_or(0);
        self.next += 2;
        (u64::from(high) << 32) | u64::from(low)
    }

    fn refill(&mut self) {
        let k = self.key;
        let input = [
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
        let mut x = input;
        for _ in 0..4 {
            quarter_round(&mut x, 0, 4, 8, 12);
            quarter_round(&mut x, 1, 5, 9, 13);
            quarter_round(&mut x, 2, 6, 10, 14);
            quarter_round(&mut x, 3, 7, 11, 15);
            quarter_round(&mut x, 0, 5, 10, 15);
            quarter_round(&mut x, 1, 6, 11, 12);
            quarter_round(&mut x, 2, 7, 8, 13);
            quarter_round(&mut x, 3, 4, 9, 14);
        }
        for ((out, mixed), original) in self.block.iter_mut().zip(x).zip(input) {
            *out = mixed.wrapping_add(original);
        }
        self.counter = self.counter.wrapping_add(1);
        self.next = 0;
    }
}

#[inline(always)]
fn quarter_round(x: &mut [u32; BLOCK_WORDS], a: usize, b: usize, c: usize, d: usize) {
    x[a] = x[a].wrapping_add(x[b]);
    x[d] = (x[d] ^ x[a]).rotate_left(16);
    x[c] = x[c].wrapping_add(x[d]);
    x[b] = (x[b] ^ x[c]).rotate_left(12);
    x[a] = x[a].wrapping_add(x[b]);
    x[d] = (x[d] ^ x[a]).rotate_left(8);
    x[c] = x[c].wrapping_add(x[d]);
    x[b] = (x[b] ^ x[c]).rotate_left(7);
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::RngCore;

    #[test]
    fn the_key_stream_is_chacha8rngs_word_for_word() {
        for (seed, stream) in [(0, 0), (1, 8), (7, 8 * 123_456 + 3), (u64::MAX, u64::MAX)] {
            let mut theirs = ChaCha8Rng::seed_from_u64(seed);
            theirs.set_stream(stream);
            let mut ours = ChaCha8::new(seed, stream);
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
