package vn.troly.channels.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the service logs never shows a token, an ID number or a phone number. */
class MaskedLogTest {

    private static final String TOKEN = "123456789:AAH-abcdefghijklmnopqrstuvwxyz";

    @Test
    void masksMessagesAndStackTraces() {
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.WARN,
                "cannot send to chat: https://api.telegram.org/bot{}/sendMessage, user {} gọi 0912345678",
                new IllegalStateException("POST https://api.telegram.org/bot" + TOKEN + "/sendPhoto failed"),
                new Object[]{TOKEN, "CCCD 001203004567"});
        String message = new MaskedMessage().convert(event);
        assertFalse(message.contains(TOKEN) || message.contains("001203004567") || message.contains("0912345678"), message);
        assertTrue(message.contains("bot[token]/sendMessage"), message);

        MaskedThrowable converter = new MaskedThrowable();
        converter.setContext(context);
        converter.start();
        String trace = converter.convert(event);
        assertTrue(trace.contains("IllegalStateException") && trace.contains("bot[token]/sendPhoto"), trace);
        assertFalse(trace.contains(TOKEN), trace);
    }

    @Test
    void theConfigurationLoadsWithoutWarnings() throws Exception {
        // logback prints its own status on stdout when the configuration warns: that would land in the CLI's JSON output
        LoggerContext context = new LoggerContext();
        ch.qos.logback.classic.joran.JoranConfigurator configurator = new ch.qos.logback.classic.joran.JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        assertTrue(new ch.qos.logback.core.status.StatusUtil(context).getHighestLevel(0) < ch.qos.logback.core.status.Status.WARN,
                context.getStatusManager().getCopyOfStatusList().toString());
    }
}
