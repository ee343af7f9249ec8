/**
 * Realistic past petitions for a fresh sandbox: answered ones spread over the past year (most of them
 * publishable, so the public list has content), a few private ones and a few still open.
 */
import type { PetitionCategory, PetitionStatus } from '@dvc-kit/contract';
import type { Sandbox } from '../context.js';
import { fold } from '../search/fold.js';
import { DEFAULT_OFFICER, insertPetition, PETITION_ANSWER_WORKING_DAYS } from '../store/petitions.js';
import { seededRandom } from '../util/random.js';
import { addWorkingDays } from '../util/time.js';

interface SeedItem {
  category: PetitionCategory;
  serviceCode: string | null;
  title: string;
  content: string;
  answer: string;
  agency: string;
}

const seed = (
  category: PetitionCategory, serviceCode: string | null, title: string, content: string, answer: string, agency: string,
): SeedItem => ({ category, serviceCode, title, content, answer, agency });

const VPCP = 'Văn phòng Chính phủ';
const BTP = 'Bộ Tư pháp';
const BCA = 'Bộ Công an';
const BTC = 'Bộ Tài chính';

/** Answered petitions marked publishable: the public list a fresh sandbox shows. */
const publishedSeeds: SeedItem[] = [
  seed('online_service', '1.001193', 'Nộp hồ sơ đăng ký khai sinh trực tuyến nhưng không thấy hồ sơ trong mục quản lý',
    'Tôi đã nộp hồ sơ đăng ký khai sinh cho con qua Cổng Dịch vụ công, màn hình báo nộp thành công nhưng vào mục Quản lý hồ sơ đã nộp thì không thấy hồ sơ. Đề nghị kiểm tra giúp hồ sơ của tôi đã được tiếp nhận hay chưa.',
    'Hồ sơ đăng ký khai sinh nộp trên Cổng Dịch vụ công quốc gia được chuyển về hệ thống giải quyết thủ tục hành chính của địa phương để Ủy ban nhân dân cấp xã tiếp nhận; trạng thái hồ sơ được đồng bộ trở lại Cổng nên có thể chậm cập nhật. Ông/bà vui lòng tra cứu theo mã hồ sơ trong thư điện tử hoặc tin nhắn xác nhận. Trường hợp sau 01 ngày làm việc vẫn chưa thấy hồ sơ, đề nghị liên hệ Tổng đài hỗ trợ 18001096 để được kiểm tra.',
    VPCP),
  seed('procedure', '1.001193', 'Đăng ký khai sinh cho con có mất lệ phí không',
    'Con tôi sinh được 40 ngày, nay tôi mới đi đăng ký khai sinh. Cán bộ nói phải nộp lệ phí vì quá hạn. Xin hỏi đăng ký khai sinh có mất lệ phí không và mức thu là bao nhiêu?',
    'Việc đăng ký khai sinh đúng hạn được miễn lệ phí. Đối với các trường hợp không thuộc diện miễn, mức lệ phí hộ tịch do Hội đồng nhân dân cấp tỉnh quyết định nên có thể khác nhau giữa các địa phương. Ông/bà có thể xem mức thu cụ thể trong thông tin thủ tục "Đăng ký khai sinh" (mã 1.001193) của tỉnh, thành phố nơi đăng ký trên Cổng Dịch vụ công quốc gia.',
    BTP),
  seed('procedure', '1.004222', 'Lệ phí đăng ký thường trú khi nộp hồ sơ trực tuyến',
    'Tôi thấy trên Cổng có ghi lệ phí đăng ký thường trú nộp trực tuyến thấp hơn nộp trực tiếp nhưng khi nộp lại phải thanh toán đủ mức như nộp tại trụ sở công an. Đề nghị giải thích rõ mức lệ phí áp dụng.',
    'Lệ phí đăng ký thường trú hiện là 20.000 đồng khi nộp trực tiếp và 10.000 đồng khi nộp hồ sơ trực tuyến. Qua kiểm tra, hồ sơ của ông/bà được tạo tại bộ phận một cửa nên hệ thống áp dụng mức thu trực tiếp; Công an cấp xã đã hoàn trả phần chênh lệch. Đề nghị ông/bà nộp hồ sơ và thanh toán ngay trên Cổng để được áp dụng mức thu trực tuyến.',
    BCA),
  seed('procedure', '1.004222', 'Mã thủ tục đăng ký thường trú bị thay đổi',
    'Hướng dẫn của phường ghi mã thủ tục đăng ký thường trú là 1.001229 nhưng tôi tìm trên Cổng Dịch vụ công không thấy thủ tục này. Đề nghị cho biết mã thủ tục đúng để tôi nộp hồ sơ.',
    'Khi thủ tục hành chính được công bố lại, mã thủ tục có thể thay đổi. Thủ tục "Đăng ký thường trú" trước đây mang mã 1.001229 nay là 1.004222. Khi tra cứu theo mã cũ, Cổng Dịch vụ công quốc gia sẽ chuyển đến thủ tục mới; đề nghị ông/bà sử dụng mã 1.004222 để nộp hồ sơ. Công an địa phương đã được đề nghị cập nhật tài liệu hướng dẫn.',
    BCA),
  seed('procedure', '3.000346', 'Không tìm thấy thủ tục cấp giấy phép lái xe theo mã cũ 2.000850',
    'Tôi lưu mã thủ tục 2.000850 để làm giấy phép lái xe nhưng nay tra cứu không ra kết quả. Xin hỏi thủ tục này đã bị bãi bỏ hay chuyển sang mã khác?',
    'Thủ tục cấp giấy phép lái xe đã được công bố lại với mã mới 3.000346 và do cơ quan công an cấp tỉnh thực hiện. Mã cũ 2.000850 được chuyển tiếp đến thủ tục mới khi tra cứu. Ông/bà vui lòng tìm theo mã 3.000346 hoặc từ khóa "giấy phép lái xe".',
    BCA),
  seed('procedure', '3.000347', 'Thủ tục đổi giấy phép lái xe hết hạn',
    'Giấy phép lái xe hạng B2 của tôi sắp hết hạn. Xin hỏi tôi có thể đổi giấy phép lái xe trực tuyến không, cần chuẩn bị những giấy tờ gì và nhận kết quả ở đâu?',
    'Ông/bà có thể thực hiện thủ tục "Đổi giấy phép lái xe" (mã 3.000347) trực tuyến trên Cổng Dịch vụ công quốc gia. Thành phần hồ sơ, thời hạn và lệ phí được công khai trong thông tin thủ tục; ông/bà lưu ý chuẩn bị giấy khám sức khỏe theo quy định. Kết quả được trả qua dịch vụ bưu chính hoặc tại cơ quan công an cấp tỉnh theo lựa chọn khi nộp hồ sơ.',
    BCA),
  seed('procedure', '3.000348', 'Cấp lại giấy phép lái xe bị mất',
    'Tôi bị mất ví, trong đó có giấy phép lái xe. Tôi muốn hỏi thủ tục cấp lại giấy phép lái xe bị mất có phải thi lại không và có nộp trực tuyến được không.',
    'Trường hợp giấy phép lái xe bị mất, ông/bà thực hiện thủ tục "Cấp lại giấy phép lái xe" (mã 3.000348). Điều kiện cấp lại, thành phần hồ sơ và lệ phí được công khai trên Cổng Dịch vụ công quốc gia; cơ quan công an cấp tỉnh sẽ kiểm tra thông tin giấy phép trên hệ thống trước khi cấp lại.',
    BCA),
  seed('online_service', null, 'Tra cứu hồ sơ phải nhập mã xác thực nhiều lần, rất chậm',
    'Mỗi lần tra cứu tình trạng hồ sơ tôi phải nhập mã xác thực (captcha) 3–4 lần mới được, có lúc trang báo lỗi và phải tải lại. Đề nghị cải thiện chức năng tra cứu hồ sơ.',
    'Mã xác thực được sử dụng để ngăn truy vấn tự động gây quá tải hệ thống. Văn phòng Chính phủ ghi nhận phản ánh và đã chỉ đạo đơn vị vận hành điều chỉnh để giảm số lần phải nhập mã xác thực. Ông/bà có thể đăng nhập tài khoản và theo dõi hồ sơ tại mục Quản lý hồ sơ đã nộp mà không cần tra cứu lại từng lần.',
    VPCP),
  seed('online_service', null, 'Số tổng đài hỗ trợ Cổng Dịch vụ công quốc gia là số nào',
    'Tôi thấy trên mạng có nơi ghi tổng đài hỗ trợ Cổng Dịch vụ công là 18001096, nơi khác ghi 19001009. Xin hỏi số nào là số chính thức và có mất phí không?',
    'Tổng đài hỗ trợ Cổng Dịch vụ công quốc gia là 18001096, cuộc gọi được miễn phí. Các số khác được đăng tải trên một số trang có thể là tổng đài của hệ thống khác. Để tránh nhầm lẫn, ông/bà vui lòng xem thông tin hỗ trợ ở chân trang Cổng Dịch vụ công quốc gia.',
    VPCP),
  seed('online_service', '1.004222', 'Đã thanh toán lệ phí trực tuyến nhưng hồ sơ vẫn báo chưa thanh toán',
    'Tôi thanh toán lệ phí đăng ký thường trú bằng mã QR, tài khoản ngân hàng đã bị trừ tiền nhưng hồ sơ trên Cổng vẫn ở trạng thái chờ thanh toán. Đề nghị kiểm tra và hướng dẫn.',
    'Kết quả giao dịch được cập nhật vào hồ sơ sau khi ngân hàng hoặc trung gian thanh toán xác nhận. Qua kiểm tra, giao dịch của ông/bà đã thành công và trạng thái hồ sơ đã được cập nhật. Trường hợp tài khoản bị trừ tiền nhưng giao dịch không thành công, khoản tiền sẽ được hoàn lại theo quy định của ngân hàng; ông/bà có thể cung cấp mã giao dịch qua Tổng đài 18001096 để được tra soát.',
    VPCP),
  seed('online_service', null, 'Không đăng nhập được Cổng Dịch vụ công bằng tài khoản định danh điện tử',
    'Khi bấm đăng nhập bằng VNeID, ứng dụng trên điện thoại báo xác thực thành công nhưng trang Cổng Dịch vụ công quay lại màn hình đăng nhập. Tôi đã thử nhiều lần trong hai ngày.',
    'Việc đăng nhập Cổng Dịch vụ công quốc gia của công dân được thực hiện qua tài khoản định danh điện tử VNeID. Đề nghị ông/bà cập nhật ứng dụng VNeID lên phiên bản mới nhất, xóa bộ nhớ đệm của trình duyệt và thử lại. Một số thủ tục yêu cầu tài khoản định danh điện tử mức 2; nếu tài khoản của ông/bà mới ở mức 1, vui lòng liên hệ cơ quan công an để nâng mức.',
    VPCP),
  seed('online_service', null, 'Không tải được tệp đính kèm khi nộp hồ sơ',
    'Tôi chụp giấy tờ bằng điện thoại rồi tải lên nhưng hệ thống báo tệp không hợp lệ. Xin hỏi hệ thống chấp nhận những loại tệp nào và dung lượng tối đa bao nhiêu?',
    'Hệ thống chấp nhận tệp PDF, JPEG, PNG, DOCX và XLSX, mỗi tệp không quá 10 MB. Ảnh chụp từ một số điện thoại được lưu ở định dạng HEIC nên không tải lên được; ông/bà vui lòng chuyển sang JPEG hoặc PDF trước khi đính kèm.',
    VPCP),
  seed('online_service', null, 'Nộp hồ sơ thành công nhưng không nhận được tin nhắn thông báo',
    'Tôi nộp hồ sơ trực tuyến từ tuần trước nhưng không nhận được tin nhắn hay thư điện tử nào thông báo mã hồ sơ. Tôi không biết hồ sơ đã đến cơ quan giải quyết chưa.',
    'Thông báo được gửi tới số điện thoại và địa chỉ thư điện tử khai trong tài khoản. Qua kiểm tra, hồ sơ của ông/bà đã được tiếp nhận; thư thông báo bị chuyển vào mục thư rác. Đề nghị ông/bà kiểm tra lại thông tin liên hệ trong tài khoản và theo dõi hồ sơ tại mục Quản lý hồ sơ đã nộp.',
    VPCP),
  seed('other', null, 'Đề nghị cho phép lưu nháp hồ sơ trực tuyến',
    'Biểu mẫu một số thủ tục khá dài, khi tôi chưa đủ giấy tờ và thoát ra thì mất hết dữ liệu đã nhập. Đề nghị bổ sung chức năng lưu nháp hồ sơ để người dân hoàn thiện sau.',
    'Văn phòng Chính phủ cảm ơn ông/bà đã đề xuất. Chức năng lưu tạm hồ sơ đã được đưa vào kế hoạch nâng cấp Cổng Dịch vụ công quốc gia; trong thời gian chờ, ông/bà nên chuẩn bị đủ tệp giấy tờ trước khi bắt đầu khai biểu mẫu.',
    VPCP),
  seed('procedure', '3.000722', 'Liên thông đăng ký khai sinh, thường trú và thẻ bảo hiểm y tế cho trẻ',
    'Tôi muốn làm khai sinh, đăng ký thường trú và thẻ bảo hiểm y tế cho con mới sinh. Xin hỏi có phải nộp ba bộ hồ sơ riêng ở ba nơi không?',
    'Ông/bà có thể nộp một lần qua nhóm thủ tục liên thông "Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi" (mã 3.000722) trên Cổng Dịch vụ công quốc gia. Thời hạn giải quyết là 03 ngày làm việc, trường hợp cần xác minh không quá 05 ngày làm việc; kết quả của từng thủ tục được trả theo phương thức ông/bà đăng ký.',
    BTP),
  seed('procedure', '1.000894', 'Thời hạn giải quyết thủ tục đăng ký kết hôn',
    'Chúng tôi nộp hồ sơ đăng ký kết hôn tại xã, cán bộ hẹn 5 ngày sau mới trả giấy chứng nhận. Xin hỏi thời hạn giải quyết đăng ký kết hôn theo quy định là bao lâu?',
    'Thủ tục "Đăng ký kết hôn" (mã 1.000894) được giải quyết ngay trong ngày khi hồ sơ hợp lệ; trường hợp cần xác minh điều kiện kết hôn, thời hạn giải quyết không quá 05 ngày làm việc. Qua kiểm tra, hồ sơ của ông/bà thuộc trường hợp phải xác minh nên thời hạn hẹn trả là đúng quy định.',
    BTP),
  seed('procedure', '2.000815', 'Lệ phí chứng thực bản sao từ bản chính',
    'Tôi cần chứng thực 5 trang bản sao sổ đỏ. Xin hỏi lệ phí chứng thực tính theo trang hay theo bản và có mức tối đa không?',
    'Lệ phí chứng thực bản sao từ bản chính là 2.000 đồng/trang đối với trang thứ nhất và thứ hai; từ trang thứ ba trở lên là 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản. Với bản sao 5 trang, lệ phí là 7.000 đồng.',
    BTP),
  seed('procedure', '3.000333', 'Thời hạn cấp Phiếu lý lịch tư pháp',
    'Tôi cần Phiếu lý lịch tư pháp để bổ sung hồ sơ xin việc. Xin hỏi nộp trực tuyến thì bao lâu có kết quả và lệ phí bao nhiêu?',
    'Thời hạn cấp Phiếu lý lịch tư pháp (thủ tục mã 3.000333) là 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì không quá 15 ngày. Lệ phí là 200.000 đồng/lần; một số đối tượng được miễn hoặc giảm theo quy định. Ông/bà có thể nộp hồ sơ và thanh toán lệ phí trực tuyến trên Cổng Dịch vụ công quốc gia.',
    BTP),
  seed('procedure', '1.004194', 'Đăng ký tạm trú cho người thuê trọ',
    'Tôi là chủ nhà trọ, có 6 sinh viên thuê phòng. Xin hỏi chủ nhà có thể đăng ký tạm trú giúp cả nhóm không và thời gian giải quyết là bao lâu?',
    'Người thuê trọ có thể tự nộp hồ sơ "Đăng ký tạm trú" (mã 1.004194) trực tuyến, trong đó có ý kiến đồng ý của chủ nhà; chủ nhà cũng có thể nộp hồ sơ khi được ủy quyền. Thời hạn giải quyết là 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
    BCA),
  seed('procedure', '1.001612', 'Nơi nộp hồ sơ đăng ký thành lập hộ kinh doanh',
    'Trước đây tôi nộp hồ sơ hộ kinh doanh ở phòng Tài chính – Kế hoạch huyện. Nay không còn cấp huyện thì tôi nộp hồ sơ đăng ký thành lập hộ kinh doanh ở đâu?',
    'Từ ngày 01/7/2025, chính quyền địa phương tổ chức theo hai cấp, không còn cấp huyện. Thủ tục "Đăng ký thành lập hộ kinh doanh" (mã 1.001612) do cơ quan đăng ký kinh doanh cấp xã nơi đặt trụ sở hộ kinh doanh tiếp nhận; ông/bà có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.',
    BTC),
  seed('procedure', '1.004873', 'Xin giấy xác nhận tình trạng hôn nhân mất bao lâu',
    'Tôi cần giấy xác nhận tình trạng hôn nhân để làm thủ tục vay vốn ngân hàng. Xin hỏi thời gian cấp là bao lâu và có nộp online được không?',
    'Thủ tục "Cấp Giấy xác nhận tình trạng hôn nhân" (mã 1.004873) được giải quyết trong 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ và có thể nộp trực tuyến. Lệ phí do Hội đồng nhân dân cấp tỉnh quy định; ông/bà vui lòng xem mức thu cụ thể trong thông tin thủ tục của địa phương.',
    BTP),
  seed('procedure', '1.001456', 'Thời hạn cấp hộ chiếu phổ thông',
    'Tôi nộp hồ sơ cấp hộ chiếu trực tuyến đã 6 ngày làm việc nhưng chưa có kết quả. Xin hỏi thời hạn cấp hộ chiếu phổ thông trong nước là bao lâu?',
    'Thời hạn cấp hộ chiếu phổ thông trong nước (thủ tục mã 1.001456) là không quá 08 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. Hồ sơ của ông/bà đang trong thời hạn giải quyết; kết quả sẽ được trả theo phương thức đã đăng ký.',
    BCA),
  seed('procedure', '1.014748', 'Nộp hồ sơ hưởng trợ cấp thất nghiệp trực tuyến',
    'Tôi vừa nghỉ việc, muốn nộp hồ sơ hưởng trợ cấp thất nghiệp trên mạng thay vì đến trung tâm dịch vụ việc làm. Xin hỏi có thực hiện được không?',
    'Thủ tục "Hưởng trợ cấp thất nghiệp" (mã 1.014748) đã được cung cấp trực tuyến trên Cổng Dịch vụ công quốc gia. Ông/bà đăng nhập bằng tài khoản định danh điện tử, khai thông tin và đính kèm quyết định thôi việc hoặc giấy tờ chứng minh chấm dứt hợp đồng lao động theo hướng dẫn của thủ tục.',
    'Bộ Nội vụ'),
  seed('procedure', '1.000656', 'Đăng ký khai tử trực tuyến cho người thân',
    'Ông tôi mất tại nhà. Gia đình muốn hỏi có thể đăng ký khai tử trực tuyến không và cần những giấy tờ gì?',
    'Thủ tục "Đăng ký khai tử" (mã 1.000656) có thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia. Người đi đăng ký chuẩn bị giấy báo tử hoặc giấy tờ thay thế giấy báo tử theo quy định; Ủy ban nhân dân cấp xã nơi cư trú cuối cùng của người chết thực hiện đăng ký. Xin chia buồn cùng gia đình.',
    BTP),
  seed('procedure', '1.014137', 'Cấp thẻ bảo hiểm y tế cho người tự đóng',
    'Tôi muốn mua bảo hiểm y tế hộ gia đình và hỏi sau khi đóng tiền bao lâu thì được cấp thẻ, có cần mang thẻ giấy khi đi khám không?',
    'Thời hạn cấp thẻ bảo hiểm y tế là 05 ngày làm việc kể từ ngày nhận đủ hồ sơ. Người tham gia có thể sử dụng thẻ bảo hiểm y tế trên ứng dụng VssID hoặc căn cước công dân gắn chip khi đi khám bệnh, chữa bệnh tại các cơ sở đã triển khai.',
    'Bảo hiểm xã hội Việt Nam'),
  seed('regulation', null, 'Hỗ trợ gia hạn nộp thuế cho hộ kinh doanh',
    'Năm nay hộ kinh doanh của tôi gặp nhiều khó khăn do thiên tai. Xin hỏi có chính sách gia hạn nộp thuế không và khai đề nghị gia hạn ở đâu?',
    'Chính sách gia hạn thời hạn nộp thuế được ban hành theo từng thời kỳ, với đối tượng và điều kiện cụ thể. Ông/bà vui lòng theo dõi văn bản hướng dẫn hiện hành và liên hệ cơ quan thuế quản lý trực tiếp để được hướng dẫn lập giấy đề nghị gia hạn; khi có chính sách, việc khai đề nghị gia hạn được thực hiện trực tuyến.',
    BTC),
  seed('regulation', null, 'Đề nghị không yêu cầu nộp giấy tờ đã có trong cơ sở dữ liệu dân cư',
    'Khi làm thủ tục, cán bộ vẫn yêu cầu tôi nộp bản sao căn cước và giấy xác nhận cư trú dù thông tin này đã có trong cơ sở dữ liệu quốc gia về dân cư. Đề nghị bỏ yêu cầu này.',
    'Văn phòng Chính phủ ghi nhận kiến nghị. Theo chủ trương cắt giảm, đơn giản hóa thủ tục hành chính, cơ quan giải quyết khai thác thông tin đã có trong cơ sở dữ liệu quốc gia về dân cư và không yêu cầu người dân nộp lại các giấy tờ tương ứng. Kiến nghị đã được chuyển đến địa phương để chấn chỉnh việc thực hiện.',
    VPCP),
  seed('regulation', null, 'Thời hạn bổ sung hồ sơ quá ngắn',
    'Hồ sơ của tôi bị yêu cầu bổ sung giấy tờ phải xin từ tỉnh khác, không kịp trong thời hạn nên hồ sơ bị dừng xử lý. Đề nghị xem xét kéo dài thời hạn bổ sung hồ sơ.',
    'Văn phòng Chính phủ cảm ơn ông/bà đã góp ý. Kiến nghị về thời hạn bổ sung hồ sơ đã được tổng hợp gửi cơ quan chủ trì soạn thảo để nghiên cứu khi sửa đổi quy định. Trường hợp hồ sơ đã dừng xử lý, ông/bà có thể nộp lại hồ sơ mới khi đã đủ giấy tờ.',
    VPCP),
  seed('regulation', '1.001612', 'Kiến nghị thống nhất lệ phí đăng ký hộ kinh doanh giữa các tỉnh',
    'Tôi thấy lệ phí đăng ký hộ kinh doanh ở các tỉnh khác nhau. Đề nghị áp dụng một mức lệ phí chung trên toàn quốc để người dân dễ theo dõi.',
    'Lệ phí đăng ký hộ kinh doanh thuộc thẩm quyền quyết định của Hội đồng nhân dân cấp tỉnh nên mức thu có thể khác nhau giữa các địa phương. Kiến nghị của ông/bà đã được chuyển đến Bộ Tài chính để nghiên cứu; mức thu áp dụng tại từng tỉnh được công khai trong thông tin thủ tục trên Cổng Dịch vụ công quốc gia.',
    BTC),
  seed('regulation', null, 'Hộ kinh doanh dùng số căn cước thay mã số thuế',
    'Tôi nghe nói cá nhân nay dùng số căn cước làm mã số thuế. Xin hỏi hộ kinh doanh của tôi đã có mã số thuế 10 số thì có phải đăng ký lại không?',
    'Từ năm 2025, cá nhân sử dụng số định danh cá nhân (số căn cước 12 chữ số) thay cho mã số thuế. Cơ quan thuế thực hiện chuyển đổi trên hệ thống nên người nộp thuế không phải làm thủ tục đăng ký lại; ông/bà có thể kiểm tra thông tin trên ứng dụng của ngành thuế hoặc liên hệ cơ quan thuế quản lý.',
    BTC),
  seed('regulation', null, 'Không còn cấp huyện thì thủ tục cấp huyện nộp ở đâu',
    'Sau khi sắp xếp đơn vị hành chính, tôi không biết các thủ tục trước đây làm ở huyện nay nộp ở đâu. Đề nghị hướng dẫn chung cho người dân.',
    'Từ ngày 01/7/2025, các thủ tục trước đây do cấp huyện giải quyết được chuyển về cấp xã hoặc cấp tỉnh theo phân cấp của từng lĩnh vực. Cơ quan thực hiện của mỗi thủ tục đã được cập nhật trong thông tin thủ tục trên Cổng Dịch vụ công quốc gia; ông/bà tìm theo tên thủ tục và chọn tỉnh, thành phố để biết nơi nộp.',
    VPCP),
  seed('staff', '1.004222', 'Cán bộ một cửa yêu cầu nộp thêm giấy tờ ngoài thành phần hồ sơ',
    'Khi nộp hồ sơ đăng ký thường trú, cán bộ tiếp nhận yêu cầu tôi nộp thêm giấy xác nhận của tổ dân phố, trong khi thành phần hồ sơ công bố trên Cổng không có giấy này.',
    'Qua xác minh, việc cán bộ tiếp nhận yêu cầu nộp thêm giấy xác nhận của tổ dân phố là không đúng thành phần hồ sơ đã công bố. Công an cấp xã đã nhắc nhở cán bộ, tiếp nhận hồ sơ của ông/bà và chấn chỉnh việc tiếp nhận để không yêu cầu thêm giấy tờ ngoài quy định.',
    'Ủy ban nhân dân tỉnh Thanh Hóa'),
  seed('staff', null, 'Thái độ của cán bộ tiếp nhận hồ sơ chưa đúng mực',
    'Sáng thứ Hai tôi đến bộ phận một cửa nộp hồ sơ, cán bộ tiếp nhận nói trống không và không hướng dẫn cụ thể giấy tờ còn thiếu. Đề nghị cơ quan chấn chỉnh.',
    'Ủy ban nhân dân đã xác minh nội dung phản ánh; cán bộ có liên quan đã nhận khuyết điểm và bị nhắc nhở, kiểm điểm. Cơ quan đã tổ chức rút kinh nghiệm đối với bộ phận một cửa và công khai số điện thoại đường dây nóng để người dân phản ánh kịp thời. Cảm ơn ông/bà đã phản ánh.',
    'Ủy ban nhân dân thành phố Hà Nội'),
  seed('staff', null, 'Hồ sơ trễ hẹn nhưng không nhận được văn bản xin lỗi',
    'Hồ sơ của tôi trễ hẹn 4 ngày nhưng cơ quan không thông báo, tôi phải tự đến hỏi nhiều lần mới biết. Đề nghị cơ quan thực hiện đúng quy định khi trễ hẹn.',
    'Trường hợp hồ sơ quá hạn giải quyết, cơ quan giải quyết phải có văn bản xin lỗi người dân và hẹn lại thời gian trả kết quả. Qua kiểm tra, bộ phận chuyên môn đã không thực hiện đúng việc này; cơ quan đã gửi văn bản xin lỗi ông/bà, trả kết quả và kiểm điểm cá nhân có liên quan.',
    'Ủy ban nhân dân thành phố Đà Nẵng'),
  seed('staff', '1.001193', 'Cán bộ hộ tịch hướng dẫn không thống nhất',
    'Tôi đi đăng ký khai sinh cho con ba lần, mỗi lần cán bộ hướng dẫn một kiểu về giấy tờ cần mang. Đề nghị có hướng dẫn thống nhất bằng văn bản.',
    'Ủy ban nhân dân cấp xã đã kiểm tra và chấn chỉnh việc hướng dẫn của công chức tư pháp – hộ tịch; danh mục giấy tờ của thủ tục "Đăng ký khai sinh" đã được niêm yết tại bộ phận một cửa và công khai trên Cổng Dịch vụ công quốc gia để người dân đối chiếu.',
    'Ủy ban nhân dân tỉnh Nghệ An'),
  seed('other', null, 'Đề nghị bổ sung giao diện tiếng Anh cho Cổng Dịch vụ công',
    'Tôi làm việc tại doanh nghiệp có nhiều chuyên gia nước ngoài. Đề nghị Cổng Dịch vụ công có giao diện tiếng Anh cho các thủ tục thường dùng như cấp giấy phép lao động.',
    'Văn phòng Chính phủ cảm ơn ông/bà đã đề xuất. Việc bổ sung giao diện tiếng Anh cho một số nhóm thủ tục dành cho người nước ngoài và doanh nghiệp có vốn đầu tư nước ngoài sẽ được nghiên cứu trong quá trình nâng cấp Cổng Dịch vụ công quốc gia.',
    VPCP),
  seed('other', null, 'Hỏi về việc khiếu nại quyết định xử phạt vi phạm hành chính',
    'Tôi không đồng ý với quyết định xử phạt vi phạm hành chính của xã và muốn khiếu nại. Xin hỏi tôi có thể gửi khiếu nại qua Cổng Dịch vụ công không?',
    'Nội dung ông/bà nêu là khiếu nại, không thuộc phạm vi tiếp nhận phản ánh, kiến nghị về quy định hành chính trên Cổng Dịch vụ công quốc gia. Ông/bà vui lòng gửi đơn khiếu nại đến cơ quan, người có thẩm quyền giải quyết theo quy định của pháp luật về khiếu nại.',
    VPCP),
  seed('other', null, 'Xin tư vấn về việc phân chia di sản thừa kế',
    'Bố mẹ tôi mất không để lại di chúc, anh chị em trong nhà chưa thống nhất việc chia đất. Xin được tư vấn chúng tôi phải làm thủ tục gì.',
    'Nội dung ông/bà hỏi thuộc lĩnh vực tư vấn pháp luật, không thuộc phạm vi tiếp nhận phản ánh, kiến nghị về quy định hành chính. Ông/bà có thể liên hệ tổ chức hành nghề luật sư, trung tâm trợ giúp pháp lý hoặc văn phòng công chứng tại địa phương để được tư vấn.',
    VPCP),
  seed('online_service', '1.001612', 'Hồ sơ hộ kinh doanh bị trả về vì tệp đính kèm không đọc được',
    'Hồ sơ đăng ký hộ kinh doanh của tôi bị trả về với lý do tệp đính kèm không đọc được, trong khi tôi mở tệp trên máy vẫn bình thường.',
    'Qua kiểm tra, tệp đính kèm của ông/bà là tệp PDF được bảo vệ bằng mật khẩu nên hệ thống của cơ quan giải quyết không mở được. Đề nghị ông/bà xuất lại tệp không đặt mật khẩu và nộp bổ sung trên Cổng Dịch vụ công quốc gia.',
    BTC),
];

/** Answered petitions the sender did not want published: counted in the figures, absent from the list. */
const privateSeeds: SeedItem[] = [
  seed('procedure', '1.004222', 'Hồ sơ đăng ký thường trú của gia đình tôi quá hạn',
    'Gia đình tôi nộp hồ sơ đăng ký thường trú cho hai con đã quá 7 ngày làm việc mà chưa có kết quả. Đề nghị kiểm tra và giải quyết.',
    'Công an cấp xã đã kiểm tra; hồ sơ của gia đình ông/bà bị chậm do phải xác minh thông tin chỗ ở hợp pháp. Cơ quan đã gửi văn bản xin lỗi, hoàn thành đăng ký và thông báo kết quả qua tin nhắn.',
    BCA),
  seed('staff', null, 'Phản ánh cán bộ gợi ý nộp hồ sơ qua dịch vụ làm hộ',
    'Cán bộ tại bộ phận một cửa gợi ý tôi nên nhờ một người làm dịch vụ bên ngoài nộp hồ sơ giúp cho nhanh. Tôi thấy việc này không phù hợp.',
    'Ủy ban nhân dân đã xác minh và xử lý nghiêm cán bộ có liên quan theo quy định. Cơ quan khẳng định người dân tự nộp hồ sơ trực tiếp hoặc trực tuyến đều được giải quyết như nhau theo đúng thời hạn công bố.',
    'Ủy ban nhân dân tỉnh Thanh Hóa'),
  seed('online_service', '3.000333', 'Không nhận được Phiếu lý lịch tư pháp qua bưu điện',
    'Tôi đăng ký nhận Phiếu lý lịch tư pháp qua bưu điện, hồ sơ báo đã trả kết quả nhưng tôi chưa nhận được phiếu.',
    'Sở Tư pháp đã phối hợp với đơn vị bưu chính kiểm tra; bưu gửi bị chuyển nhầm địa chỉ và đã được phát lại cho ông/bà. Cảm ơn ông/bà đã phản ánh.',
    BTP),
];

/** Petitions still waiting for an answer (the simulator leaves seeded ones alone). */
const openSeeds: (Omit<SeedItem, 'answer' | 'agency'> & { daysAgo: number; status: PetitionStatus; publishable: boolean })[] = [
  { category: 'online_service', serviceCode: '1.001193', daysAgo: 1, status: 'new', publishable: true,
    title: 'Không chọn được phường nơi đăng ký khai sinh',
    content: 'Khi nộp hồ sơ đăng ký khai sinh trực tuyến, danh sách phường không có phường nơi tôi cư trú sau khi sắp xếp đơn vị hành chính.' },
  { category: 'procedure', serviceCode: '3.000347', daysAgo: 3, status: 'processing', publishable: true,
    title: 'Đổi giấy phép lái xe có cần nộp bản gốc giấy phép cũ',
    content: 'Tôi nộp hồ sơ đổi giấy phép lái xe trực tuyến. Xin hỏi tôi có phải gửi bản gốc giấy phép cũ qua bưu điện không.' },
  { category: 'regulation', serviceCode: null, daysAgo: 6, status: 'processing', publishable: false,
    title: 'Kiến nghị miễn lệ phí cho người khuyết tật',
    content: 'Đề nghị miễn lệ phí cấp bản sao trích lục hộ tịch và chứng thực cho người khuyết tật nặng khi làm hồ sơ hưởng trợ cấp.' },
  { category: 'staff', serviceCode: null, daysAgo: 20, status: 'processing', publishable: true,
    title: 'Bộ phận một cửa không làm việc đúng giờ niêm yết',
    content: 'Nhiều buổi sáng tôi đến bộ phận một cửa lúc 8 giờ nhưng đến 8 giờ 30 mới có cán bộ làm việc, trong khi giờ niêm yết là 7 giờ 30.' },
];

const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const middleMale = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Công', 'Xuân'];
const middleFemale = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Phương', 'Hồng', 'Kim'];
const givenMale = ['An', 'Bình', 'Dũng', 'Hải', 'Hùng', 'Khoa', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tuấn', 'Thắng', 'Việt'];
const givenFemale = ['Chi', 'Hà', 'Hạnh', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngân', 'Thảo', 'Trang', 'Vy', 'Yến', 'Nhung', 'Loan'];
const mobilePrefixesForSeed = ['091', '094', '088', '083', '098', '097', '096', '086', '035', '090', '093', '077', '070', '056'];
const places = [
  'phường Ba Đình, Hà Nội', 'phường Hoàn Kiếm, Hà Nội', 'phường Hạc Thành, tỉnh Thanh Hóa', 'phường Trường Vinh, tỉnh Nghệ An',
  'phường Hải Châu, thành phố Đà Nẵng', 'phường Bến Thành, Thành phố Hồ Chí Minh', 'phường Ninh Kiều, thành phố Cần Thơ',
  'xã Quảng Phú, tỉnh Thanh Hóa', 'phường Hồng Bàng, thành phố Hải Phòng', 'phường Thuận Hóa, thành phố Huế',
];

function fakePerson(random: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const female = random() < 0.5;
  const family = pick(familyNames);
  const given = pick(female ? givenFemale : givenMale);
  const fullName = `${family} ${pick(female ? middleFemale : middleMale)} ${given}`;
  let phone = pick(mobilePrefixesForSeed);
  while (phone.length < 10) phone += String(Math.floor(random() * 10));
  const ascii = fold(`${given}.${family}`).replace(/[^a-z.]/g, '');
  const email = random() < 0.6 ? `${ascii}${Math.floor(random() * 90) + 10}@example.com` : null;
  const address = random() < 0.7 ? `Số ${Math.floor(random() * 200) + 1}, ${pick(places)}` : null;
  return { full_name: fullName, phone, email, address };
}

const DAY_MS = 24 * 3600_000;
const VN_OFFSET_MS = 7 * 3600_000;

/** A time on a weekday `daysAgo` days before `now`, in office hours (08:00–16:59, Vietnam time). */
function officeTime(now: Date, daysAgo: number, random: () => number): Date {
  const vnMidnight = Math.floor((now.getTime() + VN_OFFSET_MS) / DAY_MS) * DAY_MS - VN_OFFSET_MS;
  let t = vnMidnight - daysAgo * DAY_MS;
  for (;;) {
    const weekday = new Date(t + VN_OFFSET_MS).getUTCDay();
    if (weekday !== 0 && weekday !== 6) break;
    t -= DAY_MS;
  }
  return new Date(t + 8 * 3600_000 + Math.floor(random() * 9 * 3600_000));
}

/**
 * Seeds realistic past petitions: ~40 answered and publishable spread over the past year, a few
 * answered but private, and a few still open (one of them overdue). Deterministic: the same
 * content, people and relative dates on every run.
 */
export function seedPetitions(sb: Sandbox): void {
  const random = seededRandom(20191209);
  const now = sb.now();
  type Planned = { item: SeedItem; publishable: boolean };
  const planned: Planned[] = [
    ...publishedSeeds.map((item) => ({ item, publishable: true })),
    ...privateSeeds.map((item) => ({ item, publishable: false })),
  ];
  // Deterministic shuffle so categories mix along the timeline.
  for (let i = planned.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [planned[i], planned[j]] = [planned[j]!, planned[i]!];
  }
  // Codes from their own seeded generator: the same on every machine, without shifting the rest of the seed.
  const codeDraw = seededRandom(0x9a4b);
  sb.db.transaction(() => {
    planned.forEach(({ item, publishable }, index) => {
      // Spread from ~360 days ago up to ~10 days ago, oldest first.
      const daysAgo = Math.round(360 - (index * 350) / planned.length - random() * 5);
      const submitted = officeTime(now, daysAgo, random);
      const due = addWorkingDays(submitted, PETITION_ANSWER_WORKING_DAYS);
      // Most answers come within the 10 working days; about one in eight is late.
      const late = random() < 0.125;
      const workingDays = late ? 11 + Math.floor(random() * 4) : 1 + Math.floor(random() * 9);
      let answered = new Date(addWorkingDays(submitted, workingDays).getTime() + Math.floor(random() * 4 * 3600_000));
      if (answered >= now) answered = new Date(now.getTime() - 3600_000);
      insertPetition(sb, {
        category: item.category,
        title: item.title,
        content: item.content,
        service_code: item.serviceCode,
        ...fakePerson(random),
        publishable: publishable ? 1 : 0,
        status: 'answered',
        submitted_at: submitted.toISOString(),
        due_at: due.toISOString(),
        answer: item.answer,
        answered_at: answered.toISOString(),
        answer_agency: item.agency,
        answer_officer: DEFAULT_OFFICER,
        auto_answer: 0,
        key: null,
      }, codeDraw);
    });
    for (const open of openSeeds) {
      const submitted = officeTime(now, open.daysAgo, random);
      insertPetition(sb, {
        category: open.category,
        title: open.title,
        content: open.content,
        service_code: open.serviceCode,
        ...fakePerson(random),
        publishable: open.publishable ? 1 : 0,
        status: open.status,
        submitted_at: (submitted < now ? submitted : new Date(now.getTime() - 3600_000)).toISOString(),
        due_at: addWorkingDays(submitted, PETITION_ANSWER_WORKING_DAYS).toISOString(),
        answer: null,
        answered_at: null,
        answer_agency: null,
        answer_officer: null,
        auto_answer: 0,
        key: null,
      }, codeDraw);
    }
  })();
}

/**
 * Answered, publishable petitions about provinces' own procedures (their local instances, `….H46`),
 * so a provincial portal's list (`?province=46`) has its own: Huế's, the provincial example's, and
 * Thanh Hóa's, the tests' province. Each is about a local procedure that the seed has (a smaller
 * seed may leave some out), addressed to that procedure's agency.
 */
const localSeeds: SeedItem[] = [
  seed('procedure', '1.004222.H46', 'Đăng ký thường trú tại phường Thuận Hóa cần giấy tờ chỗ ở nào',
    'Gia đình tôi mua nhà tại phường Thuận Hóa, thành phố Huế nhưng chưa được cấp giấy chứng nhận quyền sử dụng đất. Xin hỏi khi đăng ký thường trú tôi dùng giấy tờ nào để chứng minh chỗ ở hợp pháp?',
    'Trường hợp chưa được cấp giấy chứng nhận, ông/bà có thể dùng hợp đồng mua bán nhà ở đã công chứng hoặc chứng thực cùng giấy tờ chứng minh việc bàn giao nhà. Công an phường Thuận Hóa đã hướng dẫn cụ thể; ông/bà có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công và đính kèm bản chụp các giấy tờ này.',
    'Công an thành phố Huế'),
  seed('online_service', '1.001193.H46', 'Không chọn được phường khi đăng ký khai sinh trực tuyến tại Huế',
    'Khi đăng ký khai sinh cho con trên Cổng Dịch vụ công, tôi chọn thành phố Huế nhưng danh sách phường không có phường nơi tôi cư trú sau khi sắp xếp. Đề nghị cập nhật danh mục.',
    'Danh mục đơn vị hành chính cấp xã của thành phố Huế đã được cập nhật theo Nghị quyết sắp xếp có hiệu lực từ ngày 01/7/2025. Ông/bà vui lòng tải lại trang và chọn phường mới; trường hợp vẫn chưa thấy, đề nghị liên hệ Tổng đài 18001096 để được hỗ trợ.',
    'Ủy ban nhân dân thành phố Huế'),
  seed('staff', '2.000815.H46', 'Bộ phận một cửa phường thu phí chứng thực không đúng mức',
    'Tôi chứng thực bản sao 3 trang tại bộ phận một cửa phường nhưng bị thu 10.000 đồng mỗi trang. Đề nghị kiểm tra mức thu phí chứng thực.',
    'Mức thu phí chứng thực bản sao từ bản chính là 2.000 đồng/trang đối với trang thứ nhất và thứ hai, 1.000 đồng/trang từ trang thứ ba. Ủy ban nhân dân phường đã hoàn trả số tiền thu thừa cho ông/bà, nhắc nhở công chức có liên quan và niêm yết lại mức thu tại bộ phận một cửa.',
    'Ủy ban nhân dân thành phố Huế'),
  seed('procedure', '1.004194.H38', 'Đăng ký tạm trú cho sinh viên thuê trọ tại Thanh Hóa',
    'Tôi là sinh viên thuê phòng trọ tại phường Hạc Thành. Chủ nhà đi vắng dài ngày, xin hỏi tôi có tự đăng ký tạm trú trực tuyến được không và cần giấy tờ gì?',
    'Ông/bà có thể tự đăng ký tạm trú trực tuyến trên Cổng Dịch vụ công; hồ sơ cần hợp đồng thuê nhà hoặc văn bản đồng ý của chủ nhà (có thể là bản chụp). Công an phường Hạc Thành sẽ liên hệ chủ nhà để xác minh khi cần.',
    'Công an tỉnh Thanh Hóa'),
  seed('online_service', '1.004222.H38', 'Thanh toán lệ phí đăng ký thường trú trực tuyến bị trừ tiền hai lần',
    'Tôi thanh toán lệ phí đăng ký thường trú trên Cổng Dịch vụ công, tài khoản bị trừ tiền hai lần nhưng hồ sơ chỉ ghi nhận một giao dịch.',
    'Qua đối soát với ngân hàng, giao dịch thứ hai của ông/bà không thành công ở phía cơ quan thu và đã được ngân hàng hoàn trả vào tài khoản. Công an tỉnh Thanh Hóa đã gửi thông báo kết quả đối soát qua thư điện tử của ông/bà.',
    'Công an tỉnh Thanh Hóa'),
];

/** Seeds {@link localSeeds}, with their own random draws so the national petitions stay as they were. */
export function seedLocalPetitions(sb: Sandbox): void {
  const now = sb.now();
  const random = seededRandom(0x4638);
  const codeDraw = seededRandom(0x4639);
  const exists = sb.db.prepare('SELECT 1 FROM procedures WHERE code = ?').pluck();
  sb.db.transaction(() => {
    localSeeds.forEach((item, index) => {
      if (exists.get(item.serviceCode) === undefined) return;
      // Spread over the past months, oldest first, each answered within its 10 working days.
      const submitted = officeTime(now, 150 - index * 25, random);
      let answered = new Date(addWorkingDays(submitted, 2 + Math.floor(random() * 6)).getTime() + Math.floor(random() * 4 * 3600_000));
      if (answered >= now) answered = new Date(now.getTime() - 3600_000);
      insertPetition(sb, {
        category: item.category,
        title: item.title,
        content: item.content,
        service_code: item.serviceCode,
        ...fakePerson(random),
        publishable: 1,
        status: 'answered',
        submitted_at: submitted.toISOString(),
        due_at: addWorkingDays(submitted, PETITION_ANSWER_WORKING_DAYS).toISOString(),
        answer: item.answer,
        answered_at: answered.toISOString(),
        answer_agency: item.agency,
        answer_officer: DEFAULT_OFFICER,
        auto_answer: 0,
        key: null,
      }, codeDraw);
    });
  })();
}
