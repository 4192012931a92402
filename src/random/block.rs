//! The ChaCha8 block function: 16 words of key stream from the 16-word input (constants,
//! key, block counter, stream).
//!
//! Three versions give the same words: the plain one (the reference, used where neither
//! of the others applies), and two that hold the state as four rows of four words in
//! 128-bit registers, so that one instruction works on a whole row — SSE2 on x86-64 (every
//! such processor has it) and WebAssembly SIMD in the browser. Integer additions, xors and
//! rotations are exact, so all three give the same bits; a test checks them against each
//! other and `chacha.rs` checks the result against `rand_chacha`. Not for: anything but the
//! block function.

/// Words in one block.
pub const BLOCK_WORDS: usize = 16;

/// ChaCha8: four double rounds.
const DOUBLE_ROUNDS: usize = 4;

/// The block function by the specification, one word at a time.
#[cfg_attr(
    any(target_arch = "x86_64", target_feature = "simd128"),
    allow(dead_code)
)]
pub fn block_plain(input: &[u32; BLOCK_WORDS]) -> [u32; BLOCK_WORDS] {
    let mut x = *input;
    for _ in 0..DOUBLE_ROUNDS {
        quarter_round(&mut x, 0, 4, 8, 12);
        quarter_round(&mut x, 1, 5, 9, 13);
        quarter_round(&mut x, 2, 6, 10, 14);
        quarter_round(&mut x, 3, 7, 11, 15);
        quarter_round(&mut x, 0, 5, 10, 15);
        quarter_round(&mut x, 1, 6, 11, 12);
        quarter_round(&mut x, 2, 7, 8, 13);
        quarter_round(&mut x, 3, 4, 9, 14);
    }
    let mut out = [0u32; BLOCK_WORDS];
    for ((o, mixed), original) in out.iter_mut().zip(x).zip(input) {
        *o = mixed.wrapping_add(*original);
    }
    out
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

/// The block function, a row of four words per register (SSE2).
#[cfg(target_arch = "x86_64")]
pub fn block(input: &[u32; BLOCK_WORDS]) -> [u32; BLOCK_WORDS] {
    // SAFETY: SSE2 is part of every x86-64 processor (the target enables it), and the
    // loads and stores read and write the 16 words of `input` and `out` as four unaligned
    // 128-bit rows.
    unsafe { block_sse2(input) }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
unsafe fn block_sse2(input: &[u32; BLOCK_WORDS]) -> [u32; BLOCK_WORDS] {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi32, _mm_loadu_si128, _mm_or_si128, _mm_shuffle_epi32, _mm_slli_epi32,
        _mm_srli_epi32, _mm_storeu_si128, _mm_xor_si128,
    };
    macro_rules! rotl {
        ($x:expr, $n:literal) => {
            _mm_or_si128(_mm_slli_epi32::<$n>($x), _mm_srli_epi32::<{ 32 - $n }>($x))
        };
    }
    macro_rules! rows_round {
        ($a:ident, $b:ident, $c:ident, $d:ident) => {
            $a = _mm_add_epi32($a, $b);
            $d = rotl!(_mm_xor_si128($d, $a), 16);
            $c = _mm_add_epi32($c, $d);
            $b = rotl!(_mm_xor_si128($b, $c), 12);
            $a = _mm_add_epi32($a, $b);
            $d = rotl!(_mm_xor_si128($d, $a), 8);
            $c = _mm_add_epi32($c, $d);
            $b = rotl!(_mm_xor_si128($b, $c), 7);
        };
    }
    let rows = input.as_ptr() as *const __m128i;
    let (a0, b0, c0, d0) = (
        _mm_loadu_si128(rows),
        _mm_loadu_si128(rows.add(1)),
        _mm_loadu_si128(rows.add(2)),
        _mm_loadu_si128(rows.add(3)),
    );
    let (mut a, mut b, mut c, mut d) = (a0, b0, c0, d0);
    for _ in 0..DOUBLE_ROUNDS {
        rows_round!(a, b, c, d);
        // Diagonals into columns: row b turns one word left, c two, d three.
        b = _mm_shuffle_epi32::<0b00_11_10_01>(b);
        c = _mm_shuffle_epi32::<0b01_00_11_10>(c);
        d = _mm_shuffle_epi32::<0b10_01_00_11>(d);
        rows_round!(a, b, c, d);
        b = _mm_shuffle_epi32::<0b10_01_00_11>(b);
        c = _mm_shuffle_epi32::<0b01_00_11_10>(c);
        d = _mm_shuffle_epi32::<0b00_11_10_01>(d);
    }
    let mut out = [0u32; BLOCK_WORDS];
    let out_rows = out.as_mut_ptr() as *mut __m128i;
    _mm_storeu_si128(out_rows, _mm_add_epi32(a, a0));
    _mm_storeu_si128(out_rows.add(1), _mm_add_epi32(b, b0));
    _mm_storeu_si128(out_rows.add(2), _mm_add_epi32(c, c0));
    _mm_storeu_si128(out_rows.add(3), _mm_add_epi32(d, d0));
    out
}

/// The block function, a row of four words per register (WebAssembly SIMD).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
pub fn block(input: &[u32; BLOCK_WORDS]) -> [u32; BLOCK_WORDS] {
    use std::arch::wasm32::{
        i32x4_shuffle, i8x16_shuffle, u32x4, u32x4_add, u32x4_extract_lane, u32x4_shl, u32x4_shr,
        v128, v128_or, v128_xor,
    };
    fn rotl16(x: v128) -> v128 {
        i8x16_shuffle::<2, 3, 0, 1, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13>(x, x)
    }
    fn rotl8(x: v128) -> v128 {
        i8x16_shuffle::<3, 0, 1, 2, 7, 4, 5, 6, 11, 8, 9, 10, 15, 12, 13, 14>(x, x)
    }
    fn rotl12(x: v128) -> v128 {
        v128_or(u32x4_shl(x, 12), u32x4_shr(x, 20))
    }
    fn rotl7(x: v128) -> v128 {
        v128_or(u32x4_shl(x, 7), u32x4_shr(x, 25))
    }
    macro_rules! rows_round {
        ($a:ident, $b:ident, $c:ident, $d:ident) => {
            $a = u32x4_add($a, $b);
            $d = rotl16(v128_xor($d, $a));
            $c = u32x4_add($c, $d);
            $b = rotl12(v128_xor($b, $c));
            $a = u32x4_add($a, $b);
            $d = rotl8(v128_xor($d, $a));
            $c = u32x4_add($c, $d);
            $b = rotl7(v128_xor($b, $c));
        };
    }
    let row = |i: usize| u32x4(input[i], input[i + 1], input[i + 2], input[i + 3]);
    let (a0, b0, c0, d0) = (row(0), row(4), row(8), row(12));
    let (mut a, mut b, mut c, mut d) = (a0, b0, c0, d0);
    for _ in 0..DOUBLE_ROUNDS {
        rows_round!(a, b, c, d);
        // Diagonals into columns: row b turns one word left, c two, d three.
        b = i32x4_shuffle::<1, 2, 3, 0>(b, b);
        c = i32x4_shuffle::<2, 3, 0, 1>(c, c);
        d = i32x4_shuffle::<3, 0, 1, 2>(d, d);
        rows_round!(a, b, c, d);
        b = i32x4_shuffle::<3, 0, 1, 2>(b, b);
        c = i32x4_shuffle::<2, 3, 0, 1>(c, c);
        d = i32x4_shuffle::<1, 2, 3, 0>(d, d);
    }
    let sums = [
        u32x4_add(a, a0),
        u32x4_add(b, b0),
        u32x4_add(c, c0),
        u32x4_add(d, d0),
    ];
    let mut out = [0u32; BLOCK_WORDS];
    for (words, sum) in out.chunks_exact_mut(4).zip(sums) {
        words[0] = u32x4_extract_lane::<0>(sum);
        words[1] = u32x4_extract_lane::<1>(sum);
        words[2] = u32x4_extract_lane::<2>(sum);
        words[3] = u32x4_extract_lane::<3>(sum);
    }
    out
}

/// The block function where no vector version applies.
#[cfg(not(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
)))]
pub fn block(input: &[u32; BLOCK_WORDS]) -> [u32; BLOCK_WORDS] {
    block_plain(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_row_version_gives_the_words_of_the_plain_one() {
        let mut input = [0u32; BLOCK_WORDS];
        let mut x = 0x9E37_79B9_u32;
        for round in 0..200 {
            for word in input.iter_mut() {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                *word = x;
            }
            assert_eq!(block(&input), block_plain(&input), "input {round}");
        }
    }
}
