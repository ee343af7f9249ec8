import { sectorLabels } from '@dvc-kit/contract';

/** Sectors (lĩnh vực) of the seeded procedures: the contract's reference data, both names. */
export interface SeedSector {
  code: string;
  name: string;
  nameEn: string;
}

export const sectors: SeedSector[] = Object.entries(sectorLabels).map(([code, label]) => ({ code, name: label.vi, nameEn: label.en }));
