/**
 * The agency at work on petitions: after `petitionAnswerSeconds` a petition the simulator may answer
 * gets an answer an agency would plausibly write, from the agency of the procedure it names.
 */
import type { PetitionCategory } from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { ApiError } from '../errors.js';
import { answerPetition, petitionsDueForAnswer, procedureAgency, type PetitionRow } from '../store/petitions.js';

const categoryAgency: Record<PetitionCategory, string> = {
  regulation: 'Văn phòng Chính phủ',
  procedure: 'Văn phòng Chính phủ',
  staff: 'Bộ Nội vụ',
  online_service: 'Văn phòng Chính phủ',
  other: 'Văn phòng Chính phủ',
};

/**
 * Answers an agency would plausibly write, per category. `{agency}` is the answering agency and
 * `{subject}` names the procedure (name and code) or, without one, the petition's title. They state
 * nothing beyond generic, well-known practice.
 */
const answerPool: Record<PetitionCategory, string[]> = {
  regulation: [
    '{agency} trân trọng cảm ơn ông/bà đã góp ý về quy định liên quan đến {subject}. Kiến nghị đã được chuyển đến cơ quan chủ trì soạn thảo để nghiên cứu, tổng hợp trong quá trình rà soát, sửa đổi, bổ sung văn bản có liên quan. Kết quả xử lý kiến nghị sẽ được công khai trên Cổng Dịch vụ công quốc gia.',
    '{agency} ghi nhận kiến nghị của ông/bà về {subject}. Nội dung kiến nghị đã được đưa vào danh mục rà soát, đánh giá quy định hành chính năm nay; trong thời gian quy định chưa được sửa đổi, đề nghị ông/bà tiếp tục thực hiện theo quy định hiện hành.',
  ],
  procedure: [
    '{agency} đã nhận được phản ánh của ông/bà về {subject}. Ông/bà vui lòng thực hiện theo thông tin thủ tục đã được công khai trên Cổng Dịch vụ công quốc gia (thành phần hồ sơ, thời hạn giải quyết, phí, lệ phí). Trường hợp cơ quan tiếp nhận yêu cầu thêm giấy tờ ngoài thành phần hồ sơ đã công bố, đề nghị ông/bà phản ánh kèm mã hồ sơ để được xem xét, xử lý.',
    '{agency} đã phối hợp với cơ quan giải quyết kiểm tra nội dung phản ánh về {subject}. Cơ quan giải quyết đã rà soát quy trình nội bộ và cam kết giải quyết hồ sơ đúng thời hạn đã công bố. Cảm ơn ông/bà đã phản ánh.',
  ],
  staff: [
    '{agency} đã chuyển phản ánh của ông/bà đến thủ trưởng cơ quan trực tiếp quản lý cán bộ để xác minh. Qua kiểm tra, cơ quan đã nhắc nhở, chấn chỉnh cán bộ có liên quan và yêu cầu thực hiện nghiêm quy tắc ứng xử khi tiếp nhận, giải quyết hồ sơ. Cảm ơn ông/bà đã phản ánh.',
    '{agency} ghi nhận phản ánh của ông/bà về việc tiếp nhận, giải quyết {subject}. Cơ quan đã tổ chức kiểm điểm, rút kinh nghiệm đối với bộ phận một cửa và công khai số điện thoại đường dây nóng tại nơi tiếp nhận hồ sơ để người dân phản ánh kịp thời.',
  ],
  online_service: [
    '{agency} ghi nhận phản ánh của ông/bà khi thực hiện {subject} trên Cổng Dịch vụ công quốc gia. Bộ phận kỹ thuật đã kiểm tra và khắc phục sự cố. Ông/bà vui lòng thực hiện lại; nếu còn vướng mắc, xin liên hệ Tổng đài hỗ trợ 18001096 để được hướng dẫn.',
    '{agency} cảm ơn ông/bà đã phản ánh về {subject}. Hồ sơ trực tuyến được đồng bộ trạng thái từ hệ thống thông tin giải quyết thủ tục hành chính của bộ, ngành, địa phương nên có thể chậm cập nhật; ông/bà có thể tra cứu theo mã hồ sơ tại mục Tra cứu hồ sơ.',
  ],
  other: [
    '{agency} cảm ơn ông/bà đã gửi ý kiến. Nội dung phản ánh đã được ghi nhận và chuyển đến cơ quan có thẩm quyền để nghiên cứu, xem xét theo quy định.',
    '{agency} ghi nhận đề xuất của ông/bà về {subject} và sẽ tổng hợp, nghiên cứu trong quá trình nâng cấp Cổng Dịch vụ công quốc gia. Cảm ơn ông/bà đã đồng hành cùng cải cách thủ tục hành chính.',
  ],
};

/** A small stable hash, so the simulated answer of a petition does not change between runs. */
function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function simulatedAnswer(sb: Sandbox, row: PetitionRow): { text: string; agency: string; officer: string } {
  const procedure = procedureAgency(sb, row.service_code);
  const agency = procedure?.agency ?? categoryAgency[row.category];
  const subject = procedure ? `thủ tục "${procedure.name}" (mã ${procedure.code})` : `"${row.title}"`;
  const pool = answerPool[row.category];
  const template = pool[hashOf(row.code) % pool.length]!;
  return {
    text: template.replaceAll('{agency}', agency).replaceAll('{subject}', subject),
    agency,
    officer: 'Cán bộ xử lý PAKN',
  };
}

/**
 * The agency at work: a petition the simulator may answer moves to `processing` after half of
 * `petitionAnswerSeconds` and gets an answer once that much time has passed.
 */
export function answerDuePetitions(sb: Sandbox): void {
  const seconds = sb.options.petitionAnswerSeconds;
  if (!(seconds > 0)) return;
  const now = sb.now().getTime();
  const half = new Date(now - seconds * 500).toISOString();
  const full = new Date(now - seconds * 1000).toISOString();
  for (const row of petitionsDueForAnswer(sb, half, full)) {
    try {
      answerPetition(sb, row.code, simulatedAnswer(sb, row));
    } catch (error) {
      // Answered meanwhile by the admin route: nothing to do.
      if (!(error instanceof ApiError && error.code === 'petition_already_answered')) throw error;
    }
  }
}
