// Test helper: an LZSS encoder producing what SWORD's decoder (lzss.decompress.ts) reads. Brute-force
// matching is fine for the few hundred bytes a synthetic module holds.
const N = 4096;
const F = 18;
const THRESHOLD = 3;

/** Compresses bytes into SWORD's LZSS format (greedy longest match, no overlap with the bytes being written). */
export function lzssCompress(input: Buffer): Buffer {
  const ring = new Uint8Array(N).fill(0x20);
  let r = N - F;
  const out: number[] = [];
  let i = 0;
  while (i < input.length) {
    const flagAt = out.length;
    out.push(0);
    for (let bit = 0; bit < 8 && i < input.length; bit++) {
      let bestLen = 0;
      let bestPos = 0;
      const max = Math.min(F, input.length - i);
      for (let p = 0; p < N; p++) {
        // The decoder writes at r while it reads at p; keep the two ranges apart.
        const dist = (r - p + N) & (N - 1);
        if (dist !== 0 && dist < max) continue;
        let len = 0;
        while (len < max && ring[(p + len) & (N - 1)] === input[i + len]) len++;
        if (len > bestLen) {
          bestLen = len;
          bestPos = p;
          if (len === max) break;
        }
      }
      let take: number;
      if (bestLen >= THRESHOLD) {
        out.push(bestPos & 0xff, ((bestPos >> 4) & 0xf0) | (bestLen - THRESHOLD));
        take = bestLen;
      } else {
        out[flagAt] |= 1 << bit;
        out.push(input[i]);
        take = 1;
      }
      for (let k = 0; k < take; k++) {
        ring[r] = input[i + k];
        r = (r + 1) & (N - 1);
      }
      i += take;
    }
  }
  return Buffer.from(out);
}
