package vn.troly.assistant.understand;

import org.junit.jupiter.api.Test;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.text.Thesaurus;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mechanisms of reading a question, each with phrasings no data file names. */
class IntentDetectorTest {

    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final AgencyMentions AGENCIES = new AgencyMentions(NORMALIZER, AgencyDirectory.loadDefault(NORMALIZER));
    private static final IntentDetector DETECTOR = new IntentDetector(AGENCIES, NORMALIZER, CLOCK);

    @Test
    void courtesyAndFrameWordsNeverLeakIntoTheTopic() {
        assertEquals(NORMALIZER.fold("cấp chữ ký số cán bộ"), words(DETECTOR.understand("Dạ cho cháu hỏi ở xã mình việc cấp chữ ký số cho cán bộ là do phòng nào lo ạ?").topic()));
        assertEquals("mang di dong 5G", words(DETECTOR.understand("Ở mạng di động 5G thì bên nào chủ trì vậy nhỉ?").topic()));
        assertEquals("danh gia dan doanh nghiep", words(DETECTOR.understand("đánh giá dân doanh nghiệp do đơn vị nào chịu trách nhiệm chính?").topic()));
        // putting a thing in place, asked whether it is done, is the act and not the thing
        assertEquals("dai truyen thanh thong minh", words(DETECTOR.understand("đài truyền thanh thông minh lắp xong chưa, hạn khi nào").topic()));
        assertEquals("camera giam sat", words(DETECTOR.understand("camera giám sát lắp đến đâu rồi").topic()));
        assertEquals("phan mem diet virus", words(DETECTOR.understand("phần mềm diệt virus cài xong chưa").topic()));
        // "đang" marks the present, "đăng ký" is a plan term
        assertEquals("", words(DETECTOR.understand("Công an xã đang phụ trách những chỉ tiêu nào").topic()));
        assertEquals("song 5G", words(DETECTOR.understand("sóng 5G đang do ai phụ trách").topic()));
        assertEquals(NORMALIZER.fold("đăng ký khai sinh online"), words(DETECTOR.understand("đăng ký khai sinh online ai phụ trách").topic()));
        // every phase at once says which rows, not what about
        assertEquals("", words(DETECTOR.understand("Phòng Kinh tế chủ trì những chỉ tiêu nào qua các giai đoạn?").topic()));
        assertEquals("phu song 5G", words(DETECTOR.understand("mục tiêu phủ sóng 5G từng giai đoạn là bao nhiêu").topic()));
        assertEquals(NORMALIZER.fold("chữ ký số"), words(DETECTOR.understand("chữ ký số cả hai giai đoạn ai chủ trì").topic()));
        // the plan as where the answer is written is not a word of the row
        assertEquals("song 5G phu dan so", words(DETECTOR.understand("Sóng 5G phủ được bao nhiêu % dân số theo kế hoạch?").topic()));
        assertEquals(NORMALIZER.fold("chữ ký số cán bộ"), words(DETECTOR.understand("chữ ký số cho cán bộ trong kế hoạch này do ai chủ trì").topic()));
        assertEquals("so hoa ho so", words(DETECTOR.understand("hạn số hóa hồ sơ của KH chuyển đổi số là khi nào").topic()));
    }

    @Test
    void theWordsAroundWhoIsAskedAreTheFrame() {
        // "giao" before who is asked, a person addressed after the closing particle, "(cái) vụ" opening the matter
        assertEquals("5G", words(DETECTOR.understand("5G giao bên nào theo dõi vậy anh").topic()));
        assertEquals(NORMALIZER.fold("chữ ký số"), words(DETECTOR.understand("cái vụ chữ ký số giao đơn vị nào lo thế chị?").topic()));
        assertEquals("vneid", words(DETECTOR.understand("vụ VNeID hạn khi nào ạ bác").topic()));
        // the lead named only to set the others apart
        for (String q : List.of("ngoài đơn vị chủ trì thì còn ai phối hợp làm chữ ký số",
                "sổ sức khỏe điện tử ngoài phòng chủ trì ra còn bên nào tham gia",
                "trừ cơ quan chủ trì thì cáp quang có ai phối hợp không")) {
            Understanding u = DETECTOR.understand(q);
            assertEquals(Intent.COORDINATING, u.intent(), q);
            assertTrue(!words(u.topic()).contains("phong") && !words(u.topic()).contains("ngoai") && !words(u.topic()).contains("tru"), q + " → " + u.topic());
        }
        // "ảnh", "chi ngân sách" are not people addressed
        assertTrue(words(DETECTOR.understand("ai phụ trách số hóa hình ảnh").topic()).endsWith("anh"));
    }

    @Test
    void anAgencyRightBeforeWhatItDoesActsAndIsNoWordOfTheRow() {
        Understanding u = DETECTOR.understand("Băng rộng cố định thì phòng VHXH phối hợp với ai để làm?");
        assertTrue(words(u.topic()).startsWith("bang rong") && !words(u.topic()).contains("vhxh"), u.topic());
        assertEquals("Phòng Văn hóa - Xã hội", u.agency().name());
        assertEquals("cap quang ho gia dinh", words(DETECTOR.understand("cáp quang hộ gia đình thì Phòng VH-XH phối hợp với những ai").topic()));
        assertEquals(NORMALIZER.fold("số hóa hồ sơ"), words(DETECTOR.understand("số hóa hồ sơ thì TTPVHCC chủ trì hay đơn vị nào").topic()));
    }

    @Test
    void aQuestionWithTwoCuesAsksBothInItsOrder() {
        Understanding u = DETECTOR.understand("tỉ lệ số hoá hồ sơ TTHC giai đoạn 2028-2030 bao nhiêu, ai chủ trì");
        assertEquals(List.of(Intent.TARGET, Intent.LEAD), u.facets());
        assertEquals(List.of(2028, 2030), u.years());
        assertEquals(List.of(Intent.DEADLINE, Intent.LEAD), DETECTOR.understand("5G khi nào xong, phòng nào lo?").facets());
    }

    @Test
    void anAbbreviationInCapitalsIsNotAQuestionWord() {
        Understanding u = DETECTOR.understand("Tỷ lệ cơ quan dùng AI phải đạt mức nào?");
        assertEquals(Intent.TARGET, u.intent());
        assertTrue(u.topic().endsWith("dung AI"), u.topic());
        assertEquals(Intent.LEAD, DETECTOR.understand("ai lo AI cho công chức").intent());
        // read folded, as the pipeline reads it: each "ai" is as the question writes it, in order
        for (String q : List.of("ai phụ trách camera AI ở chợ", "Ai lo ứng dụng AI trong xử lý hồ sơ?", "AI cho công chức thì ai chủ trì")) {
            Understanding folded = DETECTOR.understand(NORMALIZER.fold(q), q);
            assertEquals(Intent.LEAD, folded.intent(), q);
            assertTrue(folded.topic().contains("AI") && !folded.topic().contains("ai"), folded.topic());
        }
        // the capitals reach search, whose thesaurus reads "IT" as "công nghệ thông tin" and "it" as a word
        assertTrue(DETECTOR.understand("Hạ tầng IT của xã phải đạt bao nhiêu?").topic().contains("IT"));
    }

    @Test
    void anAgencyWithNothingElseToLookUpIsAskedForItsList() {
        Understanding u = DETECTOR.understand("P.KT chủ trì bao nhiêu chỉ tiêu, kể tên giúp");
        assertEquals(Intent.PORTFOLIO, u.intent());
        assertEquals("kinh-te", u.agency().id());
        assertEquals(Intent.PORTFOLIO, DETECTOR.understand("các việc Công an xã phải lo").intent());
        // asking who, the named agency is what the row is about
        assertEquals(Intent.LEAD, DETECTOR.understand("phòng nào phụ trách chuyển đổi số trường học?").intent());
    }

    @Test
    void aClaimToCheckNamesAnAgencyThatIsNeitherFilterNorTopic() {
        Understanding u = DETECTOR.understand("chữ ký số do Phòng Kinh tế chủ trì đúng không?");
        assertEquals(Intent.LEAD, u.intent());
        assertEquals(NORMALIZER.fold("chữ ký số"), u.topic());
        assertNull(u.agency());
    }

    @Test
    void datesChooseThePeriodOrTheWindowAndLeaveTheTopic() {
        Understanding due = DETECTOR.understand("những việc nào phải xong trong tháng 12/2026?");
        assertEquals(Intent.DUE, due.intent());
        assertEquals(LocalDate.of(2026, 12, 1), due.window().from());
        Understanding quarter = DETECTOR.understand("quý tới có nhiệm vụ nào đến hạn không");
        assertEquals(Intent.DUE, quarter.intent());
        assertEquals(LocalDate.of(2027, 1, 1), quarter.window().from());
        Understanding row = DETECTOR.understand("VNeID mức 2 gđ 2026-2027 mục tiêu?");
        assertEquals(Intent.TARGET, row.intent());
        assertEquals(List.of(2026, 2027), row.years());
        assertEquals("vneid muc 2", row.topic());
    }

    @Test
    void aFollowUpWithoutATopicKeepsItsIntent() {
        assertEquals(Intent.DEADLINE, DETECTOR.understand("thế còn thời hạn?").intent());
        assertEquals("", DETECTOR.understand("thế còn thời hạn?").topic());
        assertEquals("", DETECTOR.understand("xã phải đạt bao nhiêu?").topic());
    }

    @Test
    void wordsThePlansUseTogetherStayTogether() {
        IntentDetector withPlans = new IntentDetector(AGENCIES, NORMALIZER, CLOCK, () -> Set.of("co quan", "toc do"),
                Thesaurus.empty(NORMALIZER));
        assertEquals("co quan nha nuoc", withPlans.understand("cơ quan nhà nước có bao nhiêu phần trăm?").topic());
        // without the plans' word pairs, "có" of "cơ quan" is a question word once diacritics are gone
        assertEquals("quan nha nuoc", DETECTOR.understand("cơ quan nhà nước có bao nhiêu phần trăm?").topic());
    }

    @Test
    void theWordThatTiesAnAgencyToTheQuestionIsNoTopic() {
        assertEquals(Intent.PORTFOLIO, DETECTOR.understand("Liệt kê các chỉ tiêu do TTPVHCC chủ trì").intent());
        assertEquals(Intent.PORTFOLIO, DETECTOR.understand("những nhiệm vụ thuộc Phòng Kinh tế").intent());
        assertEquals(Intent.PORTFOLIO, DETECTOR.understand("các việc của Công an xã là gì vậy").intent());
    }

    @Test
    void aRowPointedBackToHasNoTopicOfItsOwn() {
        assertEquals("", DETECTOR.understand("còn chỉ tiêu đó thì sao?").topic());
        assertEquals("", DETECTOR.understand("thế chỉ tiêu này ai chủ trì").topic());
        assertEquals(Intent.TARGET, DETECTOR.understand("nhiệm vụ kia phải đạt bao nhiêu").intent());
    }

    @Test
    void aCitizenAskingWhereOrHowToIsHelpedAsACitizen() {
        assertEquals(Intent.CITIZEN, DETECTOR.understand("Muốn nộp hồ sơ online thì vào trang nào?").intent());
        assertEquals(Intent.CITIZEN, DETECTOR.understand("muốn đăng ký khai sinh cho con thì làm sao").intent());
        assertEquals(Intent.CITIZEN, DETECTOR.understand("tra cứu hồ sơ ở trang web nào").intent());
    }

    @Test
    void anAgencyAskedWhatItCoordinatesIsAskedForThoseRows() {
        assertEquals(List.of(Intent.PORTFOLIO, Intent.COORDINATING),
                DETECTOR.understand("Phòng VH-XH phối hợp những chỉ tiêu nào?").facets());
        assertEquals(List.of(Intent.PORTFOLIO, Intent.COORDINATING),
                DETECTOR.understand("công an xã cùng tham gia những việc gì").facets());
        assertEquals(List.of(Intent.PORTFOLIO), DETECTOR.understand("các chỉ tiêu mà phòng văn hóa phải lo").facets());
    }

    @Test
    void anAgencyWrittenAmongTheTopicsWordsNamesTheRow() {
        // no tie word before it, topic words beside it: part of what the row is called
        Understanding school = DETECTOR.understand("chuyển đổi số trường học do bên nào lo vậy");
        assertNull(school.agency());
        assertTrue(school.topic().contains("truong hoc"), school.topic());
        assertTrue(DETECTOR.understand("ứng dụng AI ở trạm y tế xã ai chủ trì?").topic().contains("y te"));
        assertTrue(DETECTOR.understand("Tổ công nghệ số cộng đồng được tập huấn thì phòng nào phụ trách").topic().contains("to cong nghe so"));
        // tied by "với", "ngoài": the agency is context, not the row
        assertEquals("kinh-te", DETECTOR.understand("ai phối hợp với Phòng Kinh tế làm thương mại điện tử?").agency().id());
        assertEquals("van-hoa-xa-hoi", DETECTOR.understand("5G ngoài Phòng VH-XH còn bên nào tham gia?").agency().id());
    }

    @Test
    void howToWordsNameARowsActivityWhenTheQuestionIsAboutARow() {
        assertTrue(DETECTOR.understand("hướng dẫn người dân dùng VNeID giao cho ai?").topic().startsWith("huong dan"));
        assertTrue(DETECTOR.understand("kích hoạt tài khoản định danh cho người dân bao giờ phải xong").topic().contains("kich hoat"));
        assertTrue(DETECTOR.understand("đăng ký tài khoản định danh cho dân phải đạt bao nhiêu").topic().contains(NORMALIZER.fold("đăng ký")));
    }

    @Test
    void aCueEndingInATieWordKeepsIt() {
        // "giao cho" asks who leads; its "cho" is not left behind as the agency's tie or a topic word
        for (String q : List.of("Liệt kê các chỉ tiêu giao cho Phòng Kinh tế chủ trì", "những việc được giao cho Công an xã là gì",
                "các nhiệm vụ giao cho TTPVHCC xã")) {
            Understanding u = DETECTOR.understand(q);
            assertEquals(Intent.PORTFOLIO, u.intent(), q);
            assertEquals("", u.topic(), q);
        }
    }

    @Test
    void courtesyWordsOfAHowToCueNeverJoinARowsTopic() {
        assertEquals(Intent.PORTFOLIO, DETECTOR.understand("kể giúp mình những chỉ tiêu Phòng VH-XH chủ trì").intent());
        assertEquals(NORMALIZER.fold("chữ ký số"), DETECTOR.understand("giúp em chữ ký số do ai chủ trì").topic());
        assertEquals("phu song 5G", DETECTOR.understand("giúp tôi phủ sóng 5G ai lo").topic());
    }

    @Test
    void anAgencysListWithWordsOfItsOwnIsThatListNarrowed() {
        for (String q : List.of("Phòng Kinh tế chủ trì những chỉ tiêu nào về thương mại điện tử", "CA xã lo các việc gì về định danh",
                "liệt kê các nhiệm vụ an toàn thông tin giao cho Văn phòng")) {
            Understanding u = DETECTOR.understand(q);
            assertEquals(Intent.PORTFOLIO, u.intent(), q);
            assertTrue(u.hasTopic(), q);
        }
        // asked a figure or a date, it is about one row
        assertTrue(DETECTOR.understand("trong các chỉ tiêu Công an xã chủ trì, VNeID phải đạt bao nhiêu").facets().contains(Intent.TARGET));
    }

    @Test
    void theCommuneAQuestionIsInIsNoWordOfTheRow() {
        assertEquals(NORMALIZER.fold("chữ ký số"), DETECTOR.understand("chữ ký số của xã cần đạt bao nhiêu").topic());
        assertEquals(NORMALIZER.fold("cáp quang"), DETECTOR.understand("ở xã thì cáp quang phải đạt bao nhiêu").topic());
        assertEquals(NORMALIZER.fold("wifi công cộng"), DETECTOR.understand("wifi công cộng trong xã ai chủ trì").topic());
        // "của xã" after a row noun: the commune's own figure, as against the province's
        assertEquals("", DETECTOR.understand("còn chỉ tiêu của xã là bao nhiêu?").topic());
        assertEquals("", DETECTOR.understand("thế nhiệm vụ của xã hạn khi nào?").topic());
        assertEquals("", DETECTOR.understand("còn chỉ tiêu của xã năm 2030 thì sao").topic());
    }

    @Test
    void bothKindsOfRowsAskedForIsAFrameNotATopic() {
        assertEquals("", DETECTOR.understand("Phòng Kinh tế chủ trì những gì, cả chỉ tiêu lẫn nhiệm vụ?").topic());
        assertEquals("", DETECTOR.understand("liệt kê cả chỉ tiêu và nhiệm vụ của Công an xã").topic());
        assertEquals("", DETECTOR.understand("VP HĐND-UBND lo những việc nào (cả nhiệm vụ lẫn chỉ tiêu)").topic());
    }

    @Test
    void reportingInsideAPlanNounIsTheRowsName() {
        for (String q : List.of("chế độ báo cáo điện tử hạn chót khi nào", "hệ thống báo cáo của tỉnh phải xong lúc nào",
                "hạn chót của hệ thống thông tin báo cáo là bao giờ")) {
            Understanding u = DETECTOR.understand(q);
            assertEquals(Intent.DEADLINE, u.intent(), q);
            assertTrue(u.topic().contains("bao cao"), q);
        }
        // the act of reporting is still asked about
        assertEquals(Intent.REPORTING, DETECTOR.understand("các phòng nộp báo cáo hằng tháng trước ngày nào?").intent());
    }

    @Test
    void howThePlanWordsItIsNoTopicWord() {
        assertEquals("5G", DETECTOR.understand("mục tiêu 5G được ghi là bao nhiêu").topic());
        assertEquals(NORMALIZER.fold("chữ ký số"), DETECTOR.understand("chữ ký số ghi ai chủ trì").topic());
        assertEquals(NORMALIZER.fold("ghi nhận ý kiến người dân"), DETECTOR.understand("ghi nhận ý kiến người dân ai chủ trì").topic());
    }

    /** The topic's words; a comma marks where the question set words aside, which search reads but this test does not. */
    private static String words(String topic) {
        return topic.replace(",", "");
    }
}
