// vietnorm/queue against a real Redis server (REDIS_URL; .ci/run starts one). Without REDIS_URL the
// tests are skipped with a note: nothing is started here.
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { type Job, Queue } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { addDocuments, createQueue, createWorker, deadLetterName, jobId } from '../src/queue/index.js';
import { connectionFromUrl, REDIS_URL } from './queue-redis.js';

if (!REDIS_URL) console.warn('test/queue.test.ts: REDIS_URL is not set; the queue tests are skipped');

const run = `${process.pid}-${Date.now()}`;
const queues: Queue[] = [];
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const queue of queues) {
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
});

/** Sentences of our own, varied per document. */
function documentText(i: number): string {
  const who = ['Prime Minister Pham Minh Chinh', 'Foreign Minister Bui Thanh Son', 'the Japanese ambassador'][
    i % 3
  ];
  const where = ['Hanoi', 'Tokyo', 'Da Nang', 'Osaka'][i % 4] as string;
  return `Meeting number ${i}\n\n${where.toUpperCase()} (VNA) — ${who} met business leaders in ${where} on day ${i % 28} to discuss labour and trade.\n`;
}

function startWorker(name: string): Promise<ChildProcess> {
  const child = fork(
    join(import.meta.dirname, 'fixtures/queue-worker.ts'),
    [REDIS_URL as string, name, '4'],
    {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before it was ready`)));
  });
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!REDIS_URL)('vietnorm/queue on Redis', () => {
  const connection = connectionFromUrl(REDIS_URL ?? 'redis://127.0.0.1');

  it('3 workers, 5,000 documents, one worker killed with SIGKILL mid-batch: every document done exactly once', async () => {
    const name = `vietnorm-test-${run}-batch`;
    const queue = createQueue({ connection, name });
    queues.push(queue);
    const total = 5000;
    const docs = Array.from({ length: total }, (_, i) => ({
      id: i % 2 ? i : `doc-${i}`,
      text: documentText(i),
      n: i,
    }));
    expect(await addDocuments(queue, docs)).toBe(total);
    // Adding a document again does not make a second job.
    await addDocuments(queue, docs.slice(0, 10));
    expect(await queue.getJobCountByTypes('waiting', 'active', 'completed')).toBe(total);

    const workers = await Promise.all([startWorker(name), startWorker(name), startWorker(name)]);
    await until(async () => (await queue.getCompletedCount()) >= total / 5, 120_000, 'a fifth of the jobs');
    const victim = workers[0] as ChildProcess;
    expect(await queue.getActiveCount()).toBeGreaterThan(0);
    victim.kill('SIGKILL');
    await until(
      async () => (await queue.getCompletedCount()) + (await queue.getFailedCount()) >= total,
      180_000,
      'every job to finish',
    );
    const counts = await queue.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed');
    expect(counts).toMatchObject({ completed: total, failed: 0, waiting: 0, active: 0, delayed: 0 });

    const completed: Job[] = await queue.getCompleted(0, -1);
    const ids = completed.map((job) => (job.returnvalue as { id: string | number }).id);
    expect(new Set(ids.map((id) => JSON.stringify(id))).size).toBe(total);
    expect(
      [...ids].map((id) => (typeof id === 'number' ? id : Number(String(id).slice(4)))).sort((a, b) => a - b),
    ).toEqual(docs.map((d) => d.n));
    for (const job of completed) {
      const record = job.returnvalue as {
        id: unknown;
        meta: { n: number };
        language: { code: string };
        text?: string;
      };
      expect(record.meta.n).toBe((job.data as { n: number }).n);
      expect(record.language.code).toBe('en');
      expect(record).not.toHaveProperty('text');
    }
    // The jobs the killed worker held were taken over after their lock expired (stalled-job recovery).
    const recovered = completed.filter((job) => (job.stalledCounter ?? 0) > 0).length;
    expect(recovered).toBeGreaterThan(0);
    for (const child of workers.slice(1)) child.kill('SIGTERM');
  }, 300_000);

  it('retries a failing job with backoff and puts one that fails its last attempt in the dead-letter queue', async () => {
    const name = `vietnorm-test-${run}-retry`;
    const queue = createQueue({ connection, name });
    const dead = new Queue(deadLetterName(name), { connection });
    queues.push(queue, dead);
    const tries = new Map<string, number>();
    const { close } = createWorker({
      connection,
      name,
      command: (doc) => {
        const n = (tries.get(String(doc.id)) ?? 0) + 1;
        tries.set(String(doc.id), n);
        if (doc.id === 'broken' || (doc.id === 'flaky' && n < 3)) throw new Error(`attempt ${n} failed`);
        return { length: doc.text.length };
      },
    });
    try {
      await addDocuments(
        queue,
        [
          { id: 'flaky', text: 'abc' },
          { id: 'broken', text: 'x' },
        ],
        { attempts: 3, backoff: { type: 'exponential', delay: 50 } },
      );
      await queue.add('document', { id: 'bad', text: 42 }, { jobId: jobId('bad'), attempts: 3 });
      await until(
        async () => (await dead.getJobCountByTypes('waiting', 'completed', 'active')) >= 2,
        30_000,
        'dead letters',
      );
      await until(async () => (await queue.getCompletedCount()) === 1, 30_000, 'the flaky job');
      const flaky = (await queue.getJob(jobId('flaky'))) as Job;
      expect(flaky.returnvalue).toEqual({ id: 'flaky', length: 3 });
      expect(flaky.attemptsMade).toBe(3);
      expect(tries.get('broken')).toBe(3);
      const letters = await dead.getJobs(['waiting']);
      const byId = Object.fromEntries(letters.map((j) => [(j.data.document as { id: string }).id, j.data]));
      expect(Object.keys(byId).sort()).toEqual(['bad', 'broken']);
      expect(byId.broken).toMatchObject({ attemptsMade: 3, error: { message: 'attempt 3 failed' } });
      expect(byId.bad).toMatchObject({ attemptsMade: 1, error: { name: 'UnrecoverableError' } });
    } finally {
      await close();
    }
  }, 60_000);
});
