import type { Catalogue } from '../shared/localize.js';

export type PortalStatsKey =
  | 'heading'
  | 'periodLegend'
  | 'periodKind'
  | 'kindYear'
  | 'kindQuarter'
  | 'kindMonth'
  | 'periodYear'
  | 'periodQuarter'
  | 'periodMonth'
  | 'quarterOption'
  | 'monthOption'
  | 'show'
  | 'year'
  | 'quarter'
  | 'month'
  | 'country'
  | 'loading'
  | 'loaded'
  | 'noDossiers'
  | 'errorTitle'
  | 'retry'
  | 'noData'
  | 'tilesHeading'
  | 'countDossiers'
  | 'countFeeDossiers'
  | 'countProcedures'
  | 'countPetitions'
  | 'countRatings'
  | 'noRatings'
  | 'overviewHeading'
  | 'received'
  | 'finished'
  | 'finishedOnTime'
  | 'finishedLate'
  | 'overdue'
  | 'pending'
  | 'procedures'
  | 'proceduresOnline'
  | 'payments'
  | 'paymentsAmount'
  | 'petitionsReceived'
  | 'petitionsAnswered'
  | 'indexHeading'
  | 'indexTotal'
  | 'indexMeasured'
  | 'indexChart'
  | 'groupPoints'
  | 'groupNoData'
  | 'groupPartial'
  | 'indexTable'
  | 'colGroup'
  | 'colRate'
  | 'colPoints'
  | 'colMax'
  | 'colMeasuredMax'
  | 'total'
  | 'statusHeading'
  | 'statusChart'
  | 'statusTable'
  | 'colCode'
  | 'colStatus'
  | 'colCount'
  | 'trendHeading'
  | 'trendChart'
  | 'trendLegendReceived'
  | 'trendLegendFinished'
  | 'trendLegendOnTime'
  | 'trendScale'
  | 'trendTable'
  | 'colMonth'
  | 'colReceived'
  | 'colFinished'
  | 'colOnTime'
  | 'colOnline'
  | 'agenciesHeading'
  | 'agenciesCaption'
  | 'agenciesEmpty'
  | 'colAgency'
  | 'sortHint'
  | 'ratio';

export const strings: Catalogue<PortalStatsKey> = {
  vi: {
    heading: 'Số liệu công khai về giải quyết thủ tục hành chính',
    periodLegend: 'Kỳ số liệu',
    periodKind: 'Xem theo',
    kindYear: 'Năm',
    kindQuarter: 'Quý',
    kindMonth: 'Tháng',
    periodYear: 'năm {year}',
    periodQuarter: 'quý {quarter} năm {year}',
    periodMonth: 'tháng {month}/{year}',
    quarterOption: 'Quý {quarter}',
    monthOption: 'Tháng {month}',
    show: 'Xem số liệu',
    year: 'Năm',
    quarter: 'Quý',
    month: 'Tháng',
    country: 'cả nước',
    loading: 'Đang tải số liệu…',
    loaded: 'Số liệu {period} của {scope}, cập nhật lúc {time}.',
    noDossiers: 'Chưa có hồ sơ nào trong kỳ này.',
    errorTitle: 'Không tải được số liệu',
    retry: 'Thử lại',
    noData: 'Chưa có dữ liệu',
    tilesHeading: 'Các tỷ lệ chính',
    countDossiers: '{numerator} / {denominator} hồ sơ',
    countFeeDossiers: '{numerator} / {denominator} hồ sơ có phí',
    countProcedures: '{numerator} / {denominator} thủ tục',
    countPetitions: '{numerator} / {denominator} phản ánh, kiến nghị',
    countRatings: 'Từ {total} lượt đánh giá',
    noRatings: 'Chưa có lượt đánh giá nào',
    overviewHeading: 'Tổng quan',
    received: 'Hồ sơ đã tiếp nhận',
    finished: 'Hồ sơ đã giải quyết',
    finishedOnTime: 'Giải quyết đúng hạn',
    finishedLate: 'Giải quyết quá hạn',
    overdue: 'Đang quá hạn',
    pending: 'Đang giải quyết',
    procedures: 'Thủ tục hành chính',
    proceduresOnline: 'Trực tuyến toàn trình / một phần',
    payments: 'Giao dịch thanh toán thành công',
    paymentsAmount: 'Số tiền đã thanh toán',
    petitionsReceived: 'Phản ánh, kiến nghị đã tiếp nhận',
    petitionsAnswered: 'Phản ánh, kiến nghị đã trả lời',
    indexHeading: 'Chỉ số phục vụ người dân, doanh nghiệp',
    indexTotal: '{points} / {max} điểm',
    indexMeasured: 'Các phần có dữ liệu chiếm {measured} / {max} điểm; phần chưa có dữ liệu không được tính điểm.',
    indexChart: 'Biểu đồ thanh: điểm của 5 nhóm chỉ số, tổng {points} / {max} điểm',
    groupPoints: '{points} / {max} điểm',
    groupNoData: 'Chưa có dữ liệu (0 / {max} điểm)',
    groupPartial: '{points} / {max} điểm (có dữ liệu: {measured} điểm)',
    indexTable: 'Bảng số liệu của chỉ số',
    colGroup: 'Nhóm, phần',
    colRate: 'Tỷ lệ',
    colPoints: 'Điểm',
    colMax: 'Tối đa',
    colMeasuredMax: 'Tối đa có dữ liệu',
    total: 'Tổng',
    statusHeading: 'Hồ sơ theo trạng thái',
    statusChart: 'Biểu đồ thanh: số hồ sơ theo 10 trạng thái, tổng {total} hồ sơ',
    statusTable: 'Bảng số hồ sơ theo trạng thái',
    colCode: 'Mã',
    colStatus: 'Trạng thái',
    colCount: 'Số hồ sơ',
    trendHeading: 'Diễn biến 12 tháng',
    trendChart: 'Biểu đồ 12 tháng, từ {from} đến {to}: cột là hồ sơ tiếp nhận và đã giải quyết (nhiều nhất {most} hồ sơ), đường là tỷ lệ giải quyết đúng hạn',
    trendLegendReceived: 'Hồ sơ tiếp nhận',
    trendLegendFinished: 'Hồ sơ đã giải quyết',
    trendLegendOnTime: 'Tỷ lệ đúng hạn (thang 0–100 %)',
    trendScale: 'Cột cao nhất: {most} hồ sơ',
    trendTable: 'Bảng số liệu 12 tháng',
    colMonth: 'Tháng',
    colReceived: 'Tiếp nhận',
    colFinished: 'Đã giải quyết',
    colOnTime: 'Đúng hạn',
    colOnline: 'Nộp trực tuyến',
    agenciesHeading: 'Kết quả theo cơ quan',
    agenciesCaption: 'Kết quả giải quyết hồ sơ theo cơ quan',
    agenciesEmpty: 'Chưa có cơ quan nào tiếp nhận hồ sơ trong kỳ này.',
    colAgency: 'Cơ quan',
    sortHint: 'Bấm vào tiêu đề cột để sắp xếp.',
    ratio: '{numerator} / {denominator}',
  },
  en: () => import('./dvc-portal-stats.strings.en.js'),
};
