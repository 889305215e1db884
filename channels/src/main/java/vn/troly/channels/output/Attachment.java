package vn.troly.channels.output;

/**
 * An image (the summary chart) or a file (the report draft) sent with a reply, where the channel carries them.
 *
 * @param image     shown inline (a chart) rather than offered as a document
 * @param fileName  the name the person sees
 * @param mediaType e.g. image/png
 */
public record Attachment(boolean image, String fileName, String mediaType, byte[] bytes) {
}
