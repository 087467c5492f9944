// vietnorm/queue: scale-out on BullMQ. Producers add documents ({ id, text, …other fields }) to a
// Redis queue; any number of workers, on any number of machines, take them and store each record
// (the same record the CLI writes) as the job's result. Failed jobs are retried with exponential
// backoff; a job that fails its last attempt is copied to a dead-letter queue; a worker killed
// mid-job loses nothing, because BullMQ hands a job whose lock expired (a stalled job) to another
// worker, and a result is stored only when its job completes.
import {
  type ConnectionOptions,
  type Job,
  type JobsOptions,
  Queue,
  type QueueOptions,
  UnrecoverableError,
  Worker,
  type WorkerOptions,
} from 'bullmq';
import type { BatchCommand, KbLanguage } from '../cli/args.js';
import { buildRecord, runCommand, type Task } from '../cli/task.js';

/** A document on the queue: the JSONL contract of the CLI (`--jsonl-in`). */
export interface QueueDocument {
  /** The document's id, unique within the queue: a job with an id already queued is not added again. */
  id: string | number;
  /** The document's text. */
  text: string;
  /** Other fields: passed through to the record under `meta`. */
  [field: string]: unknown;
}

/** Where the queue is. */
export interface VietnormQueueOptions {
  /** The Redis connection (ioredis options, e.g. `{ host: '127.0.0.1', port: 6379 }`). */
  connection: ConnectionOptions;
  /**
   * The queue's name.
   * @default 'vietnorm'
   */
  name?: string;
  /** BullMQ's key prefix in Redis. @default 'bull' */
  prefix?: string;
}

/** The dead-letter queue's name for a queue: `<name>-dead`. */
export function deadLetterName(name: string): string {
  return `${name}-dead`;
}

/** The BullMQ job id of a document id (BullMQ ids may not be integers nor hold ':'). */
export function jobId(id: string | number): string {
  return typeof id === 'number' ? `n-${id}` : `s-${encodeURIComponent(id)}`;
}

/** Default job options: 5 attempts, exponential backoff from 1 s, results kept. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: false,
  removeOnFail: false,
};

/**
 * Opens the documents queue for producing. Close it with `queue.close()`.
 * @example
 * const queue = createQueue({ connection: { host: '127.0.0.1', port: 6379 } });
 * await addDocuments(queue, [{ id: 'a1', text: page, url }]);
 */
export function createQueue(options: VietnormQueueOptions, queueOptions: Partial<QueueOptions> = {}): Queue {
  return new Queue(options.name ?? 'vietnorm', {
    connection: options.connection,
    ...(options.prefix ? { prefix: options.prefix } : {}),
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
    ...queueOptions,
  });
}

/**
 * Adds documents as jobs, in batches of `batchSize`, with the job id derived from each
 * document's id (a document already on the queue is not added twice). Returns the number added.
 * @example
 * await addDocuments(queue, docs, { attempts: 3 });
 */
export async function addDocuments(
  queue: Queue,
  documents: Iterable<QueueDocument> | AsyncIterable<QueueDocument>,
  options: JobsOptions & { batchSize?: number } = {},
): Promise<number> {
  const { batchSize = 500, ...jobOptions } = options;
  let batch: QueueDocument[] = [];
  let added = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await queue.addBulk(
      batch.map((doc) => ({ name: 'document', data: doc, opts: { ...jobOptions, jobId: jobId(doc.id) } })),
    );
    added += batch.length;
    batch = [];
  };
  for await (const doc of documents) {
    if (typeof doc?.text !== 'string' || !(typeof doc.id === 'string' || typeof doc.id === 'number')) {
      throw new TypeError('Expected a document { id: string | number, text: string }');
    }
    batch.push(doc);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return added;
}

/** What a worker does with each document. */
export interface VietnormWorkerOptions extends VietnormQueueOptions {
  /**
   * The command to run, as on the command line, or your own function of the document (its
   * return value becomes the record's fields).
   * @default 'analyze'
   */
  command?: BatchCommand | ((document: QueueDocument, job: Job) => object | Promise<object>);
  /** Target / text language for normalize and translate-terms (`--to`). */
  to?: KbLanguage;
  /** Expected language (detect) or source language (translate-terms) (`--from`). */
  from?: KbLanguage;
  /** Keep only these top-level fields of each record (`--fields`). */
  fields?: string[];
  /** Leave out the Article's text (`--no-text`). */
  noText?: boolean;
  /**
   * Name of the dead-letter queue that gets a copy of each job that failed its last attempt,
   * with the error; `false` for none.
   * @default `${name}-dead`
   */
  deadLetter?: string | false;
  /** BullMQ worker options (concurrency, lockDuration, stalledInterval, maxStalledCount …). */
  worker?: Partial<WorkerOptions>;
}

/** A running worker and its dead-letter queue; `close()` ends both (finishing the jobs in hand). */
export interface VietnormWorker {
  worker: Worker;
  deadLetter: Queue | undefined;
  close(): Promise<void>;
}

function checkDocument(data: unknown): QueueDocument {
  const doc = data as Partial<QueueDocument> | null;
  if (typeof doc?.text !== 'string' || !(typeof doc.id === 'string' || typeof doc.id === 'number')) {
    // Retrying cannot fix the data: straight to failed (and the dead-letter queue).
    throw new UnrecoverableError('not a document: needs { id: string | number, text: string }');
  }
  return doc as QueueDocument;
}

/**
 * Starts a worker: takes documents from the queue and stores each record as its job's return
 * value (read it with `queue.getJob(jobId(id))` or from `QueueEvents`' completed events).
 * @example
 * const { close } = createWorker({ connection, command: 'analyze', noText: true, worker: { concurrency: 2 } });
 */
export function createWorker(options: VietnormWorkerOptions): VietnormWorker {
  const name = options.name ?? 'vietnorm';
  const command = options.command ?? 'analyze';
  const prefix = options.prefix ? { prefix: options.prefix } : {};
  const record = { fields: options.fields, noText: options.noText };
  const processor = async (job: Job): Promise<object> => {
    const doc = checkDocument(job.data);
    const { id, text, ...rest } = doc;
    const meta = Object.keys(rest).length > 0 ? rest : undefined;
    if (typeof command === 'function') return buildRecord({ id }, meta, await command(doc, job), record);
    const task: Task = {
      command,
      key: { id },
      text,
      maxBytes: Number.MAX_SAFE_INTEGER,
      idleTimeout: 0,
      to: options.to,
      from: options.from,
      record,
    };
    return buildRecord({ id }, meta, runCommand(task, text).result, record);
  };
  const worker = new Worker(name, processor, {
    connection: options.connection,
    ...prefix,
    ...options.worker,
  });
  const deadLetter =
    options.deadLetter === false
      ? undefined
      : new Queue(options.deadLetter ?? deadLetterName(name), { connection: options.connection, ...prefix });
  worker.on('failed', (job, error) => {
    if (!job || !deadLetter) return;
    const last = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!last) return;
    void deadLetter
      .add(
        'dead',
        {
          document: job.data,
          error: { name: error.name, message: error.message },
          attemptsMade: job.attemptsMade,
        },
        { jobId: job.id, removeOnComplete: false, removeOnFail: false },
      )
      .catch(() => undefined);
  });
  // BullMQ reports connection trouble as 'error' events; without a listener Node would throw them.
  worker.on('error', () => undefined);
  return {
    worker,
    deadLetter,
    async close() {
      await worker.close();
      await deadLetter?.close();
    },
  };
}
