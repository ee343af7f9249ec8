// Helpers of <dvc-dossier-form>'s tests (dvc-dossier-form.test.ts, account.test.ts): mounting, the steps
// with the keyboard and the mouse, uploads, submitting.
import { html } from 'lit';
import type { Dossier } from '@dvc-kit/sdk';
import { $, $$, assert, click, closeSuggestions, deepActiveElement, equal, fixture, pdf, pickFiles, press, type, waitFor } from '../test-support.js';
import type { DvcDossierForm, DvcDossierSubmittedDetail } from './index.js';

export const SERVICE = '1.001193'; // Đăng ký khai sinh: commune-level, its own declaration form and three document slots
export const GENERIC = '1.015304'; // a central procedure with the generic request form and one required document
export const DRAFT = `dvc-kit:draft:dossier:${SERVICE}`;
export const KEPT = `${DRAFT}:submitted`;
export const CCCD = '038195012345';
export const PHONE = '0912345678';
export const REFUSED = 'http://127.0.0.1:9'; // nothing listens there: the connection is refused

export interface Saved { values: Record<string, any>; idempotencyKey: string; sent?: string; rejected?: boolean }
export const saved = (storage: Storage = sessionStorage, key = DRAFT): Saved | null => {
  const raw = storage.getItem(key);
  return raw ? (JSON.parse(raw) as Saved) : null;
};

export async function mount(template = html`<dvc-dossier-form service=${SERVICE} province="46"></dvc-dossier-form>`): Promise<DvcDossierForm> {
  const element = await fixture<DvcDossierForm>(template);
  await waitFor(() => $(element, 'form, .not-online, .alert, .result'), 'the procedure to load', 8000);
  return element;
}

export const get = <E extends HTMLElement = HTMLInputElement>(element: Element, id: string): E => {
  const found = $<E>(element, `#${id}`);
  assert(found, `#${id} is rendered`);
  return found;
};
export const heading = (element: Element) => $(element, '[part~="heading"]')!;
export const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
export const summary = (element: Element) => $(element, '.error-summary')?.textContent?.replace(/\s+/g, ' ') ?? '';
export const rowValue = (element: Element, label: string) => $$(element, '.summary .row')
  .find((r) => r.querySelector('dt')!.textContent!.trim() === label)?.querySelector('.value')!.textContent!.replace(/\s+/g, ' ').trim();

export async function clickAndType(element: Element, id: string, value: string): Promise<void> {
  await click(get(element, id));
  await type(value);
  await closeSuggestions();
}

/** Chooses an option of a select with the keyboard (arrow keys on the closed select). */
export async function choose(element: Element, id: string, value: string): Promise<void> {
  const select = get<HTMLSelectElement>(element, id);
  await waitFor(() => !select.disabled && [...select.options].some((o) => o.value === value), `option ${value} of #${id}`);
  select.focus();
  const target = [...select.options].findIndex((o) => o.value === value);
  for (let i = 0; i < 60 && select.value !== value; i++) await press(select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp');
  await waitFor(() => select.value === value, `#${id} = ${value}`);
}

export async function next(element: DvcDossierForm, expected: string): Promise<void> {
  await click($(element, '[part~="continue"]')!);
  await waitFor(() => heading(element)?.textContent === expected, `"${expected}" (summary: ${summary(element)})`);
  equal(deepActiveElement(), heading(element), `focus on "${expected}"`);
}

export async function fillApplicant(element: DvcDossierForm): Promise<void> {
  await clickAndType(element, 'applicant-idNumber', CCCD);
  await clickAndType(element, 'applicant-fullName', 'Nguyễn Thị Mai');
  await clickAndType(element, 'applicant-phone', PHONE);
}

/** The child's and the mother's data, with the mouse and the keyboard; the father not declared. */
export async function fillBirth(element: DvcDossierForm, relationship = 'mother'): Promise<void> {
  await click(get(element, `formData-relationship-${relationship}`));
  await clickAndType(element, 'formData-childFullName', 'Trần Minh An');
  await clickAndType(element, 'formData-childBirthDate', '15/01/2024');
  await click(get(element, 'formData-childSex-male'));
  await clickAndType(element, 'formData-childEthnicity', 'Kinh');
  await clickAndType(element, 'formData-childNationality', 'Việt Nam');
  await clickAndType(element, 'formData-childBirthPlace', 'Bệnh viện Trung ương Huế');
  await clickAndType(element, 'formData-motherFullName', 'Nguyễn Thị Mai');
  await clickAndType(element, 'formData-motherBirthDate', '02/03/1995');
  await clickAndType(element, 'formData-motherEthnicity', 'Kinh');
  await clickAndType(element, 'formData-motherNationality', 'Việt Nam');
  await choose(element, 'formData-motherResidence-province', '46');
  await choose(element, 'formData-motherResidence-commune', '19753');
  await clickAndType(element, 'formData-motherResidence-street', '12 Lê Lợi');
  await click(get(element, 'formData-fatherDeclared-no'));
}

export async function upload(element: DvcDossierForm, slot: string): Promise<void> {
  pickFiles(get(element, `documents-${slot}-input`), [pdf(`${slot}.pdf`)]);
  await waitFor(() => $(element, `#documents-${slot} .file[data-state="done"]`), `the ${slot} file uploaded`, 8000);
}

/** From the empty form to the review step of the birth registration. */
export async function toReview(element: DvcDossierForm): Promise<void> {
  await fillApplicant(element);
  await next(element, 'Tờ khai đăng ký khai sinh');
  await fillBirth(element);
  await next(element, 'Giấy tờ kèm theo');
  await upload(element, 'birthCertificate');
  await upload(element, 'idDocument');
  await next(element, 'Nơi nộp và cách nhận kết quả');
  await choose(element, 'commune', '19774');
  await next(element, 'Kiểm tra lại thông tin');
}

export async function submitAndWait(element: DvcDossierForm): Promise<Dossier> {
  const submitted = new Promise<Dossier>((resolve) =>
    element.addEventListener('dvc-dossier-submitted', (e) => resolve((e as CustomEvent<DvcDossierSubmittedDetail>).detail.dossier), { once: true }));
  await click($(element, '[part~="submit"]')!);
  const dossier = await submitted;
  await waitFor(() => heading(element)?.textContent === 'Nộp hồ sơ thành công', 'the success screen');
  return dossier;
}

