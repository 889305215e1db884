package vn.troly.assistant.agent;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.tool.ToolExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Citation;
import vn.troly.assistant.answer.IndicatorCard;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.compose.CardLabels;
import vn.troly.assistant.engine.Answerer;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.PlanTools;
import vn.troly.assistant.tools.ValueTools;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional LLM agent: LangChain4j with the same tools as the default engine. Its answer is kept only when the
 * grounding check finds every fact in the evidence of the turn; otherwise, or when the model is slow or failing, the
 * default engine's answer is returned (and the reason logged and traced).
 */
public final class LlmAssistant implements Answerer {

    private static final Logger LOG = LoggerFactory.getLogger(LlmAssistant.class);
    /** Routed replies (greetings, refusals, out of scope) and clarifications never go to the model. */
    private static final Set<Status> FINAL = Set.of(Status.REFUSED, Status.OUT_OF_SCOPE, Status.CLARIFICATION_NEEDED, Status.CONFIRMATION_NEEDED, Status.ERROR);

    private static final String VALUE_TOOL = "latestValue";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final Answerer engine;
    private final PlanTools tools;
    private final AgentChat agent;
    /** The same agent with the value tools too, for officials, leaders and admins; null without a value store. */
    private final AgentChat staffAgent;
    /** Labels the cards of the rows the agent read; null without value tools (its cards then carry no status). */
    private final CardLabels labels;
    private final GroundingCheck check;
    private final LlmSettings settings;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "llm-agent");
        t.setDaemon(true);
        return t;
    });

    /** @param values the value tools, given to the model only for callers who may see reported values; or null */
    public LlmAssistant(Answerer engine, PlanTools tools, ValueTools values, GroundingCheck check, LlmSettings settings) {
        this(engine, tools, values, check, settings, OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey() == null || settings.apiKey().isBlank() ? "none" : settings.apiKey())
                .modelName(settings.model())
                .temperature(0.0)
                .timeout(settings.timeout())
                .maxRetries(0)
                .build());
    }

    LlmAssistant(Answerer engine, PlanTools tools, ValueTools values, GroundingCheck check, LlmSettings settings, ChatModel model) {
        this.engine = engine;
        this.tools = tools;
        this.check = check;
        this.settings = settings;
        String system = Prompts.text("agent-system.txt");
        this.agent = agent(model, system, settings, tools);
        this.staffAgent = values == null ? null : agent(model, system, settings, tools, values);
        this.labels = values == null ? null : new CardLabels(values, new Prompts());
    }

    private static AgentChat agent(ChatModel model, String system, LlmSettings settings, Object... tools) {
        return AiServices.builder(AgentChat.class)
                .chatModel(model)
                .tools(tools)
                .maxSequentialToolsInvocations(settings.maxToolCalls())
                .systemMessageProvider(id -> system)
                .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
                .build();
    }

    @Override
    public Answer answer(Question asked) {
        long start = System.nanoTime();
        Question question = asked.withCaller(asked.caller().withCommuneNow(tools.legacyIds()));
        Answer fallback = engine.answer(question);
        // a pressed button or a command continues what the engine offered: nothing for the model to add
        if (!(question.action() instanceof Action.Text) || FINAL.contains(fallback.status()) || "greeting".equals(fallback.intent()) || "thanks".equals(fallback.intent())
                || "help".equals(fallback.intent())) {
            return fallback;
        }
        String message = fallback.commune() == null ? question.text()
                : "[Xã: " + fallback.commune().name() + ", mã " + fallback.commune().id() + "] " + question.text();
        // the staff agent's tools read values: only for a caller who may read this commune's
        boolean staff = question.caller().mayRead(fallback.commune() == null ? null : fallback.commune().id());
        AgentChat chosen = staffAgent != null && staff ? staffAgent : agent;
        Future<Result<String>> call = executor.submit(() -> chosen.chat(fallback.conversationId(), message));
        try {
            Result<String> result = call.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            StringBuilder evidence = new StringBuilder(question.text());
            for (ToolExecution execution : result.toolExecutions()) {
                evidence.append('\n').append(execution.result());
            }
            if (chosen == staffAgent && readsAnotherCommunesValues(result, question)) {
                LOG.warn("LLM read values of a commune the caller may not read; answering with the default engine");
                return traced(fallback, "llm_rejected", start);
            }
            String text = result.content() == null ? "" : result.content().strip();
            List<String> unsupported = check.unsupported(text, evidence.toString());
            if (text.isEmpty() || !unsupported.isEmpty()) {
                LOG.warn("LLM answer rejected by the grounding check (unsupported: {}); answering with the default engine", unsupported);
                return traced(fallback, "llm_rejected", start);
            }
            List<Answer.StepTiming> trace = new ArrayList<>(fallback.trace());
            // the audit trail records which tools the model called and with what
            for (ToolExecution execution : result.toolExecutions()) {
                trace.add(new Answer.StepTiming("tool:" + execution.request().name() + " " + execution.request().arguments(), 0));
            }
            trace.add(new Answer.StepTiming("llm_agent", (System.nanoTime() - start) / 1000));
            return new Answer(text, Status.ANSWERED, fallback.intent(), fallback.commune(), fallback.conversationId(),
                    citations(result, fallback), indicators(result, fallback, question), List.of(), trace);
        } catch (TimeoutException e) {
            call.cancel(true);
            LOG.warn("LLM did not answer within {}; answering with the default engine", settings.timeout());
            return traced(fallback, "llm_timeout", start);
        } catch (Exception e) {
            LOG.warn("LLM call failed ({}); answering with the default engine", e.toString());
            return traced(fallback, "llm_failed", start);
        }
    }

    /** The rows the agent read through its tools, cited; the default engine's when it read none. */
    private List<Citation> citations(Result<String> result, Answer fallback) {
        List<Citation> citations = new ArrayList<>();
        for (String id : readIds(result)) {
            tools.citation(id).filter(c -> !citations.contains(c)).ifPresent(citations::add);
        }
        return citations.isEmpty() ? fallback.citations() : citations;
    }

    /** The rows the agent read, each with the status the caller may see, as the default engine's cards have. */
    private List<IndicatorCard> indicators(Result<String> result, Answer fallback, Question question) {
        List<IndicatorCard> cards = new ArrayList<>();
        for (String id : readIds(result)) {
            IndicatorCard card = tools.getIndicator(id);
            if (card != null && cards.stream().noneMatch(c -> c.id().equals(id))) {
                cards.add(labels == null ? card : labels.label(card, question.caller().mayRead(card.commune())));
            }
        }
        return cards.isEmpty() ? fallback.indicators() : cards;
    }

    /**
     * Whether the staff agent read a value of a row outside what the caller may read: its tools take any row's id, so
     * the one read rule is applied to what it asked for, and such an answer is never used.
     */
    private boolean readsAnotherCommunesValues(Result<String> result, Question question) {
        for (ToolExecution execution : result.toolExecutions()) {
            if (!execution.request().name().equals(VALUE_TOOL)) {
                continue;
            }
            Matcher m = QUOTED.matcher(execution.request().arguments() == null ? "" : execution.request().arguments());
            while (m.find()) {
                Optional<String> commune = tools.communeOf(m.group(1));
                if (commune.isPresent() && !question.caller().mayRead(commune.get())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Ids of rows the agent fetched one by one (getIndicator), else of everything its tools returned. */
    private static List<String> readIds(Result<String> result) {
        List<String> fetched = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (ToolExecution execution : result.toolExecutions()) {
            Matcher m = ID.matcher(execution.result() == null ? "" : execution.result());
            while (m.find()) {
                (execution.request().name().equals("getIndicator") ? fetched : all).add(m.group(1));
            }
        }
        return fetched.isEmpty() ? all : fetched;
    }

    private static Answer traced(Answer answer, String step, long start) {
        List<Answer.StepTiming> trace = new ArrayList<>(answer.trace());
        trace.add(new Answer.StepTiming(step, (System.nanoTime() - start) / 1000));
        return new Answer(answer.answer(), answer.status(), answer.intent(), answer.commune(), answer.conversationId(),
                answer.citations(), answer.indicators(), answer.candidates(), trace);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
