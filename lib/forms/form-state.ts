/**
 * The one state shape every form action returns. Messages are catalog keys; the form translates
 * them. `values` carries back what the user typed (React 19 resets uncontrolled inputs).
 */
export type FormState<F extends string> = {
  status: 'idle' | 'success' | 'error';
  message?: string;
  fieldErrors?: Partial<Record<F, string[]>>;
  values?: Partial<Record<F, string>>;
  /** Seconds to wait before trying again (429). */
  retryAfter?: number;
  /** A checklist of what to fix (the password policy's rules), as catalog keys with values. */
  issues?: { key: string; values?: Record<string, string | number> }[];
};

export const idleState = { status: 'idle' } as const;
