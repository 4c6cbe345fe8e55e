package io.obra.orchestrator.http;

import java.util.Objects;

/**
 * What a provider's error body said, e.g. OpenAI's {@code {"error":{message,type,param,code}}} or Ollama's
 * {@code {"error":"..."}}. Fields are empty strings when absent; the message is already scrubbed of keys.
 *
 * @param message human text from the API, or a description of a body that was not the documented JSON
 * @param type    error type, e.g. {@code invalid_request_error}
 * @param code    error code, e.g. {@code insufficient_quota}
 * @param param   the request parameter at fault, e.g. {@code response_format}
 * @param json    whether the body was the provider's documented error JSON
 */
public record ApiError(String message, String type, String code, String param, boolean json) {

    public ApiError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(param, "param");
    }

    /** No error body at all (connect failure, timeout). */
    public static ApiError none() {
        return new ApiError("", "", "", "", false);
    }

    /** A body that is not the provider's error JSON, described for a message. */
    public static ApiError unstructured(final String description) {
        return new ApiError(description, "", "", "", false);
    }

    /** Whether the type or code says so, e.g. {@code insufficient_quota}. */
    public boolean is(final String typeOrCode) {
        return typeOrCode.equals(code) || typeOrCode.equals(type);
    }

    /** The message followed by code and param when known, for user-facing text. */
    public String summary() {
        StringBuilder text = new StringBuilder(message.isEmpty() ? "(no error message)" : message);
        if (!code.isEmpty() || !param.isEmpty()) {
            text.append(" [");
            if (!code.isEmpty()) {
                text.append("code ").append(code);
            }
            if (!param.isEmpty()) {
                text.append(code.isEmpty() ? "" : ", ").append("param ").append(param);
            }
            text.append(']');
        }
        return text.toString();
    }
}
