import { LogtoError } from '../errors';
import type { Router } from '../http/router';

import { managementRoute, Reply, type ManagementDeps } from './route';

const defaultPageSize = 20;
const maxPageSize = 100;

/** Logto's `koaPagination`: positive numbers, `page_size` at most 100, else `400 guard.invalid_pagination`. */
function pagination(query: URLSearchParams): { page: number; pageSize: number } {
  const parse = (name: string, fallback: number, max = Number.POSITIVE_INFINITY) => {
    const raw = query.get(name);
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0 || value > max) {
      throw new LogtoError('guard.invalid_pagination', { status: 400 });
    }
    return value;
  };
  return { page: parse('page', 1), pageSize: parse('page_size', defaultPageSize, maxPageSize) };
}

/** One `Link` value per relation, as `buildLink` writes them (`<url>; rel="first"`). */
function links(url: URL, page: number, totalPage: number): string {
  const at = (target: number, rel: string) => {
    const link = new URL(url);
    link.searchParams.set('page', String(target));
    return `<${link.pathname}${link.search}>; rel="${rel}"`;
  };
  return [
    at(1, 'first'),
    at(totalPage, 'last'),
    ...(page > 1 ? [at(page - 1, 'prev')] : []),
    ...(page < totalPage ? [at(page + 1, 'next')] : []),
  ].join(', ');
}

/**
 * `GET /api/logs` (Logto's `routes/log.ts`): token, interaction and unknown entries, newest first,
 * filtered by `userId`, `applicationId` and `logKey`, paginated with `Total-Number` and `Link`.
 */
export function registerLogRoutes(router: Router, deps: ManagementDeps): void {
  router.get(
    '/api/logs',
    managementRoute(deps, {}, ({ state, query, url }) => {
      const { page, pageSize } = pagination(query);
      const found = state.logs.find({
        userId: query.get('userId') ?? undefined,
        applicationId: query.get('applicationId') ?? undefined,
        logKey: query.get('logKey') ?? undefined,
      });
      const offset = (page - 1) * pageSize;
      const totalPage = Math.ceil(found.length / pageSize) || 1;
      return new Reply(200, found.slice(offset, offset + pageSize), {
        'total-number': String(found.length),
        link: links(url, page, totalPage),
      });
    }),
  );
}
