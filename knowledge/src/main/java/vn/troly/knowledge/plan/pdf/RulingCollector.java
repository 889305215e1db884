package vn.troly.knowledge.plan.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a page's table borders: stroked straight lines, and filled rectangles thin enough to be a line (Word and
 * LibreOffice draw borders either way). Fat filled rectangles are cell shading, not borders.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** Thicker than any border (a 3 pt border is the thickest Word offers), thinner than any shaded cell. */
    private static final double THIN = 4;
    private static final double STRAIGHT = 0.5;

    private final PDRectangle box;
    private final List<double[]> path = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private Point2D current = new Point2D.Double();
    private Point2D subpathStart = new Point2D.Double();

    RulingCollector(PDPage page) {
        super(page);
        this.box = page.getCropBox();
    }

    List<Ruling> collect() throws IOException {
        processPage(getPage());
        return rulings;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Double(x, y);
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Double(x, y);
        path.add(new double[]{current.getX(), current.getY(), x, y});
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Double(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (!current.equals(subpathStart)) {
            lineTo((float) subpathStart.getX(), (float) subpathStart.getY());
        }
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        for (double[] segment : path) {
            addLine(segment[0], segment[1], segment[2], segment[3]);
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] segment : path) {
            minX = Math.min(minX, Math.min(segment[0], segment[2]));
            maxX = Math.max(maxX, Math.max(segment[0], segment[2]));
            minY = Math.min(minY, Math.min(segment[1], segment[3]));
            maxY = Math.max(maxY, Math.max(segment[1], segment[3]));
        }
        if (!path.isEmpty()) {
            if (maxY - minY <= THIN && maxX - minX > THIN) {
                double y = (minY + maxY) / 2;
                addLine(minX, y, maxX, y);
            } else if (maxX - minX <= THIN && maxY - minY > THIN) {
                double x = (minX + maxX) / 2;
                addLine(x, minY, x, maxY);
            }
        }
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn; the path itself is ended by endPath
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // an image is no border
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading is background, never a border
    }

    private void addLine(double x1, double y1, double x2, double y2) {
        double left = Math.min(x1, x2) - box.getLowerLeftX();
        double right = Math.max(x1, x2) - box.getLowerLeftX();
        double top = box.getUpperRightY() - Math.max(y1, y2);
        double bottom = box.getUpperRightY() - Math.min(y1, y2);
        if (bottom - top <= STRAIGHT && right - left > STRAIGHT) {
            rulings.add(new Ruling(true, (top + bottom) / 2, left, right));
        } else if (right - left <= STRAIGHT && bottom - top > STRAIGHT) {
            rulings.add(new Ruling(false, (left + right) / 2, top, bottom));
        }
    }
}
