// The applicant step of <dvc-dossier-form>: who submits (checked with the contract's `applicant`
// schema), their contact details and a note.
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkCitizenId, checkEmail, checkMobile, checkTaxCode, type ApplicantType, type DossierSubmitInput, type Locale } from '@dvc-kit/sdk/core';
import { applicant as applicantSchema } from '@dvc-kit/sdk/contract';
import { checkInput, fieldGroup, fieldId, textInput, type FieldErrors } from '../shared/form/index.js';
import type { DossierFormKey } from './dvc-dossier-form.strings.js';
import type { IdentityFields } from './identity.js';

/** The applicant's answers as typed. */
export interface ApplicantValues {
  type: ApplicantType;
  idNumber: string;
  fullName: string;
  phone: string;
  email: string;
  address: string;
  note: string;
}

export const applicantTypes: readonly ApplicantType[] = ['citizen', 'business', 'organisation', 'state_agency'];
const NOTE_MAX = 2000;

export const emptyApplicant = (): ApplicantValues => ({ type: 'citizen', idNumber: '', fullName: '', phone: '', email: '', address: '', note: '' });

/** The draft's applicant, keeping only strings it knows (a corrupt draft starts empty). */
export function restoreApplicant(saved: unknown): ApplicantValues {
  const values = emptyApplicant();
  if (saved && typeof saved === 'object') {
    for (const name of Object.keys(values) as (keyof ApplicantValues)[]) {
      const value = (saved as Record<string, unknown>)[name];
      if (typeof value === 'string') (values as unknown as Record<string, string>)[name] = value;
    }
  }
  if (!applicantTypes.includes(values.type)) values.type = 'citizen';
  return values;
}

/** The applicant as the portal takes it; optional answers left empty are left out. */
export function applicantInput(v: ApplicantValues): DossierSubmitInput['applicant'] {
  // Identifiers in their normal form (`091 234 5678` → `0912345678`), as the review shows them.
  const normal = (check: (input: string) => { ok: true; value: string } | { ok: false }, value: string) => {
    const result = check(value);
    return result.ok ? result.value : value.trim();
  };
  const a: DossierSubmitInput['applicant'] = {
    type: v.type, idNumber: normal(v.type === 'citizen' ? checkCitizenId : checkTaxCode, v.idNumber), fullName: v.fullName.trim(), phone: normal(checkMobile, v.phone),
  };
  if (v.email.trim()) a.email = normal(checkEmail, v.email);
  if (v.address.trim()) a.address = v.address.trim();
  return a;
}

type T = (key: DossierFormKey, params?: Record<string, string | number>) => string;

/** Checks the applicant with the contract's schema; empty answers get the widget's own words. */
export function checkApplicant(v: ApplicantValues, locale: Locale, t: T): FieldErrors {
  const errors = checkInput(applicantSchema, applicantInput(v), locale, ['applicant']);
  const citizen = v.type === 'citizen';
  if (!v.idNumber.trim()) errors.set('applicant.idNumber', t(citizen ? 'required.idNumber.citizen' : 'required.idNumber.tax'));
  if (!v.fullName.trim()) errors.set('applicant.fullName', t('required.fullName', { field: t(`fullName.${v.type}`).toLocaleLowerCase(locale) }));
  if (!v.phone.trim()) errors.set('applicant.phone', t('required.phone'));
  if (v.note.length > NOTE_MAX) errors.set('note', t('tooLong', { field: t('note'), max: NOTE_MAX }));
  const order = ['applicant.type', 'applicant.idNumber', 'applicant.fullName', 'applicant.phone', 'applicant.email', 'applicant.address', 'note'];
  return new Map([...errors].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

/** The applicant as submitted for a logged-in account: who they are comes from the identity, never from what was typed. */
export function accountApplicantInput(v: ApplicantValues, identity: IdentityFields): DossierSubmitInput['applicant'] {
  const a = applicantInput({ ...v, type: identity.type, idNumber: identity.idNumber, fullName: identity.fullName });
  if (identity.birthDate) a.birthDate = identity.birthDate;
  return a;
}

/**
 * The applicant step's fields. `fromIdentity` (the logged-in citizen's identity, read-only: see
 * ./account-view.ts) takes the place of the type, ID number and name; the contact fields stay typed.
 */
export function renderApplicant(
  t: T, v: ApplicantValues, errors: FieldErrors,
  set: (name: keyof ApplicantValues, value: string) => void, blur: (path: string) => void, fromIdentity?: TemplateResult,
): TemplateResult {
  const citizen = v.type === 'citizen';
  const text = (name: Exclude<keyof ApplicantValues, 'type'>, label: string, o: Partial<Parameters<typeof textInput>[1]> = {}) => {
    const path = name === 'note' ? 'note' : `applicant.${name}`;
    return textInput(t, {
      id: fieldId(path), label, error: errors.get(path), required: true, value: v[name],
      onInput: (value) => set(name, value), onBlur: () => blur(path), ...o,
    });
  };
  const who = fromIdentity ?? html`
    ${fieldGroup(t, { id: 'applicant-type', label: t('typeLegend'), required: true, error: errors.get('applicant.type') }, html`<div class="radios">
      ${applicantTypes.map((type) => html`<div class="radio">
        <input type="radio" id="applicant-type-${type}" name="applicant-type" value=${type} .checked=${live(v.type === type)}
          @change=${() => set('type', type)} />
        <label for="applicant-type-${type}">${t(`type.${type}`)}</label>
      </div>`)}
    </div>`)}
    ${text('idNumber', t(citizen ? 'idNumber.citizen' : 'idNumber.tax'), {
      hint: t(citizen ? 'idNumber.citizenHint' : 'idNumber.taxHint'), inputmode: citizen ? 'numeric' : 'text', maxlength: 20, controlClass: 'short', spellcheck: false,
    })}
    ${text('fullName', t(`fullName.${v.type}`), { autocomplete: citizen ? 'name' : 'organization', maxlength: 150 })}`;
  return html`${who}
    ${text('phone', t('phone'), { hint: t('phoneHint'), type: 'tel', autocomplete: 'tel', inputmode: 'tel', maxlength: 20, controlClass: 'short' })}
    ${text('email', t('email'), { hint: t('emailHint'), required: false, type: 'email', autocomplete: 'email', maxlength: 254, spellcheck: false })}
    ${text('address', t('address'), { required: false, autocomplete: 'street-address', maxlength: 300 })}
    ${text('note', t('note'), { hint: t('noteHint', { max: NOTE_MAX }), required: false, multiline: true, maxlength: NOTE_MAX })}
  `;
}

