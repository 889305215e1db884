package vn.troly.channels.telegram;

import jakarta.inject.Singleton;
import vn.troly.assistant.prompt.Prompts;

/** The sentences the bot itself says (prompts/telegram.yml); "{name}" placeholders are filled from name, value pairs. */
@Singleton
public class TelegramTexts {

    private final Prompts texts = new Prompts("telegram.yml");
    private final Prompts reminders = new Prompts("reminders.yml");
    private final Prompts limits = new Prompts("limits.yml");

    /** A sentence of telegram.yml; a missing key is a bug, so it throws. */
    public String get(String key, Object... pairs) {
        return texts.render(key, pairs).strip();
    }

    /** A sentence of reminders.yml (subscriptions share the reminder wording). */
    public String reminder(String key, Object... pairs) {
        return reminders.render(key, pairs).strip();
    }

    /** A sentence of limits.yml (the web chat and the bot refuse a flood in the same words). */
    public String limit(String key, Object... pairs) {
        return limits.render(key, pairs).strip();
    }
}
