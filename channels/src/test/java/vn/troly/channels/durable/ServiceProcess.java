package vn.troly.channels.durable;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (channels/target/assistant.jar, or the jar named by -Dassistant.jar) as a JVM of its own, so a
 * test can kill it the way a crash does: SIGKILL, with no shutdown hook, no pool close, no last flush.
 */
final class ServiceProcess {

    private final Path jar;
    private final Path dataDir;
    private final Map<String, Object> properties;
    private Process process;
    private int port;

    ServiceProcess(Path dataDir, Map<String, Object> properties) {
        this.jar = Path.of(System.getProperty("assistant.jar", "target/assistant.jar")).toAbsolutePath();
        this.dataDir = dataDir;
        this.properties = properties;
    }

    static boolean jarExists() {
        return Files.isRegularFile(Path.of(System.getProperty("assistant.jar", "target/assistant.jar")));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the service and returns once it answers /ping. */
    void start(String log) throws IOException, InterruptedException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dmicronaut.server.port=" + port, "-Dassistant.data-dir=" + dataDir));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", jar.toString()));
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dataDir.resolve(log).toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        // a bound on waiting, not on speed: a service that never answers fails the test instead of hanging the build
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (process.isAlive() && System.nanoTime() < giveUp) {
            try {
                HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(base() + "/ping")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ping.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("the service did not start: " + Files.readString(dataDir.resolve(log)));
    }

    /** SIGKILL on Linux: what a crash, an OOM kill or a pulled container does. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** A normal stop, for the end of the test. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
