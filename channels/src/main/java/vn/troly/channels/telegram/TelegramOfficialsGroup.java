package vn.troly.channels.telegram;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.troly.channels.handover.OfficialsGroup;

import java.util.OptionalLong;

/** Posts hand-overs to a commune's officials' Telegram group, as one message officials can reply to. */
@Singleton
@Requires(bean = TelegramSettings.class)
public class TelegramOfficialsGroup implements OfficialsGroup {

    private final TelegramSender sender;

    TelegramOfficialsGroup(TelegramSender sender) {
        this.sender = sender;
    }

    @Override
    public OptionalLong post(long chatId, String text) {
        // one message, so a reply to it is a reply to the whole hand-over; the texts keep it under Telegram's limit
        return sender.sendOne(chatId, TelegramFormat.escape(text));
    }
}
