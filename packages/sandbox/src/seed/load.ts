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
import { provinces, type Province, type ServiceDetail } from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { seedPetitions } from '../routes/petitions.js';
import { fold, indexText } from '../search/fold.js';
import { LOCAL_PLACEHOLDER_AGENCY } from '../store/services.js';
import { generateProcedures } from './generate.js';
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

/**
 * Abbreviations citizens type, expanded both ways: a record whose (folded) name or keywords spell
 * out the long form gets the short forms as keywords, and one that uses a short form gets the long
 * form. `đkkd` folds to `dkkd`.
 */
const abbreviations: [long: string, short: string[]][] = [
  ['giay phep lai xe', ['gplx', 'bang lai']],
  ['can cuoc cong dan', ['cccd']],
  ['can cuoc', ['cccd']],
  ['chung minh nhan dan', ['cmnd']],
  ['bao hiem y te', ['bhyt']],
  ['bao hiem xa hoi', ['bhxh']],
  ['bao hiem that nghiep', ['bhtn']],
  ['ly lich tu phap', ['lltp']],
  ['ho kinh doanh', ['hkd', 'dkkd']],
  ['dang ky kinh doanh', ['dkkd']],
  ['giay chung nhan', ['gcn']],
  ['giay phep xay dung', ['gpxd']],
  ['giay phep lao dong', ['gpld']],
  ['an toan thuc pham', ['attp']],
  ['an ninh trat tu', ['antt']],
  ['thu nhap ca nhan', ['tncn']],
  ['quyen su dung dat', ['qsdd']],
  ['phan anh kien nghi', ['pakn']],
  ['uy ban nhan dan', ['ubnd']],
];

/** Folded keywords of a record: its own, its sector's name, and abbreviations both ways. */
export function searchKeywords(name: string, keywords: readonly string[], sectorName: string): string {
  const own = [indexText(name), ...keywords.map(indexText)];
  const text = ` ${own.join(' ')} `;
  const extra = new Set<string>();
  for (const [long, shorts] of abbreviations) {
    if (text.includes(` ${long} `)) for (const s of shorts) extra.add(s);
    else if (shorts.some((s) => text.includes(` ${s} `))) extra.add(long);
  }
  // Only what the record does not already say, so an abbreviation does not count twice in bm25.
  const added = [...extra].filter((e) => !text.includes(` ${e} `));
  return [...own.slice(1), indexText(sectorName), ...added].filter(Boolean).join(' ');
}

const placeName = (p: Province) => (p.name.startsWith('TP ') ? p.name : `${p.kind === 'city' ? 'thành phố' : 'tỉnh'} ${p.name}`);

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
    return;
  }

  const started = performance.now();
  const now = sb.now().toISOString();
  const sectorByCode = new Map(sectors.map((s) => [s.code, s]));
  const generated = sb.options.seedSize > 0 ? generateProcedures(sb.options.seedSize) : [];
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
  db.transaction(() => {
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
         aud_citizen, aud_business, aud_organisation, online_level, status, replaced_by, fee_from, detail)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertFts = db.prepare('INSERT INTO procedures_fts (rowid, name, keywords, sector, code) VALUES (?, ?, ?, ?, ?)');

    for (const p of national) {
      const sector = sectorByCode.get(p.sector);
      const sectorName = sector?.name ?? p.sector;
      // Shared by the national record and all its local instances.
      const channel = p.channels.find((c) => c.channel === 'online') ?? p.channels[0];
      const fixed = p.channels.flatMap((c) => c.fees).map((f) => f.amount).filter((a): a is number => a !== null);
      const feeFrom = fixed.length ? Math.min(...fixed) : null;
      const previousCodes = [...new Set([...p.previousCodes, ...(previous.get(p.code) ?? [])])];
      const ftsName = indexText(p.name);
      const ftsKeywords = searchKeywords(p.name, p.keywords, sectorName);
      const ftsSector = indexText(sectorName);
      const aud = (a: string) => (p.audiences.includes(a as never) ? 1 : 0);

      const add = (code: string, agencyCode: string, province: Province | null) => {
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
          steps: p.steps,
          conditions: p.conditions,
          result: p.result,
          legalBasis: p.legalBasis,
          identityLevel: p.identityLevel,
          replacedBy: p.replacedBy ? (province ? `${p.replacedBy}.H${province.code}` : p.replacedBy) : null,
          previousCodes,
          updatedAt: now,
        };
        const info = insertProcedure.run(
          code, p.code, province ? 1 : 0, p.name, p.sector, agencyCode, p.level, province?.code ?? null,
          aud('citizen'), aud('business'), aud('organisation'), p.onlineLevel, p.status, detail.replacedBy, feeFrom,
          JSON.stringify(detail),
        );
        insertFts.run(info.lastInsertRowid, ftsName, ftsKeywords, ftsSector, fold(code));
        count++;
      };

      if (p.level === 'central') {
        add(p.code, centralFor(p), null);
        continue;
      }
      add(p.code, LOCAL_PLACEHOLDER_AGENCY, null);
      // Replaced records keep only their national row: old local codes are not modelled.
      if (p.status !== 'active') continue;
      for (const province of provinces) add(`${p.code}.H${province.code}`, localFor(p, province.code), province);
    }

    seedPetitions(sb);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('seeded_at', ?), ('seed_size', ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(now, String(sb.options.seedSize));
  })();
  sb.log(
    `seeded ${count} procedures (${national.length} national records, ${generated.length} of them synthetic; ` +
      `the rest local instances in ${provinces.length} provinces) in ${Math.round(performance.now() - started)} ms`,
  );
}
