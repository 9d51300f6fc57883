/** A minimal cookie-keeping HTTP client that follows no redirects by itself, for flow tests. */

type Cookie = { name: string; value: string; path: string };

function parseSetCookie(header: string): { cookie: Cookie; expired: boolean } | undefined {
  const [pair, ...attributes] = header.split(';');
  const separator = pair?.indexOf('=') ?? -1;
  if (!pair || separator < 0) {
    return undefined;
  }
  const cookie = {
    name: pair.slice(0, separator).trim(),
    value: pair.slice(separator + 1).trim(),
    path: '/',
  };
  let expired = cookie.value === '';
  for (const attribute of attributes) {
    const [key = '', value = ''] = attribute.split('=').map((part) => part.trim());
    if (key.toLowerCase() === 'path') {
      cookie.path = value;
    }
    if (key.toLowerCase() === 'expires' && Date.parse(value) <= Date.now()) {
      expired = true;
    }
  }
  return { cookie, expired };
}

export class Browser {
  #cookies: Cookie[] = [];

  /** Cookie names currently held (for assertions). */
  cookieNames(): string[] {
    return this.#cookies.map(({ name }) => name);
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const { pathname } = new URL(url);
    const cookie = this.#cookies
      .filter(
        ({ path }) =>
          pathname === path || pathname.startsWith(path.endsWith('/') ? path : `${path}/`),
      )
      .map(({ name, value }) => `${name}=${value}`)
      .join('; ');
    const headers = new Headers(init.headers);
    if (cookie) {
      headers.set('cookie', cookie);
    }
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const header of response.headers.getSetCookie()) {
      const parsed = parseSetCookie(header);
      if (!parsed) continue;
      this.#cookies = this.#cookies.filter(
        ({ name, path }) => name !== parsed.cookie.name || path !== parsed.cookie.path,
      );
      if (!parsed.expired) {
        this.#cookies.push(parsed.cookie);
      }
    }
    return response;
  }

  /** Follow redirects until a non-redirect answer or a URL that `stop` accepts. */
  async follow(url: string, stop: (url: string) => boolean = () => false, init: RequestInit = {}) {
    let current = url;
    let response = await this.request(current, init);
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops += 1) {
      const location = response.headers.get('location');
      if (!location) break;
      current = new URL(location, current).href;
      if (stop(current)) {
        return { url: current, response };
      }
      response = await this.request(current);
    }
    return { url: current, response };
  }

  postForm(url: string, form: Record<string, string>): Promise<Response> {
    return this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }
}
