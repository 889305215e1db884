package vn.troly.channels.config;

import java.util.concurrent.ThreadFactory;

/** Named daemon threads for the service's background jobs: a job never keeps the JVM alive after the app stops. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
