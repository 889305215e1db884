package vn.troly.knowledge.plan.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Straightens a scanned page. A sheet fed a little askew tilts every table border, so no pixel row holds a whole
 * border; the tilt is the angle at which the dark pixels' rows line up best (text lines and borders give the sharpest
 * row profile when level).
 */
final class Deskew {

    /** Scanners and phone apps leave a page at most a few degrees off. */
    private static final double MAX_DEGREES = 3;
    private static final double STEP_DEGREES = 0.05;
    /** Width the angle is measured at: enough for a tenth of a degree, cheap to try a hundred angles on. */
    private static final int SAMPLE_WIDTH = 1000;

    private Deskew() {
    }

    static BufferedImage straighten(BufferedImage gray) {
        double radians = Math.toRadians(angle(gray));
        if (Math.abs(radians) < Math.toRadians(STEP_DEGREES / 2)) {
            return gray;
        }
        BufferedImage level = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = level.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, level.getWidth(), level.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(gray, AffineTransform.getRotateInstance(-radians, gray.getWidth() / 2.0, gray.getHeight() / 2.0), null);
        g.dispose();
        return level;
    }

    /** The tilt in degrees: positive when lines fall to the right. */
    static double angle(BufferedImage gray) {
        int step = Math.max(1, gray.getWidth() / SAMPLE_WIDTH);
        int count = 0;
        int[] xs = new int[(gray.getWidth() / step + 1) * (gray.getHeight() / step + 1)];
        int[] ys = new int[xs.length];
        for (int y = 0; y < gray.getHeight(); y += step) {
            for (int x = 0; x < gray.getWidth(); x += step) {
                if ((gray.getRaster().getSample(x, y, 0)) < ImageRulings.DARK) {
                    xs[count] = x;
                    ys[count] = y;
                    count++;
                }
            }
        }
        double best = 0;
        double bestScore = -1;
        for (double degrees = -MAX_DEGREES; degrees <= MAX_DEGREES + 1e-9; degrees += STEP_DEGREES) {
            double slope = Math.tan(Math.toRadians(degrees));
            long[] rows = new long[gray.getHeight() / step + 2 + (int) (gray.getWidth() * Math.abs(slope) / step) * 2];
            int offset = rows.length / 2;
            for (int i = 0; i < count; i++) {
                int row = (int) Math.round((ys[i] - xs[i] * slope) / step) + offset - gray.getHeight() / step / 2;
                if (row >= 0 && row < rows.length) {
                    rows[row]++;
                }
            }
            double score = 0;
            for (long r : rows) {
                score += (double) r * r;
            }
            if (score > bestScore) {
                bestScore = score;
                best = degrees;
            }
        }
        return best;
    }
}
