/** A canned answer (or a delay) for the next matching request(s); a test-only control. */
export type Fault = {
  /** An exact path, or a prefix ending in `*`. */
  path: string;
  /** Upper-case HTTP method; any method when absent. */
  method?: string;
  /** Answer with this status; when absent, only `delayMs` applies and the request goes on. */
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  /** How many requests it still applies to. */
  times: number;
};

const pathMatches = (pattern: string, path: string): boolean =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

/** Faults apply in the order they were added; each one is used up after `times` matches. */
export class FaultInjector {
  #faults: Fault[] = [];

  add(fault: Fault): void {
    this.#faults.push({ ...fault, method: fault.method?.toUpperCase() });
  }

  clear(): void {
    this.#faults = [];
  }

  list(): readonly Fault[] {
    return this.#faults;
  }

  /** Find the first fault for this request and use it up once. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.#faults.find(
      (candidate) =>
        (candidate.method === undefined || candidate.method === method.toUpperCase()) &&
        pathMatches(candidate.path, path),
    );
    if (!fault) {
      return undefined;
    }
    fault.times -= 1;
    if (fault.times <= 0) {
      this.#faults = this.#faults.filter((candidate) => candidate !== fault);
    }
    return fault;
  }
}
