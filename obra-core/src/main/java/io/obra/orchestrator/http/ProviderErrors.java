package io.obra.orchestrator.http;

/**
 * The provider-specific half of error handling: reading the provider's error body and writing the message
 * a user can act on. {@link FailureMessages} has the wording shared by all providers.
 */
public interface ProviderErrors {

    /** Reads an error response; never fails, describes a body that is not the documented JSON. */
    ApiError read(HttpReply reply);

    /** The message for a model whose attempts stopped; names the endpoint and the fix, never a key. */
    String describe(Failure failure);
}
