/**
 * The client's IP address as the hosting proxy reports it: the first `x-forwarded-for` entry,
 * else `x-real-ip` (Vercel sets both; `next start` fills `x-forwarded-for` from the socket).
 * Anything that does not look like an IP address is ignored rather than used as a key.
 */
export function clientAddress(headers: Headers): string | undefined {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const candidate = (forwarded || headers.get('x-real-ip')?.trim())?.replace(/^::ffff:/i, '');
  return candidate && /^[\d.]{7,15}$|^[\da-f:]{2,39}$/i.test(candidate) ? candidate : undefined;
}
