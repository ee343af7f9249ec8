// The rest of a dossier's life in <dvc-dossier-tracker>: its papers (receipt, result, files by
// slot), the supplement step, withdrawal and paying, each driven by keyboard or mouse against the
// sandbox, axe-clean in every state. The lookup itself and live updates: dvc-dossier-tracker.test.ts.
import { html } from 'lit';
import { createClient, type Dossier, type DvcClient } from '@dvc-kit/sdk';
import { configure } from '../shared/config.js';
import {
  $, $$, assert, cleanup, click, equal, expectAccessible, fixture, move, press, sandbox, submitValidDossier, type, useSandbox, waitFor,
} from '../test-support.js';
import type { DvcDossierTracker } from './dvc-dossier-tracker.js';
import './index.js';

const phone = '0912345678';
const applicant = { type: 'citizen', fullName: 'Nguyễn Thị Mai', idNumber: '038195012345', phone } as const;
/** How long to wait for what the live stream brings: more than one polling round (5 s) if it falls back. */
const LIVE = 12_000;

let dvc: DvcClient;

/** A dossier of its own for each test: birth registration (1.001193, no fees) by default. */
function submit(serviceCode = '1.001193'): Promise<Dossier> {
  return submitValidDossier(dvc, { serviceCode, province: '46', applicant });
}

/** A tracker showing `dossier`, looked up by typing the phone and pressing Enter. */
async function track(dossier: Dossier, attributes: { payHref?: string; lang?: string } = {}): Promise<DvcDossierTracker> {
  const tracker = await fixture<DvcDossierTracker>(html`<dvc-dossier-tracker code=${dossier.code}
    pay-href=${attributes.payHref ?? ''} lang=${attributes.lang ?? 'vi'}></dvc-dossier-tracker>`);
  await click($(tracker, '#phone')!);
  await type(phone);
  await press('Enter');
  await waitFor(() => $(tracker, '#result-title'), 'the dossier');
  return tracker;
}

const statusText = (tracker: DvcDossierTracker) => $(tracker, '[part="status"] strong')?.textContent?.trim();
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The value the summary list shows under `label`. */
const summaryValue = (tracker: DvcDossierTracker, label: string) =>
  text($$(tracker, '[part="summary"] dt').find((dt) => dt.textContent === label)?.nextElementSibling);

describe('<dvc-dossier-tracker>: the rest of the journey', () => {
  before(async () => {
    await useSandbox();
    const { sandboxUrl, publishableKey } = await sandbox();
    dvc = createClient({ baseUrl: sandboxUrl, key: publishableKey, retry: 0 });
  });

  afterEach(async () => {
    cleanup();
    await useSandbox();
    configure({ client: undefined });
  });

  it('shows the receiving commune, how the result comes, the receipt and each file under its document slot', async () => {
    const dossier = await submit();
    assert(dossier.commune, 'a commune-level dossier has its commune');
    const tracker = await track(dossier);
    equal(summaryValue(tracker, 'Nơi tiếp nhận'), dossier.commune.name, 'the receiving commune');
    equal(summaryValue(tracker, 'Hình thức nhận kết quả'), 'Nhận trực tiếp tại nơi nộp hồ sơ', 'the delivery method, from the contract labels');
    const receipt = $<HTMLAnchorElement>(tracker, '[part="receipt"]')!;
    equal(text(receipt), 'Giấy tiếp nhận hồ sơ (PDF)', 'the receipt link');
    equal(receipt.href, dossier.receiptUrl, 'to the receipt the API signed');
    equal($(tracker, '[part="result-file"]'), null, 'no result before it is issued');

    // The slots' names come from the procedure's record.
    const detail = await dvc.services.get(dossier.service.code);
    const files = await waitFor(() => {
      const list = $(tracker, '[part="files"]');
      return list && !text(list).includes('Giấy tờ kèm theo') ? list : undefined;
    }, 'the slot names');
    for (const file of dossier.attachments) {
      const slot = detail.documents.find((doc) => doc.key === file.document)!;
      const item = [...files.children].find((li) => text(li.querySelector('.slot-name')) === slot.name);
      assert(item && text(item).includes(file.name), `${file.name} under "${slot.name}": ${text(files)}`);
    }
    await expectAccessible(tracker, 'papers');
  });

  it('offers the electronic result, named and dated, once the dossier is released', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const dossier = await submit();
    const tracker = await track(dossier);
    await waitFor(() => $(tracker, '.live-watching'), 'watching', LIVE);
    for (const status of ['new', 'processing', 'releasing'] as const) await move(dossier.code, status);
    const released = await dvc.dossiers.get(dossier.code, { verifier: phone });
    assert(released.result, 'the API issues a result');
    const link = await waitFor(() => $<HTMLAnchorElement>(tracker, '[part="result-file"] a'), 'the result link', LIVE);
    equal(text(link), 'Tải kết quả điện tử (PDF)', 'its text');
    equal(link.href, released.result.url, 'to the result the API signed');
    const day = released.result.issuedAt && text($(tracker, '#result-name'));
    assert(day.startsWith(`${released.result.name}, cấp ngày `) && /\d{2}\/\d{2}\/\d{4}$/.test(day), `name and date: ${day}`);
    await expectAccessible(tracker, 'result issued');
  });
});
