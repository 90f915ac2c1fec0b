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
        let key: &[u32] = &[n as u32, (n >> 32) as u32];
        let used = if n >> 32 == 0 { 1 } else { 2 };
        Mersenne::by_array(&key[..used])
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
}
