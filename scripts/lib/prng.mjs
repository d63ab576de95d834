// The seeded PRNG the sample generators share (sfc32): the same seed gives the same sample,
// with no Math.random and no clock.

function sfc32(a, b, c, d) {
  return function next() {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** `{ rand, int, pick, chance, weighted }` drawing from one stream seeded with `seed`. */
export function seeded(seed) {
  const rand = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, seed);
  for (let i = 0; i < 20; i++) rand(); // warm up
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const chance = (p) => rand() < p;
  function weighted(pairs) {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = rand() * total;
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  }
  return { rand, int, pick, chance, weighted };
}
