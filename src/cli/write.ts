// `normalize --write`: replace a file without ever leaving it half-written, and without following
// a link an attacker planted. A new file is created exclusively under an unpredictable name in the
// same directory, written, given the original's mode and owner, synced, then renamed over the
// original. Symbolic links and files with several hard links are refused, not written through:
// replacing the link's target silently, or splitting a hard link, would change files the caller
// did not name. On any failure the temporary file is removed and the original is untouched.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { type FileHandle, lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DocumentError, Utf8Accumulator } from './decode.js';

/** What to write, and what the file must still hold for the write to go ahead. */
export interface WriteRequest {
  /** The text the replacement was computed from (without BOM). */
  before: string;
  /** The new text (without BOM). */
  after: string;
  /** Write a UTF-8 BOM first (the original had one). */
  bom: boolean;
  /** Read limit for re-reading the original. */
  maxBytes: number;
}

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

async function readAll(handle: FileHandle, maxBytes: number): Promise<{ text: string; bom: boolean }> {
  const acc = new Utf8Accumulator(maxBytes);
  const buffer = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    acc.push(buffer.subarray(0, bytesRead));
  }
  return { text: acc.end(), bom: acc.bom };
}

/** Opens `path` for reading without following a final symbolic link, and checks it is a plain file. */
async function openOriginal(path: string) {
  const link = await lstat(path);
  if (link.isSymbolicLink()) {
    throw new DocumentError(
      'symlink',
      'is a symbolic link; not written (--write does not follow links: name the target)',
    );
  }
  if (!link.isFile()) throw new DocumentError('not-a-file', 'not a regular file; not written');
  if (link.nlink > 1) {
    throw new DocumentError(
      'hard-link',
      `has ${link.nlink} hard links; not written (replacing it would split them: copy it, or edit it another way)`,
    );
  }
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  const info = await handle.stat();
  if (info.ino !== link.ino || info.dev !== link.dev) {
    await handle.close();
    throw new DocumentError('changed', 'changed while being normalized; not written');
  }
  return { handle, info };
}

/**
 * Replaces the file at `path` with `request.after`, if it still holds `request.before`.
 * Throws a {@link DocumentError} (`symlink`, `hard-link`, `changed`, `write-failed` …) and leaves
 * the original as it was on any failure.
 */
export async function writeInPlace(path: string, request: WriteRequest): Promise<void> {
  const { handle: original, info } = await openOriginal(path);
  try {
    const now = await readAll(original, request.maxBytes);
    if (now.text !== request.before)
      throw new DocumentError('changed', 'changed while being normalized; not written');
  } finally {
    await original.close();
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(12).toString('hex')}.vietnorm-tmp`);
  let handle: FileHandle | undefined;
  let created = false;
  try {
    handle = await open(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o600,
    );
    created = true;
    const body = Buffer.from(request.after, 'utf8');
    // writeFile loops over partial writes (a bare write may stop short at a size limit or full disk).
    await handle.writeFile(request.bom ? Buffer.concat([BOM, body]) : body);
    try {
      await handle.chown(info.uid, info.gid);
    } catch (error) {
      // Only root may give a file away: a normal user keeps their own ownership.
      if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
    }
    await handle.chmod(info.mode & 0o7777);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // The original must still be the file that was read (no swap for a link meanwhile).
    const again = await lstat(path);
    if (again.isSymbolicLink() || again.ino !== info.ino || again.dev !== info.dev) {
      throw new DocumentError('changed', 'replaced while being normalized; not written');
    }
    await rename(temp, path);
    created = false;
    await syncDirectory(dirname(path));
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    if (created) await unlink(temp).catch(() => undefined);
    if (error instanceof DocumentError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new DocumentError('write-failed', `could not write (${code}); the file is unchanged`);
  }
}

/** Makes a rename durable; platforms that cannot sync a directory are left as they are. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch {
    // EISDIR/EINVAL/EPERM on some systems: the rename itself is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
