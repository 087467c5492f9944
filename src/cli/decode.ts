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
  | 'decode-error'
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
 *
 * With `keepBytes` (HTML, which declares its own encoding), bytes that are not UTF-8 are kept
 * instead of refused: `notUtf8` is then set, `end()` still throws `not-utf8`, and `rawBytes()`
 * gives the bytes for a decoder that reads the page's charset. A UTF-16 byte-order mark then also
 * excuses NUL bytes.
 */
export class Utf8Accumulator {
  /** Bytes received so far. */
  bytes = 0;
  /** With `keepBytes`: the bytes are not UTF-8 (the text is not kept; `rawBytes()` has them). */
  notUtf8 = false;
  // ignoreBOM: false drops a leading BOM, also when it arrives split across chunks.
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  private readonly parts: string[] = [];
  private readonly head: number[] = [];
  private readonly chunks: Uint8Array[] = [];

  /**
   * @param undecoded Keep the bytes and decode nothing (checks of size and NUL bytes only): the
   * text is decoded later, elsewhere (the CLI reads stdin on the main thread and hands its bytes
   * to a worker), and `rawBytes()` gives them.
   */
  constructor(
    private readonly maxBytes: number,
    private readonly keepBytes = false,
    private readonly undecoded = false,
  ) {}

  /** True when the input started with a UTF-16 BOM (FF FE or FE FF). */
  private get utf16Bom(): boolean {
    const [a, b] = this.head;
    return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
  }

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
    if (
      start < SNIFF_BYTES &&
      !(this.keepBytes && this.utf16Bom) &&
      chunk.subarray(0, SNIFF_BYTES - start).includes(0)
    ) {
      throw new DocumentError('binary', 'binary data (NUL bytes), not text');
    }
    // A copy: callers reuse their read buffer.
    if (this.keepBytes || this.undecoded) this.chunks.push(chunk.slice());
    if (this.notUtf8 || this.undecoded) return;
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      if (text !== '') this.parts.push(text);
    } catch {
      if (!this.keepBytes) throw new DocumentError('not-utf8', 'not valid UTF-8 text');
      this.notUtf8 = true;
      this.parts.length = 0;
    }
  }

  /** With `keepBytes` or `undecoded`: every byte received, as one array with a buffer of its own. */
  rawBytes(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0] as Uint8Array;
    const all = new Uint8Array(this.bytes);
    let at = 0;
    for (const c of this.chunks) {
      all.set(c, at);
      at += c.length;
    }
    return all;
  }

  /** The whole text; throws when the input ended inside a UTF-8 sequence. */
  end(): string {
    if (this.notUtf8) throw new DocumentError('not-utf8', 'not valid UTF-8 text');
    try {
      const rest = this.decoder.decode();
      if (rest !== '') this.parts.push(rest);
    } catch {
      // Ended inside a UTF-8 sequence: with keepBytes, `rawBytes()` still has the bytes.
      this.notUtf8 = this.keepBytes;
      throw new DocumentError('not-utf8', 'not valid UTF-8 text');
    }
    this.chunks.length = 0;
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
