package vn.troly.assistant.understand;

import java.util.Locale;

/** A thing a question's words say about what is asked, marked by {@code prompts/cues.yml}. */
public enum Cue {
    /** "ai", "phòng nào": asks for an agency. */
    WHO,
    /** "chủ trì", "phụ trách", "lo": the agency in charge. */
    LEAD,
    COORDINATING,
    /** "bao nhiêu", "mức nào", "mấy phần trăm". */
    AMOUNT,
    /** "mục tiêu", "phải đạt": the figure to reach. */
    TARGET,
    /** "hạn", "khi nào", "bao giờ". */
    WHEN,
    /** "xong", "hoàn thành". */
    DONE,
    /** "đã", "rồi", "hiện nay": what is reached so far. */
    SO_FAR,
    PROGRESS,
    /** "… phải không?": a claim to check. */
    CHECK,
    /** "chỉ tiêu", "nhiệm vụ": one row of the plan. */
    ROW_WORD,
    /** "những chỉ tiêu", "việc gì", "liệt kê": a list of rows. */
    ROWS,
    /** "không tính chỉ tiêu", "trừ các chỉ tiêu": the plan's tasks only, its indicators left out. */
    TASKS_ONLY,
    /** "bao nhiêu chỉ tiêu": how many rows. */
    COUNT,
    /** "kế hoạch", "chuyển đổi số", "xã": the plan as a whole; back in the topic when the question is about a row. */
    PLAN_NOUN,
    /** "theo kế hoạch", "trong KH này": where the answer is written, never a word of the row asked about. */
    PLAN_FRAME,
    STATUS,
    /** "chậm", "chưa đạt": behind schedule. */
    BEHIND,
    DUE_SOON,
    OVERDUE,
    PLAN_META,
    /** "sếp đang hỏi", "bà con cần biết": who is asking, which says nothing of what is asked. */
    ASKER,
    /** "giai đoạn sau", "giai đoạn tiếp theo": the phase after the one just answered, in a follow-up. */
    NEXT_PHASE,
    /** "căn cứ nghị quyết nào", "thực hiện theo kế hoạch số mấy": the documents the plan is based on. */
    BASIS,
    /** "có mấy phụ lục", "gồm những phụ lục nào": the plan's appendices. */
    APPENDICES,
    RESPONSIBILITY,
    REPORTING,
    UPDATE,
    DRAFT_REPORT,
    /** "tôi muốn làm …", "bà tôi không biết dùng …": a citizen asking for help for themselves. */
    CITIZEN_SELF,
    HOWTO,
    /** "chủ tịch xã", "bí thư": a person's office. */
    PERSON,
    /** "số điện thoại", "địa chỉ trụ sở", "giờ làm việc": how to reach an office. */
    CONTACT,
    /**
     * An everyday term of the thesaurus ("wifi miễn phí", "làm online"): the question speaks of what plans are about,
     * so a topic no plan has is "not in the plan", not out of scope. Marked on topic words, which it leaves topic.
     */
    EVERYDAY_TERM,
    /**
     * Two words of the topic that the plans' rows write side by side ("thông minh", "dữ liệu"): the question speaks of
     * what plans are about, so a topic no plan has is "not in the plan", not out of scope. Marked on the topic.
     */
    PLAN_PAIR;

    public static Cue of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
