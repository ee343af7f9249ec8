// The test identity provider's accounts: citizens at identity levels 1 and 2 and a business, each
// with the claims VNeID releases through the portal's single sign-on (docs/sandbox.md "The test
// identity provider" maps them to the observed Vietnamese names: HoVaTen, SoDinhDanh…).

/** The `acr` value of each identity level, as observed integrations ask for it (`acr_values=LoA1`). */
export const levelAcr = { 1: 'LoA1', 2: 'LoA2' } as const;

export interface Persona {
  /** The stable subject identifier (the observed `TechID`). */
  sub: string;
  type: 'citizen' | 'business';
  level: 1 | 2;
  /** One line on the persona page: who this is for. */
  summary: { vi: string; en: string };
  /** OpenID Connect standard claims plus the kit's `vn_*` claims, before scopes filter them. */
  claims: {
    name: string;
    given_name?: string;
    middle_name?: string;
    family_name?: string;
    gender?: 'female' | 'male';
    birthdate?: string;
    phone_number: string;
    phone_number_verified: boolean;
    address: { formatted: string; street_address: string; locality: string; region: string; country: 'VN' };
    vn_id_number?: string;
    vn_tax_code?: string;
  };
}

/** The personas the persona page offers. Their numbers pass the contract's CCCD and MST checks. */
export const personas: readonly Persona[] = [
  {
    sub: 'test-citizen-level2',
    type: 'citizen',
    level: 2,
    summary: {
      vi: 'Công dân, định danh mức 2 (đã xác thực trực tiếp): nộp được mọi thủ tục.',
      en: 'Citizen, identity level 2 (verified in person): may submit every procedure.',
    },
    claims: {
      name: 'Nguyễn Thị Mai',
      family_name: 'Nguyễn',
      middle_name: 'Thị',
      given_name: 'Mai',
      gender: 'female',
      birthdate: '1995-03-08',
      phone_number: '+84912345678',
      phone_number_verified: true,
      address: {
        formatted: 'Số 12 Lê Lai, phường Hạc Thành, tỉnh Thanh Hóa',
        street_address: 'Số 12 Lê Lai',
        locality: 'Phường Hạc Thành',
        region: 'Tỉnh Thanh Hóa',
        country: 'VN',
      },
      vn_id_number: '038195012345',
    },
  },
  {
    sub: 'test-citizen-level1',
    type: 'citizen',
    level: 1,
    summary: {
      vi: 'Công dân, định danh mức 1 (tự đăng ký): không nộp được thủ tục đòi hỏi mức 2.',
      en: 'Citizen, identity level 1 (self-registered): cannot submit procedures that need level 2.',
    },
    claims: {
      name: 'Trần Văn Hùng',
      family_name: 'Trần',
      middle_name: 'Văn',
      given_name: 'Hùng',
      gender: 'male',
      birthdate: '2001-09-21',
      phone_number: '+84987654321',
      phone_number_verified: true,
      address: {
        formatted: 'Số 5 ngõ 34 Hoàng Cầu, phường Đống Đa, thành phố Hà Nội',
        street_address: 'Số 5 ngõ 34 Hoàng Cầu',
        locality: 'Phường Đống Đa',
        region: 'Thành phố Hà Nội',
        country: 'VN',
      },
      vn_id_number: '001201004321',
    },
  },
  {
    sub: 'test-business',
    type: 'business',
    level: 2,
    summary: {
      vi: 'Tài khoản định danh của tổ chức (doanh nghiệp), có mã số thuế.',
      en: "An organisation's (business's) identity account, with its tax code.",
    },
    claims: {
      name: 'Công ty TNHH Dịch vụ Số Hạc Thành',
      phone_number: '+84386123456',
      phone_number_verified: true,
      address: {
        formatted: 'Số 88 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa',
        street_address: 'Số 88 Đại lộ Lê Lợi',
        locality: 'Phường Hạc Thành',
        region: 'Tỉnh Thanh Hóa',
        country: 'VN',
      },
      vn_tax_code: '2801234564',
    },
  },
];

export const findPersona = (sub: string): Persona | undefined => personas.find((p) => p.sub === sub);

/** The scopes the provider knows and the claims each releases (OpenID Connect Core 5.4, plus `vn_identity`). */
export const scopeClaims = {
  profile: ['name', 'family_name', 'given_name', 'middle_name', 'gender', 'birthdate'],
  phone: ['phone_number', 'phone_number_verified'],
  address: ['address'],
  vn_identity: ['vn_account_type', 'vn_identity_level', 'vn_id_number', 'vn_tax_code'],
} as const;

/** Every claim of a persona (the provider releases those of the granted scopes). */
export function personaClaims(persona: Persona): Record<string, unknown> {
  return {
    sub: persona.sub,
    ...persona.claims,
    vn_account_type: persona.type,
    vn_identity_level: persona.level,
  };
}
