package io.obra.orchestrator;

/**
 * Result of checking an orchestrator endpoint.
 *
 * @param ok      endpoint reachable, key accepted and model available
 * @param message what was found, or what is wrong and how to fix it
 */
public record HealthCheck(boolean ok, String message) {
}
