import { safeReturnTo } from '@/lib/auth/return-to';
import { routes } from '@/lib/routes';

type Problem = { kind: string; retryAfter?: number };

const reasons = { unavailable: 'unavailable', rateLimited: 'rate-limited' } as const;

/** The status page for a problem that has one (Logto down, or rate-limiting us), else undefined. */
export function statusPagePath(problem: Problem, returnTo: string): string | undefined {
  const reason =
    problem.kind === 'unavailable' || problem.kind === 'rateLimited'
      ? reasons[problem.kind]
      : undefined;
  if (!reason) return undefined;
  const query = new URLSearchParams({ reason, returnTo: safeReturnTo(returnTo) });
  if (problem.retryAfter) query.set('retryAfter', String(problem.retryAfter));
  return `${routes.unavailable}?${query}`;
}

/** Reads the status page's query back; anything unexpected becomes the plain 503 page. */
export function parseStatusPageQuery(query: URLSearchParams): {
  kind: 'unavailable' | 'rateLimited';
  retryAfter?: number;
  retryHref: string;
} {
  const retryAfter = Number(query.get('retryAfter'));
  return {
    kind: query.get('reason') === reasons.rateLimited ? 'rateLimited' : 'unavailable',
    // Logto's own figure, bounded so a crafted link cannot promise anything odd.
    retryAfter:
      Number.isInteger(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, 86_400) : undefined,
    retryHref: safeReturnTo(query.get('returnTo')),
  };
}
