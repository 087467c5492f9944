/** Why a file could not be read as text. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
}

/** How many leading bytes are checked for NUL, the mark of a binary file. */
const SNIFF_BYTES = 8192;

/**
 * Decodes file bytes as UTF-8 text: a BOM is dropped, NUL bytes (binary files) and invalid
 * UTF-8 sequences are refused with a {@link DecodeError}, never turned into replacement characters.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) throw new DecodeError('binary data (NUL bytes), not text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DecodeError('not valid UTF-8 text');
  }
}
