package vn.troly.channels.durable;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.troly.assistant.answer.Caller;
import vn.troly.channels.identity.Identities;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Notes the threads that look callers up in the database (rate limit, controllers), to see none is an event loop. */
@Singleton
@Requires(property = "test.thread-recorder")
class ThreadRecorder implements BeanCreatedEventListener<Identities> {

    static final Set<String> THREADS = ConcurrentHashMap.newKeySet();

    @Override
    public Identities onCreated(BeanCreatedEvent<Identities> event) {
        Identities real = event.getBean();
        return new Identities() {
            @Override
            public Caller fromRequest(HttpRequest<?> request) {
                THREADS.add(Thread.currentThread().getName());
                return real.fromRequest(request);
            }

            @Override
            public Caller forTelegramUser(long telegramUserId) {
                return real.forTelegramUser(telegramUserId);
            }
        };
    }
}
