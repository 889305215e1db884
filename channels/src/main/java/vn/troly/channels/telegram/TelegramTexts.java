package vn.troly.channels.telegram;

import jakarta.inject.Singleton;
import vn.troly.assistant.prompt.Prompts;

import java.util.Map;

/** The sentences the bot itself says (prompts/telegram.yml); "{name}" placeholders are filled from name, value pairs. */
@Singleton
public class TelegramTexts {

    private final Map<String, Object> texts = Prompts.yaml("telegram.yml");
    private final Map<String, Object> reminders = Prompts.yaml("reminders.yml");

    /** A sentence of telegram.yml; a missing key is a bug, so it throws. */
    public String get(String key, Object... pairs) {
        return fill(texts, "telegram.yml", key, pairs);
    }

    /** A sentence of reminders.yml (subscriptions share the reminder wording). */
    public String reminder(String key, Object... pairs) {
        return fill(reminders, "reminders.yml", key, pairs);
    }

    private static String fill(Map<String, Object> source, String file, String key, Object... pairs) {
        Object template = source.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no text " + key + " in prompts/" + file);
        }
        String text = String.valueOf(template).strip();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            text = text.replace("{" + pairs[i] + "}", String.valueOf(pairs[i + 1]));
        }
        return text;
    }
}
