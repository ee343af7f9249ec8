import type { DeclarationForm } from '@dvc-kit/contract';
import { form, req, section } from './build.js';

/**
 * The request form of a procedure without a form of its own (đơn đề nghị): what the applicant asks
 * for, in their words. Who the applicant is travels in `applicant`, not here.
 */
export function genericForm(procedureName: string): DeclarationForm {
  return {
    ...form([`Đơn đề nghị: ${procedureName}`, `Application: ${procedureName}`], [
      section('request', ['Nội dung đề nghị', 'Your request'], [
        req('textarea', 'request', ['Nội dung đề nghị giải quyết', 'What you ask the agency to do'], {
          hint: ['Nêu rõ việc cần giải quyết, lý do và thông tin liên quan.', 'Say what you need, why, and anything the agency should know.'],
          maxLength: 2000,
        }),
      ]),
    ]),
    kind: 'generic',
  };
}
