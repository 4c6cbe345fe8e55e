package io.jenkins.plugins.obra.agent;

import hudson.Proc;
import hudson.model.Computer;
import io.obra.port.LaunchedProcess;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A process running on the agent. Its exit is awaited once, on Jenkins' remoting thread pool, so that
 * bounded waits and liveness checks never block on the channel. {@link #kill()} is {@link Proc#kill()},
 * which kills the whole process tree on the agent.
 */
final class AgentProcess implements LaunchedProcess {

    private static final Logger LOGGER = Logger.getLogger(AgentProcess.class.getName());

    /** The exit code reported when the agent could not tell it (e.g. the channel closed). */
    static final int UNKNOWN_EXIT = -1;

    private final Proc proc;
    private final CompletableFuture<Integer> exit;

    AgentProcess(final Proc proc, final Consumer<AgentProcess> onExit) {
        this.proc = proc;
        this.exit = CompletableFuture.supplyAsync(this::join, Computer.threadPoolForRemoting);
        this.exit.whenComplete((code, failure) -> onExit.accept(this));
    }

    private int join() {
        try {
            return proc.join();
        } catch (IOException e) {
            throw new CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    @Override
    public InputStream stdout() {
        return proc.getStdout();
    }

    @Override
    public InputStream stderr() {
        InputStream stderr = proc.getStderr();
        return stderr == null ? InputStream.nullInputStream() : stderr;
    }

    @Override
    public int waitFor() throws InterruptedException {
        try {
            return exit.get();
        } catch (ExecutionException e) {
            return unknownExit(e);
        }
    }

    @Override
    public boolean waitFor(final Duration timeout) throws InterruptedException {
        try {
            exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            unknownExit(e);
            return true;
        }
    }

    @Override
    public boolean isAlive() {
        return !exit.isDone();
    }

    @Override
    public void kill() {
        try {
            proc.kill();
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not kill a process on the agent", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int unknownExit(final ExecutionException e) {
        LOGGER.log(Level.FINE, "The agent could not report a process's exit", e);
        return UNKNOWN_EXIT;
    }
}
