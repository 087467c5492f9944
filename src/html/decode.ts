import { VietnormError } from '../errors.js';

/** How many leading bytes are searched for a `<meta charset>` (the standard's prescan reads 1024). */
const PRESCAN_BYTES = 4096;

/** Where the encoding used came from. */
export type EncodingSource = 'bom' | 'declared' | 'meta' | 'utf-8' | 'default';

/** Decoded page text and the encoding it was read with. */
export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1258". */
  encoding: string;
  encodingSource: EncodingSource;
}

/** Longest `<meta>` tag read for a charset. */
const MAX_META_TAG = 1024;
const CHARSET_ATTR = /\bcharset[\t\n\f\r ]*=[\t\n\f\r ]*["']?([\w.:-]{1,40})/i;

function metaCharset(bytes: Uint8Array): string | null {
  // Latin-1 keeps one character per byte, so ASCII markup reads the same in any ASCII-compatible encoding.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  // The first `<meta>` declaring a charset: `charset=…`, or `http-equiv` content-type's `charset=`.
  // A scan with indexOf, not a pattern: each tag is read once, whatever the page holds.
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<meta'); at >= 0; at = lower.indexOf('<meta', at + 5)) {
    if (!'\t\n\f\r /'.includes(lower.charAt(at + 5))) continue;
    const end = lower.indexOf('>', at);
    if (end < 0) break;
    if (end - at > MAX_META_TAG) continue;
    const c = CHARSET_ATTR.exec(head.slice(at, end + 1));
    if (c?.[1]) return c[1];
  }
  return null;
}

/** Whether the bytes hold a UTF-8 lead byte followed by a continuation byte. */
function hasMultibyte(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b >= 0xc2 && b <= 0xf4 && ((bytes[i + 1] as number) & 0xc0) === 0x80) return true;
  }
  return false;
}

/** A TextDecoder for a label, or null when the platform cannot read that encoding. */
function decoderFor(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label.trim(), { fatal });
  } catch {
    return null;
  }
}

/**
 * Decodes the bytes of an HTML page as the HTML standard orders the evidence: a byte-order mark,
 * then the charset the caller declares (an HTTP `Content-Type`), then a `<meta charset>` or
 * `http-equiv="Content-Type"` in the first bytes; with none of these, UTF-8 when the bytes are
 * valid UTF-8, else windows-1252 (the standard's default for Latin-script pages). Bytes that are
 * valid UTF-8 with non-ASCII characters in them are read as UTF-8 even when a `<meta>` names a
 * legacy encoding (pages saved again as UTF-8 keep their old declaration).
 *
 * @throws {VietnormError} `decode-error` when the caller's charset names an encoding this platform
 *   cannot decode, or the page's own does and the bytes are not UTF-8 either.
 */
export function decodeHtml(bytes: Uint8Array, declared?: string): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf)
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      encodingSource: 'bom',
    };
  if (b0 === 0xff && b1 === 0xfe)
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      encodingSource: 'bom',
    };
  if (b0 === 0xfe && b1 === 0xff)
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      encodingSource: 'bom',
    };

  if (declared !== undefined) {
    const decoder = decoderFor(declared);
    if (decoder === null)
      throw new VietnormError('decode-error', `Cannot decode the declared charset "${declared}"`, {
        charset: declared,
      });
    return { text: decoder.decode(bytes), encoding: decoder.encoding, encodingSource: 'declared' };
  }

  const meta = metaCharset(bytes);
  // Valid UTF-8 holding non-ASCII text is UTF-8 whatever an old <meta> says (a page saved again as
  // UTF-8 keeps its "gb2312" declaration); legacy-encoded text is almost never valid UTF-8.
  if (meta !== null && !/^utf-?8$/i.test(meta.trim()) && hasMultibyte(bytes)) {
    const asUtf8 = decoderFor('utf-8', true) as TextDecoder;
    try {
      return { text: asUtf8.decode(bytes), encoding: 'utf-8', encodingSource: 'utf-8' };
    } catch {
      // not UTF-8: the declaration stands
    }
  }
  if (meta !== null) {
    const decoder = decoderFor(meta);
    // A page cannot declare UTF-16 in its own ASCII markup: the standard reads that as UTF-8.
    if (decoder !== null && !decoder.encoding.startsWith('utf-16'))
      return { text: decoder.decode(bytes), encoding: decoder.encoding, encodingSource: 'meta' };
  }

  const utf8 = decoderFor('utf-8', true) as TextDecoder;
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', encodingSource: 'utf-8' };
  } catch {
    // The page names an encoding this platform lacks (VISCII, TCVN3 …) and is not UTF-8: guessing
    // would turn its text into something it does not say.
    if (meta !== null && decoderFor(meta) === null)
      throw new VietnormError('decode-error', `Cannot decode the page's declared charset "${meta}"`, {
        charset: meta,
      });
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      encodingSource: 'default',
    };
  }
}
