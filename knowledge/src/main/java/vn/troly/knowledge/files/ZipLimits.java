package vn.troly.knowledge.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * How much an uploaded .xlsx or .docx (a zip) may unpack to. Checked before POI opens the file, because POI unpacks
 * every part into memory first: a 5 MB file of repeated bytes can hold hundreds of megabytes. The parts are inflated
 * and counted, not trusted by their declared sizes, and the count stops at the limit, so a check costs at most the
 * limit's worth of inflating.
 *
 * @param maxParts         zip entries
 * @param maxPartBytes     unpacked bytes of one entry
 * @param maxUnpackedBytes unpacked bytes of all entries together
 */
public record ZipLimits(int maxParts, long maxPartBytes, long maxUnpackedBytes) {

    public void check(byte[] zip) throws OversizeFileException {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int parts = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++parts > maxParts) {
                    throw new OversizeFileException("too_many_parts", maxParts);
                }
                if (entry.getSize() > maxPartBytes) {
                    throw new OversizeFileException("part_too_large", maxPartBytes);
                }
                long size = 0;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > maxPartBytes) {
                        throw new OversizeFileException("part_too_large", maxPartBytes);
                    }
                    if (total > maxUnpackedBytes) {
                        throw new OversizeFileException("unzipped_too_large", maxUnpackedBytes);
                    }
                }
            }
        } catch (IOException notAZip) {
            // a broken file is the parser's to refuse, with its own reason
        }
    }
}
