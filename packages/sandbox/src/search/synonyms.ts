/**
 * What citizens type, and what the catalogue calls it: the search's one list of synonyms,
 * abbreviations and filler words. Edit freely; write Vietnamese with its diacritics (everything is
 * folded before use, so `sổ đỏ`, `so do` and `SỔ ĐỎ` are one entry).
 *
 * SYNONYMS: each line is a group; the FIRST entry is the form procedure names use, the others are
 * what people type for it. Names and queries are both rewritten to the first entry (longest phrase
 * first, left to right), so a group works in both directions: `bằng lái` finds "giấy phép lái xe",
 * and a name that said "bằng lái" would be found by "giấy phép lái xe". A rewritten text is not
 * rewritten again. Keep entries whole words; a one-word entry rewrites that word everywhere. A
 * first entry must not contain another group's variant (it would read differently once indexed).
 *
 * FILLERS: words that say little about which procedure is meant ("xin", "làm", "cho", "thủ tục").
 * They still match, but weigh little, and a result need not contain them to count as matching
 * everything that was typed.
 *
 * Checked by search/engine.test.ts (no entry in two groups, no empty entry, every variant reaches
 * its first entry, no first entry holds a variant) and measured by `npm run bench:relevance`. No
 * check can see a meaning clash: before adding a variant, search the catalogue's names for it (a
 * variant rewrites names too: "mua bán" alone would turn "hợp đồng mua bán điện" into land).

 */

export const SYNONYMS: readonly (readonly string[])[] = [
  // Spelling variants (i/y after k and l — kỹ/kĩ fold to the same words; southern pronunciations).
  ['ký', 'kí'],
  ['lý', 'lí'],
  ['khai sinh', 'khai sanh', 'giấy khai sinh', 'giấy khai sanh', 'giấy sinh'],
  ['khai tử', 'giấy chứng tử', 'báo tử', 'qua đời', 'mới mất', 'vừa mất', 'vừa qua đời'],
  ['một lần', '1 lần'],
  ['lần đầu', '1st', 'lần 1', 'mới mua', 'mua mới'],

  // Documents people name by their nickname or abbreviation.
  ['giấy phép lái xe', 'gplx', 'bằng lái xe', 'bằng lái', 'bằng xe'],
  ['căn cước', 'cccd', 'căn cước công dân', 'chứng minh nhân dân', 'cmnd', 'chứng minh thư', 'cmt', 'thẻ cccd', 'căn cươc'],
  ['giấy chứng nhận quyền sử dụng đất', 'sổ đỏ', 'sổ hồng', 'bìa đỏ', 'bìa hồng', 'gcnqsdđ', 'gcn qsdđ', 'sổ nhà đất', 'sổ đất'],
  ['quyền sử dụng đất', 'qsdđ', 'qsd đất'],
  ['giấy chứng nhận', 'gcn', 'giấy cn'],
  ['hộ chiếu', 'passport', 'hc phổ thông'],
  ['lý lịch tư pháp', 'lltp', 'phiếu lltp'],
  ['bảo hiểm y tế', 'bhyt', 'thẻ bảo hiểm'],
  ['bảo hiểm xã hội', 'bhxh', 'sổ bảo hiểm'],
  ['bảo hiểm thất nghiệp', 'bhtn'],
  ['đăng ký kinh doanh', 'đkkd', 'gpkd'],
  ['đăng ký kết hôn', 'đkkh'],
  ['hộ kinh doanh', 'hkd', 'hộ kinh doanh cá thể', 'hộ cá thể', 'kinh doanh cá thể'],
  ['mã số thuế', 'mst'],
  ['thu nhập cá nhân', 'tncn'],
  ['giấy phép xây dựng', 'gpxd', 'phép xây nhà', 'xin phép xây'],
  ['giấy phép lao động', 'gpld', 'work permit'],
  ['an toàn thực phẩm', 'attp', 'vệ sinh an toàn thực phẩm', 'vsattp'],
  ['an ninh, trật tự', 'an ninh trật tự', 'antt'],
  ['phản ánh, kiến nghị', 'phản ánh kiến nghị', 'pakn'],
  ['ủy ban nhân dân', 'ubnd'],
  ['văn bằng', 'bằng tốt nghiệp', 'bằng đại học', 'bằng cấp'],
  ['chứng nhận đăng ký xe', 'cà vẹt xe', 'cà vẹt', 'cavet', 'giấy đăng ký xe', 'đăng ký xe bị mất'],
  ['giấy phép lái xe quốc tế', 'idp', 'bằng lái quốc tế', 'bằng lái xe quốc tế'],
  ['đánh giá tác động môi trường', 'đtm'],
  ['hợp tác xã', 'htx'],
  ['bán lẻ thuốc', 'nhà thuốc', 'hiệu thuốc', 'quầy thuốc', 'gpp'],
  ['lệ phí trước bạ', 'thuế trước bạ'],
  ['hóa đơn điện tử', 'hđđt'],
  ['thị thực', 'visa'],
  ['mức độ 2', 'mức 2', 'level 2'],
  ['mức độ 1', 'mức 1', 'level 1'],
  ['định danh điện tử', 'vneid', 'tài khoản định danh'],
  ['trung học phổ thông', 'thpt', 'cấp 3', 'cấp ba'],
  ['trung học cơ sở', 'thcs', 'cấp 2', 'cấp hai'],
  ['tuyển sinh trung học phổ thông', 'thi vào lớp 10', 'vào lớp 10', 'tuyển sinh lớp 10'],
  ['cấp điện mới', 'lắp đồng hồ điện', 'lắp công tơ điện', 'kéo điện', 'lắp điện'],
  ['tạm trú', 'ở trọ', 'thuê trọ', 'nhà trọ', 'phòng trọ'],
  ['đăng ký tạm trú', 'khai báo tạm trú', 'báo tạm trú'],
  ['thông báo lưu trú', 'khai báo lưu trú'],
  ['thị thực điện tử', 'evisa', 'e visa', 'visa điện tử'],
  ['công trình', 'nhà xưởng', 'nhà máy'],

  // Words the catalogue and citizens use for the same thing.
  ['doanh nghiệp', 'công ty', 'cty', 'cong ti'],
  ['thành lập', 'mở mới', 'lập mới', 'mở công ty'],
  ['thường trú', 'hộ khẩu', 'sổ hộ khẩu', 'nhập khẩu', 'nhập hộ khẩu', 'nhập hk', 'hk'],
  ['tách hộ', 'tách hộ khẩu', 'tách sổ hộ khẩu', 'tách khẩu'],
  ['kết hôn', 'cưới', 'lấy vợ', 'lấy chồng', 'đăng ký cưới'],
  ['ly hôn', 'li dị', 'ly dị'],
  ['đổi', 'cấp đổi', 'đổi lại'],
  ['lại', 'làm lại', 'xin lại'],
  ['mất', 'bị mất', 'đánh mất', 'thất lạc', 'làm mất'],
  ['chứng thực', 'công chứng', 'sao y'],
  ['hưu trí', 'lương hưu', 'về hưu'],
  ['hưởng bảo hiểm xã hội một lần', 'rút bảo hiểm xã hội một lần', 'rút bảo hiểm xã hội', 'rút sổ bảo hiểm'],
  ['thai sản', 'sinh con', 'nghỉ đẻ'],
  ['ốm đau', 'nghỉ ốm'],
  ['chuyển nhượng', 'mua bán đất', 'mua bán nhà đất', 'sang tên đất', 'bán đất', 'mua đất', 'sang tên sổ đỏ', 'sang tên sổ hồng', 'sang tên nhà đất', 'sang tên nhà'],
  ['tặng cho', 'cho tặng'],
  ['thừa kế', 'hưởng thừa kế'],
  ['thế chấp', 'cầm cố sổ đỏ'],
  ['tách thửa', 'chia đất', 'tách sổ đỏ', 'tách sổ hồng'],
  ['sang tên xe', 'mua xe cũ', 'bán xe', 'sang tên xe máy'],
  ['ô tô', 'xe hơi', 'oto'],
  ['tạm vắng', 'khai báo vắng'],
  ['trợ cấp thất nghiệp', 'tiền thất nghiệp'],
  ['nuôi con nuôi', 'xin con nuôi', 'nhận con nuôi'],
  ['cải chính', 'sửa sai', 'sửa thông tin'],
  ['người có công', 'thương binh', 'liệt sĩ'],
];

/** Words that weigh little. Multi-word entries are phrases. */
export const FILLERS: readonly string[] = [
  'làm', 'xin', 'cho', 'thủ tục', 'thủ tục hành chính', 'nhà', 'của', 'tôi', 'mình', 'em', 'con', 'vợ', 'chồng', 'muốn',
  'ở', 'về', 'với', 'như thế nào', 'thế nào', 'ở đâu', 'bao lâu', 'bao nhiêu', 'hồ sơ', 'online', 'trực tuyến', 'nộp',
  'không', 'ra', 'và', 'cách', 'gì', 'khi', 'đi', 'cấp', 'đăng ký', 'giấy', 'giấy tờ', 'đề nghị', 'người',
  // Who it is for: after "cho" (cho bố, cho ông bà…), so that "bà" is not "bạ" (trước bạ).
  'cho bố', 'cho mẹ', 'cho ba', 'cho má', 'cho ông', 'cho bà', 'cho ông bà', 'cho bố mẹ', 'cho con', 'cho vợ', 'cho chồng',
];
// Not fillers, although citizens use them so: words that fold to a word procedure names need.
// `cần` = `cận` (hộ cận nghèo) = `căn` (căn cước); `mới` = `môi` (môi trường); `cái` = `cải` (cải
// chính); `được` = `dược` (hành nghề dược); `hướng dẫn` (hướng dẫn viên du lịch).
