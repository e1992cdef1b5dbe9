package no.ipfhir.server.support;

import ca.uhn.fhir.context.FhirContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;

/**
 * A simulated EHR that receives rest-hook notifications over real HTTP (the JDK's HTTP server on a free
 * port) and remembers which resource versions it was told about.
 */
public final class NotificationReceiver implements AutoCloseable {

    /**
     * One notification event: the changed resource with its version (e.g. {@code CareTeam/12/_history/2}), the
     * types of the resources the notification Bundle carried, the event's number and the subscription's topic
     * (null for a criteria subscription).
     */
    public record Notification(
            String focus, String path, Instant receivedAt, List<String> carried, long eventNumber, String topic) {
        public String versionless() {
            int history = focus == null ? -1 : focus.indexOf("/_history/");
            return history < 0 ? focus : focus.substring(0, history);
        }
    }

    private final FhirContext fhirContext;
    private final int port;
    private final List<Notification> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    private NotificationReceiver(FhirContext fhirContext, int port) {
        this.fhirContext = fhirContext;
        this.port = port;
    }

    public static NotificationReceiver started(FhirContext fhirContext) {
        NotificationReceiver receiver = new NotificationReceiver(fhirContext, freePort());
        receiver.start();
        return receiver;
    }

    /** A receiver that is down until {@link #start()}: nothing listens on its port yet. */
    public static NotificationReceiver notYetStarted(FhirContext fhirContext) {
        return new NotificationReceiver(fhirContext, freePort());
    }

    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public List<Notification> received() {
        return List.copyOf(received);
    }

    public List<String> focuses() {
        return received.stream().map(Notification::focus).toList();
    }

    /** Waits until a notification matches, and returns it; fails after the timeout. */
    public Notification await(Predicate<Notification> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (Notification notification : received) {
                if (wanted.test(notification)) {
                    return notification;
                }
            }
            sleep(50);
        }
        throw new AssertionError("No notification as expected within " + timeout + "; received: " + focuses());
    }

    public Notification awaitFocus(String focus, Duration timeout) {
        return await(n -> focus.equals(n.focus()) || focus.equals(n.versionless()), timeout);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant now = Instant.now();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Bundle bundle = fhirContext.newJsonParser().parseResource(Bundle.class, body);
        List<String> carried = bundle.getEntry().stream()
                .filter(Bundle.BundleEntryComponent::hasResource)
                .map(e -> e.getResource().fhirType())
                .toList();
        if (bundle.getEntryFirstRep().getResource() instanceof Parameters status) {
            String topic = status.getParameter().stream()
                    .filter(p -> p.getName().equals("topic"))
                    .map(p -> p.getValue().primitiveValue())
                    .findFirst()
                    .orElse(null);
            for (Parameters.ParametersParameterComponent parameter : status.getParameter()) {
                if (parameter.getName().equals("notification-event")) {
                    received.add(new Notification(
                            part(parameter, "focus"),
                            exchange.getRequestURI().getPath(),
                            now,
                            carried,
                            Long.parseLong(part(parameter, "event-number")),
                            topic));
                }
            }
        }
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    private static String part(Parameters.ParametersParameterComponent event, String name) {
        return event.getPart().stream()
                .filter(part -> part.getName().equals(name))
                .map(part -> part.getValue() instanceof Reference reference
                        ? reference.getReference()
                        : part.getValue().primitiveValue())
                .findFirst()
                .orElse(null);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
