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
import java.util.ArrayList;
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
	 * One notification: the changed resource with its version (e.g. {@code CareTeam/12/_history/2}), and the
	 * types of the resources the notification Bundle carried.
	 */
	public record Notification(String focus, String path, Instant receivedAt, List<String> carried) {
		public String versionless() {
			int history = focus.indexOf("/_history/");
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
		return await(n -> n.focus().equals(focus) || n.versionless().equals(focus), timeout);
	}

	private void handle(HttpExchange exchange) throws IOException {
		Instant now = Instant.now();
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Bundle bundle = fhirContext.newJsonParser().parseResource(Bundle.class, body);
		List<String> carried = bundle.getEntry().stream()
				.filter(Bundle.BundleEntryComponent::hasResource)
				.map(e -> e.getResource().fhirType())
				.toList();
		for (String focus : focusesOf(bundle)) {
			received.add(new Notification(focus, exchange.getRequestURI().getPath(), now, carried));
		}
		exchange.sendResponseHeaders(200, -1);
		exchange.close();
	}

	private static List<String> focusesOf(Bundle bundle) {
		List<String> focuses = new ArrayList<>();
		if (bundle.getEntryFirstRep().getResource() instanceof Parameters status) {
			for (Parameters.ParametersParameterComponent parameter : status.getParameter()) {
				if (parameter.getName().equals("notification-event")) {
					parameter.getPart().stream()
							.filter(part -> part.getName().equals("focus"))
							.map(part -> ((Reference) part.getValue()).getReference())
							.forEach(focuses::add);
				}
			}
		}
		return focuses;
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
