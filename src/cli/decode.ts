// Turning bytes into text as they arrive: the read limit, the binary check and UTF-8 validity are
// checked chunk by chunk, so a bad or endless input is refused before it is all in memory.

/** Why a document failed: the `code` of its error record. */
export type FailureCode =
  | 'not-found'
  | 'is-directory'
  | 'permission'
  | 'not-a-file'
  | 'binary'
  | 'not-utf8'
  | 'too-large'
  | 'idle-timeout'
  | 'bad-json'
  | 'bad-record'
  | 'out-of-memory'
  | 'changed'
  | 'symlink'
  | 'hard-link'
  | 'write-failed'
  | 'failed';

/** A document-level failure: becomes an error record, never a crash of the batch. */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';
  constructor(
    readonly code: FailureCode,
    message: string,
  ) {
    super(message);
  }
}

/** How many leading bytes are checked for NUL, the mark of a binary file. */
const SNIFF_BYTES = 8192;

/**
 * Decodes a byte stream as UTF-8, one chunk at a time: refuses NUL bytes in the first 8 KiB
 * (binary data), invalid UTF-8 anywhere, and more than `maxBytes` bytes in all, each as soon as
 * the chunk that shows it arrives. A leading BOM is dropped.
 */
export class Utf8Accumulator {
  /** Bytes received so far. */
  bytes = 0;
  // ignoreBOM: false drops a leading BOM, also when it arrives split across chunks.
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  private readonly parts: string[] = [];
  private readonly head: number[] = [];

  constructor(private readonly maxBytes: number) {}

  /** True when the input started with a UTF-8 BOM (EF BB BF). */
  get bom(): boolean {
    return this.head[0] === 0xef && this.head[1] === 0xbb && this.head[2] === 0xbf;
  }

  push(chunk: Uint8Array): void {
    const start = this.bytes;
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      throw new DocumentError(
        'too-large',
        `larger than the read limit of ${this.maxBytes} bytes (--max-bytes)`,
      );
    }
    for (let i = 0; this.head.length < 3 && i < chunk.length; i++) this.head.push(chunk[i] as number);
    if (start < SNIFF_BYTES && chunk.subarray(0, SNIFF_BYTES - start).includes(0)) {
      throw new DocumentError('binary', 'binary data (NUL bytes), not text');
    }
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      if (text !== '') this.parts.push(text);
    } catch {
      throw new DocumentError('not-utf8', 'not valid UTF-8 text');
    }
  }

  /** The whole text; throws when the input ended inside a UTF-8 sequence. */
  end(): string {
    try {
      const rest = this.decoder.decode();
      if (rest !== '') this.parts.push(rest);
    } catch {
      throw new DocumentError('not-utf8', 'not valid UTF-8 text');
    }
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.parts.length = 0;
    return text;
  }
}

/**
 * Decodes file bytes as UTF-8 text: a BOM is dropped, NUL bytes (binary files) and invalid
 * UTF-8 sequences are refused with a {@link DocumentError}, never turned into replacement characters.
 */
export function decodeUtf8(bytes: Uint8Array, maxBytes = Number.MAX_SAFE_INTEGER): string {
  const acc = new Utf8Accumulator(maxBytes);
  acc.push(bytes);
  return acc.end();
}
