import type { FormState } from '@/lib/forms/form-state';

type FormAction<F extends string> = (
  state: FormState<F>,
  formData: FormData,
) => Promise<FormState<F>>;

/** The security area's server actions, passed from the page into its sections. */
export type SecurityActions = {
  changeUsername: FormAction<'username'>;
  sendNewIdentifierCode: FormAction<'email' | 'phone' | 'country'>;
  resendNewIdentifierCode: FormAction<'code'>;
  confirmNewIdentifier: FormAction<'code'>;
  cancelNewIdentifier: (formData: FormData) => Promise<void>;
  removeIdentifier: (formData: FormData) => Promise<void>;
  changePassword: FormAction<'password' | 'confirm'>;
};
