// z-drivers compress blocks with the algorithm named by CompressType; SWORD's default (no key) is LZSS.
import { inflateSync } from 'node:zlib';
import { lzssDecompress } from './lzss.decompress.js';

/** Turns one compressed block into its bytes. */
export type Decompress = (block: Buffer) => Buffer;

/** The decompressor for a conf `CompressType` value; throws for types this reader cannot decode. */
export function decompressorFor(compressType: string | undefined): Decompress {
  const type = (compressType ?? 'LZSS').toUpperCase();
  if (type === 'ZIP') return (b) => inflateSync(b);
  if (type === 'LZSS') return lzssDecompress;
  throw new Error(`unsupported CompressType ${compressType} (ZIP and LZSS are supported)`);
}
