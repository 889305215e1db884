package vn.troly.assistant.eval;

import vn.troly.knowledge.values.Schedule;
import com.fasterxml.jackson.databind.JsonNode;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Role;
import vn.troly.assistant.compose.Cards;
import vn.troly.assistant.engine.Answerer;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.text.VietnameseNormalizer;
import vn.troly.knowledge.values.DeviationCheck;
import vn.troly.knowledge.values.IndicatorValue;
import vn.troly.knowledge.values.ValueRejectedException;
import vn.troly.knowledge.values.ValueReport;
import vn.troly.knowledge.values.ValueStore;
import vn.troly.knowledge.values.ValueValidator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evaluation's setup calls without HTTP, as the REST API would make them: {@code POST /api/indicators/X/values}
 * validates the body with {@link ValueValidator} and stores it. Every case gets an empty store of its own and an engine
 * over it. X is an indicator id, or a placeholder ("{id}") for the indicator named by the body's "indicator", else
 * the case's expected indicator, looked up by name in the case's commune.
 */
public final class ValueSetup implements EvalRunner.Setup {

    private static final Pattern VALUES_PATH = Pattern.compile("^/api/indicators/([^/]+)/values/?$");

    private final PlanLibrary library;
    private final AgencyDirectory agencies;
    private final VietnameseNormalizer normalizer;
    private final Clock clock;
    private final ValueValidator validator;
    private final DeviationCheck deviations;
    private final Supplier<ValueStore> freshStore;
    private final Function<ValueStore, Answerer> engineOver;

    /**
     * @param freshStore an empty value store each time (an in-memory database: never the user's)
     * @param engineOver the engine that reads a given store
     */
    public ValueSetup(PlanLibrary library, AgencyDirectory agencies, VietnameseNormalizer normalizer, Clock clock,
                      Supplier<ValueStore> freshStore, Function<ValueStore, Answerer> engineOver) {
        this.library = library;
        this.agencies = agencies;
        this.normalizer = normalizer;
        this.clock = clock;
        this.validator = new ValueValidator(library, normalizer, clock);
        this.deviations = new DeviationCheck(normalizer);
        this.freshStore = freshStore;
        this.engineOver = engineOver;
    }

    @Override
    public Answerer prepare(EvalCase testCase) throws EvalRunner.SetupException {
        ValueStore store = freshStore.get();
        for (EvalCase.SetupCall call : testCase.setup()) {
            Matcher path = VALUES_PATH.matcher(call.path().strip());
            if (!"POST".equalsIgnoreCase(call.method()) || !path.matches()) {
                throw new EvalRunner.SetupException("unsupported call " + call.method() + " " + call.path());
            }
            Indicator indicator = indicator(testCase, path.group(1), call.body());
            JsonNode body = call.body();
            ValueReport report = new ValueReport(indicator.id(), body.hasNonNull("value") ? body.get("value").asText() : null,
                    text(body, "asOf"), text(body, "source"), text(body, "note"),
                    body.hasNonNull("reportedBy") ? body.get("reportedBy").asText() : "Cán bộ (eval)", "api");
            try {
                IndicatorValue candidate = validator.validate(report);
                boolean suspect = deviations.check(indicator, candidate, store.history(indicator.id())).isPresent();
                store.append(suspect ? DeviationCheck.suspect(candidate) : candidate);
            } catch (ValueRejectedException e) {
                throw new EvalRunner.SetupException(call.path() + ": " + e.getMessage());
            }
        }
        return engineOver.apply(store);
    }

    /**
     * Officials report only their agency's indicators: an eval official acts for the case's "agency", else for the
     * first lead agency of the case's expected indicator; the others are unregistered callers of their role.
     */
    @Override
    public Caller caller(EvalCase testCase, Role role) {
        if (role != Role.OFFICIAL) {
            return Caller.of(role);
        }
        String agencyId = null;
        if (testCase.agency() != null) {
            agencyId = agencies.find(testCase.agency()).map(a -> a.id())
                    .or(() -> agencies.byId(testCase.agency()).map(a -> a.id())).orElse(null);
        } else if (testCase.expectedIndicatorName() != null) {
            agencyId = byName(testCase, testCase.expectedIndicatorName())
                    .flatMap(i -> i.lead().stream().map(AgencyRef::id).filter(id -> id != null).findFirst()).orElse(null);
        }
        return new Caller(null, null, Role.OFFICIAL, agencyId, null);
    }

    private Indicator indicator(EvalCase testCase, String pathId, JsonNode body) throws EvalRunner.SetupException {
        if (!pathId.startsWith("{")) {
            return library.indicator(pathId).orElseThrow(() -> new EvalRunner.SetupException("no indicator with id " + pathId));
        }
        String name = body.hasNonNull("indicator") ? body.get("indicator").asText() : testCase.expectedIndicatorName();
        if (name == null) {
            throw new EvalRunner.SetupException(pathId + " needs body.indicator or expect.indicator_name");
        }
        return byName(testCase, name).orElseThrow(() -> new EvalRunner.SetupException("no indicator named \"" + name
                + "\"" + (communeOf(testCase) == null ? "" : " in " + communeOf(testCase))));
    }

    /** The row of that name in the case's commune; of several phases, the one whose targets cover this year. */
    private Optional<Indicator> byName(EvalCase testCase, String name) {
        String wanted = fold(name);
        int year = LocalDate.now(clock).getYear();
        return library.indicators(communeOf(testCase)).stream().filter(i -> fold(i.name()).equals(wanted))
                .min(Comparator.comparing(i -> i.targets().stream().anyMatch(t -> Schedule.covers(t.period(), year)) ? 0 : 1));
    }

    /** The case's commune, else the one its first question names, else none (every commune). */
    private String communeOf(EvalCase testCase) {
        if (testCase.commune() != null) {
            return testCase.commune();
        }
        String text = " " + fold(testCase.turns().get(0).text()).replaceAll("[^a-z0-9]+", " ") + " ";
        return library.communes().stream().filter(c -> text.contains(" " + fold(c.name()).replaceAll("[^a-z0-9]+", " ").strip() + " "))
                .map(Commune::id).findFirst().orElse(null);
    }

    private String fold(String text) {
        return normalizer.fold(text).replaceAll("\\s+", " ").strip();
    }

    private static String text(JsonNode body, String key) {
        return body.hasNonNull(key) ? body.get(key).asText() : null;
    }
}
