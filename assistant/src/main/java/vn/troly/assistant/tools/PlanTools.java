package vn.troly.assistant.tools;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import vn.troly.assistant.answer.Citation;
import vn.troly.assistant.answer.IndicatorCard;
import vn.troly.assistant.citizen.CitizenGuide;
import vn.troly.assistant.citizen.ProcedureCard;
import vn.troly.assistant.compose.Cards;
import vn.troly.knowledge.agency.Agency;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.LegacyIds;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.Section;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.search.DocKind;
import vn.troly.knowledge.search.SearchHit;
import vn.troly.knowledge.search.SearchRequest;
import vn.troly.knowledge.values.Schedule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The tools over the plans: one set of methods for the default engine and for the LLM agent. */
public final class PlanTools {

    private final PlanLibrary library;
    private final AgencyDirectory agencies;
    private final CitizenGuide guide;
    private final Cards cards;
    private final RowVocabulary vocabulary;

    /** @param vocabulary every plan's distinct rows, or null to search the whole library for them */
    public PlanTools(PlanLibrary library, AgencyDirectory agencies, CitizenGuide guide, Cards cards, RowVocabulary vocabulary) {
        this.library = library;
        this.agencies = agencies;
        this.guide = guide;
        this.cards = cards;
        this.vocabulary = vocabulary;
    }

    /** A row found for a query. */
    public record Match(String kind, String id, String name, double score, double coverage, double nameCoverage,
                        boolean adjacent, boolean lacksTerm, boolean termsWhole) {
        /**
         * Whether the row is really about the query: most of its words, some of them side by side, some in its name,
         * and no distinctive term of the query missing altogether. A row whose name has none of the query ("chữ ký số"
         * for "hợp đồng điện tử") only mentions it in its description of what is to be done.
         */
        public boolean relevant(double minCoverage) {
            return mentions(minCoverage) && nameCoverage > 0;
        }

        /** Whether the row holds the query, in its name or only in its description of what is to be done. */
        public boolean mentions(double minCoverage) {
            return coverage >= minCoverage && adjacent && !lacksTerm;
        }
    }

    /** A part of a plan's body. */
    public record SectionExcerpt(String planId, String sectionId, String heading, String path, String text, int startLine,
                                 int endLine) {
    }

    @Tool("Tìm chỉ tiêu và nhiệm vụ trong kế hoạch chuyển đổi số của một xã theo nội dung; trả về id, tên, điểm khớp "
            + "và coverage (tỷ lệ từ của câu hỏi có trong dòng, dưới 0,6 là kế hoạch không có nội dung đó)")
    public List<Match> findIndicators(@P("nội dung cần tìm, ví dụ 'phủ sóng 5G'") String query,
                                      @P("mã xã, ví dụ 'ninh-binh/vinh-tru'") String communeId) {
        return matches(library.index().search(new SearchRequest(query, idNow(communeId), Set.of(DocKind.INDICATOR, DocKind.TASK), 8)));
    }

    /** The rows of any commune's plan best matching a query, one for all rows of identical content. */
    public List<Match> findAnywhere(String query) {
        SearchRequest request = new SearchRequest(query, null, Set.of(DocKind.INDICATOR, DocKind.TASK), 8);
        List<SearchHit> distinct = vocabulary == null ? null : vocabulary.search(request);
        return matches(distinct == null ? library.index().search(request) : distinct);
    }

    private static List<Match> matches(List<SearchHit> hits) {
        List<Match> matches = new ArrayList<>();
        for (SearchHit hit : hits) {
            matches.add(new Match(hit.kind().name().toLowerCase(), hit.id(), hit.title(), hit.score(), hit.coverage(),
                    hit.nameCoverage(), hit.adjacent(), hit.lacksTerm(), hit.termsWhole()));
        }
        return matches;
    }

    @Tool("Lấy đầy đủ một chỉ tiêu hoặc nhiệm vụ theo id: cơ quan chủ trì, phối hợp, mục tiêu theo giai đoạn, thời hạn")
    public IndicatorCard getIndicator(@P("id của chỉ tiêu") String id) {
        return library.indicator(id).map(i -> cards.card(i, List.of()))
                .or(() -> library.task(id).map(cards::card)).orElse(null);
    }

    /** The commune whose plan holds a row, by the row's id. */
    public Optional<String> communeOf(String id) {
        return library.indicator(id).map(Indicator::communeId).or(() -> library.task(id).map(Task::communeId));
    }

    /** The citation of an indicator or task by id, for answers the LLM agent composed. */
    public Optional<Citation> citation(String id) {
        return library.indicator(id).map(cards::citation).or(() -> library.task(id).map(cards::citation));
    }

    @Tool("Liệt kê các chỉ tiêu và nhiệm vụ mà một cơ quan chủ trì trong kế hoạch của một xã")
    public List<IndicatorCard> listByAgency(@P("tên cơ quan, ví dụ 'Công an xã'") String agency,
                                            @P("mã xã") String communeId) {
        Optional<Agency> found = agencies.find(agency);
        if (found.isEmpty()) {
            return List.of();
        }
        List<IndicatorCard> result = new ArrayList<>();
        ledBy(found.get(), communeId).forEach(i -> result.add(cards.card(i, List.of())));
        tasksLedBy(found.get(), communeId).forEach(t -> result.add(cards.card(t)));
        return result;
    }

    @Tool("Liệt kê các chỉ tiêu và nhiệm vụ của một xã có thời hạn trong khoảng ngày (yyyy-MM-dd)")
    public List<IndicatorCard> listDue(@P("từ ngày, yyyy-MM-dd") String from, @P("đến ngày, yyyy-MM-dd") String to,
                                       @P("mã xã") String communeId) {
        try {
            LocalDate start = LocalDate.parse(from);
            LocalDate end = LocalDate.parse(to);
            List<IndicatorCard> result = new ArrayList<>();
            // the deadline column, or failing that the end of the current target period: the same rule as the engine's
            library.indicators(communeId).stream().filter(i -> {
                LocalDate date = Schedule.dueDate(i, start);
                return date != null && !date.isBefore(start) && !date.isAfter(end);
            }).forEach(i -> result.add(cards.card(i, List.of())));
            library.tasks(communeId).stream().filter(t -> Schedule.dueWithin(t.deadline(), start, end)).forEach(t -> result.add(cards.card(t)));
            return result;
        } catch (DateTimeParseException e) {
            return List.of();
        }
    }

    @Tool("Tìm trong phần thân kế hoạch (mục tiêu, nhiệm vụ, tổ chức thực hiện, căn cứ) của một xã")
    public List<SectionExcerpt> searchPlanSections(@P("nội dung cần tìm") String query, @P("mã xã") String communeId) {
        return searchPlanSections(query, communeId, 3);
    }

    /** A part of a plan's body found for a query, and whether it holds the query (as {@link Match#relevant}). */
    public record SectionMatch(SectionExcerpt section, double coverage, boolean adjacent, boolean lacksTerm) {
        public boolean relevant(double minCoverage) {
            return coverage >= minCoverage && adjacent && !lacksTerm;
        }
    }

    /** The parts of a commune's plan body that best match a query, with how much of it each holds. */
    public List<SectionMatch> findPlanSections(String query, String communeId, int limit) {
        List<SectionMatch> result = new ArrayList<>();
        for (SearchHit hit : library.index().search(new SearchRequest(query, idNow(communeId), Set.of(DocKind.SECTION), limit))) {
            section(hit.id()).ifPresent(s -> result.add(new SectionMatch(s, hit.coverage(), hit.adjacent(), hit.lacksTerm())));
        }
        return result;
    }

    /** The parts of a commune's plan body that best match a query, at most {@code limit}. */
    public List<SectionExcerpt> searchPlanSections(String query, String communeId, int limit) {
        List<SectionExcerpt> result = new ArrayList<>();
        for (SearchHit hit : library.index().search(new SearchRequest(query, idNow(communeId), Set.of(DocKind.SECTION), limit))) {
            section(hit.id()).ifPresent(result::add);
        }
        return result;
    }

    @Tool("Tìm hướng dẫn cho người dân về dịch vụ công trực tuyến, VNeID, chữ ký số, thanh toán trực tuyến, nơi hỗ trợ")
    public List<ProcedureCard> searchCitizenGuide(@P("câu hỏi của người dân") String question) {
        return guide.search(question, 2);
    }

    /** Indicators of a commune led by an agency (and, where the plan names them, implemented by it). */
    /** What ids written before every commune's id carried its province stand for now. */
    public LegacyIds legacyIds() {
        return library.legacyIds();
    }

    /** The index knows a commune by its id: a bare id ("vinh-tru") still unique names the commune it stood for. */
    private String idNow(String communeId) {
        return communeId == null ? null : library.commune(communeId).map(Commune::id).orElse(communeId);
    }

    public List<Indicator> ledBy(Agency agency, String communeId) {
        return library.indicators(communeId).stream().filter(i -> names(i.lead(), agency)).toList();
    }

    /** Indicators of a commune where an agency is named among those who coordinate. */
    public List<Indicator> coordinatedBy(Agency agency, String communeId) {
        return library.indicators(communeId).stream().filter(i -> names(i.coordinating(), agency)).toList();
    }

    public List<Task> tasksCoordinatedBy(Agency agency, String communeId) {
        return once(library.tasks(communeId).stream().filter(t -> names(t.coordinating(), agency)));
    }

    public List<Indicator> implementedBy(Agency agency, String communeId) {
        return library.indicators(communeId).stream().filter(i -> !names(i.lead(), agency) && names(i.implementers(), agency)).toList();
    }

    public List<Task> tasksLedBy(Agency agency, String communeId) {
        return once(library.tasks(communeId).stream().filter(t -> names(t.lead(), agency)));
    }

    /** A plan that lists one task twice (same words, lead and deadline, under two numbers) shows it once in a list. */
    private static List<Task> once(Stream<Task> tasks) {
        Set<List<Object>> seen = new HashSet<>();
        return tasks.filter(t -> seen.add(List.of(t.name().strip(), t.lead(), String.valueOf(t.deadline())))).toList();
    }

    public Optional<SectionExcerpt> section(String hitId) {
        int hash = hitId.indexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        String planId = hitId.substring(0, hash);
        String sectionId = hitId.substring(hash + 1);
        return library.plan(planId).flatMap(p -> p.sections().stream().filter(s -> s.id().equals(sectionId)).findFirst()
                .map(s -> excerpt(p, s)));
    }

    private static SectionExcerpt excerpt(Plan plan, Section s) {
        String text = s.text();
        int end = s.endLine();
        if (text.isBlank()) {
            // a heading with no text of its own ("II. MỤC TIÊU ĐẾN NĂM 2030") is answered with the parts under it
            StringBuilder under = new StringBuilder();
            List<Section> all = plan.sections();
            for (int i = all.indexOf(s) + 1; i < all.size() && nestedIn(all.get(i), s); i++) {
                Section part = all.get(i);
                under.append(title(part)).append('\n').append(part.text()).append('\n');
                end = part.endLine();
            }
            text = under.toString().strip();
        }
        return new SectionExcerpt(plan.id(), s.id(), title(s), String.join(" › ", s.path()), text, s.startLine(), end);
    }

    /** "2. Mục tiêu cụ thể": the section's number, if any, and heading. */
    private static String title(Section s) {
        return (s.number().isEmpty() ? "" : s.number() + ". ") + s.heading();
    }

    private static boolean nestedIn(Section part, Section parent) {
        return part.path().size() > parent.path().size() && part.path().subList(0, parent.path().size()).equals(parent.path());
    }

    private static boolean names(List<AgencyRef> refs, Agency agency) {
        return refs.stream().anyMatch(r -> agency.id().equals(r.id()));
    }
}
