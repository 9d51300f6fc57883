import type { ReactNode } from 'react';

import { RowConfirmation } from '@/components/ui/row-confirmation';

type SettingRowProps = {
  /** The anchor a finished change scrolls back to. */
  id: string;
  icon: ReactNode;
  label: string;
  /** The current value; absent shows `emptyLabel`. */
  value?: ReactNode;
  emptyLabel: string;
  badge?: ReactNode;
  /** Buttons or links, aligned to the end. */
  actions?: ReactNode;
  /** A finished change, announced on this row. */
  confirmation?: string;
  /** A short note under the value, such as why nothing can be changed. */
  note?: ReactNode;
};

/** One item of a settings group: icon · label and value · badge · actions. */
export function SettingRow(props: SettingRowProps) {
  const { id, icon, label, value, emptyLabel, badge, actions, confirmation, note } = props;
  return (
    <li id={id} className="scroll-mt-24 px-4 py-3.5 sm:px-5">
      <div className="flex flex-wrap items-center gap-x-3.5 gap-y-2">
        <span
          aria-hidden="true"
          className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300"
        >
          {icon}
        </span>
        <div className="min-w-0 flex-1">
          <h3 className="flex flex-wrap items-center gap-2 text-sm font-medium text-zinc-900 dark:text-zinc-100">
            {label}
            {badge}
          </h3>
          <p className="truncate text-sm text-zinc-600 dark:text-zinc-400">
            {value ? <bdi>{value}</bdi> : <span className="italic">{emptyLabel}</span>}
          </p>
          {note ? <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">{note}</p> : null}
        </div>
        {actions ? (
          <div className="ms-[3.125rem] flex shrink-0 flex-wrap gap-2 sm:ms-0">{actions}</div>
        ) : null}
      </div>
      {confirmation ? (
        <div className="ms-[3.125rem]">
          <RowConfirmation message={confirmation} />
        </div>
      ) : null}
    </li>
  );
}

/** The rows of a card, divided. */
export function SettingRows({ children }: { children: ReactNode }) {
  return <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">{children}</ul>;
}
