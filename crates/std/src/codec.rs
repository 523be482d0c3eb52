//! Encodings and digests: base64, URL and HTML escaping, md5, sha1, crc32.

use crate::string::{sb, sv};
use crate::{params, Args, BResult, Builtin, Engine, Flow, Level};
use memphis_values::object::acc;
use memphis_values::{Key, KeyRef, ZArr, ZObj, ZStr, Zval};

// ---------------------------------------------------------------------------------------------
// Digests
// ---------------------------------------------------------------------------------------------

const MD5_K: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

const CRC32_TABLE: [u32; 256] = [
    0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
    0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
    0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
    0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
    0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
    0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
    0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
    0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
    0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
    0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
    0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
    0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
    0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
    0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
    0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
    0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
    0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
    0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
    0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
    0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
    0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
    0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
    0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
    0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
    0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
    0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
    0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
    0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
    0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
    0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
    0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
    0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
];

/// MD5 of `data` (RFC 1321).
pub fn md5_digest(data: &[u8]) -> [u8; 16] {
    const S: [u32; 64] = [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5,
        9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10,
        15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ];
    let mut h: [u32; 4] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_le_bytes());
    for chunk in msg.chunks_exact(64) {
        let mut m = [0u32; 16];
        for (i, w) in m.iter_mut().enumerate() {
            *w = u32::from_le_bytes([
                chunk[4 * i],
                chunk[4 * i + 1],
                chunk[4 * i + 2],
                chunk[4 * i + 3],
            ]);
        }
        let [mut a, mut b, mut c, mut d] = h;
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let t = d;
            d = c;
            c = b;
            b = b.wrapping_add(
                a.wrapping_add(f)
                    .wrapping_add(MD5_K[i])
                    .wrapping_add(m[g])
                    .rotate_left(S[i]),
            );
            a = t;
        }
        h[0] = h[0].wrapping_add(a);
        h[1] = h[1].wrapping_add(b);
        h[2] = h[2].wrapping_add(c);
        h[3] = h[3].wrapping_add(d);
    }
    let mut out = [0u8; 16];
    for (i, w) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
    }
    out
}

/// SHA-1 of `data` (FIPS 180-4).
pub fn sha1_digest(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for chunk in msg.chunks_exact(64) {
        let mut w = [0u32; 80];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([
                chunk[4 * i],
                chunk[4 * i + 1],
                chunk[4 * i + 2],
                chunk[4 * i + 3],
            ]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i / 20 {
                0 => ((b & c) | (!b & d), 0x5A827999),
                1 => (b ^ c ^ d, 0x6ED9EBA1),
                2 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
                _ => (b ^ c ^ d, 0xCA62C1D6u32),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(*wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 20];
    for (i, w) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&w.to_be_bytes());
    }
    out
}

/// CRC-32 (IEEE 802.3, as zlib and PHP's `crc32()`).
pub fn crc32_of(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc = CRC32_TABLE[((crc ^ b as u32) & 0xFF) as usize] ^ (crc >> 8);
    }
    crc ^ 0xFFFF_FFFF
}

const SHA256_K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/// SHA-256 (or SHA-224 with `short`) of `data` (FIPS 180-4).
pub fn sha256_digest(data: &[u8], short: bool) -> Vec<u8> {
    let mut h: [u32; 8] = if short {
        [
            0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7,
            0xbefa4fa4,
        ]
    } else {
        [
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
            0x5be0cd19,
        ]
    };
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for chunk in msg.chunks_exact(64) {
        let mut w = [0u32; 64];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([
                chunk[4 * i],
                chunk[4 * i + 1],
                chunk[4 * i + 2],
                chunk[4 * i + 3],
            ]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..64 {
            let s1 = v[4].rotate_right(6) ^ v[4].rotate_right(11) ^ v[4].rotate_right(25);
            let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
            let t1 = v[7]
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(SHA256_K[i])
                .wrapping_add(w[i]);
            let s0 = v[0].rotate_right(2) ^ v[0].rotate_right(13) ^ v[0].rotate_right(22);
            let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            let t2 = s0.wrapping_add(maj);
            v = [
                t1.wrapping_add(t2),
                v[0],
                v[1],
                v[2],
                v[3].wrapping_add(t1),
                v[4],
                v[5],
                v[6],
            ];
        }
        for (x, y) in h.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }
    let n = if short { 7 } else { 8 };
    h[..n].iter().flat_map(|w| w.to_be_bytes()).collect()
}

const SHA512_K: [u64; 80] = [
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

/// SHA-512 (or SHA-384 with `short`) of `data` (FIPS 180-4).
pub fn sha512_digest(data: &[u8], short: bool) -> Vec<u8> {
    let mut h: [u64; 8] = if short {
        [
            0xcbbb9d5dc1059ed8,
            0x629a292a367cd507,
            0x9159015a3070dd17,
            0x152fecd8f70e5939,
            0x67332667ffc00b31,
            0x8eb44a8768581511,
            0xdb0c2e0d64f98fa7,
            0x47b5481dbefa4fa4,
        ]
    } else {
        [
            0x6a09e667f3bcc908,
            0xbb67ae8584caa73b,
            0x3c6ef372fe94f82b,
            0xa54ff53a5f1d36f1,
            0x510e527fade682d1,
            0x9b05688c2b3e6c1f,
            0x1f83d9abfb41bd6b,
            0x5be0cd19137e2179,
        ]
    };
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u128).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for chunk in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (i, x) in w.iter_mut().take(16).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(&chunk[8 * i..8 * i + 8]);
            *x = u64::from_be_bytes(b);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..80 {
            let s1 = v[4].rotate_right(14) ^ v[4].rotate_right(18) ^ v[4].rotate_right(41);
            let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
            let t1 = v[7]
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(SHA512_K[i])
                .wrapping_add(w[i]);
            let s0 = v[0].rotate_right(28) ^ v[0].rotate_right(34) ^ v[0].rotate_right(39);
            let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            let t2 = s0.wrapping_add(maj);
            v = [
                t1.wrapping_add(t2),
                v[0],
                v[1],
                v[2],
                v[3].wrapping_add(t1),
                v[4],
                v[5],
                v[6],
            ];
        }
        for (x, y) in h.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }
    let n = if short { 6 } else { 8 };
    h[..n].iter().flat_map(|w| w.to_be_bytes()).collect()
}

/// The bzip2 CRC-32 that ext/hash calls "crc32", in the byte order PHP prints it.
fn crc32_bzip2(data: &[u8]) -> [u8; 4] {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= (b as u32) << 24;
        for _ in 0..8 {
            crc = if crc & 0x8000_0000 != 0 {
                (crc << 1) ^ 0x04C1_1DB7
            } else {
                crc << 1
            };
        }
    }
    (!crc).to_le_bytes()
}

/// Digest of `data` with a named algorithm (`hash()`), `None` for unknown names.
pub fn hash_bytes(algo: &str, data: &[u8]) -> Option<Vec<u8>> {
    Some(match algo {
        "md5" => md5_digest(data).to_vec(),
        "sha1" => sha1_digest(data).to_vec(),
        "sha224" => sha256_digest(data, true),
        "sha256" => sha256_digest(data, false),
        "sha384" => sha512_digest(data, true),
        "sha512" => sha512_digest(data, false),
        "crc32b" => crc32_of(data).to_be_bytes().to_vec(),
        "crc32" => crc32_bzip2(data).to_vec(),
        _ => return None,
    })
}

/// Algorithms `hash()` knows here, in PHP's `hash_algos()` order.
const HASH_ALGOS: &[&str] = &[
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "crc32", "crc32b",
];

fn hash(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let algo = a.str(e, 0)?.to_string_lossy().to_ascii_lowercase();
    let data = a.str(e, 1)?;
    let raw = a.bool_or(e, 2, false)?;
    let Some(d) = hash_bytes(&algo, data.as_bytes()) else {
        return Err(a.value_error(e, 0, "must be a valid hashing algorithm"));
    };
    Ok(if raw { sv(d) } else { sv(hex(&d)) })
}

/// HMAC of `data` under `key` with `algo` (one of the cryptographic algorithms).
fn hmac_bytes(algo: &str, key: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    let block = match algo {
        "md5" | "sha1" | "sha224" | "sha256" => 64,
        "sha384" | "sha512" => 128,
        _ => return None,
    };
    let digest = |d: &[u8]| hash_bytes(algo, d).unwrap_or_default();
    let mut k = if key.len() > block {
        digest(key)
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    let mut inner: Vec<u8> = k.iter().map(|b| b ^ 0x36).collect();
    inner.extend_from_slice(data);
    let mut outer: Vec<u8> = k.iter().map(|b| b ^ 0x5c).collect();
    outer.extend_from_slice(&digest(&inner));
    Some(digest(&outer))
}

/// The native state of a `HashContext` (`hash_init`): the algorithm, the HMAC key if any,
/// and the data so far (digested when the context is finalised).
#[derive(Clone)]
pub struct HashCtx {
    algo: String,
    key: Option<Vec<u8>>,
    data: std::cell::RefCell<Vec<u8>>,
    finalized: std::cell::Cell<bool>,
}

/// The live (not finalised) context argument `i` of a `hash_update`-style function.
fn hash_ctx(e: &mut dyn Engine, a: &Args, i: usize) -> Result<ZObj, Flow> {
    match a.get(i) {
        Zval::Obj(o) if o.native::<HashCtx>().is_some_and(|c| !c.finalized.get()) => Ok(o),
        Zval::Obj(o) if o.class().lcname == b"hashcontext" => Err(e.error(
            "TypeError",
            format!(
                "{}(): Argument #{} ($context) must be a valid, non-finalized HashContext",
                a.fname,
                i + 1
            ),
        )),
        v => Err(a.type_error(e, i, "HashContext", &v)),
    }
}

fn hash_init(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let algo = a.str(e, 0)?.to_string_lossy().to_ascii_lowercase();
    let flags = a.int_or(e, 1, 0)?;
    if hash_bytes(&algo, b"").is_none() {
        return Err(a.value_error(e, 0, "must be a valid hashing algorithm"));
    }
    let key = if flags & 1 != 0 {
        if hmac_bytes(&algo, b"", b"").is_none() {
            return Err(a.value_error(
                e,
                0,
                "must be a cryptographic hashing algorithm if HMAC is requested",
            ));
        }
        let k = if a.has(2) {
            a.str(e, 2)?
        } else {
            ZStr::empty()
        };
        if k.is_empty() {
            return Err(a.value_error(e, 2, "must not be empty when HMAC is requested"));
        }
        Some(k.as_bytes().to_vec())
    } else {
        None
    };
    let Some(o) = e.new_object("HashContext") else {
        return Ok(Zval::Null);
    };
    o.set_native(HashCtx {
        algo,
        key,
        data: Default::default(),
        finalized: Default::default(),
    });
    Ok(Zval::Obj(o))
}

fn hash_update(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let o = hash_ctx(e, a, 0)?;
    let data = a.str(e, 1)?;
    if let Some(c) = o.native::<HashCtx>() {
        c.data.borrow_mut().extend_from_slice(data.as_bytes());
    }
    Ok(Zval::Bool(true))
}

fn hash_update_file(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let o = hash_ctx(e, a, 0)?;
    let path = a.str(e, 1)?;
    let Some(bytes) = crate::file::read_for_hash(e, path.as_bytes())? else {
        return Ok(Zval::Bool(false));
    };
    if let Some(c) = o.native::<HashCtx>() {
        c.data.borrow_mut().extend_from_slice(&bytes);
    }
    Ok(Zval::Bool(true))
}

fn hash_update_stream(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let o = hash_ctx(e, a, 0)?;
    let len = a.int_or(e, 2, -1)?;
    let bytes = crate::file::read_stream_for_hash(e, a, 1, len)?;
    let n = bytes.len();
    if let Some(c) = o.native::<HashCtx>() {
        c.data.borrow_mut().extend_from_slice(&bytes);
    }
    Ok(Zval::Long(n as i64))
}

fn hash_final(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let o = hash_ctx(e, a, 0)?;
    let raw = a.bool_or(e, 1, false)?;
    let Some(c) = o.native::<HashCtx>() else {
        return Ok(Zval::Bool(false));
    };
    c.finalized.set(true);
    let data: Vec<u8> = std::mem::take(&mut c.data.borrow_mut());
    let d = match &c.key {
        Some(k) => hmac_bytes(&c.algo, k, &data),
        None => hash_bytes(&c.algo, &data),
    }
    .unwrap_or_default();
    Ok(if raw { sv(d) } else { sv(hex(&d)) })
}

fn hash_copy(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let o = hash_ctx(e, a, 0)?;
    let Some(state) = o.native::<HashCtx>().cloned() else {
        return Ok(Zval::Null);
    };
    let Some(c) = e.new_object("HashContext") else {
        return Ok(Zval::Null);
    };
    c.set_native(state);
    Ok(Zval::Obj(c))
}

/// The algorithm of a `HashContext` (what var_dump shows of it).
fn hash_context_algo(_e: &mut dyn Engine, a: &mut Args) -> BResult {
    Ok(match a.get(0) {
        Zval::Obj(o) => o
            .native::<HashCtx>()
            .map_or(Zval::Null, |c| Zval::str(c.algo.as_bytes())),
        _ => Zval::Null,
    })
}

fn hash_hmac(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let algo = a.str(e, 0)?.to_string_lossy().to_ascii_lowercase();
    let data = a.str(e, 1)?;
    let key = a.str(e, 2)?;
    let raw = a.bool_or(e, 3, false)?;
    let Some(d) = hmac_bytes(&algo, key.as_bytes(), data.as_bytes()) else {
        return Err(a.value_error(e, 0, "must be a valid cryptographic hashing algorithm"));
    };
    Ok(if raw { sv(d) } else { sv(hex(&d)) })
}

/// `hash_hmac_file`: the HMAC of a file's contents (false when it cannot be read).
fn hash_hmac_file(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let algo = a.str(e, 0)?.to_string_lossy().to_ascii_lowercase();
    let path = a.str(e, 1)?;
    let key = a.str(e, 2)?;
    let raw = a.bool_or(e, 3, false)?;
    if hmac_bytes(&algo, b"", b"").is_none() {
        return Err(a.value_error(e, 0, "must be a valid cryptographic hashing algorithm"));
    }
    let Some(bytes) = crate::file::read_for_hash(e, path.as_bytes())? else {
        return Ok(Zval::Bool(false));
    };
    let d = hmac_bytes(&algo, key.as_bytes(), &bytes).unwrap_or_default();
    Ok(if raw { sv(d) } else { sv(hex(&d)) })
}

/// `hash_pbkdf2`: PBKDF2 (RFC 8018) over the algorithm's HMAC; `length` counts hex digits
/// unless `binary`, 0 meaning the digest's own length.
fn hash_pbkdf2(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let algo = a.str(e, 0)?.to_string_lossy().to_ascii_lowercase();
    let password = a.str(e, 1)?;
    let salt = a.str(e, 2)?;
    let iterations = a.int(e, 3)?;
    let length = a.int_or(e, 4, 0)?;
    let raw = a.bool_or(e, 5, false)?;
    let Some(hlen) = hmac_bytes(&algo, b"", b"").map(|d| d.len()) else {
        return Err(a.value_error(e, 0, "must be a valid cryptographic hashing algorithm"));
    };
    if iterations <= 0 {
        return Err(a.value_error(e, 3, "must be greater than 0"));
    }
    if length < 0 {
        return Err(a.value_error(e, 4, "must be greater than or equal to 0"));
    }
    let chars = if length == 0 {
        hlen * if raw { 1 } else { 2 }
    } else {
        length as usize
    };
    let want = if raw { chars } else { chars.div_ceil(2) };
    // Past any memory PHP could give the result: PHP's own allocation fails first.
    if want > (1 << 31) {
        return Err(a.value_error(e, 4, "must be less than or equal to 2147483647"));
    }
    let mut out = Vec::with_capacity(want + hlen);
    let mut block: u32 = 1;
    while out.len() < want {
        let mut msg = salt.as_bytes().to_vec();
        msg.extend_from_slice(&block.to_be_bytes());
        let mut u = hmac_bytes(&algo, password.as_bytes(), &msg).unwrap_or_default();
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac_bytes(&algo, password.as_bytes(), &u).unwrap_or_default();
            for (x, y) in t.iter_mut().zip(&u) {
                *x ^= y;
            }
        }
        out.extend_from_slice(&t);
        block = block.wrapping_add(1);
    }
    out.truncate(want);
    Ok(if raw {
        sv(out)
    } else {
        let mut h = hex(&out);
        h.truncate(chars);
        sv(h)
    })
}

fn hash_algos(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Arr(ZArr::from_values(
        HASH_ALGOS.iter().map(|n| sb(n.as_bytes())),
    )))
}

/// The algorithms `hash_hmac` takes: the cryptographic ones (not the checksums).
fn hash_hmac_algos(_e: &mut dyn Engine, _a: &mut Args) -> BResult {
    Ok(Zval::Arr(ZArr::from_values(
        HASH_ALGOS
            .iter()
            .filter(|n| !n.starts_with("crc"))
            .map(|n| sb(n.as_bytes())),
    )))
}

fn hash_equals(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let (k, u) = (a.get(0), a.get(1));
    let Zval::Str(k) = k else {
        return Err(e.error(
            "TypeError",
            format!(
                "hash_equals(): Argument #1 ($known_string) must be of type string, {} given",
                crate::args::type_name(&k)
            ),
        ));
    };
    let Zval::Str(u) = u else {
        return Err(e.error(
            "TypeError",
            format!(
                "hash_equals(): Argument #2 ($user_string) must be of type string, {} given",
                crate::args::type_name(&u)
            ),
        ));
    };
    if k.len() != u.len() {
        return Ok(Zval::Bool(false));
    }
    let diff = k
        .as_bytes()
        .iter()
        .zip(u.as_bytes())
        .fold(0u8, |acc, (x, y)| acc | (x ^ y));
    Ok(Zval::Bool(diff == 0))
}

pub(crate) fn hex(bytes: &[u8]) -> Vec<u8> {
    const H: &[u8; 16] = b"0123456789abcdef";
    bytes
        .iter()
        .flat_map(|b| [H[(b >> 4) as usize], H[(b & 15) as usize]])
        .collect()
}

fn md5(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let raw = a.bool_or(e, 1, false)?;
    let d = md5_digest(s.as_bytes());
    Ok(if raw { sb(&d) } else { sv(hex(&d)) })
}

fn sha1(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let raw = a.bool_or(e, 1, false)?;
    let d = sha1_digest(s.as_bytes());
    Ok(if raw { sb(&d) } else { sv(hex(&d)) })
}

fn crc32(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    Ok(Zval::Long(crc32_of(s.as_bytes()) as i64))
}

// ---------------------------------------------------------------------------------------------
// base64, str_rot13
// ---------------------------------------------------------------------------------------------

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64_encode_bytes(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len().div_ceil(3) * 4);
    for c in b.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if c.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if c.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    out
}

/// PHP's base64 decoder: lenient mode skips anything outside the alphabet; strict mode allows
/// only whitespace besides it and checks the padding. `None` when strict decoding fails.
pub fn base64_decode_bytes(input: &[u8], strict: bool) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len() / 4 * 3 + 3);
    let mut i = 0usize;
    let mut padding = 0usize;
    let mut cur: u8 = 0;
    for &c in input {
        if c == b'=' {
            padding += 1;
            continue;
        }
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'\t' | b'\n' | b'\r' | b' ' if strict => continue,
            _ if strict => return None,
            _ => continue,
        };
        if strict && padding > 0 {
            return None;
        }
        match i % 4 {
            0 => cur = v << 2,
            1 => {
                out.push(cur | v >> 4);
                cur = (v & 0x0f) << 4;
            }
            2 => {
                out.push(cur | v >> 2);
                cur = (v & 0x03) << 6;
            }
            _ => out.push(cur | v),
        }
        i += 1;
    }
    if strict && i % 4 == 1 {
        return None;
    }
    if strict && padding > 0 && (padding > 2 || !(i + padding).is_multiple_of(4)) {
        return None;
    }
    Some(out)
}

fn base64_encode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    Ok(Zval::Str(ZStr::new_safe(&base64_encode_bytes(
        s.as_bytes(),
    ))))
}

fn base64_decode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let strict = a.bool_or(e, 1, false)?;
    Ok(match base64_decode_bytes(s.as_bytes(), strict) {
        Some(v) => sv(v),
        None => Zval::Bool(false),
    })
}

fn str_rot13(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    Ok(sv(s
        .as_bytes()
        .iter()
        .map(|&c| match c {
            b'a'..=b'z' => (c - b'a' + 13) % 26 + b'a',
            b'A'..=b'Z' => (c - b'A' + 13) % 26 + b'A',
            _ => c,
        })
        .collect()))
}

// ---------------------------------------------------------------------------------------------
// URL encoding
// ---------------------------------------------------------------------------------------------

/// `urlencode` (`raw` = false: space as `+`) or `rawurlencode` (RFC 3986, `~` kept).
pub fn url_encode(b: &[u8], raw: bool) -> Vec<u8> {
    const H: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = Vec::with_capacity(b.len() * 3 / 2);
    for &c in b {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_') || (raw && c == b'~') {
            out.push(c);
        } else if c == b' ' && !raw {
            out.push(b'+');
        } else {
            out.extend_from_slice(&[b'%', H[(c >> 4) as usize], H[(c & 15) as usize]]);
        }
    }
    out
}

/// `urldecode` (`raw` = false: `+` is a space) or `rawurldecode`.
pub fn url_decode(b: &[u8], raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'+' && !raw {
            out.push(b' ');
        } else if c == b'%' && i + 2 < b.len() {
            match (
                (b[i + 1] as char).to_digit(16),
                (b[i + 2] as char).to_digit(16),
            ) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(c),
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}

fn urlencode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    Ok(sv(url_encode(s.as_bytes(), false)))
}

fn rawurlencode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    Ok(sv(url_encode(s.as_bytes(), true)))
}

fn urldecode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    Ok(sv(url_decode(s.as_bytes(), false)))
}

fn rawurldecode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    Ok(sv(url_decode(s.as_bytes(), true)))
}

/// Public properties of an object, or an array's entries, as (key, value) pairs.
fn query_entries(e: &mut dyn Engine, v: &Zval) -> Vec<(Zval, Zval)> {
    match v {
        Zval::Arr(arr) => arr.iter().map(|(k, v)| (k.to_zval(), v.deref())).collect(),
        Zval::Obj(o) => e
            .object_props(o)
            .into_iter()
            .filter(|p| p.flags & (acc::PROTECTED | acc::PRIVATE) == 0 && !p.value.is_undef())
            .map(|p| (Zval::Str(p.name), p.value.deref()))
            .collect(),
        _ => Vec::new(),
    }
}

#[allow(clippy::too_many_arguments)]
fn build_query(
    e: &mut dyn Engine,
    out: &mut Vec<u8>,
    data: &Zval,
    prefix: Option<&[u8]>,
    num_prefix: &[u8],
    sep: &[u8],
    raw: bool,
    depth: usize,
) -> Result<(), Flow> {
    if depth > 64 {
        return Ok(());
    }
    for (k, v) in query_entries(e, data) {
        if v.is_null() {
            continue;
        }
        let mut key = Vec::new();
        let kb = match &k {
            Zval::Long(i) => {
                if prefix.is_none() {
                    key.extend_from_slice(num_prefix);
                }
                i.to_string().into_bytes()
            }
            Zval::Str(s) => s.as_bytes().to_vec(),
            _ => Vec::new(),
        };
        let full = match prefix {
            None => {
                key.extend_from_slice(&url_encode(&kb, raw));
                key
            }
            Some(p) => {
                let mut f = p.to_vec();
                f.extend_from_slice(b"%5B");
                f.extend_from_slice(&url_encode(&kb, raw));
                f.extend_from_slice(b"%5D");
                f
            }
        };
        match &v {
            Zval::Arr(_) | Zval::Obj(_) => {
                build_query(e, out, &v, Some(&full), num_prefix, sep, raw, depth + 1)?
            }
            _ => {
                let text: Vec<u8> = match &v {
                    Zval::Bool(b) => {
                        if *b {
                            b"1".to_vec()
                        } else {
                            b"0".to_vec()
                        }
                    }
                    _ => e.to_zstr(&v)?.as_bytes().to_vec(),
                };
                if !out.is_empty() {
                    out.extend_from_slice(sep);
                }
                out.extend_from_slice(&full);
                out.push(b'=');
                out.extend_from_slice(&url_encode(&text, raw));
            }
        }
    }
    Ok(())
}

fn http_build_query(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let data = a.get(0);
    if !matches!(data, Zval::Arr(_) | Zval::Obj(_)) {
        return Err(a.type_error(e, 0, "array", &data));
    }
    let num_prefix = a.opt_str(e, 1)?.unwrap_or_else(ZStr::empty);
    let sep = match a.nullable_str(e, 2)? {
        Some(s) => s.as_bytes().to_vec(),
        None => e
            .ini("arg_separator.output")
            .unwrap_or_else(|| "&".into())
            .into_bytes(),
    };
    let enc = a.int_or(e, 3, 1)?;
    let mut out = Vec::new();
    build_query(
        e,
        &mut out,
        &data,
        None,
        num_prefix.as_bytes(),
        &sep,
        enc == 2,
        0,
    )?;
    Ok(sv(out))
}

// ---------------------------------------------------------------------------------------------
// HTML entities
// ---------------------------------------------------------------------------------------------

const ENT_QUOTE_SINGLE: i64 = 1;
const ENT_QUOTE_DOUBLE: i64 = 2;
const ENT_IGNORE: i64 = 4;
const ENT_SUBSTITUTE: i64 = 8;
const ENT_DEFAULT: i64 = 3 | 8;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Doctype {
    Html401,
    Xml1,
    Xhtml,
    Html5,
}

fn doctype(flags: i64) -> Doctype {
    match flags & 48 {
        0 => Doctype::Html401,
        16 => Doctype::Xml1,
        32 => Doctype::Xhtml,
        _ => Doctype::Html5,
    }
}

/// Whether the charset argument names UTF-8 (the default), else a single-byte charset.
fn charset_is_utf8(e: &mut dyn Engine, a: &Args, i: usize) -> Result<bool, Flow> {
    let Some(cs) = a.nullable_str(e, i)? else {
        return Ok(true);
    };
    let name = cs.to_string_lossy().to_ascii_lowercase();
    Ok(match name.as_str() {
        "" | "utf-8" | "utf8" => true,
        "iso-8859-1" | "iso8859-1" | "latin1" | "iso-8859-15" | "iso8859-15" | "latin9"
        | "cp1252" | "windows-1252" | "1252" | "cp1251" | "windows-1251" | "win-1251" | "1251"
        | "cp866" | "866" | "ibm866" | "koi8-r" | "koi8-ru" | "koi8r" | "macroman" => false,
        _ => {
            e.diag(
                Level::Warning,
                &format!(
                    "Charset \"{}\" is not supported, assuming UTF-8",
                    cs.to_string_lossy()
                ),
            )?;
            true
        }
    })
}

/// Decodes one UTF-8 character at `pos` as PHP's `get_next_char` does: `Ok((cp, len))`, or
/// `Err(len)` with how many bytes an invalid sequence covers.
fn next_utf8(b: &[u8], pos: usize) -> Result<(u32, usize), usize> {
    let c = b[pos];
    let avail = b.len() - pos;
    let trail = |i: usize| b.get(pos + i).is_some_and(|&x| (0x80..=0xBF).contains(&x));
    let lead = |i: usize| {
        b.get(pos + i)
            .is_some_and(|&x| x < 0x80 || (0xC2..=0xF4).contains(&x))
    };
    if c < 0x80 {
        Ok((c as u32, 1))
    } else if c < 0xC2 {
        Err(1)
    } else if c < 0xE0 {
        if avail < 2 {
            return Err(1);
        }
        if !trail(1) {
            return Err(if lead(1) { 1 } else { 2 });
        }
        Ok((((c as u32 & 0x1F) << 6) | (b[pos + 1] as u32 & 0x3F), 2))
    } else if c < 0xF0 {
        if avail < 3 || !trail(1) || !trail(2) {
            return Err(if avail < 2 || lead(1) {
                1
            } else if avail < 3 || lead(2) {
                2
            } else {
                3
            });
        }
        let cp = ((c as u32 & 0x0F) << 12)
            | ((b[pos + 1] as u32 & 0x3F) << 6)
            | (b[pos + 2] as u32 & 0x3F);
        if cp < 0x800 || (0xD800..=0xDFFF).contains(&cp) {
            return Err(3);
        }
        Ok((cp, 3))
    } else if c < 0xF5 {
        if avail < 4 || !trail(1) || !trail(2) || !trail(3) {
            return Err(if avail < 2 || lead(1) {
                1
            } else if avail < 3 || lead(2) {
                2
            } else if avail < 4 || lead(3) {
                3
            } else {
                4
            });
        }
        let cp = ((c as u32 & 0x07) << 18)
            | ((b[pos + 1] as u32 & 0x3F) << 12)
            | ((b[pos + 2] as u32 & 0x3F) << 6)
            | (b[pos + 3] as u32 & 0x3F);
        if !(0x10000..=0x10FFFF).contains(&cp) {
            return Err(4);
        }
        Ok((cp, 4))
    } else {
        Err(1)
    }
}

fn push_utf8(out: &mut Vec<u8>, cp: u32) {
    let mut buf = [0u8; 4];
    match char::from_u32(cp) {
        Some(ch) => out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes()),
        None => out.extend_from_slice(b"\xEF\xBF\xBD"),
    }
}

fn cp_allowed(cp: u32, dt: Doctype) -> bool {
    match dt {
        Doctype::Html401 => {
            (0x20..=0x7E).contains(&cp)
                || cp == 0x0A
                || cp == 0x09
                || cp == 0x0D
                || (0xA0..=0xD7FF).contains(&cp)
                || ((0xE000..=0x10FFFF).contains(&cp)
                    && (cp & 0xFFFF) < 0xFFFE
                    && !(0xFDD0..=0xFDEF).contains(&cp))
        }
        Doctype::Html5 => {
            (0x20..=0x7E).contains(&cp)
                || ((0x09..=0x0D).contains(&cp) && cp != 0x0B)
                || (0xA0..=0xD7FF).contains(&cp)
                || ((0xE000..=0x10FFFF).contains(&cp)
                    && (cp & 0xFFFF) < 0xFFFE
                    && !(0xFDD0..=0xFDEF).contains(&cp))
        }
        Doctype::Xhtml | Doctype::Xml1 => {
            (0x20..=0xD7FF).contains(&cp)
                || cp == 0x0A
                || cp == 0x09
                || cp == 0x0D
                || ((0xE000..=0x10FFFF).contains(&cp) && cp != 0xFFFE && cp != 0xFFFF)
        }
    }
}

fn entity_by_name(name: &[u8]) -> Option<u32> {
    let n = std::str::from_utf8(name).ok()?;
    HTML401_ENTITIES
        .binary_search_by(|(k, _)| k.cmp(&n))
        .ok()
        .map(|i| HTML401_ENTITIES[i].1)
}

fn entity_for_cp(cp: u32) -> Option<&'static str> {
    static MAP: std::sync::OnceLock<std::collections::HashMap<u32, &'static str>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| HTML401_ENTITIES.iter().map(|(n, c)| (*c, *n)).collect())
        .get(&cp)
        .copied()
}

/// `&#123;` / `&#x1F;` at `b[pos..]` (just after the `#`): the code point and the index of the
/// `;`, or `Err(index reached)` when it is not a valid numeric reference.
fn numeric_entity(b: &[u8], pos: usize) -> Result<(u32, usize), usize> {
    let mut i = pos;
    let hexa = matches!(b.get(i), Some(b'x') | Some(b'X'));
    if hexa {
        i += 1;
    }
    let radix = if hexa { 16 } else { 10 };
    let start = i;
    let mut v: u64 = 0;
    while let Some(d) = b.get(i).and_then(|&c| (c as char).to_digit(radix)) {
        v = v.saturating_mul(radix as u64).saturating_add(d as u64);
        i += 1;
    }
    if i == start || b.get(i) != Some(&b';') || v > 0x10FFFF {
        return Err(i);
    }
    Ok((v as u32, i))
}

/// A named reference `&name;` at `b[pos..]` (just after the `&`): the name's end (the `;`).
fn named_entity_end(b: &[u8], pos: usize) -> Result<usize, usize> {
    let mut i = pos;
    while i < b.len() && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if b.get(i) != Some(&b';') || i == pos {
        return Err(i);
    }
    Ok(i)
}

fn escape_html(e: &mut dyn Engine, a: &Args, all: bool) -> BResult {
    let s = a.str(e, 0)?;
    let flags = a.int_or(e, 1, ENT_DEFAULT)?;
    let utf8 = charset_is_utf8(e, a, 2)?;
    let double_encode = a.bool_or(e, 3, true)?;
    let dt = doctype(flags);
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() + b.len() / 8);
    let mut pos = 0;
    while pos < b.len() {
        let (cp, len) = if utf8 {
            match next_utf8(b, pos) {
                Ok(x) => x,
                Err(n) => {
                    pos += n;
                    if flags & ENT_IGNORE != 0 {
                        continue;
                    } else if flags & ENT_SUBSTITUTE != 0 {
                        out.extend_from_slice(b"\xEF\xBF\xBD");
                        continue;
                    }
                    return Ok(Zval::Str(ZStr::empty()));
                }
            }
        } else {
            (b[pos] as u32, 1)
        };
        let raw = &b[pos..pos + len];
        pos += len;
        match cp {
            0x26 => {
                if !double_encode {
                    let valid = if b.get(pos) == Some(&b'#') {
                        numeric_entity(b, pos + 1).ok().map(|(_, end)| end)
                    } else {
                        named_entity_end(b, pos).ok().filter(|&end| {
                            let name = &b[pos..end];
                            (dt != Doctype::Xml1 && entity_by_name(name).is_some())
                                || (dt == Doctype::Xml1
                                    && matches!(name, b"amp" | b"lt" | b"gt" | b"quot" | b"apos"))
                                || (dt != Doctype::Html401 && name == b"apos")
                        })
                    };
                    if let Some(end) = valid {
                        out.push(b'&');
                        out.extend_from_slice(&b[pos..=end]);
                        pos = end + 1;
                        continue;
                    }
                }
                out.extend_from_slice(b"&amp;");
            }
            0x22 if flags & ENT_QUOTE_DOUBLE != 0 => out.extend_from_slice(b"&quot;"),
            0x27 if flags & ENT_QUOTE_SINGLE != 0 => {
                let apos = if all {
                    dt == Doctype::Xml1 || dt == Doctype::Html5
                } else {
                    dt != Doctype::Html401
                };
                out.extend_from_slice(if apos { b"&apos;" } else { b"&#039;" });
            }
            0x3C => out.extend_from_slice(b"&lt;"),
            0x3E => out.extend_from_slice(b"&gt;"),
            _ => {
                let name = if all && dt != Doctype::Xml1 && cp >= 0x80 {
                    if utf8 {
                        entity_for_cp(cp)
                    } else {
                        entity_for_cp(cp).filter(|_| cp <= 0xFF)
                    }
                } else {
                    None
                };
                match name {
                    Some(n) => {
                        out.push(b'&');
                        out.extend_from_slice(n.as_bytes());
                        out.push(b';');
                    }
                    None => out.extend_from_slice(raw),
                }
            }
        }
    }
    if b.is_empty() {
        return Ok(Zval::Str(ZStr::empty()));
    }
    // PHP escapes into a `zend_string_safe_alloc(max(128, 2 * len))` buffer, grown by 128 when
    // fewer than 40 bytes remain, and returns it untrimmed.
    let mut cap = (2 * b.len()).max(128);
    while out.len().saturating_sub(1) > cap - 40 {
        cap += 128;
    }
    // safe_alloc requests cap + 32 bytes: the 24-byte header, cap + 7 and the NUL.
    Ok(Zval::Str(ZStr::with_capacity(&out, cap + 7)))
}

fn htmlspecialchars(e: &mut dyn Engine, a: &mut Args) -> BResult {
    escape_html(e, a, false)
}

fn htmlentities(e: &mut dyn Engine, a: &mut Args) -> BResult {
    escape_html(e, a, true)
}

fn unescape_html(e: &mut dyn Engine, a: &Args, all: bool) -> BResult {
    let s = a.str(e, 0)?;
    let flags = a.int_or(e, 1, ENT_DEFAULT)?;
    let utf8 = if all { charset_is_utf8(e, a, 2)? } else { true };
    let dt = doctype(flags);
    let b = s.as_bytes();
    if !b.contains(&b'&') {
        return Ok(Zval::Str(s));
    }
    let mut out = Vec::with_capacity(b.len());
    let mut p = 0;
    while p < b.len() {
        if b[p] != b'&' || p + 3 >= b.len() {
            out.push(b[p]);
            p += 1;
            continue;
        }
        let parsed: Result<(u32, usize), usize> = if b[p + 1] == b'#' {
            match numeric_entity(b, p + 2) {
                Ok((cp, end)) => {
                    let basic = matches!(cp, 0x22 | 0x26 | 0x27 | 0x3C | 0x3E);
                    if (!all && !basic)
                        || !cp_allowed(cp, dt)
                        || (dt == Doctype::Html5 && cp == 0x0D)
                    {
                        Err(end)
                    } else {
                        Ok((cp, end))
                    }
                }
                Err(end) => Err(end),
            }
        } else {
            match named_entity_end(b, p + 1) {
                Ok(end) => {
                    let name = &b[p + 1..end];
                    let cp = if all && dt != Doctype::Xml1 {
                        entity_by_name(name)
                    } else {
                        match name {
                            b"amp" => Some(0x26),
                            b"lt" => Some(0x3C),
                            b"gt" => Some(0x3E),
                            b"quot" => Some(0x22),
                            _ => None,
                        }
                    };
                    let cp = cp.or(if name == b"apos" && dt != Doctype::Html401 {
                        Some(0x27)
                    } else {
                        None
                    });
                    match cp {
                        Some(c) => Ok((c, end)),
                        None => Err(end),
                    }
                }
                Err(end) => Err(end),
            }
        };
        match parsed {
            Ok((cp, end))
                if !((cp == 0x27 && flags & ENT_QUOTE_SINGLE == 0)
                    || (cp == 0x22 && flags & ENT_QUOTE_DOUBLE == 0))
                    && (utf8 || cp <= 0xFF) =>
            {
                if utf8 {
                    push_utf8(&mut out, cp);
                } else {
                    out.push(cp as u8);
                }
                p = end + 1;
            }
            Ok((_, end)) | Err(end) => {
                let end = end.min(b.len()).max(p + 1);
                out.extend_from_slice(&b[p..end]);
                p = end;
            }
        }
    }
    // PHP decodes into a string allocated for `len + len / 5 + 2` bytes, not shrunk after.
    let room = b.len() + b.len() / 5 + 2;
    Ok(Zval::Str(ZStr::new_requested(
        &out,
        (24 + room + 1 + 7) & !7,
    )))
}

fn htmlspecialchars_decode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    unescape_html(e, a, false)
}

fn html_entity_decode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    unescape_html(e, a, true)
}

fn get_html_translation_table(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let table = a.int_or(e, 0, 0)?;
    let flags = a.int_or(e, 1, ENT_DEFAULT)?;
    let _ = charset_is_utf8(e, a, 2)?;
    let dt = doctype(flags);
    let mut out = ZArr::new();
    let mut put = |k: &[u8], v: &str| {
        out.set(KeyRef::Str(&ZStr::new(k)), sb(v.as_bytes()));
    };
    if flags & ENT_QUOTE_DOUBLE != 0 {
        put(b"\"", "&quot;");
    }
    put(b"&", "&amp;");
    if flags & ENT_QUOTE_SINGLE != 0 {
        let apos = if table == 1 {
            dt == Doctype::Xml1 || dt == Doctype::Html5
        } else {
            dt != Doctype::Html401
        };
        put(b"'", if apos { "&apos;" } else { "&#039;" });
    }
    put(b"<", "&lt;");
    put(b">", "&gt;");
    if table == 1 && dt != Doctype::Xml1 {
        let mut all: Vec<(u32, &str)> = HTML401_ENTITIES
            .iter()
            .map(|(n, c)| (*c, *n))
            .filter(|(c, _)| *c >= 0x80)
            .collect();
        all.sort_unstable();
        for (cp, name) in all {
            let mut k = Vec::new();
            push_utf8(&mut k, cp);
            put(&k, &format!("&{name};"));
        }
    }
    Ok(Zval::Arr(out))
}

fn utf8_encode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    e.diag(
        Level::Deprecated,
        "Function utf8_encode() is deprecated since 8.2, visit the php.net documentation for various alternatives",
    )?;
    let s = a.str(e, 0)?;
    let mut out = Vec::with_capacity(s.len() * 2);
    for &c in s.as_bytes() {
        push_utf8(&mut out, c as u32);
    }
    Ok(sv(out))
}

fn utf8_decode(e: &mut dyn Engine, a: &mut Args) -> BResult {
    e.diag(
        Level::Deprecated,
        "Function utf8_decode() is deprecated since 8.2, visit the php.net documentation for various alternatives",
    )?;
    let s = a.str(e, 0)?;
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        match next_utf8(b, pos) {
            Ok((cp, n)) => {
                out.push(if cp > 0xFF { b'?' } else { cp as u8 });
                pos += n;
            }
            Err(n) => {
                out.push(b'?');
                pos += n;
            }
        }
    }
    Ok(sv(out))
}

// ---------------------------------------------------------------------------------------------
// parse_str
// ---------------------------------------------------------------------------------------------

/// Stores `value` under the variable name `name` of a query string into `out`, as PHP's
/// `php_register_variable_ex` does: leading spaces dropped, spaces and dots in the base name
/// made underscores, `[..]` parts nesting arrays (`[]` appends), a `[` never closed taken
/// as an underscore, anything after the last `]` ignored.
fn register_query_var(out: &mut ZArr, name: &[u8], value: Zval) {
    let start = name.iter().position(|&c| c != b' ').unwrap_or(name.len());
    let name = &name[start..];
    let mut base = Vec::with_capacity(name.len());
    let mut rest: Option<&[u8]> = None;
    for (i, &c) in name.iter().enumerate() {
        match c {
            b' ' | b'.' => base.push(b'_'),
            b'[' => {
                rest = Some(&name[i..]);
                break;
            }
            _ => base.push(c),
        }
    }
    if base.is_empty() {
        return;
    }
    // The indexes: each `[...]`, until something else follows a `]`.
    let mut indexes: Vec<Option<Vec<u8>>> = Vec::new();
    if let Some(mut r) = rest {
        let mut first = true;
        loop {
            // r starts with '['
            let inner = &r[1..];
            let Some(close) = inner.iter().position(|&c| c == b']') else {
                if first {
                    // A `[` never closed: an underscore, and the rest of the name kept.
                    base.push(b'_');
                    base.extend_from_slice(inner);
                }
                break;
            };
            first = false;
            let idx = &inner[..close];
            // An index of nothing but spaces appends; any other keeps its spaces.
            indexes.push(if idx.iter().all(|&c| c == b' ') {
                None
            } else {
                Some(idx.to_vec())
            });
            r = &inner[close + 1..];
            if r.first() != Some(&b'[') {
                break;
            }
        }
    }
    // PHP's max_input_nesting_level (64): deeper names are dropped.
    if indexes.len() > 64 {
        return;
    }
    let mut slot: &mut ZArr = out;
    let mut key = Key::from_bytes(&base);
    for idx in indexes {
        let entry = slot.entry(&key);
        let Some(entry) = entry else { return };
        if !matches!(entry, Zval::Arr(_)) {
            *entry = Zval::Arr(ZArr::new());
        }
        let Zval::Arr(inner) = entry else { return };
        slot = inner;
        key = match idx {
            Some(i) => Key::from_bytes(&i),
            None => {
                let Some((k, _)) = slot.push_slot() else {
                    return;
                };
                Key::Int(k)
            }
        };
    }
    slot.insert(key, value);
}

fn parse_str(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let s = a.str(e, 0)?;
    let mut out = ZArr::new();
    for pair in s.as_bytes().split(|&c| c == b'&') {
        if pair.is_empty() {
            continue;
        }
        let (name, value) = match pair.iter().position(|&c| c == b'=') {
            Some(p) => (&pair[..p], &pair[p + 1..]),
            None => (pair, &b""[..]),
        };
        let name = url_decode(name, false);
        let value = url_decode(value, false);
        register_query_var(&mut out, &name, sv(value));
    }
    a.set_ref(1, Zval::Arr(out));
    Ok(Zval::Null)
}

// ---------------------------------------------------------------------------------------------
// parse_url
// ---------------------------------------------------------------------------------------------

/// The parts of a URL `parse_url` finds (PHP's `php_url`).
#[derive(Default)]
struct UrlParts {
    scheme: Option<Vec<u8>>,
    host: Option<Vec<u8>>,
    port: Option<u16>,
    user: Option<Vec<u8>>,
    pass: Option<Vec<u8>>,
    path: Option<Vec<u8>>,
    query: Option<Vec<u8>>,
    fragment: Option<Vec<u8>>,
}

/// A part as PHP keeps it: control characters made underscores.
fn url_part(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| if c < 0x20 || c == 0x7f { b'_' } else { c })
        .collect()
}

/// A port of at most five digits (PHP reads it with `strtol`: leading digits count).
fn url_port(digits: &[u8]) -> Option<u16> {
    let n: Vec<u8> = digits
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .copied()
        .collect();
    if n.is_empty() {
        return None;
    }
    let v: u32 = std::str::from_utf8(&n).ok()?.parse().ok()?;
    u16::try_from(v).ok()
}

/// Where a URL's text goes next once its scheme (if any) is read.
enum UrlNext {
    /// An authority (`//host...`) starting at this offset.
    Host(usize),
    /// Only a path (with query and fragment) from this offset.
    Path(usize),
}

/// Splits `u` as PHP's `parse_url` does (a forgiving reading, not RFC 3986); `None` for what
/// PHP rejects (a bad port, an empty host).
fn parse_url_parts(u: &[u8]) -> Option<UrlParts> {
    let mut r = UrlParts::default();
    let n = u.len();
    let two_slashes = |at: usize| at + 1 < n && u[at] == b'/' && u[at + 1] == b'/';
    let colon = u.iter().position(|&c| c == b':');
    // `host:port` with nothing but digits after the colon (then a slash or the end).
    let port_after = |r: &mut UrlParts, c: usize| -> Option<UrlNext> {
        let digits = u[c + 1..]
            .iter()
            .take(6)
            .take_while(|x| x.is_ascii_digit())
            .count();
        let end = c + 1 + digits;
        if digits > 0 && digits < 6 && (end == n || u[end] == b'/') {
            r.port = Some(url_port(&u[c + 1..end])?);
            Some(UrlNext::Host(if two_slashes(0) { 2 } else { 0 }))
        } else if digits == 0 && c + 1 == n {
            None
        } else if two_slashes(0) {
            Some(UrlNext::Host(2))
        } else {
            Some(UrlNext::Path(0))
        }
    };
    let next = match colon {
        Some(c) if c > 0 => {
            let valid = u[..c]
                .iter()
                .all(|&x| x.is_ascii_alphanumeric() || matches!(x, b'+' | b'-' | b'.'));
            if !valid {
                let q = u.iter().position(|&x| x == b'?').unwrap_or(n);
                if c + 1 < n && c < q {
                    port_after(&mut r, c)?
                } else if two_slashes(0) {
                    UrlNext::Host(2)
                } else {
                    UrlNext::Path(0)
                }
            } else if c + 1 == n {
                r.scheme = Some(url_part(&u[..c]));
                return Some(r);
            } else if u[c + 1] != b'/' {
                // `a.com:80` is a host and port; `mailto:x` a scheme and a path.
                let digits = u[c + 1..].iter().take_while(|x| x.is_ascii_digit()).count();
                let end = c + 1 + digits;
                if (end == n || u[end] == b'/') && digits + 1 < 7 {
                    port_after(&mut r, c)?
                } else {
                    r.scheme = Some(url_part(&u[..c]));
                    UrlNext::Path(c + 1)
                }
            } else {
                r.scheme = Some(url_part(&u[..c]));
                if c + 2 < n && u[c + 2] == b'/' {
                    let is_file = u[..c].eq_ignore_ascii_case(b"file");
                    if is_file && c + 3 < n && u[c + 3] == b'/' {
                        // file:///path, and file:///c:/path (a drive letter).
                        if c + 5 < n && u[c + 5] == b':' {
                            UrlNext::Path(c + 4)
                        } else {
                            UrlNext::Path(c + 3)
                        }
                    } else {
                        UrlNext::Host(c + 3)
                    }
                } else {
                    UrlNext::Path(c + 1)
                }
            }
        }
        Some(c) => port_after(&mut r, c)?,
        None if two_slashes(0) => UrlNext::Host(2),
        None => UrlNext::Path(0),
    };
    let path_from = match next {
        UrlNext::Path(s) => s,
        UrlNext::Host(mut s) => {
            // The authority ends at the first `/`, `?` or `#`.
            let e = s + u[s..]
                .iter()
                .position(|&x| matches!(x, b'/' | b'?' | b'#'))
                .unwrap_or(n - s);
            if let Some(at) = u[s..e].iter().rposition(|&x| x == b'@') {
                let at = s + at;
                match u[s..at].iter().position(|&x| x == b':') {
                    Some(pc) => {
                        r.user = Some(url_part(&u[s..s + pc]));
                        r.pass = Some(url_part(&u[s + pc + 1..at]));
                    }
                    None => r.user = Some(url_part(&u[s..at])),
                }
                s = at + 1;
            }
            // A port after the last colon, unless the host is a bracketed IPv6 address.
            let ipv6 = s < n && u[s] == b'[' && e > 0 && u[e - 1] == b']';
            let port_colon = if ipv6 {
                None
            } else {
                u[s..e].iter().rposition(|&x| x == b':').map(|p| s + p)
            };
            let host_end = match port_colon {
                Some(pc) => {
                    if r.port.is_none() {
                        let digits = &u[pc + 1..e];
                        if digits.len() > 5 {
                            return None;
                        }
                        if !digits.is_empty() {
                            r.port = Some(url_port(digits)?);
                        }
                    }
                    pc
                }
                None => e,
            };
            if host_end <= s {
                return None;
            }
            r.host = Some(url_part(&u[s..host_end]));
            if e == n {
                return Some(r);
            }
            e
        }
    };
    let s = path_from;
    let mut e = n;
    if let Some(h) = u[s..e].iter().position(|&x| x == b'#') {
        r.fragment = Some(url_part(&u[s + h + 1..e]));
        e = s + h;
    }
    if let Some(q) = u[s..e].iter().position(|&x| x == b'?') {
        r.query = Some(url_part(&u[s + q + 1..e]));
        e = s + q;
    }
    if s < e || s == n {
        r.path = Some(url_part(&u[s..e]));
    }
    Some(r)
}

fn parse_url(e: &mut dyn Engine, a: &mut Args) -> BResult {
    let u = a.str(e, 0)?;
    let component = a.int_or(e, 1, -1)?;
    if !(-1..=7).contains(&component) {
        return Err(a.value_error(
            e,
            1,
            &format!("must be a valid URL component identifier, {component} given"),
        ));
    }
    let Some(r) = parse_url_parts(u.as_bytes()) else {
        return Ok(Zval::Bool(false));
    };
    let text = |v: &Option<Vec<u8>>| v.as_ref().map(|b| sv(b.clone()));
    if component >= 0 {
        let v = match component {
            0 => text(&r.scheme),
            1 => text(&r.host),
            2 => r.port.map(|p| Zval::Long(p as i64)),
            3 => text(&r.user),
            4 => text(&r.pass),
            5 => text(&r.path),
            6 => text(&r.query),
            _ => text(&r.fragment),
        };
        return Ok(v.unwrap_or(Zval::Null));
    }
    let mut out = ZArr::new();
    let mut put = |k: &[u8], v: Option<Zval>| {
        if let Some(v) = v {
            out.insert(Key::Str(ZStr::interned(k)), v);
        }
    };
    put(b"scheme", text(&r.scheme));
    put(b"host", text(&r.host));
    put(b"port", r.port.map(|p| Zval::Long(p as i64)));
    put(b"user", text(&r.user));
    put(b"pass", text(&r.pass));
    put(b"path", text(&r.path));
    put(b"query", text(&r.query));
    put(b"fragment", text(&r.fragment));
    Ok(Zval::Arr(out))
}

/// Builtins of this group.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "utf8_encode",
        params: params!["string"],
        variadic: false,
        f: utf8_encode,
    },
    Builtin {
        name: "utf8_decode",
        params: params!["string"],
        variadic: false,
        f: utf8_decode,
    },
    Builtin {
        name: "hash",
        params: params!["algo", "data", "?binary", "?options"],
        variadic: false,
        f: hash,
    },
    Builtin {
        name: "hash_hmac",
        params: params!["algo", "data", "key", "?binary"],
        variadic: false,
        f: hash_hmac,
    },
    Builtin {
        name: "hash_hmac_file",
        params: params!["algo", "filename", "key", "?binary"],
        variadic: false,
        f: hash_hmac_file,
    },
    Builtin {
        name: "hash_pbkdf2",
        params: params![
            "algo",
            "password",
            "salt",
            "iterations",
            "?length",
            "?binary",
            "?options"
        ],
        variadic: false,
        f: hash_pbkdf2,
    },
    Builtin {
        name: "hash_algos",
        params: params![],
        variadic: false,
        f: hash_algos,
    },
    Builtin {
        name: "hash_init",
        params: params!["algo", "?flags", "?key", "?options"],
        variadic: false,
        f: hash_init,
    },
    Builtin {
        name: "hash_update",
        params: params!["context", "data"],
        variadic: false,
        f: hash_update,
    },
    Builtin {
        name: "hash_update_file",
        params: params!["context", "filename", "?stream_context"],
        variadic: false,
        f: hash_update_file,
    },
    Builtin {
        name: "hash_update_stream",
        params: params!["context", "stream", "?length"],
        variadic: false,
        f: hash_update_stream,
    },
    Builtin {
        name: "hash_final",
        params: params!["context", "?binary"],
        variadic: false,
        f: hash_final,
    },
    Builtin {
        name: "hash_copy",
        params: params!["context"],
        variadic: false,
        f: hash_copy,
    },
    Builtin {
        name: "__memphis_hash_algo",
        params: params!["context"],
        variadic: false,
        f: hash_context_algo,
    },
    Builtin {
        name: "hash_hmac_algos",
        params: params![],
        variadic: false,
        f: hash_hmac_algos,
    },
    Builtin {
        name: "hash_equals",
        params: params!["known_string", "user_string"],
        variadic: false,
        f: hash_equals,
    },
    Builtin {
        name: "md5",
        params: params!["string", "?binary"],
        variadic: false,
        f: md5,
    },
    Builtin {
        name: "sha1",
        params: params!["string", "?binary"],
        variadic: false,
        f: sha1,
    },
    Builtin {
        name: "crc32",
        params: params!["string"],
        variadic: false,
        f: crc32,
    },
    Builtin {
        name: "base64_encode",
        params: params!["string"],
        variadic: false,
        f: base64_encode,
    },
    Builtin {
        name: "base64_decode",
        params: params!["string", "?strict"],
        variadic: false,
        f: base64_decode,
    },
    Builtin {
        name: "str_rot13",
        params: params!["string"],
        variadic: false,
        f: str_rot13,
    },
    Builtin {
        name: "parse_url",
        params: params!["url", "?component"],
        variadic: false,
        f: parse_url,
    },
    Builtin {
        name: "parse_str",
        params: params!["string", "&result"],
        variadic: false,
        f: parse_str,
    },
    Builtin {
        name: "urlencode",
        params: params!["string"],
        variadic: false,
        f: urlencode,
    },
    Builtin {
        name: "rawurlencode",
        params: params!["string"],
        variadic: false,
        f: rawurlencode,
    },
    Builtin {
        name: "urldecode",
        params: params!["string"],
        variadic: false,
        f: urldecode,
    },
    Builtin {
        name: "rawurldecode",
        params: params!["string"],
        variadic: false,
        f: rawurldecode,
    },
    Builtin {
        name: "http_build_query",
        params: params![
            "data",
            "?numeric_prefix",
            "?arg_separator",
            "?encoding_type"
        ],
        variadic: false,
        f: http_build_query,
    },
    Builtin {
        name: "htmlspecialchars",
        params: params!["string", "?flags", "?encoding", "?double_encode"],
        variadic: false,
        f: htmlspecialchars,
    },
    Builtin {
        name: "htmlentities",
        params: params!["string", "?flags", "?encoding", "?double_encode"],
        variadic: false,
        f: htmlentities,
    },
    Builtin {
        name: "htmlspecialchars_decode",
        params: params!["string", "?flags"],
        variadic: false,
        f: htmlspecialchars_decode,
    },
    Builtin {
        name: "html_entity_decode",
        params: params!["string", "?flags", "?encoding"],
        variadic: false,
        f: html_entity_decode,
    },
    Builtin {
        name: "get_html_translation_table",
        params: params!["?table", "?flags", "?encoding"],
        variadic: false,
        f: get_html_translation_table,
    },
];

/// Integer constants of this group (`ENT_*`, `HTML_*`, `PHP_QUERY_*`).
pub static CONSTANTS: &[(&str, i64)] = &[
    ("ENT_XML1", 16),
    ("ENT_XHTML", 32),
    ("ENT_DISALLOWED", 128),
    ("HTML_ENTITIES", 1),
    ("HTML_SPECIALCHARS", 0),
    ("PHP_QUERY_RFC1738", 1),
    ("PHP_QUERY_RFC3986", 2),
];

/// HTML 4.01 named entities (name, code point), sorted by name.
pub(crate) static HTML401_ENTITIES: &[(&str, u32)] = &[
    ("AElig", 198),
    ("Aacute", 193),
    ("Acirc", 194),
    ("Agrave", 192),
    ("Alpha", 913),
    ("Aring", 197),
    ("Atilde", 195),
    ("Auml", 196),
    ("Beta", 914),
    ("Ccedil", 199),
    ("Chi", 935),
    ("Dagger", 8225),
    ("Delta", 916),
    ("ETH", 208),
    ("Eacute", 201),
    ("Ecirc", 202),
    ("Egrave", 200),
    ("Epsilon", 917),
    ("Eta", 919),
    ("Euml", 203),
    ("Gamma", 915),
    ("Iacute", 205),
    ("Icirc", 206),
    ("Igrave", 204),
    ("Iota", 921),
    ("Iuml", 207),
    ("Kappa", 922),
    ("Lambda", 923),
    ("Mu", 924),
    ("Ntilde", 209),
    ("Nu", 925),
    ("OElig", 338),
    ("Oacute", 211),
    ("Ocirc", 212),
    ("Ograve", 210),
    ("Omega", 937),
    ("Omicron", 927),
    ("Oslash", 216),
    ("Otilde", 213),
    ("Ouml", 214),
    ("Phi", 934),
    ("Pi", 928),
    ("Prime", 8243),
    ("Psi", 936),
    ("Rho", 929),
    ("Scaron", 352),
    ("Sigma", 931),
    ("THORN", 222),
    ("Tau", 932),
    ("Theta", 920),
    ("Uacute", 218),
    ("Ucirc", 219),
    ("Ugrave", 217),
    ("Upsilon", 933),
    ("Uuml", 220),
    ("Xi", 926),
    ("Yacute", 221),
    ("Yuml", 376),
    ("Zeta", 918),
    ("aacute", 225),
    ("acirc", 226),
    ("acute", 180),
    ("aelig", 230),
    ("agrave", 224),
    ("alefsym", 8501),
    ("alpha", 945),
    ("amp", 38),
    ("and", 8743),
    ("ang", 8736),
    ("aring", 229),
    ("asymp", 8776),
    ("atilde", 227),
    ("auml", 228),
    ("bdquo", 8222),
    ("beta", 946),
    ("brvbar", 166),
    ("bull", 8226),
    ("cap", 8745),
    ("ccedil", 231),
    ("cedil", 184),
    ("cent", 162),
    ("chi", 967),
    ("circ", 710),
    ("clubs", 9827),
    ("cong", 8773),
    ("copy", 169),
    ("crarr", 8629),
    ("cup", 8746),
    ("curren", 164),
    ("dArr", 8659),
    ("dagger", 8224),
    ("darr", 8595),
    ("deg", 176),
    ("delta", 948),
    ("diams", 9830),
    ("divide", 247),
    ("eacute", 233),
    ("ecirc", 234),
    ("egrave", 232),
    ("empty", 8709),
    ("emsp", 8195),
    ("ensp", 8194),
    ("epsilon", 949),
    ("equiv", 8801),
    ("eta", 951),
    ("eth", 240),
    ("euml", 235),
    ("euro", 8364),
    ("exist", 8707),
    ("fnof", 402),
    ("forall", 8704),
    ("frac12", 189),
    ("frac14", 188),
    ("frac34", 190),
    ("frasl", 8260),
    ("gamma", 947),
    ("ge", 8805),
    ("gt", 62),
    ("hArr", 8660),
    ("harr", 8596),
    ("hearts", 9829),
    ("hellip", 8230),
    ("iacute", 237),
    ("icirc", 238),
    ("iexcl", 161),
    ("igrave", 236),
    ("image", 8465),
    ("infin", 8734),
    ("int", 8747),
    ("iota", 953),
    ("iquest", 191),
    ("isin", 8712),
    ("iuml", 239),
    ("kappa", 954),
    ("lArr", 8656),
    ("lambda", 955),
    ("lang", 9001),
    ("laquo", 171),
    ("larr", 8592),
    ("lceil", 8968),
    ("ldquo", 8220),
    ("le", 8804),
    ("lfloor", 8970),
    ("lowast", 8727),
    ("loz", 9674),
    ("lrm", 8206),
    ("lsaquo", 8249),
    ("lsquo", 8216),
    ("lt", 60),
    ("macr", 175),
    ("mdash", 8212),
    ("micro", 181),
    ("middot", 183),
    ("minus", 8722),
    ("mu", 956),
    ("nabla", 8711),
    ("nbsp", 160),
    ("ndash", 8211),
    ("ne", 8800),
    ("ni", 8715),
    ("not", 172),
    ("notin", 8713),
    ("nsub", 8836),
    ("ntilde", 241),
    ("nu", 957),
    ("oacute", 243),
    ("ocirc", 244),
    ("oelig", 339),
    ("ograve", 242),
    ("oline", 8254),
    ("omega", 969),
    ("omicron", 959),
    ("oplus", 8853),
    ("or", 8744),
    ("ordf", 170),
    ("ordm", 186),
    ("oslash", 248),
    ("otilde", 245),
    ("otimes", 8855),
    ("ouml", 246),
    ("para", 182),
    ("part", 8706),
    ("permil", 8240),
    ("perp", 8869),
    ("phi", 966),
    ("pi", 960),
    ("piv", 982),
    ("plusmn", 177),
    ("pound", 163),
    ("prime", 8242),
    ("prod", 8719),
    ("prop", 8733),
    ("psi", 968),
    ("quot", 34),
    ("rArr", 8658),
    ("radic", 8730),
    ("rang", 9002),
    ("raquo", 187),
    ("rarr", 8594),
    ("rceil", 8969),
    ("rdquo", 8221),
    ("real", 8476),
    ("reg", 174),
    ("rfloor", 8971),
    ("rho", 961),
    ("rlm", 8207),
    ("rsaquo", 8250),
    ("rsquo", 8217),
    ("sbquo", 8218),
    ("scaron", 353),
    ("sdot", 8901),
    ("sect", 167),
    ("shy", 173),
    ("sigma", 963),
    ("sigmaf", 962),
    ("sim", 8764),
    ("spades", 9824),
    ("sub", 8834),
    ("sube", 8838),
    ("sum", 8721),
    ("sup", 8835),
    ("sup1", 185),
    ("sup2", 178),
    ("sup3", 179),
    ("supe", 8839),
    ("szlig", 223),
    ("tau", 964),
    ("there4", 8756),
    ("theta", 952),
    ("thetasym", 977),
    ("thinsp", 8201),
    ("thorn", 254),
    ("tilde", 732),
    ("times", 215),
    ("trade", 8482),
    ("uArr", 8657),
    ("uacute", 250),
    ("uarr", 8593),
    ("ucirc", 251),
    ("ugrave", 249),
    ("uml", 168),
    ("upsih", 978),
    ("upsilon", 965),
    ("uuml", 252),
    ("weierp", 8472),
    ("xi", 958),
    ("yacute", 253),
    ("yen", 165),
    ("yuml", 255),
    ("zeta", 950),
    ("zwj", 8205),
    ("zwnj", 8204),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests() {
        assert_eq!(
            hex(&md5_digest(b"abc")),
            b"900150983cd24fb0d6963f7d28e17f72".to_vec()
        );
        assert_eq!(
            hex(&sha1_digest(b"abc")),
            b"a9993e364706816aba3e25717850c26c9cd0d89d".to_vec()
        );
        assert_eq!(
            hex(&sha256_digest(b"abc", false)),
            b"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".to_vec()
        );
        assert_eq!(crc32_of(b"123456789"), 0xCBF43926);
        assert_eq!(hex(&crc32_bzip2(b"abc")), b"73bb8c64".to_vec());
    }

    #[test]
    fn base64_modes() {
        assert_eq!(base64_encode_bytes(b"fo"), b"Zm8=".to_vec());
        assert_eq!(
            base64_decode_bytes(b"Zm9v!YmFy", false),
            Some(b"foobar".to_vec())
        );
        assert_eq!(base64_decode_bytes(b"Zm9v!YmFy", true), None);
        assert_eq!(base64_decode_bytes(b"QQ=", true), None);
        assert_eq!(base64_decode_bytes(b"QQ", true), Some(b"A".to_vec()));
    }

    #[test]
    fn url_codecs() {
        assert_eq!(url_encode(b"a b~", false), b"a+b%7E".to_vec());
        assert_eq!(url_encode(b"a b~", true), b"a%20b~".to_vec());
        assert_eq!(url_decode(b"a+b%2x%41", false), b"a b%2xA".to_vec());
    }
}
