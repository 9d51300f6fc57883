/**
 * Wraps a read of Logto's public settings so that this instance reuses its answer for `ttlMs()`:
 * every page needs them, and they change only when an administrator edits them. Reads made
 * while one is under way share it; a failed read is not kept. A TTL of 0 reads every time.
 * Pure, so middleware can use it too.
 */
export function keptFor<T>(ttlMs: () => number, read: () => Promise<T>): () => Promise<T> {
  let kept: { until: number; answer: Promise<T> } | undefined;
  return () => {
    const ttl = ttlMs();
    if (ttl > 0 && kept && Date.now() < kept.until) return kept.answer;
    const answer = read();
    if (ttl <= 0) return answer;
    const entry = { until: Date.now() + ttl, answer };
    kept = entry;
    answer.catch(() => {
      if (kept === entry) kept = undefined;
    });
    return answer;
  };
}
