package vn.troly.assistant.eval;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.text.VietnameseNormalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A target written "1,5" or 1.5 in a set is the same figure, and is found however the answer writes it. */
class GraderTest {

    @Test
    void aTargetWrittenWithADecimalCommaIsThatFigure() {
        assertEquals(1.5, Grader.number(new TextNode("1,5")), 1e-9);
        assertEquals(1.5, Grader.number(new DoubleNode(1.5)), 1e-9);
        assertTrue(Double.isNaN(Grader.number(new TextNode("khoảng"))));
        assertTrue(Grader.containsNumber("Mục tiêu: ≥ 1,5%", Grader.number(new TextNode("1,5"))));
        assertFalse(Grader.containsNumber("Mục tiêu: ≥ 15%", Grader.number(new TextNode("1,5"))));
        assertFalse(Grader.containsNumber("Mục tiêu: 0%", Grader.number(new TextNode("khoảng"))));
    }

    @Test
    void aRowNameIsTheSameRowWithOrWithoutTheCellsClosingStop() {
        Grader grader = new Grader(new VietnameseNormalizer(), AgencyDirectory.loadDefault(new VietnameseNormalizer()));
        assertEquals(grader.nameKey("Tỷ lệ hồ sơ được số hóa."), grader.nameKey("Tỷ lệ hồ sơ được số hóa"));
        assertEquals(grader.nameKey("Tỷ lệ hồ sơ được số hóa;  "), grader.nameKey("ty le ho so duoc so hoa"));
        assertFalse(grader.nameKey("Tỷ lệ hồ sơ được số hóa lại").equals(grader.nameKey("Tỷ lệ hồ sơ được số hóa")));
    }
}
