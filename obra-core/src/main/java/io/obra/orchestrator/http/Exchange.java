package io.obra.orchestrator.http;

import okhttp3.Request;

/**
 * One request a provider sends, and how it reads a 2xx reply.
 *
 * @param <T> what a successful reply becomes
 */
public interface Exchange<T> {

    /** The request; sent again unchanged on a retry. */
    Request request();

    /** Reads a 2xx reply. */
    T read(HttpReply reply) throws ReplyProblem;
}
