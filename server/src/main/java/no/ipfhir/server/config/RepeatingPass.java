package no.ipfhir.server.config;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A pass a component runs on a thread of its own, again and again with a pause between (the end of one pass to
 * the start of the next), from its {@code SmartLifecycle.start} until its {@code stop}, which lets a pass under
 * way finish (for up to 10 seconds).
 */
public final class RepeatingPass {

    private final String thread;
    private final Duration pause;
    private final Runnable pass;
    private ScheduledExecutorService scheduler;

    public RepeatingPass(String thread, Duration pause, Runnable pass) {
        this.thread = thread;
        this.pause = pause;
        this.pass = pass;
    }

    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, thread));
        long millis = pause.toMillis();
        scheduler.scheduleWithFixedDelay(pass, millis, millis, TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
