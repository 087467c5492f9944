// A progress line on stderr: documents done (of how many, when known), errors, MB/s and ETA.
// On a terminal it redraws one line; forced on elsewhere (--progress) it prints a line a second.

/** Counts and draws progress; `tick` after each document, `finish` at the end. */
export interface Progress {
  tick(bytes: number, failed: boolean): void;
  setTotal(total: number): void;
  finish(): void;
}

/** A progress that shows nothing. */
export const NO_PROGRESS: Progress = { tick() {}, setTotal() {}, finish() {} };

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** The text of one progress line (exported for tests). */
export function progressLine(
  done: number,
  total: number | undefined,
  failed: number,
  bytes: number,
  seconds: number,
): string {
  const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
  const parts: string[] = [];
  if (total !== undefined && total > 0) {
    const share = Math.min(1, done / total);
    const width = 20;
    const filled = Math.round(share * width);
    parts.push(
      `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} docs ${Math.floor(share * 100)}%`,
    );
  } else parts.push(`${done} docs`);
  if (failed > 0) parts.push(`${failed} failed`);
  parts.push(`${rate.toFixed(1)} MB/s`);
  if (total !== undefined && done > 0 && done < total)
    parts.push(`ETA ${duration(((total - done) * seconds) / done)}`);
  else parts.push(duration(seconds));
  return parts.join('  ');
}

/** A progress drawn on `write` (stderr); `tty` redraws in place. */
export function createProgress(write: (s: string) => void, tty: boolean): Progress {
  const started = performance.now();
  let done = 0;
  let failed = 0;
  let bytes = 0;
  let total: number | undefined;
  let last = 0;
  const every = tty ? 100 : 1000;
  const draw = (final: boolean) => {
    const line = progressLine(done, total, failed, bytes, (performance.now() - started) / 1000);
    write(tty ? `\r\x1b[K${line}${final ? '\n' : ''}` : `${line}\n`);
  };
  return {
    tick(n, f) {
      done++;
      bytes += n;
      if (f) failed++;
      const now = performance.now();
      if (now - last >= every) {
        last = now;
        draw(false);
      }
    },
    setTotal(n) {
      total = n;
    },
    finish() {
      draw(true);
    },
  };
}
