package vn.troly.knowledge.files;

/**
 * An upload larger than the service reads: too many rows, too many or too large zip parts. It carries the limit, not
 * a sentence: the channel words the refusal.
 *
 * @see ZipLimits
 */
public class OversizeFileException extends Exception {

    private final String code;
    private final long limit;

    public OversizeFileException(String code, long limit) {
        super(code + " (limit " + limit + ")");
        this.code = code;
        this.limit = limit;
    }

    /** too_many_rows, too_many_parts, part_too_large or unzipped_too_large. */
    public String code() {
        return code;
    }

    public long limit() {
        return limit;
    }
}
