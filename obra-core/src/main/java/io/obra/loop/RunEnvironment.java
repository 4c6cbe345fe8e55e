package io.obra.loop;

import io.obra.cost.UsageLedger;
import io.obra.port.BuildLog;
import io.obra.port.ProcessLauncher;
import io.obra.port.Workspace;
import io.obra.privacy.Secret;
import okhttp3.OkHttpClient;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a run happens: the adapters (Jenkins or local) the engine talks to the world through.
 *
 * @param launcher          starts claude, git and the verify command where the workspace is
 * @param workspace         the checkout
 * @param log               the console
 * @param http              the shared HTTP client for orchestrator calls
 * @param ledger            the usage ledger for the monthly budget
 * @param clock             time source
 * @param claudeCredential  Anthropic API key or Claude OAuth token, given to the CLI in its environment
 * @param knownSecrets      every secret the run knows (keys, bound credentials): masked in all output
 *                          and redacted from prompts
 * @param claudeConfigDir   a directory of this run's own for the CLI's state ({@code CLAUDE_CONFIG_DIR})
 */
public record RunEnvironment(ProcessLauncher launcher, Workspace workspace, BuildLog log, OkHttpClient http,
                             UsageLedger ledger, Clock clock, Optional<Secret> claudeCredential,
                             List<Secret> knownSecrets, String claudeConfigDir) {

    public RunEnvironment {
        Objects.requireNonNull(launcher, "launcher");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(claudeCredential, "claudeCredential");
        knownSecrets = List.copyOf(knownSecrets);
        Objects.requireNonNull(claudeConfigDir, "claudeConfigDir");
    }
}
