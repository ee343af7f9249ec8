import { provinceByCode, type Commune, type CommuneKind } from '@dvc-kit/contract';
import { communeData } from '../reference/communes.data.js';

// The communes and wards of every province (reference data, not the database): parsed once per
// province on first use.

const kinds: Record<string, { kind: CommuneKind; title: string }> = {
  w: { kind: 'ward', title: 'Phường' },
  c: { kind: 'commune', title: 'Xã' },
  s: { kind: 'special_zone', title: 'Đặc khu' },
};

const parsed = new Map<string, { list: Commune[]; byCode: Map<string, Commune> }>();

function load(province: string) {
  let entry = parsed.get(province);
  if (entry) return entry;
  const packed = Object.hasOwn(communeData, province) ? communeData[province]! : '';
  const list = packed
    ? packed.split(';').map((unit) => {
        const [code, k, name] = unit.split('|') as [string, string, string];
        const { kind, title } = kinds[k]!;
        return { code, name: `${title} ${name}`, kind };
      })
    : [];
  entry = { list, byCode: new Map(list.map((c) => [c.code, c])) };
  parsed.set(province, entry);
  return entry;
}

/** A province's communes and wards in code order, or undefined for an unknown province. */
export function communesOf(province: string): Commune[] | undefined {
  return provinceByCode(province) ? load(province).list : undefined;
}

/** The commune with this code in this province, or undefined. */
export function findCommune(province: string, code: string): Commune | undefined {
  return provinceByCode(province) ? load(province).byCode.get(code) : undefined;
}

/** For the contract's form check: whether a commune exists in a province. */
export const communeExists = (province: string, code: string): boolean => findCommune(province, code) !== undefined;
