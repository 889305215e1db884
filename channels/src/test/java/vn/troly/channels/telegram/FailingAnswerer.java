package vn.troly.channels.telegram;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import vn.troly.assistant.engine.Answerer;

/** Makes the assistant throw on a message containing "NỔ" (an LLM timeout, a bug), to see the bot apologise. */
@Singleton
@Requires(property = "test.failing-answerer")
class FailingAnswerer implements BeanCreatedEventListener<Answerer> {

    @Override
    public Answerer onCreated(BeanCreatedEvent<Answerer> event) {
        Answerer real = event.getBean();
        // only the Answerer the channels use; the engine bean itself must keep its own type
        if (event.getBeanDefinition().getBeanType() != Answerer.class) {
            return real;
        }
        return question -> {
            if (question.text().contains("NỔ")) {
                throw new IllegalStateException("the assistant failed");
            }
            return real.answer(question);
        };
    }
}
