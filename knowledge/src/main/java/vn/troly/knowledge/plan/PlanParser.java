package vn.troly.knowledge.plan;

import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.plan.pdf.PdfReader;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Reads a plan document (.txt, .docx or .pdf with a text layer) into a {@link Plan}. */
public final class PlanParser {

    /** Changes when the same text parses into other rows or names: the index reads plans parsed this way again. */
    public static final String VERSION = "3";

    private final VietnameseNormalizer normalizer;
    private final TableReader tableReader;
    private final AppendixParser appendixParser;
    private final SectionParser sectionParser = new SectionParser();
    private final PlanHeaderParser headerParser;
    private final DocxReader docxReader = new DocxReader();
    private final PdfReader pdfReader;
    private final String fingerprint;

    /** A parser that refuses scanned PDFs. */
    public PlanParser(VietnameseNormalizer normalizer, AgencyDirectory agencies) {
        this(normalizer, agencies, null);
    }

    /**
     * @param ocrCommand the tesseract command that reads scanned PDFs, or null to refuse them: OCR reads few rows
     *                   exactly (24 of the sample plans' 202 on simulated scans), so it is a deployment's choice
     */
    public PlanParser(VietnameseNormalizer normalizer, AgencyDirectory agencies, String ocrCommand) {
        this.normalizer = normalizer;
        this.tableReader = new TableReader(normalizer);
        this.appendixParser = new AppendixParser(normalizer, tableReader, new TargetParser(normalizer),
                new DeadlineParser(normalizer), agencies);
        this.headerParser = new PlanHeaderParser(normalizer);
        this.pdfReader = new PdfReader(ocrCommand);
        this.fingerprint = VERSION + "-" + Integer.toHexString(agencies.all().stream().map(Object::toString).toList().hashCode())
                + (ocrCommand == null ? "" : "-ocr");
    }

    /**
     * What decides how a file parses besides its bytes: the parser's version, the agency table that names agencies,
     * and whether scans are read. Plans kept as parsed are reused only under the same fingerprint.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** Parses a file by its extension. */
    public Plan parse(String fileName, byte[] content) throws PlanParseException {
        return parse(fileName, content, Placement.AS_WRITTEN);
    }

    /**
     * Where a plan's commune is placed: in the province its header names, or the one given (on upload).
     *
     * @param province the province, or null for the one the plan names
     */
    public record Placement(String province) {
        public static final Placement AS_WRITTEN = new Placement(null);
    }

    /** Parses a file by its extension, its commune placed as asked. */
    public Plan parse(String fileName, byte[] content, Placement placement) throws PlanParseException {
        if (content == null || content.length == 0) {
            throw new PlanParseException("Tệp \"" + fileName + "\" rỗng.");
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            return parse(docxReader.read(fileName, content), placement);
        }
        if (lower.endsWith(".pdf")) {
            return parse(pdfReader.read(fileName, content), placement);
        }
        if (lower.endsWith(".txt") || lower.endsWith(".md")) {
            return parse(PlanText.of(fileName, utf8(fileName, content)), placement);
        }
        throw new PlanParseException("Chỉ nhận kế hoạch dạng .txt (UTF-8), .docx hoặc .pdf; tệp \"" + fileName + "\" không đúng định dạng.");
    }

    public Plan parse(PlanText text) throws PlanParseException {
        return parse(text, Placement.AS_WRITTEN);
    }

    public Plan parse(PlanText text, Placement placement) throws PlanParseException {
        int appendixLine = tableReader.firstAppendixLine(text);
        int bodyEnd = appendixLine > 0 ? appendixLine : text.lines().size() + 1;
        PlanHeaderParser.Header header = headerParser.parse(text, bodyEnd);
        String commune = header.commune();
        if (commune == null) {
            throw new PlanParseException("Không xác định được tên xã trong tệp \"" + text.fileName()
                    + "\": kế hoạch cần có dòng \"XÃ …\" ở phần đầu hoặc tên xã trong tiêu đề.");
        }
        String province = placement.province() != null && !placement.province().isBlank()
                ? normalizer.normalize(placement.province().strip()) : header.province();
        String slug = communeId(commune);
        String base = communeId(baseName(text.fileName()));
        String planId = base.startsWith(slug) ? base : slug + "-" + base;
        String communeId = slug;
        if (province != null) {
            // names repeat across provinces, so a commune is known by both; row ids carry the commune's id and must
            // stay one path segment: there the province joins with a dot
            communeId = communeId(province) + "/" + slug;
            planId = communeId(province) + "." + planId;
        }
        String title = header.title() != null ? header.title() : "Kế hoạch chuyển đổi số xã " + commune;
        List<RawTable> tables = tableReader.read(text);
        AppendixParser.Result appendices = appendixParser.parse(tables, planId, title, communeId, header.period(), text.ocr());
        if (appendices.indicators().isEmpty() && appendices.tasks().isEmpty()) {
            throw new PlanParseException("Không tìm thấy bảng chỉ tiêu hoặc nhiệm vụ nào trong tệp \"" + text.fileName()
                    + "\": phụ lục cần là bảng có cột STT/TT, tên chỉ tiêu và cơ quan chủ trì.");
        }
        List<Section> sections = sectionParser.parse(text, planId, bodyEnd);
        return new Plan(planId, communeId, commune, province, header.number(), header.date(), title,
                header.signer(), text.fileName(), sections, appendices.indicators(), appendices.tasks());
    }

    /** Commune id: the name without diacritics, lower case, hyphenated ("Vĩnh Trụ" → "vinh-tru"). */
    public String communeId(String commune) {
        return normalizer.fold(commune).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String utf8(String fileName, byte[] content) throws PlanParseException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new PlanParseException("Tệp \"" + fileName + "\" không phải văn bản UTF-8.", e);
        }
    }

    private static String baseName(String fileName) {
        String name = fileName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
