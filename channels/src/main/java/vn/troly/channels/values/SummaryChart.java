package vn.troly.channels.values;

import jakarta.inject.Singleton;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.knowledge.values.CommuneSummary;
import vn.troly.knowledge.values.ProgressStatus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws the summary for a phone: one horizontal bar per row as a share of its target, coloured by status, labelled by
 * the plan's STT and a short name. The PNG is 720 px wide with 24 px text, so on a 360 px screen the text is 12 px.
 */
@Singleton
public class SummaryChart {

    private static final int WIDTH = 720;
    private static final int ROW_HEIGHT = 64;
    private static final String FONT = "DejaVu Sans";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Status colours, the web page's (app.css). */
    private static final Map<ProgressStatus, Color> COLOURS = Map.of(ProgressStatus.MET, new Color(0x1a7f37),
            ProgressStatus.NOT_MET, new Color(0xcf222e), ProgressStatus.AT_RISK, new Color(0x9a6700),
            ProgressStatus.OVERDUE, new Color(0x82071e), ProgressStatus.NO_DATA, new Color(0x6e7781));

    private final Map<String, Object> text = Prompts.yaml("chart.yml");

    public byte[] png(CommuneSummary summary, String communeName) {
        ChartData data = ChartData.of(summary);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<ProgressStatus> shown = List.of(ProgressStatus.OVERDUE, ProgressStatus.AT_RISK, ProgressStatus.NOT_MET, ProgressStatus.MET);
        Set<String> labels = new HashSet<>();
        for (ChartData.Bar bar : data.bars()) {
            String label = bar.label();
            while (!labels.add(label)) {
                // the same text twice would merge two rows into one bar
                label = label + " ";
            }
            for (ProgressStatus s : shown) {
                dataset.addValue(s.code().equals(bar.status()) ? bar.share() : null, t("label_" + s.code()), label);
            }
        }
        String date = summary.asOf().format(DAY);
        JFreeChart chart = new JFreeChart(fill(t("title"), "commune", communeName), font(Font.BOLD, 28),
                plot(dataset, data, shown, date), !data.bars().isEmpty());
        chart.setBackgroundPaint(Color.WHITE);
        String counts = summary.counts().entrySet().stream()
                // a count and its word stay on one line: lines break only between counts
                .map(e -> fill(t("count"), "label", t("label_" + e.getKey()), "count", String.valueOf(e.getValue())).replace(' ', '\u00A0'))
                .collect(Collectors.joining(" · "));
        chart.addSubtitle(new TextTitle(fill(t("subtitle"), "date", date), font(Font.PLAIN, 22)));
        chart.addSubtitle(new TextTitle(counts, font(Font.PLAIN, 22)));
        chart.setPadding(new RectangleInsets(8, 8, 8, 28));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(font(Font.PLAIN, 24));
            chart.getLegend().setPosition(RectangleEdge.TOP);
        }
        if (data.notDrawn() > 0 && !data.bars().isEmpty()) {
            TextTitle note = new TextTitle(fill(t("not_drawn"), "count", String.valueOf(data.notDrawn())), font(Font.ITALIC, 22));
            note.setPosition(RectangleEdge.BOTTOM);
            chart.addSubtitle(note);
        }
        int height = data.bars().isEmpty() ? 420 : 300 + data.bars().size() * ROW_HEIGHT;
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CategoryPlot plot(DefaultCategoryDataset dataset, ChartData data, List<ProgressStatus> shown, String date) {
        CategoryAxis rows = new CategoryAxis();
        rows.setTickLabelFont(font(Font.PLAIN, 24));
        rows.setMaximumCategoryLabelLines(2);
        rows.setMaximumCategoryLabelWidthRatio(0.55f);
        rows.setCategoryMargin(0.25);
        NumberAxis share = new NumberAxis(t("axis"));
        share.setLabelFont(font(Font.PLAIN, 22));
        share.setTickLabelFont(font(Font.PLAIN, 22));
        share.setRange(0, data.bars().stream().anyMatch(b -> b.share() > 100) ? ChartData.MAX_SHARE : 100);
        share.setTickUnit(new NumberTickUnit(25));
        share.setVisible(!data.bars().isEmpty());
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        for (int i = 0; i < shown.size(); i++) {
            bars.setSeriesPaint(i, COLOURS.get(shown.get(i)));
        }
        CategoryPlot plot = new CategoryPlot(dataset, rows, share, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ValueMarker target = new ValueMarker(100, Color.DARK_GRAY, new BasicStroke(2f));
        plot.addRangeMarker(target);
        plot.setNoDataMessage(fill(t("no_data"), "date", date));
        plot.setNoDataMessageFont(font(Font.BOLD, 26));
        return plot;
    }

    private static Font font(int style, int size) {
        return new Font(FONT, style, size);
    }

    private String t(String key) {
        return String.valueOf(text.get(key)).strip();
    }

    private static String fill(String template, String... pairs) {
        String out = template;
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            out = out.replace("{" + pairs[i] + "}", pairs[i + 1]);
        }
        return out;
    }
}
