import type { PasswordPolicy } from '../state/sign-in-experience';

/** One entry of `data` in `422 password.rejected` (§6.8). */
export type PasswordIssue = {
  code: `password_rejected.${string}`;
  interpolation?: Record<string, unknown>;
};

export type PasswordUserInfo = {
  name?: string;
  username?: string;
  email?: string;
  phoneNumber?: string;
};

/** The four character classes; anything else is unsupported. */
const SYMBOLS = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** Rows that count as sequences, forwards or backwards (digits, the alphabet, keyboard rows). */
const SEQUENCES = [
  '0123456789',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz',
  '2wsx',
  '3edc',
  '4rfv',
  '5tgb',
  '6yhn',
  '7ujm',
  '8ik',
  '9ol',
].flatMap((row) => [row, [...row].reverse().join('')]);

/** Runs shorter than this are not a repetition or a sequence. */
const RUN_THRESHOLD = 3;
/** A password passes the "restricted" rules when more than this many characters are unrestricted. */
const RESTRICTED_TOLERANCE = 3;

/** An optional tiny local stand-in for the pwned-password lookup (`rejects.pwned`). */
const PWNED = new Set([
  'password',
  'password1',
  '123456',
  '12345678',
  '123456789',
  'qwerty',
  'iloveyou',
  'letmein',
]);

function characterClasses(password: string): number | 'unsupported' {
  const classes = new Set<string>();
  for (const char of password) {
    if (char >= 'a' && char <= 'z') classes.add('lower');
    else if (char >= 'A' && char <= 'Z') classes.add('upper');
    else if (char >= '0' && char <= '9') classes.add('digit');
    else if (SYMBOLS.includes(char)) classes.add('symbol');
    else return 'unsupported';
  }
  return classes.size;
}

/** Length of the run of one character (case-insensitive) at the start, or 0 below the threshold. */
function repetitionAt(rest: string): number {
  const first = rest[0]?.toLowerCase();
  let length = 0;
  while (length < rest.length && rest[length]?.toLowerCase() === first) length += 1;
  return length >= RUN_THRESHOLD ? length : 0;
}

const isSequential = (value: string): boolean => {
  const lower = value.toLowerCase();
  return SEQUENCES.some((row) => row.includes(lower));
};

/** Length of the longest sequence at the start, or 0 below the threshold. */
function sequenceAt(rest: string): number {
  let length = 1;
  while (length < rest.length && isSequential(rest.slice(0, length + 1))) length += 1;
  return rest.length > 0 && length >= RUN_THRESHOLD ? length : 0;
}

/** Longest restricted word (case-insensitive) at the start. */
const wordAt = (rest: string, words: readonly string[]): number =>
  words.reduce(
    (longest, word) =>
      word && rest.toLowerCase().startsWith(word.toLowerCase())
        ? Math.max(longest, word.length)
        : longest,
    0,
  );

/** Longest piece of user information at the start: name (whole, joined, or one word), username, email local part, phone. */
function userInfoAt(
  rest: string,
  { name, username, email, phoneNumber }: PasswordUserInfo,
): number {
  const lower = rest.toLowerCase();
  const candidates: string[] = [];
  if (name) {
    if (lower.startsWith(name.toLowerCase())) candidates.push(name);
    else candidates.push(name.replace(/\s+/g, ''), ...name.split(' '));
  }
  if (username) candidates.push(username);
  if (email) candidates.push(email.split('@')[0] ?? '');
  const lengths = candidates
    .filter((value) => value && lower.startsWith(value.toLowerCase()))
    .map((value) => value.length);
  if (phoneNumber && lower.startsWith(phoneNumber)) lengths.push(phoneNumber.length);
  return Math.max(0, ...lengths);
}

/**
 * Logto's password policy check (core-kit's `PasswordPolicyChecker`), reimplemented: length and
 * character types first, then pwned, then the "restricted" rules, which only count when more
 * than `length - 3` characters fall inside repetitions, sequences, restricted words or user info.
 */
export function checkPassword(
  password: string,
  policy: PasswordPolicy,
  userInfo: PasswordUserInfo,
): PasswordIssue[] {
  const issues: PasswordIssue[] = [];
  const { length, characterTypes, rejects } = policy;
  if (password.length < length.min) {
    issues.push({ code: 'password_rejected.too_short', interpolation: { min: length.min } });
  } else if (password.length > length.max) {
    issues.push({ code: 'password_rejected.too_long', interpolation: { max: length.max } });
  }
  const classes = characterClasses(password);
  if (classes === 'unsupported') {
    issues.push({ code: 'password_rejected.unsupported_characters' });
  } else if (classes < characterTypes.min) {
    issues.push({
      code: 'password_rejected.character_types',
      interpolation: { min: characterTypes.min },
    });
  }
  if (rejects.pwned && PWNED.has(password.toLowerCase())) {
    issues.push({ code: 'password_rejected.pwned' });
  }

  const restricted = Array.from({ length: password.length }, () => false);
  const found = new Set<string>();
  const mark = (start: number, span: number, code: string) => {
    if (span <= 0) return;
    for (let index = start; index < start + span; index += 1) restricted[index] = true;
    found.add(code);
  };
  for (let index = 0; index < password.length; index += 1) {
    const rest = password.slice(index);
    if (rejects.repetitionAndSequence) {
      mark(index, repetitionAt(rest), 'restricted.repetition');
      mark(index, sequenceAt(rest), 'restricted.sequence');
    }
    if (rejects.words.length > 0) mark(index, wordAt(rest, rejects.words), 'restricted.words');
    if (rejects.userInfo) mark(index, userInfoAt(rest, userInfo), 'restricted.user_info');
  }
  const restrictedCount = restricted.filter(Boolean).length;
  if (restrictedCount > Math.max(1, password.length - RESTRICTED_TOLERANCE)) {
    issues.push(
      ...[...found].map((code): PasswordIssue => ({ code: `password_rejected.${code}` })),
    );
  }
  return issues;
}
