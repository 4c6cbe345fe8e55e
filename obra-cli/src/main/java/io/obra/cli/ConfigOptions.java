package io.obra.cli;

import picocli.CommandLine.Option;

import java.util.List;

/**
 * The flags that override {@code .obra.yml}; each maps onto the key of the same meaning (see
 * {@link FlagLayer}). Keys are deliberately not among them: they come from the environment only, so they
 * never land in shell history or a CI log.
 */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: .obra.yml in the working directory, if present).")
    String config;

    @Option(names = "--trust-config", negatable = true,
            description = "Whether the configuration file may choose the claude binary and its environment, set "
                    + "keys, and send the environment's keys to endpoints it names. Default: yes, except in a "
                    + "pull-request build (GitHub, GitLab, Jenkins, ...), whose .obra.yml its author wrote.")
    Boolean trustConfig;

    @Option(names = "--workdir", paramLabel = "DIR",
            description = "The git checkout to work in (default: the current directory).")
    String workdir;

    @Option(names = "--provider", paramLabel = "openai|ollama",
            description = "Orchestrator provider (orchestrator.llm.provider).")
    String provider;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "Orchestrator model, pinned, e.g. gpt-4o-2024-11-20 (orchestrator.llm.model).")
    String model;

    @Option(names = "--fallback-model", paramLabel = "MODEL",
            description = "Fallback orchestrator model; repeat for a chain (orchestrator.llm.fallback_models).")
    List<String> fallbackModels;

    @Option(names = "--orchestrator-url", paramLabel = "URL",
            description = "Orchestrator endpoint (orchestrator.llm.base_url); "
                    + "env: OBRA_OPENAI_BASE_URL / OBRA_OLLAMA_BASE_URL.")
    String orchestratorUrl;

    @Option(names = "--claude", paramLabel = "PATH",
            description = "The claude binary (agent.executable); env: OBRA_CLAUDE. Default: claude on the PATH.")
    String claude;

    @Option(names = "--anthropic-url", paramLabel = "URL",
            description = "Anthropic API endpoint for Claude Code (ANTHROPIC_BASE_URL), e.g. a gateway.")
    String anthropicUrl;

    @Option(names = "--agent-model", paramLabel = "MODEL", description = "Claude Code model, e.g. sonnet (agent.model).")
    String agentModel;

    @Option(names = "--max-turns", paramLabel = "N", description = "Claude Code turns per round (agent.max_turns).")
    Integer maxTurns;

    @Option(names = "--min-quality", paramLabel = "0-100", description = "Gate: minimum quality (gate.min_quality).")
    Integer minQuality;

    @Option(names = "--min-confidence", paramLabel = "0-1",
            description = "Gate: minimum confidence (gate.min_confidence).")
    Double minConfidence;

    @Option(names = "--max-iterations", paramLabel = "N",
            description = "Implementer rounds at most (gate.max_iterations).")
    Integer maxIterations;

    @Option(names = "--verify-command", paramLabel = "CMD",
            description = "Shell command that must exit 0, e.g. 'mvn -q test' (gate.verify_command).")
    String verifyCommand;

    @Option(names = "--budget-usd", paramLabel = "USD", description = "Hard limit of this run (budget.per_run_usd).")
    Double budgetUsd;

    @Option(names = "--monthly-budget-usd", paramLabel = "USD",
            description = "Hard limit of the month in the usage ledger (budget.monthly_usd).")
    Double monthlyBudgetUsd;

    @Option(names = "--privacy", negatable = true,
            description = "Redact secrets before a prompt leaves (privacy.enabled). Default: on, "
                    + "except for Ollama on a private address.")
    Boolean privacy;

    @Option(names = "--optimize-prompt", negatable = true,
            description = "Let the orchestrator rewrite the task into a precise prompt first "
                    + "(orchestrator.optimize_prompt).")
    Boolean optimizePrompt;
}
