import { streamSSE } from 'hono/streaming';
import {
  acceptsFile, checkDocuments, checkFormData, vietnamDay, dossierStatusInfo, finalDossierStatuses, formatMessage, formFieldErrors, provinceByCode,
  type DeclarationForm, type Dossier, type DossierEvent, type DossierStatus, type DossierSubmitInput, type FieldError, type Locale,
} from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { ApiError } from '../errors.js';
import { submittingAccount } from '../http/account.js';
import { fieldError } from '../http/field-errors.js';
import type { Module } from '../server.js';
import { attachmentType } from '../store/attachments.js';
import {
  changeStatus, createDossier, dossierHistory, findDossier, findDossierForVerifier, nextOnPath, runSchedule, sendSupplement, stepActors,
  toDossier, type Supplement,
} from '../store/dossiers.js';
import { agencyOfDossierCode, requireActsFor } from '../store/tenants.js';
import { json } from '../store/db.js';
import { findLocalInstance, findProcedure } from '../store/procedures.js';
import { communeExists, findCommune } from '../store/places.js';

const HEARTBEAT_MS = 15_000;

function checkAttachments(sb: Sandbox, ids: string[], locale: 'vi' | 'en', field: string): void {
  const missing = ids
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => attachmentType(sb, id) === undefined);
  if (missing.length) {
    throw fieldError(locale, missing.map(({ id, index }) => ({ path: [field, index], code: 'attachment.not_found', params: { id } })));
  }
}

/** The form that checks a postal address for the result. */
const deliveryAddressForm: DeclarationForm = {
  title: { vi: 'Nhận kết quả', en: 'Receiving the result' },
  kind: 'generic',
  sections: [{
    key: 'delivery', title: { vi: 'Nhận kết quả', en: 'Receiving the result' }, hint: null,
    fields: [{
      key: 'address', type: 'address', required: true, showWhen: null, hint: null,
      label: { vi: 'Địa chỉ nhận kết quả', en: 'Address for the result' },
    }],
  }],
};

type Submission = Omit<DossierSubmitInput, 'formData' | 'documents' | 'delivery'> & Required<Pick<DossierSubmitInput, 'formData' | 'documents' | 'delivery'>>;

/**
 * Everything a submission must satisfy beyond its shape, against the procedure's own record: the
 * declaration form, the document slots (required ones present, each file of a type the slot
 * takes), the receiving commune of a commune-level procedure and the postal address. Every problem
 * at once, each naming its field; otherwise the data to store.
 */
function checkSubmission(
  sb: Sandbox, body: Submission, procedure: NonNullable<ReturnType<typeof findProcedure>>, locale: Locale,
): { formData: Record<string, unknown>; commune: { code: string; name: string } | null; deliveryAddress: string | null } {
  const detail = procedure.detailObject;
  const now = sb.now();
  const errors: FieldError[] = [];
  const form = checkFormData(detail.form, body.formData, { today: vietnamDay(now), communeExists });
  errors.push(...formFieldErrors(form.issues, locale, ['formData']));
  errors.push(...formFieldErrors(checkDocuments(detail.documents, body.documents, form.value), locale));
  // One file is one paper: the same file under two slots (or also among the other files) would
  // leave one of them empty once stored.
  const usedBy = new Map<string, string>();
  for (const id of body.attachmentIds ?? []) usedBy.set(id, locale === 'vi' ? 'Tệp khác' : 'Other files');
  for (const doc of detail.documents) {
    (body.documents[doc.key] ?? []).forEach((id, index) => {
      const type = attachmentType(sb, id);
      const path = `documents.${doc.key}.${index}`;
      const other = usedBy.get(id);
      usedBy.set(id, doc.name);
      if (other !== undefined) {
        errors.push({ path, code: 'document.same_file', message: formatMessage(locale, 'document.same_file', { name: doc.name, other }) });
      } else if (type === undefined) {
        errors.push({ path, code: 'attachment.not_found', message: formatMessage(locale, 'attachment.not_found', { id }) });
      } else if (!acceptsFile(doc, type)) {
        const accept = doc.accept.map((a) => a.toUpperCase()).join(', ');
        errors.push({ path, code: 'document.type', message: formatMessage(locale, 'document.type', { name: doc.name, accept }) });
      }
    });
  }
  let commune: { code: string; name: string } | null = null;
  const province = procedure.province_code ?? body.province;
  if (body.commune !== undefined || (procedure.level === 'commune' && province)) {
    const found = body.commune && province ? findCommune(province, body.commune) : undefined;
    if (!body.commune) {
      errors.push({ path: 'commune', code: 'commune.required', message: formatMessage(locale, 'commune.required') });
    } else if (!found) {
      const field = locale === 'vi' ? 'Xã/phường nơi nộp' : 'Receiving commune';
      errors.push({ path: 'commune', code: 'commune.unknown', message: formatMessage(locale, 'commune.unknown', { field, commune: body.commune }) });
    } else commune = { code: found.code, name: found.name };
  }
  let deliveryAddress: string | null = null;
  if (body.delivery.method === 'post') {
    const checked = checkFormData(deliveryAddressForm, { address: body.delivery.address }, { communeExists });
    errors.push(...formFieldErrors(checked.issues, locale, ['delivery']));
    const address = checked.value.address as { province: string; commune: string; street: string } | undefined;
    if (address && !checked.issues.length) {
      deliveryAddress = [address.street, findCommune(address.province, address.commune)?.name, provinceByCode(address.province)?.name]
        .filter(Boolean).join(', ');
    }
  }
  if (errors.length) throw new ApiError(400, 'validation_failed', {}, errors);
  return { formData: form.value, commune, deliveryAddress };
}

function toEvent(entry: ReturnType<typeof dossierHistory>[number], code: string): DossierEvent {
  return { id: entry.id, code, status: entry.status, previousStatus: entry.previousStatus, at: entry.at, note: entry.note ?? entry.action };
}

export const dossiersModule: Module = {
  handlers: {
    'dossiers.submit': async ({ body, headers, key, sb, locale, client, c }) => {
      // For a logged-in citizen (Dvc-Account, sent by the integrator's server): tied to the account.
      const token = headers['dvc-account'];
      const account = token === undefined ? null : await submittingAccount(sb, key, token, c.req.header('origin'), client, body.applicant, locale);
      let procedure = findProcedure(sb, body.serviceCode);
      if (!procedure) throw new ApiError(404, 'service_not_found', { code: body.serviceCode });
      if (body.province && !provinceByCode(body.province)) {
        throw fieldError(locale, [{ path: ['province'], code: 'province.unknown', params: { province: body.province } }]);
      }
      // A national code of a local procedure is submitted to that procedure's instance in the chosen province.
      if (!procedure.is_local && procedure.level !== 'central') {
        if (!body.province) throw fieldError(locale, [{ path: ['province'], code: 'province.required_for_local' }]);
        const local = findLocalInstance(sb, procedure.national_code, body.province);
        if (local) procedure = findProcedure(sb, local.code)!;
      }
      if (procedure.online_level === 'none') throw new ApiError(422, 'service_not_online', { code: procedure.code });
      // A citizen's account below the procedure's identity level may not submit it (PORTAL-INTEGRATION:
      // "refuse identity below level 2 where the procedure needs it"). Typed applicants are the
      // anonymous path, which this does not concern.
      const required = procedure.detailObject.identityLevel;
      if (account && account.persona.type === 'citizen' && account.persona.level < required) {
        throw new ApiError(422, 'identity_level_too_low', { code: procedure.code, level: account.persona.level, required });
      }
      checkAttachments(sb, body.attachmentIds, locale, 'attachmentIds');
      const checked = checkSubmission(sb, body, procedure, locale);

      const row = createDossier(sb, {
        procedure,
        province: procedure.province_code ?? body.province ?? null,
        applicant: body.applicant,
        formData: checked.formData,
        note: body.note ?? null,
        commune: checked.commune,
        delivery: { method: body.delivery.method, address: checked.deliveryAddress },
        documents: body.documents,
        attachmentIds: body.attachmentIds,
        key: key!.key,
        accountSub: account ? account.sub : null,
      });
      return toDossier(sb, row);
    },

    'dossiers.get': ({ params, headers, sb, client }) => toDossier(sb, findDossierForVerifier(sb, params.code, headers['dvc-verifier'], client)),

    'dossiers.events': ({ params, headers, sb, c, client }) => {
      const row = findDossierForVerifier(sb, params.code, headers['dvc-verifier'], client);
      const lastId = Number(c.req.header('last-event-id') ?? 0) || 0;
      return streamSSE(c, async (stream) => {
        let sent = lastId;
        let wake: (() => void) | null = null;
        const onStatus = ({ code }: { id: number; code: string }) => {
          if (code === row.code) wake?.();
        };
        sb.events.on('dossier.status', onStatus);
        stream.onAbort(() => {
          sb.events.off('dossier.status', onStatus);
          wake?.();
        });
        try {
          await stream.writeSSE({ event: 'ready', data: JSON.stringify({ code: row.code }), retry: 3000 });
          while (!stream.aborted) {
            for (const entry of dossierHistory(sb, row.code, sent)) {
              await stream.writeSSE({ id: String(entry.id), event: 'status', data: JSON.stringify(toEvent(entry, row.code)) });
              sent = entry.id;
            }
            const current = findDossier(sb, row.code);
            // Removed by its one-stop system (the sync API), or final: nothing more will come.
            if (!current || finalDossierStatuses.includes(current.status)) break;
            await new Promise<void>((resolve) => {
              wake = resolve;
              const timer = setTimeout(resolve, HEARTBEAT_MS);
              timer.unref?.();
            });
            wake = null;
            if (!stream.aborted && dossierHistory(sb, row.code, sent).length === 0) await stream.write(': keep-alive\n\n');
          }
        } finally {
          sb.events.off('dossier.status', onStatus);
        }
      });
    },

    'dossiers.supplement': ({ params, headers, body, sb, locale, client }) => {
      const row = findDossierForVerifier(sb, params.code, headers['dvc-verifier'], client);
      const supplement = json<Supplement>(row.supplement);
      if (row.status !== 'waiting' || supplement?.state !== 'requested') throw new ApiError(409, 'supplement_not_requested');
      checkAttachments(sb, body.attachmentIds, locale, 'attachmentIds');
      sendSupplement(sb, row, supplement, body.note, body.attachmentIds);
      return toDossier(sb, findDossier(sb, row.code)!);
    },

    'dossiers.withdraw': ({ params, headers, body, sb, client }) => {
      const row = findDossierForVerifier(sb, params.code, headers['dvc-verifier'], client);
      if (finalDossierStatuses.includes(row.status) || row.status === 'releasing') {
        throw new ApiError(409, 'not_withdrawable', { status: dossierStatusInfo[row.status].label });
      }
      const updated = changeStatus(sb, row.code, 'cancelled', {
        actor: json<{ fullName: string }>(row.applicant)!.fullName,
        role: 'Người nộp hồ sơ',
        action: 'Rút hồ sơ',
        note: body.reason,
      });
      return toDossier(sb, updated);
    },

    'admin.dossiers.status': ({ params, body, key, sb }) => {
      // The code names its agency: another agency's code is refused before it is looked up, so the
      // answer is the same whether that dossier exists or not.
      requireActsFor(key!, agencyOfDossierCode(params.code));
      const row = findDossier(sb, params.code);
      if (!row) throw new ApiError(404, 'dossier_not_found');
      requireActsFor(key!, row.agency_code);
      const to: DossierStatus | null = body.status ?? nextOnPath(row);
      if (!to) {
        throw new ApiError(409, 'invalid_transition', {
          from: dossierStatusInfo[row.status].label,
          to: '—',
        });
      }
      const actor = stepActors[to] ?? { actor: 'Cán bộ xử lý', role: 'Chuyên viên xử lý', action: dossierStatusInfo[to].label.vi };
      return toDossier(sb, changeStatus(sb, row.code, to, { ...actor, note: body.note ?? null }));
    },
  },
  tick: runSchedule,
};

export type { Dossier };
