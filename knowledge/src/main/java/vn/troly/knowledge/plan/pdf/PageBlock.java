package vn.troly.knowledge.plan.pdf;

import java.util.List;

/** What a page holds, top to bottom: lines of body text and ruled tables. */
sealed interface PageBlock {

    /** Distance of the block's top from the top of the page. */
    double top();

    /** A line of body text. */
    record Text(double top, String line) implements PageBlock {
    }

    /** A ruled table's rows. */
    record Table(double top, List<RowText> rows) implements PageBlock {
    }
}
