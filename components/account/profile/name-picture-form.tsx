'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

import type { FieldMode } from '@/lib/account-api/schemas';
import { avatarUrlProblem } from '@/lib/avatar-hosts';
import type { FormState } from '@/lib/forms/form-state';
import type { NamePictureField } from '@/lib/forms/profile-fields';

import { AvatarPreview } from '@/components/account/profile/avatar-preview';
import { AvatarUpload } from '@/components/account/profile/avatar-upload';
import { ProfileForm, type ProfileAction } from '@/components/account/profile/profile-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { ReadOnlyValue } from '@/components/ui/read-only-value';
import { TextField } from '@/components/ui/text-field';

type NamePictureFormProps = {
  action: ProfileAction<NamePictureField>;
  name: string;
  avatar: string;
  /** The stored picture when the CSP lets it load, else null. */
  preview: string | null;
  modes: { name: FieldMode; avatar: FieldMode };
  /** `LOGTO_AVATAR_HOSTS`: what the live preview may load, and what the hint names. */
  avatarHosts: string[];
  /** False once the tenant is known to have no storage for uploads. */
  uploadAvailable: boolean;
};

/** The picture with a live preview, upload or link, and the name; read-only ones are listed. */
export function NamePictureForm(props: NamePictureFormProps) {
  const { action, name, avatar, preview, modes, avatarHosts, uploadAvailable } = props;
  const t = useTranslations('profile.picture');
  const [typed, setTyped] = useState<{ after: FormState<NamePictureField>; value: string }>();
  const hosts = avatarHosts.join(', ');
  const shownName = name || '?';

  const livePreview = (current: string) =>
    current && avatarUrlProblem(current, avatarHosts) === null ? current : null;

  return (
    <ProfileForm
      action={action}
      submitLabel={t('save')}
      labels={{ name: t('name'), avatar: t('avatar'), avatarFile: t('chooseFile') }}
      messageValues={{ hosts }}
    >
      {(state, errors, form) => {
        // What the URL field holds now: typed since the last result, or the saved value.
        const current = typed?.after === state ? typed.value : (state.values?.avatar ?? avatar);
        return (
          <div className="grid gap-6 sm:grid-cols-[auto_1fr]">
            <div className="flex flex-col items-start gap-3">
              <AvatarPreview
                src={modes.avatar === 'Edit' ? livePreview(current) : preview}
                name={state.values?.name ?? shownName}
                alt={t('previewAlt')}
              />
              {modes.avatar === 'Edit' && uploadAvailable ? (
                <AvatarUpload errors={errors('avatarFile')} form={form} />
              ) : null}
              {modes.avatar === 'Edit' && avatar ? (
                <SubmitButton variant="ghost" name="intent" value="remove">
                  {t('remove')}
                </SubmitButton>
              ) : null}
            </div>
            <div className="space-y-4">
              {modes.name === 'Edit' ? (
                <TextField
                  name="name"
                  label={t('name')}
                  autoComplete="name"
                  defaultValue={state.values?.name ?? name}
                  errors={errors('name')}
                />
              ) : null}
              {modes.avatar === 'Edit' ? (
                <TextField
                  name="avatar"
                  type="url"
                  label={t('avatar')}
                  hint={hosts ? t('avatarHintHosts', { hosts }) : t('avatarHint')}
                  autoComplete="photo"
                  defaultValue={state.values?.avatar ?? avatar}
                  onChange={(event) => setTyped({ after: state, value: event.target.value })}
                  errors={errors('avatar')}
                />
              ) : null}
              {modes.name === 'ReadOnly' || modes.avatar === 'ReadOnly' ? (
                <dl className="space-y-4">
                  {modes.name === 'ReadOnly' ? (
                    <ReadOnlyValue label={t('name')} value={name} managed />
                  ) : null}
                  {modes.avatar === 'ReadOnly' ? (
                    <ReadOnlyValue label={t('avatar')} value={avatar} managed />
                  ) : null}
                </dl>
              ) : null}
            </div>
          </div>
        );
      }}
    </ProfileForm>
  );
}
