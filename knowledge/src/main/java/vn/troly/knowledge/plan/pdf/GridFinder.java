package vn.troly.knowledge.plan.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a page's border lines into tables of cells. Lines that touch form one table; each gap between two
 * consecutive horizontal lines is a row, split into cells by the vertical lines crossing it, so merged cells
 * (a missing vertical line) and rows with fewer cells come out as drawn.
 */
final class GridFinder {

    /** How far apart two lines may be and still be taken as one (borders are drawn as overlapping pieces). */
    private static final double TOLERANCE = 2;
    /** A row or column thinner than this is the double stroke of one border, not room for text. */
    private static final double MIN_GAP = 3;

    List<Grid> find(List<Ruling> rulings) {
        List<Grid> grids = new ArrayList<>();
        for (List<Ruling> group : groups(merge(rulings))) {
            Grid grid = grid(group);
            if (grid != null) {
                grids.add(grid);
            }
        }
        grids.sort(Comparator.comparingDouble(g -> g.bounds().getMinY()));
        return grids;
    }

    /** Joins the pieces of one line: same direction and position, overlapping or touching. */
    private static List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparing(Ruling::horizontal).thenComparingDouble(Ruling::position)
                .thenComparingDouble(Ruling::start));
        List<Ruling> merged = new ArrayList<>();
        for (Ruling ruling : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).meets(ruling, TOLERANCE) && merged.get(last).horizontal() == ruling.horizontal()) {
                Ruling previous = merged.get(last);
                merged.set(last, new Ruling(ruling.horizontal(), previous.position(),
                        Math.min(previous.start(), ruling.start()), Math.max(previous.end(), ruling.end())));
            } else {
                merged.add(ruling);
            }
        }
        return merged;
    }

    /** Lines connected through crossings, one group per table. */
    private static List<List<Ruling>> groups(List<Ruling> rulings) {
        int[] parent = new int[rulings.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < rulings.size(); i++) {
            for (int j = i + 1; j < rulings.size(); j++) {
                if (rulings.get(i).meets(rulings.get(j), TOLERANCE)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < rulings.size(); i++) {
            int root = root(parent, i);
            int index = roots.indexOf(root);
            if (index < 0) {
                roots.add(root);
                groups.add(new ArrayList<>());
                index = groups.size() - 1;
            }
            groups.get(index).add(rulings.get(i));
        }
        return groups;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static Grid grid(List<Ruling> group) {
        List<Ruling> horizontals = group.stream().filter(Ruling::horizontal).toList();
        List<Ruling> verticals = group.stream().filter(r -> !r.horizontal()).toList();
        List<Double> rowEdges = distinct(horizontals.stream().map(Ruling::position).toList());
        List<Double> columnEdges = distinct(verticals.stream().map(Ruling::position).toList());
        if (rowEdges.size() < 2 || columnEdges.size() < 2) {
            return null;
        }
        List<List<GridCell>> rows = new ArrayList<>();
        for (int r = 0; r + 1 < rowEdges.size(); r++) {
            double top = rowEdges.get(r);
            double bottom = rowEdges.get(r + 1);
            List<GridCell> row = row(verticals, horizontals, columnEdges, top, bottom, rows);
            if (row.size() > 0) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        Rectangle2D bounds = new Rectangle2D.Double(columnEdges.get(0), rowEdges.get(0),
                columnEdges.get(columnEdges.size() - 1) - columnEdges.get(0),
                rowEdges.get(rowEdges.size() - 1) - rowEdges.get(0));
        return new Grid(bounds, rows);
    }

    private static List<GridCell> row(List<Ruling> verticals, List<Ruling> horizontals, List<Double> columnEdges,
                                      double top, double bottom, List<List<GridCell>> above) {
        double middle = (top + bottom) / 2;
        List<Double> walls = distinct(verticals.stream().filter(v -> v.covers(middle, 0)).map(Ruling::position).toList());
        List<GridCell> cells = new ArrayList<>();
        for (int w = 0; w + 1 < walls.size(); w++) {
            double left = walls.get(w);
            double right = walls.get(w + 1);
            int column = edgeIndex(columnEdges, left);
            int span = Math.max(1, edgeIndex(columnEdges, right) - column);
            double centre = (left + right) / 2;
            boolean ruledAbove = horizontals.stream().anyMatch(h -> Math.abs(h.position() - top) <= TOLERANCE
                    && h.covers(centre, 0));
            boolean continued = !ruledAbove && !above.isEmpty() && sameColumns(above.get(above.size() - 1), column, span);
            cells.add(new GridCell(column, span, new Rectangle2D.Double(left, top, right - left, bottom - top), continued));
        }
        return cells;
    }

    private static boolean sameColumns(List<GridCell> row, int column, int span) {
        return row.stream().anyMatch(c -> c.column() == column && c.span() == span);
    }

    private static int edgeIndex(List<Double> edges, double position) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - position) < Math.abs(edges.get(best) - position)) {
                best = i;
            }
        }
        return best;
    }

    /** Positions sorted, those closer than a gap that could hold text taken as one. */
    private static List<Double> distinct(List<Double> positions) {
        List<Double> sorted = new ArrayList<>(positions);
        sorted.sort(null);
        List<Double> distinct = new ArrayList<>();
        for (double position : sorted) {
            if (distinct.isEmpty() || position - distinct.get(distinct.size() - 1) >= MIN_GAP) {
                distinct.add(position);
            }
        }
        return distinct;
    }
}
