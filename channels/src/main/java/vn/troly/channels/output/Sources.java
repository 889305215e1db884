package vn.troly.channels.output;

import vn.troly.assistant.answer.Citation;

/** How a source is named under an answer in a chat: "document › section › STT n", the parts that are known. */
public final class Sources {

    private Sources() {
    }

    public static String line(Citation c) {
        StringBuilder line = new StringBuilder(c.documentTitle() == null ? c.documentId() : c.documentTitle());
        if (c.section() != null && !c.section().isBlank()) {
            line.append(" › ").append(c.section().strip());
        }
        if (c.stt() != null && !c.stt().isBlank()) {
            line.append(" › STT ").append(c.stt().strip());
        }
        return line.toString();
    }
}
