package vn.troly.knowledge.plan.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Scanner dust and gray out of a page: the page becomes black ink on white paper (OCR reads the small Vietnamese tone
 * marks better without the paper's gray and the sensor's noise), an isolated dark pixel is no ink, and a cell with no
 * ink is empty.
 */
final class Despeckle {

    /** Share of dark pixels below which a cell holds no text (a short word in a cell has several percent). */
    private static final double MIN_INK = 0.002;
    private static final int MARGIN = 12;
    /** Gray level below which a pixel is kept as ink for OCR: lighter than a border's, to keep faint tone marks. */
    private static final int INK = 185;

    private Despeckle() {
    }

    /** The page in black and white (ink below {@link #INK}), every ink pixel with fewer than two inked neighbours white. */
    static BufferedImage clean(BufferedImage gray) {
        Raster in = gray.getRaster();
        int width = gray.getWidth();
        int height = gray.getHeight();
        BufferedImage clean = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster out = clean.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean edge = x == 0 || y == 0 || x == width - 1 || y == height - 1;
                if (edge || in.getSample(x, y, 0) >= INK) {
                    out.setSample(x, y, 0, 255);
                    continue;
                }
                int neighbours = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dx != 0 || dy != 0) && in.getSample(x + dx, y + dy, 0) < INK) {
                            neighbours++;
                        }
                    }
                }
                out.setSample(x, y, 0, neighbours < 2 ? 255 : 0);
            }
        }
        return clean;
    }

    /** The image on a margin of white: tesseract misreads letters that touch the image's edge. */
    static BufferedImage padded(BufferedImage gray) {
        BufferedImage padded = new BufferedImage(gray.getWidth() + 2 * MARGIN, gray.getHeight() + 2 * MARGIN,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = padded.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, padded.getWidth(), padded.getHeight());
        g.drawImage(gray, MARGIN, MARGIN, null);
        g.dispose();
        return padded;
    }

    /** Pixels from the first row with ink to the last. */
    static int inkHeight(BufferedImage gray) {
        Raster raster = gray.getRaster();
        int first = -1;
        int last = -1;
        for (int y = 0; y < gray.getHeight(); y++) {
            for (int x = 0; x < gray.getWidth(); x++) {
                if (raster.getSample(x, y, 0) < ImageRulings.DARK) {
                    first = first < 0 ? y : first;
                    last = y;
                    break;
                }
            }
        }
        return first < 0 ? 0 : last - first + 1;
    }

    static boolean hasInk(BufferedImage gray) {
        Raster raster = gray.getRaster();
        long dark = 0;
        for (int y = 0; y < gray.getHeight(); y++) {
            for (int x = 0; x < gray.getWidth(); x++) {
                if (raster.getSample(x, y, 0) < ImageRulings.DARK) {
                    dark++;
                }
            }
        }
        return dark >= MIN_INK * gray.getWidth() * gray.getHeight();
    }
}
