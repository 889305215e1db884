package vn.troly.channels.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import vn.troly.knowledge.text.PersonalData;

/** The log message with personal data and tokens masked (%maskedMsg in logback.xml), whoever logged it. */
public class MaskedMessage extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalData.mask(event.getFormattedMessage());
    }
}
