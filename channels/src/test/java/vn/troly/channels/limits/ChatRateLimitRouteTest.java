package vn.troly.channels.limits;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Once a client has used up its chat limit, no other spelling of the chat path gets it another question. */
class ChatRateLimitRouteTest {

    private static final String QUESTION = "{\"text\": \"ai chủ trì chỉ tiêu phủ sóng 5G?\", \"commune\": \"vinh-tru\"}";

    @TempDir
    Path data;

    @Test
    void everySpellingOfTheRouteIsLimited() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("assistant.data-dir", data.toString(),
                "micronaut.server.port", "-1", "assistant.rate-limit.per-user-per-minute", "3"))) {
            URI base = server.getURI();
            for (int i = 0; i < 3; i++) {
                assertEquals(200, status(base, "/api/chat/"), "the trailing slash reaches the chat and counts");
            }
            for (String path : List.of("/api/chat", "/api/chat/", "//api/chat", "/API/chat", "/api/chat?x=1", "/api//chat/",
                    "/Api/Chat/?a=b", "/api/%63hat")) {
                assertEquals(429, status(base, path), path);
            }
            assertEquals(200, statusOf(base, "GET", "/api/communes", ""), "other routes are not limited");
        }
    }

    @Test
    void routesAreNormalised() {
        assertEquals("/api/chat", RoutePath.of("/api/chat/"));
        assertEquals("/api/chat", RoutePath.of("//api///chat//"));
        assertEquals("/api/chat", RoutePath.of("/API/Chat?x=1"));
        assertEquals("/api/chat", RoutePath.of("/api/%63hat"));
        assertEquals("/api/chat%", RoutePath.of("/api/chat%"));
        assertEquals("/", RoutePath.of(""));
    }

    private static int status(URI base, String path) throws IOException {
        return statusOf(base, "POST", path, QUESTION);
    }

    /** A raw request: Java's HTTP client would tidy the path ("//api/chat") before sending it. */
    private static int statusOf(URI base, String method, String path, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + content.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertTrue(head.startsWith("HTTP/1.1 "), head);
            return Integer.parseInt(head.substring(9, 12));
        }
    }
}
