package vn.troly.assistant.compose;

import vn.troly.knowledge.text.VietnameseNumbers;
import vn.troly.knowledge.values.IndicatorValue;

/** A reported value as answers show it: "62,5%", "120 hộ", or the words of a qualitative report. */
public final class ValueText {

    private ValueText() {
    }

    public static String shown(IndicatorValue v) {
        if (v.value() == null) {
            return v.text();
        }
        return VietnameseNumbers.format(v.value()) + ("%".equals(v.unit()) ? "%" : v.unit() == null ? "" : " " + v.unit());
    }
}
