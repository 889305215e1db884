package vn.troly.channels.values;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import jakarta.inject.Singleton;
import vn.troly.knowledge.values.CommuneSummary;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Renders a commune's progress against target per indicator as horizontal bars, sized for a phone screen. */
@Singleton
public class SummaryChart {

    private static final int WIDTH = 720;
    private static final int ROW_HEIGHT = 34;
    private static final int LABEL_CHARS = 48;

    public byte[] png(CommuneSummary summary, String communeName) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CommuneSummary.Row row : summary.rows()) {
            if (row.target() == null) {
                continue;
            }
            String label = row.name().length() > LABEL_CHARS ? row.name().substring(0, LABEL_CHARS - 1) + "…" : row.name();
            // the same text twice would merge two rows into one bar
            label = label + " ".repeat(data.getColumnCount() % 3);
            data.addValue(row.value() == null ? 0 : row.value(), "Giá trị mới nhất", label);
            data.addValue(row.target(), "Mục tiêu", label);
        }
        JFreeChart chart = ChartFactory.createBarChart("Tiến độ chỉ tiêu — xã " + communeName, null, "Giá trị",
                data, PlotOrientation.HORIZONTAL, true, false, false);
        Font font = new Font("DejaVu Sans", Font.PLAIN, 12);
        chart.getTitle().setFont(new Font("DejaVu Sans", Font.BOLD, 16));
        chart.getLegend().setItemFont(font);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setTickLabelFont(font);
        axis.setMaximumCategoryLabelLines(2);
        plot.getRangeAxis().setTickLabelFont(font);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, new Color(0x1f6feb));
        renderer.setSeriesPaint(1, new Color(0xc9d1d9));
        int height = Math.max(300, 120 + data.getColumnCount() * ROW_HEIGHT);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
