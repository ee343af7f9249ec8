import { provinces, type ServiceDetail } from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { seedPetitions } from '../routes/petitions.js';
import { indexText } from '../search/fold.js';
import { LOCAL_PLACEHOLDER_AGENCY } from '../store/services.js';
import { generateProcedures } from './generate.js';
import { procedures, type SeedProcedure } from './procedures.js';
import { sectors } from './sectors.js';

/** Abbreviations citizens type, indexed with every procedure whose name spells them out. */
const abbreviations: [spelled: string, short: string[]][] = [
  ['giay phep lai xe', ['gplx', 'bang lai']],
  ['can cuoc', ['cccd', 'cmnd']],
  ['bao hiem y te', ['bhyt']],
  ['bao hiem xa hoi', ['bhxh']],
  ['ly lich tu phap', ['lltp']],
  ['ho kinh doanh', ['hkd', 'dkkd']],
  ['dang ky kinh doanh', ['dkkd']],
  ['giay phep xay dung', ['gpxd']],
];

/**
 * Agency codes in the sandbox: `000.00.00.G01`… for central bodies, and for each province `pp`
 * (its 2-digit code) `000.00.00.Hpp` (People's Committee), `000.dd.00.Hpp` (departments) and
 * `000.00.0c.Hpp` (a representative commune People's Committee, c = 1, and commune police, c = 2).
 * The shape follows the portal's codes (`000.17.22.H56`); the numbers are the sandbox's own.
 */
const COMMUNE_AGENCIES: Record<string, string> = { 'Ủy ban nhân dân cấp xã': '01', 'Công an cấp xã': '02' };

export function seedIfEmpty(sb: Sandbox): void {
  const db = sb.db;
  const seeded = db.prepare(`SELECT value FROM meta WHERE key = 'seed_size'`).pluck().get() as string | undefined;
  if (seeded !== undefined) {
    if (Number(seeded) !== sb.options.seedSize && sb.options.seedSize > 0) {
      sb.log(`this data dir was seeded with seed size ${seeded}, not ${sb.options.seedSize} (--seed-size); use a new --data-dir to reseed`);
    }
    return;
  }
  const started = performance.now();
  const now = sb.now().toISOString();
  const sectorName = new Map(sectors.map((s) => [s.code, s.name]));
  const national = [...procedures, ...generateProcedures(sb.options.seedSize)];

  db.transaction(() => {
    const insertSector = db.prepare('INSERT INTO sectors (code, name, name_en) VALUES (?, ?, ?)');
    for (const s of sectors) insertSector.run(s.code, s.name, s.nameEn);

    const insertAgency = db.prepare('INSERT OR IGNORE INTO agencies (code, name, level, province_code) VALUES (?, ?, ?, ?)');
    insertAgency.run(LOCAL_PLACEHOLDER_AGENCY, 'Theo địa phương', 'province', null);
    const central = new Map<string, string>();
    const departments = new Map<string, string>();
    for (const p of national) {
      if (p.level === 'central' && !central.has(p.implementingAgency)) {
        central.set(p.implementingAgency, `000.00.00.G${String(central.size + 1).padStart(2, '0')}`);
      }
      if (p.level === 'province' && !departments.has(p.implementingAgency)) {
        departments.set(p.implementingAgency, String(departments.size + 1).padStart(2, '0'));
      }
    }
    for (const [name, code] of central) insertAgency.run(code, name, 'central', null);
    for (const province of provinces) {
      const h = `H${province.code}`;
      insertAgency.run(`000.00.00.${h}`, `Ủy ban nhân dân ${province.name}`, 'province', province.code);
      for (const [name, dd] of departments) insertAgency.run(`000.${dd}.00.${h}`, `${name} ${province.name}`, 'province', province.code);
      for (const [name, c] of Object.entries(COMMUNE_AGENCIES)) {
        insertAgency.run(`000.00.${c}.${h}`, `${name} (đại diện) – ${province.name}`, 'commune', province.code);
      }
    }

    const insertProcedure = db.prepare(
      `INSERT INTO procedures (code, national_code, is_local, name, sector_code, agency_code, level, province_code,
         aud_citizen, aud_business, aud_organisation, online_level, status, replaced_by, fee_from, detail)
       VALUES (@code, @national_code, @is_local, @name, @sector_code, @agency_code, @level, @province_code,
         @aud_citizen, @aud_business, @aud_organisation, @online_level, @status, @replaced_by, @fee_from, @detail)`,
    );
    const insertFts = db.prepare('INSERT INTO procedures_fts (rowid, name, keywords, sector, code) VALUES (?, ?, ?, ?, ?)');
    const agencyName = db.prepare('SELECT name FROM agencies WHERE code = ?').pluck();

    const add = (p: SeedProcedure, code: string, agencyCode: string, province: { code: string; name: string } | null) => {
      const channel = p.channels.find((c) => c.channel === 'online') ?? p.channels[0];
      const fixed = p.channels.flatMap((c) => c.fees).map((f) => f.amount).filter((a): a is number => a !== null);
      const detail: ServiceDetail = {
        code,
        nationalCode: p.code,
        name: p.name,
        sector: { code: p.sector, name: sectorName.get(p.sector) ?? p.sector },
        agency: { code: agencyCode, name: (agencyName.get(agencyCode) as string | undefined) ?? p.implementingAgency },
        level: p.level,
        province,
        audiences: p.audiences,
        onlineLevel: p.onlineLevel,
        processingTime: channel?.processingTime ?? null,
        feeFrom: fixed.length ? Math.min(...fixed) : null,
        status: p.status,
        implementingAgency: p.implementingAgency,
        decidingAuthority: p.decidingAuthority,
        coordinatingAgencies: p.coordinatingAgencies,
        channels: p.channels,
        documents: p.documents,
        steps: p.steps,
        conditions: p.conditions,
        result: p.result,
        legalBasis: p.legalBasis,
        identityLevel: p.identityLevel,
        replacedBy: p.replacedBy,
        previousCodes: p.previousCodes,
        updatedAt: now,
      };
      const info = insertProcedure.run({
        code,
        national_code: p.code,
        is_local: province ? 1 : 0,
        name: p.name,
        sector_code: p.sector,
        agency_code: agencyCode,
        level: p.level,
        province_code: province?.code ?? null,
        aud_citizen: p.audiences.includes('citizen') ? 1 : 0,
        aud_business: p.audiences.includes('business') ? 1 : 0,
        aud_organisation: p.audiences.includes('organisation') ? 1 : 0,
        online_level: p.onlineLevel,
        status: p.status,
        replaced_by: p.replacedBy,
        fee_from: detail.feeFrom,
        detail: JSON.stringify(detail),
      });
      const name = indexText(p.name);
      const extra = abbreviations.filter(([spelled]) => name.includes(spelled)).flatMap(([, short]) => short);
      insertFts.run(
        info.lastInsertRowid,
        name,
        indexText([...p.keywords, ...extra].join(' ')),
        indexText(sectorName.get(p.sector) ?? ''),
        indexText(code),
      );
    };

    for (const p of national) {
      if (p.level === 'central') {
        add(p, p.code, central.get(p.implementingAgency)!, null);
        continue;
      }
      add(p, p.code, LOCAL_PLACEHOLDER_AGENCY, null);
      if (p.status !== 'active') continue;
      for (const province of provinces) {
        const h = `H${province.code}`;
        const agency = p.level === 'commune'
          ? `000.00.${COMMUNE_AGENCIES[p.implementingAgency] ?? '01'}.${h}`
          : `000.${departments.get(p.implementingAgency)}.00.${h}`;
        add(p, `${p.code}.${h}`, agency, { code: province.code, name: province.name });
      }
    }

    seedPetitions(sb);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('seeded_at', ?), ('seed_size', ?)`).run(now, String(sb.options.seedSize));
  })();
  const count = db.prepare('SELECT count(*) FROM procedures').pluck().get() as number;
  sb.log(`seeded ${count} procedures (${national.length} national, the rest local instances) in ${Math.round(performance.now() - started)} ms`);
}
