package vn.troly.knowledge.plan.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

/**
 * A scan of a printed PDF: each page rendered at 300 dpi, turned by a small angle as a sheet fed askew, with toner
 * specks and uneven gray, saved as JPEG and wrapped in a PDF of images only, as a scanner or a phone app makes it.
 */
final class ScanMaker {

    private static final float DPI = 300;

    private ScanMaker() {
    }

    /** @param maxDegrees each page is turned by an angle up to this, either way */
    static byte[] scan(byte[] printed, double maxDegrees, long seed) throws IOException {
        Random random = new Random(seed);
        try (PDDocument source = Loader.loadPDF(printed); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int p = 0; p < source.getNumberOfPages(); p++) {
                PDRectangle size = source.getPage(p).getMediaBox();
                BufferedImage page = renderer.renderImageWithDPI(p, DPI, ImageType.GRAY);
                BufferedImage scanned = noise(turn(page, (random.nextDouble() * 2 - 1) * maxDegrees), random);
                PDPage out = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
                scan.addPage(out);
                try (PDPageContentStream content = new PDPageContentStream(scan, out)) {
                    content.drawImage(JPEGFactory.createFromImage(scan, scanned, 0.85f), 0, 0, size.getWidth(), size.getHeight());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            scan.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static BufferedImage turn(BufferedImage page, double degrees) {
        BufferedImage turned = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0,
                page.getHeight() / 2.0), null);
        g.dispose();
        return turned;
    }

    /** Paper gray and sensor noise on every pixel, and a dark speck on about one pixel in two thousand. */
    private static BufferedImage noise(BufferedImage page, Random random) {
        WritableRaster raster = page.getRaster();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int value = raster.getSample(x, y, 0) - 12 + (int) (random.nextGaussian() * 8);
                if (random.nextInt(2000) == 0) {
                    value = 40;
                }
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, value)));
            }
        }
        return page;
    }
}
