//! The Mersenne Twister as CPython's `_random` module runs it
//! (`Modules/_randommodule.c`, MT19937 by Matsumoto and Nishimura): the
//! generator's state, how an int seed sets it, and the draws `random.py`
//! builds everything on (`random()`, `getrandbits(k)`, `_randbelow(n)`).
//! A program that calls `random.seed(n)` draws exactly CPython's numbers.
//!
//! What `random.py` does with the draws (`randint`, `choice`, `shuffle`,
//! ...) is `interp/random.rs`; the run's generator lives on the engine's
//! `Runtime`, seeded from `RunOptions::random_seed` until the program
//! seeds it.

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

#[derive(Clone)]
pub struct Mersenne {
    mt: [u32; N],
    /// The next word of `mt` to temper; `N` when the block is used up.
    index: usize,
}

impl Mersenne {
    /// `random.seed(n)` for an int of absolute value `n`: `n` cut into
    /// 32-bit words from the least significant (at least one word), fed to
    /// `init_by_array` (`random_seed` in `_randommodule.c`).
    pub fn seeded(n: u64) -> Mersenne {
        Mersenne::by_array(&int_key(&n.to_be_bytes()))
    }

    /// `random.seed(text)`: `random.py`'s version 2 turns the text's UTF-8
    /// bytes, followed by their SHA-512 digest, into one big-endian int,
    /// whose 32-bit words from the least significant are the key.
    pub fn seeded_by_text(text: &str) -> Mersenne {
        let mut bytes = text.as_bytes().to_vec();
        bytes.extend_from_slice(&sha512(text.as_bytes()));
        Mersenne::by_array(&int_key(&bytes))
    }

    /// `init_genrand(s)`.
    fn by_int(s: u32) -> Mersenne {
        let mut mt = [0u32; N];
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        Mersenne { mt, index: N }
    }

    /// `init_by_array(key)`.
    fn by_array(key: &[u32]) -> Mersenne {
        let mut g = Mersenne::by_int(19_650_218);
        let mt = &mut g.mt;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // The most significant bit set: a state that is never all zero.
        mt[0] = 0x8000_0000;
        g
    }

    /// `genrand_uint32`: the next 32 random bits.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// The next block of 624 words.
    fn twist(&mut self) {
        let mt = &mut self.mt;
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for k in 0..N {
            let y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    /// `random.random()`: 53 random bits as a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(k)` for `k` from 0 to 64: the words drawn
    /// from the least significant, the last one cut to what is left.
    pub fn bits(&mut self, k: u32) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return (self.next_u32() >> (32 - k)) as u64;
        }
        let low = self.next_u32() as u64;
        let high = (self.next_u32() >> (64 - k)) as u64;
        low | (high << 32)
    }

    /// `_randbelow_with_getrandbits(n)`: a random int in [0, n), `n` > 0,
    /// drawing `n.bit_length()` bits until one is below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        let k = u64::BITS - n.leading_zeros();
        loop {
            let r = self.bits(k);
            if r < n {
                return r;
            }
        }
    }
}

/// The key `random_seed` makes of an int, given as big-endian bytes: its
/// 32-bit words from the least significant, as many as its bit length
/// needs, at least one.
fn int_key(big_endian: &[u8]) -> Vec<u32> {
    let start = big_endian
        .iter()
        .position(|b| *b != 0)
        .unwrap_or(big_endian.len());
    let mut key: Vec<u32> = big_endian[start..]
        .rchunks(4)
        .map(|c| c.iter().fold(0u32, |w, b| (w << 8) | u32::from(*b)))
        .collect();
    if key.is_empty() {
        key.push(0);
    }
    key
}

/// Python's hash of a finite float (`_Py_HashDouble`): its value modulo
/// the Mersenne prime 2**61 - 1, with the sign; `random.seed(x)` seeds
/// with it, as an unsigned word (`random_seed` casts it to `size_t`).
pub fn float_hash(v: f64) -> i64 {
    const BITS: u32 = 61;
    const MODULUS: u64 = (1 << BITS) - 1;
    if v.is_infinite() {
        return if v > 0.0 { 314_159 } else { -314_159 };
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    // 28 bits at a time, rotating within the 61.
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e as u32 % BITS
    } else {
        BITS - 1 - ((-1 - e) as u32 % BITS)
    };
    x = ((x << e) & MODULUS) | x >> (BITS - e);
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's `frexp`: `v` as a mantissa in [0.5, 1) (with `v`'s sign) and a
/// power of two.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    if exponent == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exponent - 1022)
}

/// SHA-512 (FIPS 180-4), for `random.seed(text)`.
fn sha512(message: &[u8]) -> [u8; 64] {
    const K: [u64; 80] = [
        0x428a2f98d728ae22,
        0x7137449123ef65cd,
        0xb5c0fbcfec4d3b2f,
        0xe9b5dba58189dbbc,
        0x3956c25bf348b538,
        0x59f111f1b605d019,
        0x923f82a4af194f9b,
        0xab1c5ed5da6d8118,
        0xd807aa98a3030242,
        0x12835b0145706fbe,
        0x243185be4ee4b28c,
        0x550c7dc3d5ffb4e2,
        0x72be5d74f27b896f,
        0x80deb1fe3b1696b1,
        0x9bdc06a725c71235,
        0xc19bf174cf692694,
        0xe49b69c19ef14ad2,
        0xefbe4786384f25e3,
        0x0fc19dc68b8cd5b5,
        0x240ca1cc77ac9c65,
        0x2de92c6f592b0275,
        0x4a7484aa6ea6e483,
        0x5cb0a9dcbd41fbd4,
        0x76f988da831153b5,
        0x983e5152ee66dfab,
        0xa831c66d2db43210,
        0xb00327c898fb213f,
        0xbf597fc7beef0ee4,
        0xc6e00bf33da88fc2,
        0xd5a79147930aa725,
        0x06ca6351e003826f,
        0x142929670a0e6e70,
        0x27b70a8546d22ffc,
        0x2e1b21385c26c926,
        0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df,
        0x650a73548baf63de,
        0x766a0abb3c77b2a8,
        0x81c2c92e47edaee6,
        0x92722c851482353b,
        0xa2bfe8a14cf10364,
        0xa81a664bbc423001,
        0xc24b8b70d0f89791,
        0xc76c51a30654be30,
        0xd192e819d6ef5218,
        0xd69906245565a910,
        0xf40e35855771202a,
        0x106aa07032bbd1b8,
        0x19a4c116b8d2d0c8,
        0x1e376c085141ab53,
        0x2748774cdf8eeb99,
        0x34b0bcb5e19b48a8,
        0x391c0cb3c5c95a63,
        0x4ed8aa4ae3418acb,
        0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3,
        0x748f82ee5defb2fc,
        0x78a5636f43172f60,
        0x84c87814a1f0ab72,
        0x8cc702081a6439ec,
        0x90befffa23631e28,
        0xa4506cebde82bde9,
        0xbef9a3f7b2c67915,
        0xc67178f2e372532b,
        0xca273eceea26619c,
        0xd186b8c721c0c207,
        0xeada7dd6cde0eb1e,
        0xf57d4f7fee6ed178,
        0x06f067aa72176fba,
        0x0a637dc5a2c898a6,
        0x113f9804bef90dae,
        0x1b710b35131c471b,
        0x28db77f523047d84,
        0x32caab7b40c72493,
        0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c,
        0x4cc5d4becb3e42b6,
        0x597f299cfc657e2a,
        0x5fcb6fab3ad6faec,
        0x6c44198c4a475817,
    ];
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    // The message, a 1 bit, zeros, and its length in bits (128 of them).
    let mut data = message.to_vec();
    data.push(0x80);
    while data.len() % 128 != 112 {
        data.push(0);
    }
    data.extend_from_slice(&((message.len() as u128) * 8).to_be_bytes());
    for block in data.chunks(128) {
        let mut w = [0u64; 80];
        for (t, word) in block.chunks(8).enumerate() {
            w[t] = u64::from_be_bytes(word.try_into().expect("8 bytes"));
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[t])
                .wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            (hh, g, f, e, d, c, b, a) = (g, f, e, d.wrapping_add(t1), c, b, a, t1.wrapping_add(t2));
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (chunk, word) in out.chunks_mut(8).zip(h) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_what_cpython_draws() {
        // python3 -c "import random; random.seed(0); print(random.random(),
        // random.getrandbits(32), random.getrandbits(40))", and so on.
        let mut g = Mersenne::seeded(0);
        assert_eq!(g.random(), 0.8444218515250481);
        assert_eq!(g.bits(32), 3_255_389_356);
        assert_eq!(g.bits(40), 463_385_069_186);
        let mut g = Mersenne::seeded((1 << 40) + 5);
        assert_eq!(g.random(), 0.5043802970418443);
        assert_eq!(g.bits(64), 12_244_916_861_145_399_977);
        // random.seed(-7); [random.randrange(10) for _ in range(5)]
        let mut g = Mersenne::seeded(7);
        let drawn: Vec<u64> = (0..5).map(|_| g.below(10)).collect();
        assert_eq!(drawn, [5, 2, 6, 0, 1]);
    }

    #[test]
    fn a_text_or_a_float_seeds_as_cpython_seeds_it() {
        // python3 -c "import hashlib; print(hashlib.sha512(b'abc').hexdigest()[:16])"
        assert_eq!(
            u64::from_be_bytes(sha512(b"abc")[..8].try_into().unwrap()),
            0xddaf35a193617aba
        );
        // python3 -c "import random; random.seed('hello'); print(random.random())"
        assert_eq!(
            Mersenne::seeded_by_text("hello").random(),
            0.3537754404730722
        );
        // python3 -c "print(hash(3.5), hash(-0.1), hash(1e300))"
        assert_eq!(float_hash(3.5), 1_152_921_504_606_846_979);
        assert_eq!(float_hash(-0.1), -230_584_300_921_369_408);
        assert_eq!(float_hash(1e300), 1_224_995_262_755_759_164);
    }
}
