package vn.troly.channels.support;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** A Micronaut test's own empty data folder (index, uploads, H2 values), removed after the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TempDataDir implements TestPropertyProvider {

    /** The admin token the test app accepts. */
    protected static final String ADMIN_TOKEN = "ma-quan-tri-thu-nghiem";

    private Path dataDir;

    @Override
    public Map<String, String> getProperties() {
        try {
            dataDir = Files.createTempDirectory("assistant-test");
            return Map.of("assistant.data-dir", dataDir.toString(), "assistant.admin-token", ADMIN_TOKEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    void deleteData() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
