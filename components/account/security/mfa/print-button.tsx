'use client';

import { Printer } from 'lucide-react';

import { useHydrated } from '@/components/forms/use-hydrated';
import { buttonClass } from '@/components/ui/button';

type PrintButtonProps = {
  label: string;
  /** The printed page: a title and the lines under it. */
  title: string;
  lines: string[];
};

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * Prints only the codes, from a frame of their own: the page behind (and a dialog over it) stays
 * out of the printout.
 */
export function PrintButton({ label, title, lines }: PrintButtonProps) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  const print = () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.position = 'fixed';
    frame.style.width = '0';
    frame.style.height = '0';
    frame.style.border = '0';
    frame.srcdoc = `<!doctype html><html><head><title>${escape(title)}</title></head><body><h1>${escape(
      title,
    )}</h1><pre>${lines.map(escape).join('\n')}</pre></body></html>`;
    frame.addEventListener('load', () => {
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 1000);
    });
    document.body.append(frame);
  };
  return (
    <button type="button" className={buttonClass('secondary')} onClick={print}>
      <Printer aria-hidden="true" className="size-4" />
      {label}
    </button>
  );
}
