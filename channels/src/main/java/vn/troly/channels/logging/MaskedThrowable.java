package vn.troly.channels.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import vn.troly.knowledge.text.PersonalData;

/** Stack traces with tokens masked (%maskedEx): a failed Bot API call's exception names the URL, token included. */
public class MaskedThrowable extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return PersonalData.mask(super.throwableProxyToString(proxy));
    }
}
