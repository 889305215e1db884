package vn.troly.channels.uploads;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import vn.troly.knowledge.files.ZipLimits;

/**
 * How much upload work the service takes on (assistant.uploads.*). A commune's plan has a few hundred lines and
 * rows and its value sheet one row per indicator; the limits are far above that and far below what hurts the service.
 *
 * @param maxConcurrent     uploads parsed at once; the rest are answered 503 with Retry-After
 * @param retryAfterSeconds what those refusals ask the client to wait
 * @param rowsPerIndicator  a value sheet's rows per indicator of its commune (the template has one, a few spare)
 * @param maxSheetRows      a value sheet's rows, whatever the commune
 * @param maxPlanLines      a plan's lines (text) or paragraphs (.docx)
 * @param maxPlanRows       a .docx plan's table rows
 * @param maxPlanPages      a .pdf plan's pages (a commune's plan prints on a few dozen)
 * @param maxZipParts       parts of an .xlsx or .docx
 * @param maxPartBytes      unpacked bytes of one part
 * @param maxUnpackedBytes  unpacked bytes of all parts together
 */
@ConfigurationProperties("assistant.uploads")
public record UploadLimits(@Bindable(defaultValue = "2") int maxConcurrent,
                           @Bindable(defaultValue = "10") int retryAfterSeconds,
                           @Bindable(defaultValue = "3") int rowsPerIndicator,
                           @Bindable(defaultValue = "2000") int maxSheetRows,
                           @Bindable(defaultValue = "5000") int maxPlanLines,
                           @Bindable(defaultValue = "2000") int maxPlanRows,
                           @Bindable(defaultValue = "200") int maxPlanPages,
                           @Bindable(defaultValue = "1000") int maxZipParts,
                           @Bindable(defaultValue = "20971520") long maxPartBytes,
                           @Bindable(defaultValue = "52428800") long maxUnpackedBytes) {

    public ZipLimits zip() {
        return new ZipLimits(maxZipParts, maxPartBytes, maxUnpackedBytes);
    }

    /** Rows a commune's value sheet may have, header and a few blank lines included. */
    public int sheetRows(int indicators) {
        return Math.min(maxSheetRows, indicators * rowsPerIndicator + 20);
    }
}
