-- wrk script: POST /api/chat with a rotating set of ordinary questions (officials', citizens', leaders').
local questions = {
  '{"text": "Ai chủ trì chỉ tiêu phủ sóng 5G?", "commune": "vinh-tru"}',
  '{"text": "Phòng Kinh tế phụ trách những chỉ tiêu nào?", "commune": "vinh-tru"}',
  '{"text": "Chỉ tiêu nào hạn tháng 12/2026?", "commune": "vinh-tru"}',
  '{"text": "DVCTT toàn trình là gì?"}',
  '{"text": "Nộp hồ sơ trực tuyến thế nào?"}',
  '{"text": "tiến độ số hóa hồ sơ?", "commune": "vinh-tru"}',
  '{"text": "muc tieu ty le ho so xu ly truc tuyen", "commune": "vinh-tru"}',
  '{"text": "Tóm tắt tình hình thực hiện", "commune": "vinh-tru"}',
  '{"text": "Cơ quan nào phối hợp chỉ tiêu chữ ký số?", "commune": "vinh-tru"}',
  '{"text": "Ở đâu hướng dẫn cài VNeID?"}',
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("POST", "/api/chat", {["Content-Type"] = "application/json"}, questions[(i % #questions) + 1])
end
