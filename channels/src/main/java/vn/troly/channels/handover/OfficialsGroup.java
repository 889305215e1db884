package vn.troly.channels.handover;

import java.util.OptionalLong;

/** Where officials read hand-overs: a Telegram group, today. */
public interface OfficialsGroup {

    /** Posts plain text to the group; the id of the message officials reply to, or empty when it could not be sent. */
    OptionalLong post(long chatId, String text);
}
