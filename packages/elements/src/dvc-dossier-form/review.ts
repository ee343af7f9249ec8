// The review step of <dvc-dossier-form>: every answer, with a "Sửa" link back to its field.
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, RequiredDocument, ServiceDetail } from '@dvc-kit/sdk';
import { deliveryMethodLabels } from '@dvc-kit/sdk/contract';
import { fieldId, provinceName, type AnswerRow, type Uploads } from '../shared/form/index.js';
import { formatDate } from '../shared/localize.js';
import { applicantInput, type ApplicantValues } from './applicant.js';
import type { IdentityFields } from './identity.js';
import type { DossierStep } from './model.js';
import type { DossierFormKey } from './dvc-dossier-form.strings.js';
import type { WhereValues } from './where.js';

type T = (key: DossierFormKey, params?: Record<string, string | number>) => string;

export function renderReview(t: T, locale: Locale, o: {
  detail: ServiceDetail; applicant: ApplicantValues; identity: IdentityFields | undefined; where: WhereValues; answers: AnswerRow[]; slots: readonly RequiredDocument[];
  files: Uploads; province: string | undefined; asksProvince: boolean; commune: string | undefined;
  change: (step: DossierStep, focus: string) => void;
}): TemplateResult {
  const row = (label: string, value: unknown, step?: DossierStep, path?: string) => {
    const id = fieldId(path ?? '');
    return html`<div class="row">
      <dt>${label}</dt>
      <dd class="value">${value === '' || value === undefined ? html`<span class="muted">${t('notProvided')}</span>` : value}</dd>
      ${step
        ? html`<dd class="change"><a href="#${id}" @click=${(e: Event) => { e.preventDefault(); o.change(step, `#${id}`); }}
            >${t('change')}<span class="visually-hidden"> ${label}</span></a></dd>`
        : nothing}
    </div>`;
  };
  const a = o.applicant;
  // What the identity gave cannot be changed here: no "Sửa" link back to it.
  const who: DossierStep | undefined = o.identity ? undefined : 'applicant';
  const names = (key: string | null) => o.files.in(key).filter((f) => f.state === 'done').map((f) => f.name).join(', ');
  return html`<p>${t('reviewIntro')}</p>
    <dl class="summary">
      ${row(t('procedure'), o.detail.name)}
      ${o.identity ? row(t('account.review'), t('account.reviewValue', { name: o.identity.fullName, level: o.identity.level ?? '?' }), 'applicant', 'applicant-source-account') : nothing}
      ${row(t('typeLegend'), t(`type.${a.type}`), who, 'applicant-type')}
      ${row(t(a.type === 'citizen' ? 'idNumber.citizen' : 'idNumber.tax'), a.idNumber.trim(), who, 'applicant.idNumber')}
      ${row(t(`fullName.${a.type}`), a.fullName.trim(), who, 'applicant.fullName')}
      ${o.identity?.birthDate ? row(t('account.birthDate'), formatDate(locale, o.identity.birthDate)) : nothing}
      ${row(t('phone'), applicantInput(a).phone, 'applicant', 'applicant.phone')}
      ${row(t('email'), a.email.trim(), 'applicant', 'applicant.email')}
      ${row(t('address'), a.address.trim(), 'applicant', 'applicant.address')}
      ${row(t('note'), a.note.trim(), 'applicant', 'note')}
      ${o.answers.map((r) => row(r.label, r.text, 'form', r.path))}
      ${o.slots.map((d) => row(d.name, names(d.key), 'documents', `documents.${d.key}-input`))}
      ${o.files.in(null).length ? row(t('otherFiles'), names(null), 'documents', 'attachmentIds-input') : nothing}
      ${o.province ? row(t('province'), provinceName(o.province, locale), o.asksProvince ? 'where' : undefined, 'province') : nothing}
      ${o.commune !== undefined ? row(t('commune'), o.commune, 'where', 'commune') : nothing}
      ${row(t('delivery'), html`${deliveryMethodLabels[o.where.delivery][locale]}${o.where.delivery === 'post' ? html`: ${o.where.address.street ?? ''}` : nothing}`, 'where', `delivery-method-${o.where.delivery}`)}
    </dl>`;
}
