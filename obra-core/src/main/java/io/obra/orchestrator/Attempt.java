package io.obra.orchestrator;

/**
 * One HTTP attempt of an orchestrator call.
 *
 * @param provider   provider id
 * @param model      model requested
 * @param httpStatus the status, or 0 when no response arrived (connect failure, timeout)
 * @param outcome    {@code ok} or a short reason, e.g. {@code rate_limited}, {@code timeout}
 * @param latencyMs  time of this attempt
 */
public record Attempt(String provider, String model, int httpStatus, String outcome, long latencyMs) {
}
