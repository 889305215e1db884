package vn.troly.channels.telegram;

import vn.troly.assistant.answer.Caller;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Citation;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Role;
import vn.troly.assistant.engine.Answerer;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.channels.values.Notifier;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.values.Subscriptions;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The Telegram channel (long polling): each chat is a conversation; "/xa Tên xã" sets the chat's commune; answers
 * carry their sources. Started only when a bot token is configured; a Telegram outage never stops the service.
 */
@Context
@Requires(property = "assistant.telegram.token")
public class TelegramBot implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    /** Telegram refuses longer messages. */
    static final int MAX_MESSAGE = 4000;
    private static final int MAX_SOURCES = 3;

    private final Answerer assistant;
    private final PlanLibrary library;
    private final VietnameseNormalizer normalizer;
    private final Map<Long, String> communeByChat = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "telegram-poll");
        t.setDaemon(true);
        return t;
    });
    private final OkHttpClient http = new OkHttpClient();
    private final OkHttpTelegramClient client;
    private final TelegramBotsLongPollingApplication polling;
    private final Map<String, Object> texts = Prompts.yaml("telegram.yml");
    private final Map<String, Object> reminderTexts = Prompts.yaml("reminders.yml");
    private final Subscriptions subscriptions;
    private final AgencyDirectory agencies;

    public TelegramBot(Answerer assistant, PlanLibrary library, VietnameseNormalizer normalizer,
                       Subscriptions subscriptions, AgencyDirectory agencies,
                       @Value("${assistant.telegram.token}") String token,
                       @Value("${assistant.telegram.api-url:https://api.telegram.org}") String apiUrl) {
        this.assistant = assistant;
        this.library = library;
        this.normalizer = normalizer;
        this.subscriptions = subscriptions;
        this.agencies = agencies;
        URI api = URI.create(apiUrl);
        int port = api.getPort() > 0 ? api.getPort() : ("https".equals(api.getScheme()) ? 443 : 80);
        TelegramUrl url = new TelegramUrl(api.getScheme(), api.getHost(), port, false);
        this.client = new OkHttpTelegramClient(http, token, url);
        this.polling = new TelegramBotsLongPollingApplication(com.fasterxml.jackson.databind.ObjectMapper::new, () -> http, () -> scheduler);
        try {
            polling.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(), this::consume);
            LOG.info("Telegram bot polling {}", api);
        } catch (TelegramApiException e) {
            LOG.error("Telegram bot not started ({}); the other channels keep working", e.getMessage());
        }
    }

    private void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                handle(update);
            } catch (RuntimeException e) {
                LOG.error("cannot handle Telegram update {}", update.getUpdateId(), e);
            }
        }
    }

    void handle(Update update) {
        Message message = update.getMessage();
        if (message == null || !message.hasText()) {
            return;
        }
        long chat = message.getChatId();
        String text = message.getText().strip();
        String folded = normalizer.fold(text);
        if (folded.startsWith("/xa")) {
            send(chat, setCommune(chat, text.substring(3).strip()));
            return;
        }
        if (folded.startsWith("/dangky")) {
            send(chat, subscribe(chat, text.substring("/dangky".length()).strip()));
            return;
        }
        Answer answer = assistant.answer(new Question(text, communeByChat.get(chat), "tg-" + chat, Caller.of(Role.CITIZEN), "telegram"));
        if (answer.commune() != null) {
            communeByChat.put(chat, answer.commune().id());
        }
        send(chat, withSources(answer));
    }

    private String setCommune(long chat, String name) {
        String key = normalizer.fold(name).replaceAll("^(xa|phuong)\\s+", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        Optional<Commune> commune = library.communes().stream().filter(c -> c.id().equals(key)).findFirst();
        String list = String.join(", ", library.communes().stream().map(Commune::name).toList());
        if (commune.isEmpty()) {
            return text("commune_unknown").replace("{communes}", list);
        }
        communeByChat.put(chat, commune.get().id());
        return text("commune_set").replace("{commune}", commune.get().name());
    }

    /** "/dangky Công an xã" subscribes the chat to that agency's reminders; "/dangky lãnh đạo" to the summary. */
    private String subscribe(long chat, String who) {
        String commune = communeByChat.get(chat);
        if (commune == null || who.isBlank()) {
            return reminder("subscribe_usage");
        }
        String communeName = library.commune(commune).map(Commune::name).orElse(commune);
        if (normalizer.fold(who).matches("lanh dao.*|chu tich.*")) {
            subscriptions.add(new Subscriptions.Subscription(channel(), String.valueOf(chat), commune, null));
            return reminder("subscribed_leader").replace("{commune}", communeName);
        }
        return agencies.find(who).map(agency -> {
            subscriptions.add(new Subscriptions.Subscription(channel(), String.valueOf(chat), commune, agency.id()));
            return reminder("subscribed_agency").replace("{agency}", agency.name()).replace("{commune}", communeName);
        }).orElse(reminder("subscribe_usage"));
    }

    private String reminder(String key) {
        return String.valueOf(reminderTexts.get(key)).strip();
    }

    @Override
    public String channel() {
        return "telegram";
    }

    @Override
    public void send(String chatId, String text) {
        send(Long.parseLong(chatId), text);
    }

    private String withSources(Answer answer) {
        StringBuilder out = new StringBuilder(answer.answer());
        List<Citation> citations = answer.citations();
        if (!citations.isEmpty() && !answer.answer().contains("Nguồn:")) {
            out.append("\n\n").append(text("sources"));
            for (Citation c : citations.subList(0, Math.min(MAX_SOURCES, citations.size()))) {
                out.append("\n• ").append(c.documentTitle());
                if (c.section() != null && !c.section().isBlank()) {
                    out.append(" › ").append(c.section());
                }
                if (c.stt() != null) {
                    out.append(" › STT ").append(c.stt());
                }
            }
        }
        return out.toString();
    }

    private void send(long chat, String text) {
        for (String part : split(text)) {
            try {
                client.execute(SendMessage.builder().chatId(chat).text(part).build());
            } catch (TelegramApiException e) {
                LOG.warn("cannot send to Telegram chat {}: {}", chat, e.getMessage());
            }
        }
    }

    /** Pieces under Telegram's limit, cut at line ends where possible. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > MAX_MESSAGE) {
            int cut = rest.lastIndexOf('\n', MAX_MESSAGE);
            if (cut < MAX_MESSAGE / 2) {
                cut = MAX_MESSAGE;
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }

    private String text(String key) {
        return String.valueOf(texts.get(key)).strip();
    }

    @PreDestroy
    void stop() {
        try {
            polling.close();
        } catch (Exception e) {
            LOG.debug("closing Telegram polling", e);
        }
        scheduler.shutdownNow();
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }
}
