package vn.troly.knowledge.text;

/** Numbers written the Vietnamese way for answers and documents: 62.5 as "62,5", 70.0 as "70". */
public final class VietnameseNumbers {

    private VietnameseNumbers() {
    }

    public static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
    }
}
