import { seededRandom } from '../util/random.js';
import { ANY_FILE } from './forms/build.js';
import { genericForm } from './forms/generic.js';
import type { SeedProcedure } from './procedures.js';
import { sectors } from './sectors.js';

const verbs = ['Cấp', 'Cấp lại', 'Gia hạn', 'Điều chỉnh', 'Thu hồi', 'Đăng ký', 'Thông báo', 'Xác nhận', 'Cấp đổi', 'Công nhận'];
const objects = [
  'giấy phép kinh doanh vận tải', 'chứng chỉ hành nghề dược', 'giấy phép hoạt động khám bệnh, chữa bệnh', 'giấy chứng nhận đủ điều kiện kinh doanh',
  'giấy phép khai thác tài nguyên nước', 'giấy phép môi trường', 'chứng chỉ hành nghề kiến trúc', 'giấy phép tổ chức biểu diễn nghệ thuật',
  'giấy chứng nhận quyền sử dụng đất', 'giấy phép hoạt động giáo dục nghề nghiệp', 'thẻ hướng dẫn viên du lịch', 'giấy phép quảng cáo',
  'chứng chỉ an toàn lao động', 'giấy phép lưu hành phương tiện', 'giấy xác nhận ưu đãi người có công', 'giấy phép sử dụng vật liệu nổ công nghiệp',
];
const agencies = ['Sở Tài chính', 'Sở Y tế', 'Sở Xây dựng', 'Sở Nông nghiệp và Môi trường', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Nội vụ', 'Sở Giáo dục và Đào tạo'];

/**
 * Synthetic national procedures for benchmarks (up to 100,000). Codes start at 5.000000 so they
 * never collide with real ones (real codes begin with 1, 2 or 3).
 */
export function generateProcedures(count: number, seed = 1): SeedProcedure[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const out: SeedProcedure[] = [];
  for (let i = 0; i < count; i++) {
    const sector = pick(sectors);
    const object = pick(objects);
    const verb = pick(verbs);
    const amount = random() < 0.4 ? 0 : Math.round(random() * 50) * 10_000;
    const days = 1 + Math.floor(random() * 20);
    const onlineLevel = random() < 0.6 ? 'full' : random() < 0.8 ? 'partial' : 'none';
    const time = { value: days, unit: 'working_day' as const, note: null };
    const fees = [{ name: `Lệ phí ${object}`, amount, note: amount === 0 ? 'Không thu lệ phí' : null }];
    const name = `${verb} ${object} (${sector.name.toLowerCase()}, mẫu ${i + 1})`;
    out.push({
      code: `${5 + Math.floor(i / 1_000_000)}.${String(i % 1_000_000).padStart(6, '0')}`,
      name,
      sector: sector.code,
      level: 'central',
      audiences: random() < 0.5 ? ['citizen'] : random() < 0.7 ? ['business'] : ['business', 'organisation'],
      onlineLevel,
      implementingAgency: pick(agencies),
      decidingAuthority: null,
      coordinatingAgencies: [],
      channels: [
        ...(onlineLevel === 'none' ? [] : [{ channel: 'online' as const, processingTime: time, fees }]),
        { channel: 'in_person' as const, processingTime: time, fees },
      ],
      documents: [{
        key: 'tp1', name: `Đơn đề nghị ${verb.toLowerCase()} ${object}`, originals: 1, copies: 0, template: null, case: null,
        required: true, accept: ANY_FILE, showWhen: null,
      }],
      form: genericForm(name),
      steps: ['Nộp hồ sơ', 'Kiểm tra, thẩm định hồ sơ', 'Trả kết quả'],
      conditions: [],
      result: `${object.charAt(0).toUpperCase()}${object.slice(1)}`,
      legalBasis: [],
      identityLevel: 2,
      previousCodes: [],
      replacedBy: null,
      status: 'active',
      keywords: [],
      popularity: Math.floor(random() * 2_000),
      codeUnverified: true,
    });
  }
  return out;
}
