/** The lines of a backup-codes text file: a title, how to use them, the codes, the date. */
export function backupCodesText(parts: {
  title: string;
  intro: string;
  codes: string[];
  generated: string;
}): string {
  return [parts.title, parts.intro, '', ...parts.codes, '', parts.generated, ''].join('\r\n');
}

/** A file name that says where the codes belong, safe in a `Content-Disposition` header. */
export function backupCodesFileName(issuer: string): string {
  const slug = issuer
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug ? `backup-codes-${slug}.txt` : 'backup-codes.txt';
}
