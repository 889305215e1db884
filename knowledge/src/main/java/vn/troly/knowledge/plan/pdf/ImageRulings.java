package vn.troly.knowledge.plan.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds table borders in a scanned page: runs of dark pixels far longer than any letter's stroke, along a pixel row
 * (horizontal) or column (vertical), with small gaps (scanner noise, faint toner) bridged. They come back as
 * {@link Ruling}s in PDF points, so the ruled-table finder of the text path cuts the cells.
 */
final class ImageRulings {

    /** Gray level below which a pixel is ink. */
    static final int DARK = 150;
    /** Shortest border, in pixels at 300 dpi (8 mm): a letter's stroke is a few millimetres. */
    private static final int MIN_RUN = 95;
    /** Gap in a border that is still one border (scanner dropout). */
    private static final int MAX_GAP = 4;

    private ImageRulings() {
    }

    /** @param pointsPerPixel 72 / the rendering's dpi */
    static List<Ruling> find(BufferedImage gray, double pointsPerPixel) {
        Raster raster = gray.getRaster();
        int width = gray.getWidth();
        int height = gray.getHeight();
        List<Ruling> rulings = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            runs(rulings, raster, true, y, width, pointsPerPixel);
        }
        for (int x = 0; x < width; x++) {
            runs(rulings, raster, false, x, height, pointsPerPixel);
        }
        return rulings;
    }

    private static void runs(List<Ruling> rulings, Raster raster, boolean horizontal, int fixed, int length, double scale) {
        int start = -1;
        int lastDark = -1;
        for (int i = 0; i <= length; i++) {
            boolean dark = i < length && (horizontal ? raster.getSample(i, fixed, 0) : raster.getSample(fixed, i, 0)) < DARK;
            if (dark) {
                if (start < 0 || i - lastDark > MAX_GAP + 1) {
                    emit(rulings, horizontal, fixed, start, lastDark, scale);
                    start = i;
                }
                lastDark = i;
            }
        }
        emit(rulings, horizontal, fixed, start, lastDark, scale);
    }

    private static void emit(List<Ruling> rulings, boolean horizontal, int line, int start, int end, double scale) {
        if (start >= 0 && end - start + 1 >= MIN_RUN) {
            rulings.add(new Ruling(horizontal, (line + 0.5) * scale, start * scale, (end + 1) * scale));
        }
    }
}
