package vn.troly.channels.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.engine.Answerer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Counts answers by intent, status and channel, times them, and counts fallbacks: questions the assistant could not
 * place and LLM answers replaced by the default engine's.
 */
public final class MeteredAnswerer implements Answerer {

    private final Answerer inner;
    private final MeterRegistry registry;
    private final Timer latency;

    public MeteredAnswerer(Answerer inner, MeterRegistry registry) {
        this.inner = inner;
        this.registry = registry;
        this.latency = Timer.builder("assistant.answer.latency").description("Time to answer a question")
                .publishPercentileHistogram().register(registry);
    }

    @Override
    public Answer answer(Question question) {
        long start = System.nanoTime();
        Answer answer = inner.answer(question);
        count(question, answer, start);
        return answer;
    }

    @Override
    public CompletableFuture<Answer> answerAsync(Question question) {
        long start = System.nanoTime();
        return inner.answerAsync(question).thenApply(answer -> {
            count(question, answer, start);
            return answer;
        });
    }

    private void count(Question question, Answer answer, long start) {
        latency.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        Counter.builder("assistant.answers").description("Answers by intent, status and channel")
                .tag("intent", answer.intent()).tag("status", answer.status().code())
                .tag("channel", question.channel() == null ? "unknown" : question.channel())
                .register(registry).increment();
        String fallback = fallback(answer);
        if (fallback != null) {
            Counter.builder("assistant.fallbacks").description("Questions not understood and LLM answers replaced")
                    .tag("reason", fallback).register(registry).increment();
        }
    }

    private static String fallback(Answer answer) {
        for (Answer.StepTiming step : answer.trace()) {
            if (step.step().equals("llm_rejected") || step.step().equals("llm_timeout") || step.step().equals("llm_failed")) {
                return step.step();
            }
        }
        return answer.status().code().equals("out_of_scope") ? "out_of_scope" : null;
    }

    @Override
    public void close() {
        inner.close();
    }
}
