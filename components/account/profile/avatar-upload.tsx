'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useRef, useState, type RefObject } from 'react';

import { SubmitButton } from '@/components/forms/submit-button';
import { useHydrated } from '@/components/forms/use-hydrated';

// The cropper loads only once a file is chosen, and only on this card.
const AvatarCropper = dynamic(
  () => import('@/components/account/profile/avatar-cropper').then((mod) => mod.AvatarCropper),
  { ssr: false },
);

type AvatarUploadProps = {
  errors?: string[];
  form: RefObject<HTMLFormElement | null>;
};

/**
 * Choosing a picture. Without JavaScript the file goes as it is, with the "Upload picture"
 * button; with it, the picture is first cropped square and resized in the browser, then the
 * cropped file replaces the chosen one and the same form is submitted.
 */
export function AvatarUpload({ errors, form }: AvatarUploadProps) {
  const t = useTranslations('profile.picture');
  const hydrated = useHydrated();
  const inputRef = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File | null>(null);
  const id = 'field-avatarFile';

  const submitCropped = (file: File) => {
    const input = inputRef.current;
    if (!input) return;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    setChosen(null);
    form.current?.requestSubmit();
  };
  const cancel = () => {
    if (inputRef.current) inputRef.current.value = '';
    setChosen(null);
  };

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-900 dark:text-zinc-100">
        {t('chooseFile')}
      </label>
      <input
        ref={inputRef}
        id={id}
        name="avatarFile"
        type="file"
        accept="image/jpeg,image/png,image/gif,image/webp,image/bmp"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (hydrated && file) setChosen(file);
        }}
        className="block w-full max-w-64 text-sm text-zinc-700 file:me-3 file:h-8 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 file:text-sm file:font-medium file:text-zinc-900 hover:file:bg-zinc-50 dark:text-zinc-300 dark:file:border-zinc-700 dark:file:bg-zinc-900 dark:file:text-zinc-100"
      />
      <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
        {t('uploadHint')}
      </p>
      <p
        id={`${id}-error`}
        aria-live="polite"
        aria-atomic="true"
        className="text-sm text-red-700 empty:hidden dark:text-red-300"
      >
        {errors?.join(' ')}
      </p>
      {hydrated ? null : (
        <SubmitButton variant="secondary" name="intent" value="upload">
          {t('upload')}
        </SubmitButton>
      )}
      {chosen ? <AvatarCropper file={chosen} onCrop={submitCropped} onCancel={cancel} /> : null}
    </div>
  );
}
