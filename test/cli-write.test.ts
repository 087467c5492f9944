// normalize --write: the replacement is atomic, keeps mode, owner and BOM, refuses links, and
// leaves neither a changed original nor a temporary file behind when anything fails.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeInPlace } from '../src/cli/write.js';

const BEFORE = 'Bo truong Bui Thanh Son den Ha Noi.\n';
const AFTER = 'Bo truong Bùi Thanh Sơn den Hà Nội.\n';
const limits = { maxBytes: 1 << 20 };

function fresh(content: string | Buffer = BEFORE) {
  const dir = mkdtempSync(join(tmpdir(), 'vietnorm-write-'));
  const path = join(dir, 'page.txt');
  writeFileSync(path, content);
  return { dir, path, leftovers: () => readdirSync(dir).filter((f) => f.includes('vietnorm-tmp')) };
}

describe('normalize --write', () => {
  it('replaces the file, keeping its mode and its UTF-8 BOM', async () => {
    const { path, leftovers } = fresh(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BEFORE)]));
    chmodSync(path, 0o600);
    const inode = statSync(path).ino;
    await writeInPlace(path, { before: BEFORE, after: AFTER, bom: true, ...limits });
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(AFTER);
    expect(statSync(path).mode & 0o7777).toBe(0o600);
    expect(statSync(path).ino).not.toBe(inode);
    expect(leftovers()).toEqual([]);
  });

  it.skipIf(process.getuid?.() !== 0)('keeps the owner when permitted (as root)', async () => {
    const { path } = fresh();
    chownSync(path, 4321, 4322);
    await writeInPlace(path, { before: BEFORE, after: AFTER, bom: false, ...limits });
    expect([statSync(path).uid, statSync(path).gid]).toEqual([4321, 4322]);
  });

  it('refuses a symbolic link and a file with several hard links, leaving both files as they were', async () => {
    const { dir, path, leftovers } = fresh();
    const link = join(dir, 'link.txt');
    symlinkSync(path, link);
    await expect(
      writeInPlace(link, { before: BEFORE, after: AFTER, bom: false, ...limits }),
    ).rejects.toMatchObject({
      code: 'symlink',
      message: expect.stringMatching(/symbolic link; not written/u),
    });
    const hard = join(dir, 'hard.txt');
    linkSync(path, hard);
    await expect(
      writeInPlace(hard, { before: BEFORE, after: AFTER, bom: false, ...limits }),
    ).rejects.toMatchObject({
      code: 'hard-link',
      message: expect.stringMatching(/has 2 hard links; not written/u),
    });
    expect(readFileSync(path, 'utf8')).toBe(BEFORE);
    expect(leftovers()).toEqual([]);
  });

  it('leaves a file that changed meanwhile alone', async () => {
    const { path, leftovers } = fresh('Something else.\n');
    await expect(
      writeInPlace(path, { before: BEFORE, after: AFTER, bom: false, ...limits }),
    ).rejects.toMatchObject({
      code: 'changed',
    });
    expect(readFileSync(path, 'utf8')).toBe('Something else.\n');
    expect(leftovers()).toEqual([]);
  });

  it('names temporary files unpredictably and never follows one planted in advance', async () => {
    const { dir, path } = fresh();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me\n');
    // An attacker who knew the old pid-based name would plant a link there: nothing may follow it.
    symlinkSync(victim, join(dir, `.page.txt.vietnorm-${process.pid}.tmp`));
    await writeInPlace(path, { before: BEFORE, after: AFTER, bom: false, ...limits });
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    expect(readFileSync(path, 'utf8')).toBe(AFTER);
  });

  it('removes the temporary file and keeps the original when the disk refuses the write', () => {
    // A file-size limit (ulimit -f, SIGXFSZ ignored) makes the write fail with EFBIG, as a full disk would.
    const { path, leftovers } = fresh(`${BEFORE.repeat(40)}`);
    const script = `import { writeInPlace } from ${JSON.stringify(join(import.meta.dirname, '../src/cli/write.ts'))};
await writeInPlace(${JSON.stringify(path)}, { before: ${JSON.stringify(BEFORE.repeat(40))}, after: ${JSON.stringify(AFTER.repeat(40))}, bom: false, maxBytes: 1 << 20 })
  .then(() => console.log('written'), (e) => console.log(e.code, e.message));`;
    const r = spawnSync(
      'bash',
      [
        '-c',
        `trap '' XFSZ; ulimit -f 1; exec "${process.execPath}" --import tsx --input-type=module -e "$SCRIPT"`,
      ],
      { encoding: 'utf8', env: { ...process.env, SCRIPT: script }, cwd: join(import.meta.dirname, '..') },
    );
    expect(r.stdout.trim()).toBe('write-failed could not write (EFBIG); the file is unchanged');
    expect(readFileSync(path, 'utf8')).toBe(BEFORE.repeat(40));
    expect(leftovers()).toEqual([]);
  }, 60_000);
});
