package vn.troly.channels.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What an inline button means, as carried in its callback_data (at most 64 bytes): choose the chat's commune, pick a
 * candidate the assistant offered (by its id), or confirm/cancel a user's value report. The user id keeps a button in
 * a group tied to the conversation of the member it was shown to.
 *
 * @param kind    COMMUNE, PICK, PICK_NUMBER, CONFIRM, HANDOVER (hand the conversation to an official), PROVINCES (a page
 *                of the provinces) or PROVINCE (a page of a province's communes)
 * @param value   the commune id, the candidate id, the candidate number, "y"/"n", the page, "{province id}:{page}", or
 *                empty
 * @param ownerId the Telegram user whose conversation the button continues, or 0
 */
record CallbackData(Kind kind, String value, long ownerId) {

    /** PICK_NUMBER: a candidate by its number, from keyboards sent before picks carried ids, or an id too long. */
    enum Kind { COMMUNE, PICK, PICK_NUMBER, CONFIRM, HANDOVER, PROVINCES, PROVINCE }

    private static final int MAX_BYTES = 64;

    static String commune(String communeId) {
        return "xa:" + communeId;
    }

    /** A page of the provinces (from 0). */
    static String provinces(int page) {
        return "ps:" + page;
    }

    /** A page of a province's communes (from 0). */
    static String province(String provinceId, int page) {
        return "pv:" + page + ":" + provinceId;
    }

    /** A candidate by its id; by its number when the id does not fit in a button's data. */
    static String pick(String candidateId, int number, long ownerId) {
        String data = "pc:" + ownerId + ":" + candidateId;
        return data.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES ? data : "pk:" + number + ":" + ownerId;
    }

    static String confirm(boolean yes, long ownerId) {
        return "cf:" + (yes ? "y" : "n") + ":" + ownerId;
    }

    static String handOver(long ownerId) {
        return "hv:" + ownerId;
    }

    /** Empty for data this bot did not write (an old keyboard, a forged request). */
    static Optional<CallbackData> parse(String data) {
        if (data == null) {
            return Optional.empty();
        }
        String[] parts = data.split(":", 3);
        try {
            return switch (parts[0]) {
                case "xa" -> parts.length == 2 && !parts[1].isBlank()
                        ? Optional.of(new CallbackData(Kind.COMMUNE, parts[1], 0)) : Optional.empty();
                case "pc" -> parts.length == 3 && !parts[2].isBlank()
                        ? Optional.of(new CallbackData(Kind.PICK, parts[2], Long.parseLong(parts[1]))) : Optional.empty();
                case "pk" -> parts.length == 3 && parts[1].matches("\\d{1,2}")
                        ? Optional.of(new CallbackData(Kind.PICK_NUMBER, parts[1], Long.parseLong(parts[2]))) : Optional.empty();
                case "cf" -> parts.length == 3 && parts[1].matches("[yn]")
                        ? Optional.of(new CallbackData(Kind.CONFIRM, parts[1], Long.parseLong(parts[2]))) : Optional.empty();
                case "ps" -> parts.length == 2 && parts[1].matches("\\d{1,3}")
                        ? Optional.of(new CallbackData(Kind.PROVINCES, parts[1], 0)) : Optional.empty();
                case "pv" -> parts.length == 3 && parts[1].matches("\\d{1,3}") && !parts[2].isBlank()
                        ? Optional.of(new CallbackData(Kind.PROVINCE, parts[2] + ":" + parts[1], 0)) : Optional.empty();
                case "hv" -> parts.length == 2
                        ? Optional.of(new CallbackData(Kind.HANDOVER, "", Long.parseLong(parts[1]))) : Optional.empty();
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
