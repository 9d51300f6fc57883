/** The checklist: green ✔, red ✘ and "not checked" – lines, coloured only on a terminal. */

export type CheckStatus = 'pass' | 'fail' | 'skip';

/** One line. A red `required` line makes the command exit 1; a red optional one does not. */
export type Check = { status: CheckStatus; text: string; required: boolean };

/** A green line. */
export const pass = (text: string): Check => ({ status: 'pass', text, required: false });
/** A red line that fails the command. */
export const fail = (text: string): Check => ({ status: 'fail', text, required: true });
/** A red line for something optional: users lose a feature, the portal still works. */
export const warn = (text: string): Check => ({ status: 'fail', text, required: false });
/** A line for something that could not be checked, and why. */
export const skip = (text: string): Check => ({ status: 'skip', text, required: false });

const marks: Record<CheckStatus, { symbol: string; color: string }> = {
  pass: { symbol: '✔', color: '\u001b[32m' },
  fail: { symbol: '✘', color: '\u001b[31m' },
  skip: { symbol: '–', color: '\u001b[2m' },
};

/** One checklist line, e.g. `  ✘ (optional) No SMS connector: …`. */
export function renderCheck(check: Check, color: boolean): string {
  const { symbol, color: code } = marks[check.status];
  const mark = color ? `${code}${symbol}\u001b[0m` : symbol;
  const optional = check.status === 'fail' && !check.required ? '(optional) ' : '';
  return `  ${mark} ${optional}${check.text}`;
}

/** The red lines that fail the command. */
export const failedRequired = (checks: readonly Check[]): Check[] =>
  checks.filter((check) => check.status === 'fail' && check.required);

/** 0 when every required line is green, else 1. */
export const exitCodeFor = (checks: readonly Check[]): 0 | 1 =>
  failedRequired(checks).length > 0 ? 1 : 0;

/** The closing line: what failed, or that all required checks passed. */
export function summary(checks: readonly Check[]): string {
  const required = failedRequired(checks).length;
  const optional = checks.filter((check) => check.status === 'fail' && !check.required).length;
  const optionalNote =
    optional > 0 ? ` ${optional} optional item${optional === 1 ? '' : 's'} missing.` : '';
  if (required === 0) return `All required checks passed.${optionalNote}`;
  return `${required} required check${required === 1 ? '' : 's'} failed.${optionalNote}`;
}

/** The whole checklist as lines: a title, one line per check, the summary. */
export const renderChecklist = (checks: readonly Check[], color: boolean): string[] => [
  'Checklist',
  ...checks.map((check) => renderCheck(check, color)),
  summary(checks),
];
