// The Redis server the queue tests use: REDIS_URL (.ci/run starts one), or none (the tests skip).
import type { ConnectionOptions } from 'bullmq';

/** ioredis options from a redis:// URL. */
export function connectionFromUrl(url: string): ConnectionOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.pathname.length > 1 ? { db: Number(u.pathname.slice(1)) } : {}),
  };
}

export const REDIS_URL = process.env.REDIS_URL;
