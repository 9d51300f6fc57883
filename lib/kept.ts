/**
 * Wraps a read so that this instance reuses its answer for `ttlMs()`, timed from the answer (a
 * slow read still counts for the whole TTL). Reads made while one is under way share it; a read
 * that fails is not kept. A TTL of 0 reads every time. Pure, so middleware can use it too.
 */
export function keptFor<T>(
  ttlMs: () => number,
  read: () => Promise<T>,
  now: () => number = Date.now,
): () => Promise<T> {
  let kept: { until: number; answer: Promise<T> } | undefined;
  return () => {
    if (ttlMs() <= 0) return read();
    if (kept && now() < kept.until) return kept.answer;
    const entry = { until: Number.POSITIVE_INFINITY, answer: read() };
    kept = entry;
    entry.answer.then(
      () => {
        entry.until = now() + ttlMs();
      },
      () => {
        if (kept === entry) kept = undefined;
      },
    );
    return entry.answer;
  };
}
