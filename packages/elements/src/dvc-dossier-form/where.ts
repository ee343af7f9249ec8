// The "where and how" step of <dvc-dossier-form>: the receiving province (asked only when neither the
// procedure nor the page fixes it) and commune (commune-level procedures), and how the result comes
// back (in person, by post to an address, electronically).
import { html, nothing, type TemplateResult } from 'lit';
import type { DeliveryMethod, Locale } from '@dvc-kit/sdk';
import { deliveryMethodLabels, formatFieldMessage, type Commune, type DeclarationForm, type FormField } from '@dvc-kit/sdk/contract';
import {
  checkDeclaration, choiceGroup, provinceName, provinceOptions, renderEntry, selectInput, type EFormContext, type FieldErrors,
} from '../shared/form/index.js';
import type { DossierFormKey } from './dvc-dossier-form.strings.js';

/** Where and how: the receiving province and commune, and how the result comes back. */
export interface WhereValues {
  province: string;
  commune: string;
  delivery: DeliveryMethod;
  address: { province?: string; commune?: string; street?: string };
}

export const emptyWhere = (): WhereValues => ({ province: '', commune: '', delivery: 'in_person', address: {} });
export const deliveryMethods = Object.keys(deliveryMethodLabels) as DeliveryMethod[];

/** The postal address, checked as the portal checks it (`delivery.address.street`…). */
const addressField = (label: { vi: string; en: string }): FormField => ({ key: 'address', type: 'address', required: true, showWhen: null, hint: null, label });
const addressLabel = { vi: 'Địa chỉ nhận kết quả', en: 'Address for the result' };

export function checkWhere(
  w: WhereValues, locale: Locale, o: { asksProvince: boolean; needsCommune: boolean; provinceMissing: string; form: DeclarationForm },
): FieldErrors {
  const errors: FieldErrors = new Map();
  if (o.asksProvince && !w.province) errors.set('province', o.provinceMissing);
  if (o.needsCommune && !w.commune) errors.set('commune', formatFieldMessage(locale, 'commune.required'));
  if (w.delivery === 'post') {
    const address = { province: w.address.province ?? '', commune: w.address.commune ?? '', street: w.address.street ?? '' };
    const form = { ...o.form, sections: [{ key: 'delivery', title: o.form.title, hint: null, fields: [addressField(addressLabel)] }] };
    for (const [k, m] of checkDeclaration(form, { address }, locale, {}, 'delivery').errors) errors.set(k, m);
  }
  return errors;
}

type T = (key: DossierFormKey, params?: Record<string, string | number>) => string;

export function renderWhere(t: T, locale: Locale, o: {
  where: WhereValues; errors: FieldErrors; asksProvince: boolean; province: string | undefined;
  communes: Commune[] | 'loading' | 'failed' | undefined;
  set: (patch: Partial<WhereValues>, path: string) => void;
  addressCtx: (set: EFormContext['set']) => EFormContext;
}): TemplateResult {
  const { where: w, communes } = o;
  return html`
    ${o.asksProvince
      ? selectInput(t, { id: 'province', label: t('province'), hint: t('provinceHint'), required: true, error: o.errors.get('province'),
        options: provinceOptions(locale), value: w.province, onChange: (v) => o.set({ province: v, commune: '' }, 'province') })
      : o.province ? html`<p><strong>${t('province')}:</strong> ${provinceName(o.province, locale)}</p>` : nothing}
    ${communes
      ? selectInput(t, { id: 'commune', label: t('commune'), required: true, error: o.errors.get('commune'),
        hint: communes === 'loading' ? t('form.communeLoading') : communes === 'failed' ? t('form.communeFailed') : t('communeHint'),
        options: Array.isArray(communes) ? communes.map((c) => ({ value: c.code, label: c.name })) : [], busy: communes === 'loading',
        value: Array.isArray(communes) ? w.commune : '', onChange: (v) => o.set({ commune: v }, 'commune') })
      : nothing}
    ${choiceGroup(t, { id: 'delivery-method', label: t('delivery'), required: true,
      options: deliveryMethods.map((m) => ({ value: m, label: deliveryMethodLabels[m][locale] })),
      value: w.delivery, onChange: (v) => o.set({ delivery: v }, 'delivery.method') })}
    ${w.delivery === 'post'
      ? renderEntry(o.addressCtx((_path, value) => o.set({ address: value as WhereValues['address'] }, 'delivery.address')),
        addressField({ vi: t('deliveryAddress'), en: t('deliveryAddress') }))
      : nothing}`;
}
