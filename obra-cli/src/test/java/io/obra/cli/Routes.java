package io.obra.cli;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Dispatcher} that answers by request path, and records every request. */
final class Routes extends Dispatcher {

    private final Map<String, MockResponse> byPath = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    Routes on(final String path, final MockResponse response) {
        byPath.put(path, response);
        return this;
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public MockResponse dispatch(final RecordedRequest request) {
        requests.add(request);
        MockResponse response = byPath.get(request.getUrl().encodedPath());
        return response != null ? response
                : new MockResponse.Builder().code(404).body("{\"error\":\"no route for " + request.getUrl().encodedPath()
                + "\"}").build();
    }
}
