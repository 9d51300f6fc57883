import type { SendLimit } from './limits';
import { recipientKey } from './phone';

export type CodeIdentifier = { type: 'email' | 'phone'; value: string };

export type SentCode = { code: string; verificationRecordId: string; sentAt: string };

type Entry = SentCode & { recipient: string; at: number };

/**
 * What the stand-in's fake Email and SMS connectors "sent": every code per normalised recipient
 * (for `GET /__test/codes`), and the per-recipient send limit of §7.1, which counts only
 * successful sends.
 */
export class Outbox {
  #entries: Entry[] = [];

  clear(): void {
    this.#entries = [];
  }

  /** Would one more send to this recipient stay within the limit? */
  canSend(
    identifier: CodeIdentifier,
    { max, windowSeconds }: SendLimit,
    now = Date.now(),
  ): boolean {
    const recipient = recipientKey(identifier);
    const since = now - windowSeconds * 1000;
    const recent = this.#entries.filter(
      (entry) => entry.recipient === recipient && entry.at > since,
    );
    return recent.length < max;
  }

  record(
    identifier: CodeIdentifier,
    code: string,
    verificationRecordId: string,
    now = Date.now(),
  ): void {
    this.#entries.push({
      recipient: recipientKey(identifier),
      at: now,
      code,
      verificationRecordId,
      sentAt: new Date(now).toISOString(),
    });
  }

  /** Codes sent to the recipient since the last reset, oldest first. */
  sentTo(identifier: CodeIdentifier): SentCode[] {
    const recipient = recipientKey(identifier);
    return this.#entries
      .filter((entry) => entry.recipient === recipient)
      .map(({ code, verificationRecordId, sentAt }) => ({ code, verificationRecordId, sentAt }));
  }
}
