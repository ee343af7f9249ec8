/**
 * First-start seeding: sectors, agencies, the national procedure catalogue, a local instance of
 * every province- and commune-level procedure in each of the 34 provinces, optional synthetic
 * procedures for benchmarks (`seedSize`), the search index and the petitions. Runs once per
 * database (marked by `meta.seeded_at`), in one transaction.
 *
 * Agency codes are a SANDBOX CONVENTION shaped like the portal's (`000.17.22.H56`), not the real
 * portal's codes:
 * - `000.00.00.Gnn` — central bodies (ministries…), `nn` from the fixed list `centralAgencies`;
 * - `000.00.00.Hpp` — the provincial People's Committee of province `pp` (its 2-digit code, so
 *   `H38` = Thanh Hóa here, whereas the real portal's H-numbers differ);
 * - `000.dd.00.Hpp` — provincial departments, `dd` from the fixed list `provinceDepartments`;
 * - `000.00.0c.Hpp` — representative commune-level agencies: `c = 1` People's Committee, `c = 2`
 *   police ("… cấp xã (đại diện)"): the sandbox has no per-commune agencies;
 * - `000.00.00.DP` — placeholder "Theo địa phương" of the national records of province- and
 *   commune-level procedures (who carries them out depends on the province).
 * A local instance's code is `{national}.Hpp` (e.g. `1.001193.H38`).
 */
import { createHash } from 'node:crypto';
import { provinces, type Province, type ServiceDetail } from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { LOCAL_PLACEHOLDER_AGENCY } from '../store/services.js';
import { generateProcedures } from './generate.js';
import { seedLocalPetitions, seedPetitions } from './petitions.js';
import { procedures, type SeedProcedure } from './procedures.js';
import { sectors } from './sectors.js';

/** Central bodies, numbered `000.00.00.G01`…; the order is fixed so codes never move. */
const centralAgencies = [
  'Văn phòng Chính phủ', 'Bộ Công an', 'Bộ Tư pháp', 'Bộ Tài chính', 'Bộ Y tế', 'Bộ Nội vụ', 'Bộ Xây dựng',
  'Bộ Nông nghiệp và Môi trường', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Giáo dục và Đào tạo', 'Bộ Công Thương',
  'Bộ Khoa học và Công nghệ', 'Bộ Ngoại giao', 'Bảo hiểm xã hội Việt Nam', 'Ngân hàng Chính sách xã hội',
] as const;

/** Which central body carries out a central-level record, by the record's implementing agency. */
const centralByAgency: Record<string, (typeof centralAgencies)[number]> = {
  'Cơ quan thuế quản lý trực tiếp': 'Bộ Tài chính',
  'Sở Tài chính': 'Bộ Tài chính',
  'Sở Y tế': 'Bộ Y tế',
  'Sở Xây dựng': 'Bộ Xây dựng',
  'Sở Nông nghiệp và Môi trường': 'Bộ Nông nghiệp và Môi trường',
  'Sở Văn hóa, Thể thao và Du lịch': 'Bộ Văn hóa, Thể thao và Du lịch',
  'Sở Nội vụ': 'Bộ Nội vụ',
  'Sở Giáo dục và Đào tạo': 'Bộ Giáo dục và Đào tạo',
  'Sở Tư pháp': 'Bộ Tư pháp',
  'Sở Công Thương': 'Bộ Công Thương',
  'Công an cấp tỉnh': 'Bộ Công an',
  'Bảo hiểm xã hội cấp tỉnh': 'Bảo hiểm xã hội Việt Nam',
};

/** Provincial departments, `000.{dd}.00.H{pp}` with dd = position + 1; the order is fixed. */
const provinceDepartments = [
  'Sở Tư pháp', 'Công an', 'Sở Y tế', 'Bảo hiểm xã hội', 'Sở Nội vụ', 'Sở Tài chính', 'Sở Xây dựng',
  'Sở Nông nghiệp và Môi trường', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Giáo dục và Đào tạo', 'Sở Công Thương',
  'Trung tâm Dịch vụ việc làm', 'Chi nhánh Ngân hàng Chính sách xã hội',
] as const;

/** Which provincial agency carries out a province-level record; `null` = the People's Committee. */
const departmentByAgency: Record<string, (typeof provinceDepartments)[number] | null> = {
  'Công an cấp tỉnh': 'Công an',
  'Phòng Quản lý xuất nhập cảnh - Công an cấp tỉnh': 'Công an',
  'Bảo hiểm xã hội cấp tỉnh': 'Bảo hiểm xã hội',
  'Ngân hàng Chính sách xã hội': 'Chi nhánh Ngân hàng Chính sách xã hội',
  'Ủy ban nhân dân cấp tỉnh': null,
};

/** Commune-level agencies (one representative each per province): `000.00.0{c}.H{pp}`. */
const communeAgencies = [
  { c: '01', name: 'UBND cấp xã (đại diện)', serves: 'Ủy ban nhân dân cấp xã' },
  { c: '02', name: 'Công an cấp xã (đại diện)', serves: 'Công an cấp xã' },
] as const;

const placeName = (p: Province) => (p.name.startsWith('TP ') ? p.name : `${p.kind === 'city' ? 'thành phố' : 'tỉnh'} ${p.name}`);

/**
 * Bumped when the way records become rows changes (agencies, copies, what a row stores), so data
 * dirs seeded by an older sandbox get the catalogue again.
 */
const CATALOGUE_FORMAT = 2;

/** A digest of everything the catalogue is made from: a data dir whose catalogue differs is reseeded. */
function catalogueVersion(seedSize: number): string {
  return createHash('sha256')
    .update(JSON.stringify([CATALOGUE_FORMAT, seedSize, sectors, procedures, provinces]))
    .digest('base64url')
    .slice(0, 16);
}

/**
 * Seeds a new database (catalogue and petitions), or brings an existing one's catalogue up to date:
 * when the seed catalogue changed since the data dir was seeded, sectors, agencies and procedures
 * are replaced (dossiers, payments and petitions stay; they name procedures by code).
 */
export function seedIfEmpty(sb: Sandbox): void {
  const db = sb.db;
  const meta = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
  const seededAt = meta.get('seeded_at') as string | undefined;
  if (seededAt !== undefined) {
    const size = Number(meta.get('seed_size') ?? 0);
    if (size !== sb.options.seedSize) {
      sb.log(
        `note: this data dir was seeded on ${seededAt} with seed size ${size}, not the requested seed size ` +
          `${sb.options.seedSize}; it is NOT reseeded. Use a fresh --data-dir (or --memory) to seed ${sb.options.seedSize}.`,
      );
    }
    if (meta.get('catalogue_version') !== catalogueVersion(size)) {
      db.transaction(() => {
        db.exec('DELETE FROM procedures; DELETE FROM agencies; DELETE FROM sectors;');
        seedCatalogue(sb, size);
      })();
      sb.log('the seed catalogue changed since this data dir was seeded: procedures, agencies and sectors were replaced');
    }
    return;
  }
  db.transaction(() => {
    seedCatalogue(sb, sb.options.seedSize);
    seedPetitions(sb);
    seedLocalPetitions(sb);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('seeded_at', ?), ('seed_size', ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(sb.now().toISOString(), String(sb.options.seedSize));
  })();
}

/**
 * Provinces that do not publish a local copy of a record: none for procedures a province cannot do
 * without (over 20,000 dossiers a year nationwide); about one in eight for the rarer ones, fixed by
 * the code so every seed agrees. The real portal's catalogue has such gaps.
 */
function publishes(p: SeedProcedure, province: Province): boolean {
  if (p.popularity >= 20_000) return true;
  const digest = createHash('sha256').update(`${p.code}|${province.code}`).digest();
  return digest[0]! >= 32;
}

/** Sectors, agencies and procedures (with their local copies), inside the caller's transaction. */
function seedCatalogue(sb: Sandbox, seedSize: number): void {
  const db = sb.db;
  const started = performance.now();
  const now = sb.now().toISOString();
  const sectorByCode = new Map(sectors.map((s) => [s.code, s]));
  const generated = seedSize > 0 ? generateProcedures(seedSize) : [];
  const national: SeedProcedure[] = [...procedures, ...generated];
  // Old codes each replaced record stands for, so the replacing detail lists them too.
  const previous = new Map<string, Set<string>>();
  for (const p of national) {
    if (p.status === 'replaced' && p.replacedBy) {
      const set = previous.get(p.replacedBy) ?? new Set();
      set.add(p.code);
      previous.set(p.replacedBy, set);
    }
  }

  let count = 0;
  {
    const insertSector = db.prepare('INSERT INTO sectors (code, name, name_en) VALUES (?, ?, ?)');
    for (const s of sectors) insertSector.run(s.code, s.name, s.nameEn);

    // Agencies.
    const agencies = new Map<string, string>(); // code → name
    const insertAgency = db.prepare('INSERT INTO agencies (code, name, level, province_code) VALUES (?, ?, ?, ?)');
    const addAgency = (code: string, name: string, level: string, province: string | null) => {
      insertAgency.run(code, name, level, province);
      agencies.set(code, name);
    };
    addAgency(LOCAL_PLACEHOLDER_AGENCY, 'Theo địa phương', 'province', null);
    const centralCode = new Map<string, string>();
    centralAgencies.forEach((name, i) => {
      const code = `000.00.00.G${String(i + 1).padStart(2, '0')}`;
      centralCode.set(name, code);
      addAgency(code, name, 'central', null);
    });
    for (const province of provinces) {
      const h = `H${province.code}`;
      const place = placeName(province);
      addAgency(`000.00.00.${h}`, `Ủy ban nhân dân ${place}`, 'province', province.code);
      provinceDepartments.forEach((dept, i) => {
        addAgency(`000.${String(i + 1).padStart(2, '0')}.00.${h}`, `${dept} ${place}`, 'province', province.code);
      });
      for (const a of communeAgencies) addAgency(`000.00.${a.c}.${h}`, `${a.name} – ${place}`, 'commune', province.code);
    }
    /** The central body of a central-level record (a new G code for a body not in the list). */
    const centralFor = (p: SeedProcedure): string => {
      const name = centralByAgency[p.implementingAgency] ?? p.implementingAgency;
      let code = centralCode.get(name);
      if (!code) {
        code = `000.00.00.G${String(centralCode.size + 1).padStart(2, '0')}`;
        centralCode.set(name, code);
        addAgency(code, name, 'central', null);
      }
      return code;
    };
    /** The agency in province `pp` that carries out a province- or commune-level record. */
    const localFor = (p: SeedProcedure, pp: string): string => {
      const h = `H${pp}`;
      if (p.level === 'commune') {
        const a = communeAgencies.find((x) => x.serves === p.implementingAgency) ?? communeAgencies[0];
        return `000.00.${a.c}.${h}`;
      }
      const dept = p.implementingAgency in departmentByAgency
        ? departmentByAgency[p.implementingAgency]
        : (provinceDepartments as readonly string[]).includes(p.implementingAgency)
          ? (p.implementingAgency as (typeof provinceDepartments)[number])
          : null;
      if (dept === null || dept === undefined) return `000.00.00.${h}`;
      return `000.${String(provinceDepartments.indexOf(dept) + 1).padStart(2, '0')}.00.${h}`;
    };

    // Procedures and their search rows.
    const insertProcedure = db.prepare(
      `INSERT INTO procedures (code, national_code, is_local, name, sector_code, agency_code, level, province_code,
         aud_citizen, aud_business, aud_organisation, online_level, status, replaced_by, fee_from, detail,
         popularity, keywords)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );

    for (const p of national) {
      const sector = sectorByCode.get(p.sector);
      const sectorName = sector?.name ?? p.sector;
      // Shared by the national record and all its local instances.
      const channel = p.channels.find((c) => c.channel === 'online') ?? p.channels[0];
      const fixed = p.channels.flatMap((c) => c.fees).map((f) => f.amount).filter((a): a is number => a !== null);
      const feeFrom = fixed.length ? Math.min(...fixed) : null;
      const previousCodes = [...new Set([...p.previousCodes, ...(previous.get(p.code) ?? [])])];
      const keywords = p.keywords.join('\n');
      const aud = (a: string) => (p.audiences.includes(a as never) ? 1 : 0);

      const add = (code: string, agencyCode: string, province: Province | null, localCopies = 0) => {
        const detail: ServiceDetail = {
          code,
          nationalCode: p.code,
          name: p.name,
          sector: { code: p.sector, name: sectorName },
          agency: { code: agencyCode, name: agencies.get(agencyCode) ?? p.implementingAgency },
          level: p.level,
          province: province ? { code: province.code, name: province.name } : null,
          audiences: p.audiences,
          onlineLevel: p.onlineLevel,
          processingTime: channel?.processingTime ?? null,
          feeFrom,
          status: p.status,
          implementingAgency: province ? (agencies.get(agencyCode) ?? p.implementingAgency) : p.implementingAgency,
          decidingAuthority: p.decidingAuthority,
          coordinatingAgencies: p.coordinatingAgencies,
          channels: p.channels,
          documents: p.documents,
          form: p.form,
          steps: p.steps,
          conditions: p.conditions,
          result: p.result,
          legalBasis: p.legalBasis,
          identityLevel: p.identityLevel,
          replacedBy: p.replacedBy ? (province ? `${p.replacedBy}.H${province.code}` : p.replacedBy) : null,
          previousCodes,
          updatedAt: now,
          localCopies,
        };
        insertProcedure.run(
          code, p.code, province ? 1 : 0, p.name, p.sector, agencyCode, p.level, province?.code ?? null,
          aud('citizen'), aud('business'), aud('organisation'), p.onlineLevel, p.status, detail.replacedBy, feeFrom,
          JSON.stringify(detail), p.popularity, keywords,
        );
        count++;
      };

      if (p.level === 'central') {
        add(p.code, centralFor(p), null);
        continue;
      }
      // Replaced records keep only their national row: old local codes are not modelled.
      const publishing = p.status === 'active' ? provinces.filter((province) => publishes(p, province)) : [];
      add(p.code, LOCAL_PLACEHOLDER_AGENCY, null, publishing.length);
      for (const province of publishing) add(`${p.code}.H${province.code}`, localFor(p, province.code), province);
    }
    db.prepare(`INSERT INTO meta (key, value) VALUES ('catalogue_version', ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(catalogueVersion(seedSize));
  }
  sb.log(
    `seeded ${count} procedures (${national.length} national records, ${generated.length} of them synthetic; ` +
      `the rest local instances in ${provinces.length} provinces) in ${Math.round(performance.now() - started)} ms`,
  );
}
