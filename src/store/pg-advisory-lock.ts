/**
 * Runs `body` holding a PostgreSQL session advisory lock, on the connection behind `run`, so that
 * processes doing the same start-up work take turns. `key` is a constant SQL text expression
 * naming the lock (hashed to the lock's number), e.g. `'sitrep-migrations:' || current_schema()`.
 */
export async function withPgAdvisoryLock<T>(
  run: (statement: string) => Promise<unknown>,
  key: string,
  body: () => Promise<T>,
): Promise<T> {
  await run(`select pg_advisory_lock(hashtext(${key}))`);
  try {
    return await body();
  } finally {
    await run(`select pg_advisory_unlock(hashtext(${key}))`);
  }
}
