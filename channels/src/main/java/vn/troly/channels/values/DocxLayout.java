package vn.troly.channels.values;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.math.BigInteger;

/**
 * The page and table layout of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4 portrait, margins
 * 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman; tables with a fixed grid that Word, LibreOffice and
 * python-docx all read (each needs w:tblGrid with a w:gridCol per column).
 */
final class DocxLayout {

    static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point, and the margins: 20 mm = 1134, 30 mm = 1701, 15 mm = 851. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int TOP = 1134;
    private static final int BOTTOM = 1134;
    private static final int LEFT = 1701;
    private static final int RIGHT = 851;
    /** What is left for text between the margins. */
    static final int TEXT_WIDTH = A4_WIDTH - LEFT - RIGHT;

    private DocxLayout() {
    }

    static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
    }

    /** A table of fixed column widths (twips, adding up to the text width), its grid written out. */
    static XWPFTable table(XWPFDocument doc, int rows, int[] widths) {
        XWPFTable table = doc.createTable(rows, widths.length);
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(sum(widths)));
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < widths.length; c++) {
                width(table.getRow(r).getCell(c), widths[c]);
            }
        }
        return table;
    }

    static void width(XWPFTableCell cell, int twips) {
        CTTblWidth w = cell.getCTTc().isSetTcPr() && cell.getCTTc().getTcPr().isSetTcW() ? cell.getCTTc().getTcPr().getTcW()
                : (cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr()).addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    /** Writes text into a cell, a line per "\n", in one paragraph. */
    static void cell(XWPFTableCell cell, String value, boolean bold, ParagraphAlignment align, int size) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingAfter(0);
        String[] lines = value.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(p, lines[i], bold, size);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String value, boolean bold, ParagraphAlignment align, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        run(p, value, bold, size);
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String value, boolean bold, int size) {
        XWPFRun run = p.createRun();
        run.setText(value);
        run.setBold(bold);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        return run;
    }

    private static int sum(int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        return total;
    }
}
