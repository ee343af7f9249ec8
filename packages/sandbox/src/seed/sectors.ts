/** Sectors (lĩnh vực) of the seeded procedures, named as the portal names them. */
export interface SeedSector {
  code: string;
  name: string;
  nameEn: string;
}

export const sectors: SeedSector[] = [
  { code: 'ho-tich', name: 'Hộ tịch', nameEn: 'Civil status' },
  { code: 'cu-tru', name: 'Đăng ký, quản lý cư trú', nameEn: 'Residence' },
  { code: 'chung-thuc', name: 'Chứng thực', nameEn: 'Certification' },
  { code: 'xuat-nhap-canh', name: 'Quản lý xuất nhập cảnh', nameEn: 'Exit and entry' },
  { code: 'ly-lich-tu-phap', name: 'Lý lịch tư pháp', nameEn: 'Judicial records' },
  { code: 'bao-hiem-y-te', name: 'Bảo hiểm y tế', nameEn: 'Health insurance' },
  { code: 'ho-kinh-doanh', name: 'Thành lập và hoạt động của hộ kinh doanh', nameEn: 'Household businesses' },
  { code: 'duong-bo', name: 'Đường bộ', nameEn: 'Road transport' },
  { code: 'viec-lam', name: 'Việc làm', nameEn: 'Employment' },
  { code: 'van-hoa', name: 'Văn hóa cơ sở', nameEn: 'Culture' },
  { code: 'an-toan-thuc-pham', name: 'Quản lý chất lượng nông lâm sản và thủy sản', nameEn: 'Food safety (agricultural products)' },
  { code: 'lao-dong-nuoc-ngoai', name: 'Lao động nước ngoài', nameEn: 'Foreign workers' },
  { code: 'xay-dung', name: 'Hoạt động xây dựng', nameEn: 'Construction' },
  { code: 'an-ninh-trat-tu', name: 'Quản lý ngành, nghề đầu tư kinh doanh có điều kiện về an ninh, trật tự', nameEn: 'Security-conditional business' },
  { code: 'thue', name: 'Thuế', nameEn: 'Tax' },
  { code: 'bao-hiem-xa-hoi', name: 'Bảo hiểm xã hội', nameEn: 'Social insurance' },
  { code: 'lao-dong-tien-luong', name: 'Lao động, tiền lương', nameEn: 'Labour and wages' },
  { code: 'chinh-sach-ho-tro', name: 'Chính sách hỗ trợ', nameEn: 'Support policies' },
  { code: 'y-te', name: 'Khám bệnh, chữa bệnh', nameEn: 'Health care' },
  { code: 'giao-duc', name: 'Giáo dục và đào tạo', nameEn: 'Education' },
  { code: 'dat-dai', name: 'Đất đai', nameEn: 'Land' },
  { code: 'moi-truong', name: 'Môi trường', nameEn: 'Environment' },
  { code: 'can-cuoc', name: 'Cấp, quản lý căn cước', nameEn: 'Identity cards' },
  { code: 'dinh-danh-dien-tu', name: 'Định danh và xác thực điện tử', nameEn: 'Electronic identification' },
  { code: 'dang-ky-xe', name: 'Đăng ký, quản lý phương tiện giao thông cơ giới đường bộ', nameEn: 'Vehicle registration' },
  { code: 'thanh-lap-doanh-nghiep', name: 'Thành lập và hoạt động doanh nghiệp', nameEn: 'Enterprise registration' },
  { code: 'hop-tac-xa', name: 'Thành lập và hoạt động của hợp tác xã', nameEn: 'Cooperatives' },
  { code: 'dang-ky-bien-phap-bao-dam', name: 'Đăng ký biện pháp bảo đảm', nameEn: 'Secured transactions registration' },
  { code: 'nha-o', name: 'Nhà ở', nameEn: 'Housing' },
  { code: 'an-toan-lao-dong', name: 'An toàn, vệ sinh lao động', nameEn: 'Occupational safety and health' },
  { code: 'lao-dong-ngoai-nuoc', name: 'Quản lý lao động ngoài nước', nameEn: 'Overseas employment' },
];
