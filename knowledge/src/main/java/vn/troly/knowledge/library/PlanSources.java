package vn.troly.knowledge.library;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Where the library's plan files come from: the sample corpus in the jar, and folders of plan files. */
final class PlanSources {

    private static final Logger LOG = LoggerFactory.getLogger(PlanSources.class);
    private static final String SAMPLE_INDEX = "/corpus/index.txt";
    /** Beside an uploaded plan file: the province given on upload. */
    static final String PROVINCE_SUFFIX = ".province";

    private PlanSources() {
    }

    /** The province given on upload for a plan file, kept beside it; null when none was. */
    static String givenProvince(Path file) {
        Path sidecar = file.resolveSibling(file.getFileName() + PROVINCE_SUFFIX);
        try {
            return Files.isRegularFile(sidecar) ? Files.readString(sidecar, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}", sidecar, e.getMessage());
            return null;
        }
    }

    static List<String> sampleNames() {
        String list = new String(readResource(SAMPLE_INDEX), StandardCharsets.UTF_8);
        return list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static byte[] readResource(String path) {
        try (InputStream in = PlanLibrary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> planFiles(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("(?i).+\\.(txt|md|docx|pdf)$"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", folder, e.getMessage());
            return List.of();
        }
    }

    static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A kept parse's key: the file's name, content and the province it was placed in. */
    static String key(String name, String hash, String province) {
        return hash((name + "\n" + hash + (province == null ? "" : "\n" + province)).getBytes(StandardCharsets.UTF_8));
    }

    /** An uploaded file's name, safe as a file of the uploads folder. */
    static String safeName(String fileName) {
        return Path.of(fileName.replaceAll("[\\\\/:*?\"<>|]", "_")).getFileName().toString();
    }

    /** A province given on upload, or null for none. */
    static String given(String province) {
        return province == null || province.isBlank() ? null : province.strip();
    }

    /** Keeps an uploaded plan file in the uploads folder, with the province given for it (or none), for the next start. */
    static void keep(Path uploads, String safeName, byte[] content, String given) {
        try {
            Files.createDirectories(uploads);
            Path temporary = Files.createTempFile(uploads, "upload", ".part");
            Files.write(temporary, content);
            Files.move(temporary, uploads.resolve(safeName), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Path sidecar = uploads.resolve(safeName + PROVINCE_SUFFIX);
            if (given != null) {
                Files.writeString(sidecar, given, StandardCharsets.UTF_8);
            } else {
                Files.deleteIfExists(sidecar);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep uploaded plan " + safeName, e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
