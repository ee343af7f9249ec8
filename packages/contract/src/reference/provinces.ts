/**
 * Provinces of Việt Nam and the codes found in identity numbers.
 *
 * - `provinces`: the 34 provincial-level units in force since 1 Jul 2025 (2-digit codes; no
 *   district level any more).
 * - `birthRegistrationCodes`: the 63 pre-2025 province codes (3 digits) that open every citizen
 *   ID (CCCD) number: the province where the birth was registered. They do not change with the
 *   2025 merger, so ID numbers keep referring to the old provinces.
 * - `countryNumericCodes`: citizens whose birth was registered abroad carry a country code in
 *   place of the province code; we accept the assigned ISO 3166-1 numeric codes.
 */

/** A provincial-level unit since 1 Jul 2025. */
export interface Province {
  /** Two-digit code, e.g. `01` (Hà Nội). */
  readonly code: string;
  /** Vietnamese name with diacritics, without the "Tỉnh"/"Thành phố" title. */
  readonly name: string;
  /** English / ASCII name. */
  readonly nameEn: string;
  /** `city`: a centrally-run city (thành phố trực thuộc trung ương); otherwise a province (tỉnh). */
  readonly kind: 'city' | 'province';
}

/* @__NO_SIDE_EFFECTS__ */
function city(code: string, name: string, nameEn: string): Province {
  return Object.freeze({ code, name, nameEn, kind: 'city' });
}
/* @__NO_SIDE_EFFECTS__ */
function province(code: string, name: string, nameEn: string): Province {
  return Object.freeze({ code, name, nameEn, kind: 'province' });
}

/** The 34 provinces and centrally-run cities since 1 Jul 2025, ordered by code. */
export const provinces: readonly Province[] = /* @__PURE__ */ Object.freeze([
  city('01', 'Hà Nội', 'Ha Noi'),
  province('04', 'Cao Bằng', 'Cao Bang'),
  province('08', 'Tuyên Quang', 'Tuyen Quang'),
  province('11', 'Điện Biên', 'Dien Bien'),
  province('12', 'Lai Châu', 'Lai Chau'),
  province('14', 'Sơn La', 'Son La'),
  province('15', 'Lào Cai', 'Lao Cai'),
  province('19', 'Thái Nguyên', 'Thai Nguyen'),
  province('20', 'Lạng Sơn', 'Lang Son'),
  province('22', 'Quảng Ninh', 'Quang Ninh'),
  province('24', 'Bắc Ninh', 'Bac Ninh'),
  province('25', 'Phú Thọ', 'Phu Tho'),
  city('31', 'Hải Phòng', 'Hai Phong'),
  province('33', 'Hưng Yên', 'Hung Yen'),
  province('37', 'Ninh Bình', 'Ninh Binh'),
  province('38', 'Thanh Hóa', 'Thanh Hoa'),
  province('40', 'Nghệ An', 'Nghe An'),
  province('42', 'Hà Tĩnh', 'Ha Tinh'),
  province('44', 'Quảng Trị', 'Quang Tri'),
  city('46', 'Huế', 'Hue'),
  city('48', 'Đà Nẵng', 'Da Nang'),
  province('51', 'Quảng Ngãi', 'Quang Ngai'),
  province('52', 'Gia Lai', 'Gia Lai'),
  province('56', 'Khánh Hòa', 'Khanh Hoa'),
  province('66', 'Đắk Lắk', 'Dak Lak'),
  province('68', 'Lâm Đồng', 'Lam Dong'),
  province('75', 'Đồng Nai', 'Dong Nai'),
  city('79', 'TP Hồ Chí Minh', 'Ho Chi Minh City'),
  province('80', 'Tây Ninh', 'Tay Ninh'),
  province('82', 'Đồng Tháp', 'Dong Thap'),
  province('86', 'Vĩnh Long', 'Vinh Long'),
  province('91', 'An Giang', 'An Giang'),
  city('92', 'Cần Thơ', 'Can Tho'),
  province('96', 'Cà Mau', 'Ca Mau'),
]);

/** The 34 two-digit province codes, ordered. */
export const provinceCodes: readonly string[] = /* @__PURE__ */ (() => Object.freeze(provinces.map((p) => p.code)))();

const provinceIndex = /* @__PURE__ */ (() => new Map(provinces.map((p) => [p.code, p])))();

/** The province with this two-digit code (`'01'`), or `undefined`. */
export function provinceByCode(code: string): Province | undefined {
  return provinceIndex.get(code);
}

/**
 * The 63 pre-2025 province codes used as the first three digits of a citizen ID (CCCD):
 * code → Vietnamese name of the province at the time.
 */
export const birthRegistrationCodes: ReadonlyMap<string, string> = new Map([
  ['001', 'Hà Nội'], ['002', 'Hà Giang'], ['004', 'Cao Bằng'], ['006', 'Bắc Kạn'],
  ['008', 'Tuyên Quang'], ['010', 'Lào Cai'], ['011', 'Điện Biên'], ['012', 'Lai Châu'],
  ['014', 'Sơn La'], ['015', 'Yên Bái'], ['017', 'Hòa Bình'], ['019', 'Thái Nguyên'],
  ['020', 'Lạng Sơn'], ['022', 'Quảng Ninh'], ['024', 'Bắc Giang'], ['025', 'Phú Thọ'],
  ['026', 'Vĩnh Phúc'], ['027', 'Bắc Ninh'], ['030', 'Hải Dương'], ['031', 'Hải Phòng'],
  ['033', 'Hưng Yên'], ['034', 'Thái Bình'], ['035', 'Hà Nam'], ['036', 'Nam Định'],
  ['037', 'Ninh Bình'], ['038', 'Thanh Hóa'], ['040', 'Nghệ An'], ['042', 'Hà Tĩnh'],
  ['044', 'Quảng Bình'], ['045', 'Quảng Trị'], ['046', 'Thừa Thiên Huế'], ['048', 'Đà Nẵng'],
  ['049', 'Quảng Nam'], ['051', 'Quảng Ngãi'], ['052', 'Bình Định'], ['054', 'Phú Yên'],
  ['056', 'Khánh Hòa'], ['058', 'Ninh Thuận'], ['060', 'Bình Thuận'], ['062', 'Kon Tum'],
  ['064', 'Gia Lai'], ['066', 'Đắk Lắk'], ['067', 'Đắk Nông'], ['068', 'Lâm Đồng'],
  ['070', 'Bình Phước'], ['072', 'Tây Ninh'], ['074', 'Bình Dương'], ['075', 'Đồng Nai'],
  ['077', 'Bà Rịa - Vũng Tàu'], ['079', 'TP Hồ Chí Minh'], ['080', 'Long An'], ['082', 'Tiền Giang'],
  ['083', 'Bến Tre'], ['084', 'Trà Vinh'], ['086', 'Vĩnh Long'], ['087', 'Đồng Tháp'],
  ['089', 'An Giang'], ['091', 'Kiên Giang'], ['092', 'Cần Thơ'], ['093', 'Hậu Giang'],
  ['094', 'Sóc Trăng'], ['095', 'Bạc Liêu'], ['096', 'Cà Mau'],
]);

/**
 * The 249 assigned ISO 3166-1 numeric country codes, minus 704 (Viet Nam itself, which never
 * marks a birth registered abroad). 24 of them coincide with province codes above (e.g. 004 is
 * also Afghanistan); a prefix that is a province code is always read as the province.
 */
const countryCodeList =
  '004 008 010 012 016 020 024 028 031 032 036 040 044 048 050 051 052 056 060 064 068 070 072 074 ' +
  '076 084 086 090 092 096 100 104 108 112 116 120 124 132 136 140 144 148 152 156 158 162 166 170 ' +
  '174 175 178 180 184 188 191 192 196 203 204 208 212 214 218 222 226 231 232 233 234 238 239 242 ' +
  '246 248 250 254 258 260 262 266 268 270 275 276 288 292 296 300 304 308 312 316 320 324 328 332 ' +
  '334 336 340 344 348 352 356 360 364 368 372 376 380 384 388 392 398 400 404 408 410 414 417 418 ' +
  '422 426 428 430 434 438 440 442 446 450 454 458 462 466 470 474 478 480 484 492 496 498 499 500 ' +
  '504 508 512 516 520 524 528 531 533 534 535 540 548 554 558 562 566 570 574 578 580 581 583 584 ' +
  '585 586 591 598 600 604 608 612 616 620 624 626 630 634 638 642 643 646 652 654 659 660 662 663 ' +
  '666 670 674 678 682 686 688 690 694 702 703 705 706 710 716 724 728 729 732 740 744 748 752 756 ' +
  '760 762 764 768 772 776 780 784 788 792 795 796 798 800 804 807 818 826 831 832 833 834 840 850 ' +
  '854 858 860 862 876 882 887 894';

/** Assigned ISO 3166-1 numeric country codes (3 digits), accepted as the birth place of a CCCD. */
export const countryNumericCodes: ReadonlySet<string> = new Set(countryCodeList.split(' '));

/** What the first three digits of a citizen ID say about the place of birth registration. */
export type BirthRegistration =
  | { readonly abroad: false; readonly code: string; readonly province: string }
  | { readonly abroad: true; readonly code: string };

/**
 * Reads a 3-digit CCCD prefix: a pre-2025 province (preferred when the code is both a province
 * and a country code), a country (birth registered abroad), or `undefined` when it is neither.
 */
export function birthRegistrationByCode(code: string): BirthRegistration | undefined {
  const name = birthRegistrationCodes.get(code);
  if (name !== undefined) return { abroad: false, code, province: name };
  if (countryNumericCodes.has(code)) return { abroad: true, code };
  return undefined;
}
