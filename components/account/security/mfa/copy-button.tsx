'use client';

import { Check, Copy } from 'lucide-react';
import { useState } from 'react';

import { useHydrated } from '@/components/forms/use-hydrated';
import { buttonClass } from '@/components/ui/button';

type CopyButtonProps = {
  value: string;
  label: string;
  copiedLabel: string;
};

/** Copies a value to the clipboard and says so (only with JavaScript, which it needs). */
export function CopyButton({ value, label, copiedLabel }: CopyButtonProps) {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  if (!hydrated) return null;
  return (
    <>
      <button
        type="button"
        className={buttonClass('secondary')}
        onClick={async () => {
          await navigator.clipboard.writeText(value);
          setCopied(true);
          setTimeout(() => setCopied(false), 2500);
        }}
      >
        {copied ? (
          <Check aria-hidden="true" className="size-4" />
        ) : (
          <Copy aria-hidden="true" className="size-4" />
        )}
        {label}
      </button>
      <span role="status" className="sr-only">
        {copied ? copiedLabel : ''}
      </span>
    </>
  );
}
