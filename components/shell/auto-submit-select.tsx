'use client';

import type { ComponentProps } from 'react';

/** A select that submits its form as soon as the choice changes (with JavaScript). */
export function AutoSubmitSelect(props: ComponentProps<'select'>) {
  return <select {...props} onChange={(event) => event.currentTarget.form?.requestSubmit()} />;
}
