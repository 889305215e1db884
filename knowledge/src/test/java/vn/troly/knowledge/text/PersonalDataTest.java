package vn.troly.knowledge.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonalDataTest {

    @Test
    void masksIdentityNumbersPhonesEmailsAndTokens() {
        assertEquals("CCCD [số định danh], gọi [số điện thoại] hoặc [số điện thoại], thư [email].",
                PersonalData.mask("CCCD 001203004567, gọi 0912 345 678 hoặc +84 912.345.678, thư lan@ubnd.gov.vn."));
        assertEquals("Authorization: Bearer [token] và [token]", PersonalData.mask("Authorization: Bearer abc.def và tlx_Zx9-aa"));
        assertEquals("bot [token]/getMe", PersonalData.mask("bot 123456789:AAH-xyzxyzxyzxyzxyzxyzxyzxyz/getMe"));
        assertEquals("https://api.telegram.org/bot[token]/sendMessage",
                PersonalData.mask("https://api.telegram.org/bot123456789:AAH-xyzxyzxyzxyzxyzxyzxyzxyz/sendMessage"));
    }

    @Test
    void leavesFiguresDatesAndPlanNumbersAlone() {
        String text = "Đạt 62,5% ngày 15/11/2026, Kế hoạch số 125/KH-UBND, dân số 12.345 người, kinh phí 1.200.000.000 đồng";
        assertEquals(text, PersonalData.mask(text));
    }

    @Test
    void findsNumbersAndTokensWrittenEveryWayTheExpressionsAllow() {
        // the cheap checks in front of the expressions must let every form through
        assertEquals("gọi [số điện thoại], [số điện thoại] hay [số điện thoại]",
                PersonalData.mask("gọi 0912-345-678, 84 912 345 678 hay 0912.345.678"));
        assertEquals("số [số định danh]", PersonalData.mask("số 001.203.004567"));
        assertEquals("BEARER [token] và [token]", PersonalData.mask("BEARER abc và TLX_abc"));
        assertEquals("giai đoạn 2026 - 2030, 2021-2025", PersonalData.mask("giai đoạn 2026 - 2030, 2021-2025"));
    }
}
