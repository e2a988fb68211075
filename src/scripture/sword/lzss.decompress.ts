// SWORD's LZSS (the z-drivers' default when a conf has no CompressType): a 4,096-byte ring buffer that
// starts filled with spaces, write position 4,078; each flag byte governs the next eight items,
// low bit first: 1 = one literal byte, 0 = two bytes holding a 12-bit ring position and a 4-bit
// length (stored minus 3).
const N = 4096;
const F = 18;
const THRESHOLD = 3;

/** Decompresses one SWORD LZSS block. */
export function lzssDecompress(input: Buffer): Buffer {
  const ring = new Uint8Array(N).fill(0x20);
  let r = N - F;
  // Output is at most 18 bytes per 2 input bytes; grow on demand rather than guess.
  let out = Buffer.allocUnsafe(Math.max(64, input.length * 4));
  let o = 0;
  const ensure = (extra: number) => {
    if (o + extra <= out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, o + extra));
    out.copy(bigger, 0, 0, o);
    out = bigger;
  };
  let i = 0;
  while (i < input.length) {
    const flags = input[i++];
    for (let bit = 0; bit < 8 && i < input.length; bit++) {
      if (flags & (1 << bit)) {
        const c = input[i++];
        ensure(1);
        out[o++] = c;
        ring[r] = c;
        r = (r + 1) & (N - 1);
      } else {
        if (i + 1 >= input.length) {
          i = input.length;
          break;
        }
        const lo = input[i++];
        const hi = input[i++];
        const pos = lo | ((hi & 0xf0) << 4);
        const len = (hi & 0x0f) + THRESHOLD;
        ensure(len);
        for (let k = 0; k < len; k++) {
          const c = ring[(pos + k) & (N - 1)];
          out[o++] = c;
          ring[r] = c;
          r = (r + 1) & (N - 1);
        }
      }
    }
  }
  return out.subarray(0, o);
}
