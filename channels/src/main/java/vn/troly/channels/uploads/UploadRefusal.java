package vn.troly.channels.uploads;

import io.micronaut.http.HttpStatus;
import vn.troly.channels.web.ApiException;
import vn.troly.knowledge.files.OversizeFileException;

/** The Vietnamese refusal of an oversize upload (prompts/api.yml, keyed by the exception's code). */
public final class UploadRefusal {

    private static final long MEGABYTE = 1024 * 1024;

    private UploadRefusal() {
    }

    public static ApiException of(OversizeFileException e) {
        boolean rows = e.code().equals("too_many_rows") || e.code().equals("too_many_pages");
        String limit = e.code().endsWith("_large") ? (e.limit() / MEGABYTE) + " MB" : String.valueOf(e.limit());
        return ApiException.of(rows ? HttpStatus.BAD_REQUEST : HttpStatus.REQUEST_ENTITY_TOO_LARGE, e.code(),
                "upload_" + e.code(), "limit", limit);
    }
}
