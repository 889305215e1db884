package vn.troly.knowledge.values;

/** A reported value that cannot be recorded; the message is Vietnamese and shown to the reporter. */
public class ValueRejectedException extends Exception {

    private final String code;

    public ValueRejectedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
