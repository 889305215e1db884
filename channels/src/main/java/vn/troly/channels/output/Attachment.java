package vn.troly.channels.output;

/**
 * An image (the summary chart) or a file (the report draft) sent with a reply, where the channel carries them.
 *
 * @param image     shown inline (a chart) rather than offered as a document
 * @param fileName  the name the person sees
 * @param mediaType e.g. image/png
 * @param caption   plain text shown with it, or null
 */
public record Attachment(boolean image, String fileName, String mediaType, byte[] bytes, String caption) {

    public static Attachment png(String fileName, byte[] bytes, String caption) {
        return new Attachment(true, fileName, "image/png", bytes, caption);
    }

    public static Attachment docx(String fileName, byte[] bytes, String caption) {
        return new Attachment(false, fileName,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes, caption);
    }
}
