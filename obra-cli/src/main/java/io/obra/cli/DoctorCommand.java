package io.obra.cli;

import io.obra.config.ConfigException;
import io.obra.config.LlmSettings;
import io.obra.config.OrchestratorSettings;
import io.obra.implementer.ClaudeCodeImplementer;
import io.obra.loop.ConnectionCheck;
import io.obra.orchestrator.HealthCheck;
import io.obra.privacy.Secret;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code obra doctor}: checks what a run needs (Claude Code and its credential, git, the configuration, the
 * orchestrator's key, endpoint and models), one line each, ✓ or ✗ with the fix.
 */
@Command(name = "doctor", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Check that a run can work here: Claude Code found and its version, Anthropic credential, "
                + "git, the configuration, the orchestrator key, endpoint and model.",
                "Exit: 0 every check passed, 1 a check failed, 2 bad usage."})
final class DoctorCommand implements Callable<Integer> {

    private static final long PROBE_SECONDS = 30;

    @ParentCommand
    private ObraCommand root;

    @Mixin
    private ConfigOptions options;

    @Override
    public Integer call() throws InterruptedException {
        CliEnvironment env = root.environment();
        Console console = root.console();
        ConfigResolver resolver = new ConfigResolver(env);
        Path workdir;
        try {
            workdir = resolver.workdir(options);
        } catch (UsageException e) {
            console.problem(e.getMessage());
            return ExitCodes.USAGE;
        }
        List<Check> checks = new ArrayList<>();
        Optional<ResolvedConfig> resolved = configuration(resolver, checks);
        resolved.ifPresent(r -> console.maskAlso(r.knownSecrets()));
        String claude = resolved.flatMap(r -> r.config().agent().executable())
                .or(() -> Optional.ofNullable(options.claude))
                .or(() -> env.get(EnvironmentLayer.OBRA_CLAUDE)).orElse("claude");
        checks.add(claude(claude, workdir));
        checks.add(claudeCredential());
        checks.add(git(workdir));
        if (resolved.isPresent()) {
            OkHttpClient http = HttpClients.of(env);
            try {
                orchestrators(resolved.get(), http, checks);
            } finally {
                HttpClients.close(http);
            }
        }
        checks.forEach(check -> console.out().println(check.render(console.style())));
        long failed = checks.stream().filter(Check::failed).count();
        console.out().println();
        if (failed == 0) {
            console.out().println(console.style().green("Ready: obra run --task \"...\" will find what it needs."));
            return ExitCodes.PASSED;
        }
        console.out().println(console.style().red(failed + (failed == 1 ? " check" : " checks")
                + " failed; fix them and run obra doctor again."));
        return ExitCodes.GATE_FAILED;
    }

    private Optional<ResolvedConfig> configuration(final ConfigResolver resolver, final List<Check> checks) {
        try {
            ResolvedConfig resolved = resolver.resolve(options);
            LlmSettings llm = resolved.config().orchestrator().llm();
            checks.add(Check.ok("configuration", resolved.configFile().map(Path::toString).orElse("no .obra.yml; flags "
                    + "and environment only") + " (orchestrator " + llm.provider() + " " + llm.model() + ")"));
            resolved.warnings().forEach(w -> checks.add(Check.info("configuration", "warning: " + w)));
            return Optional.of(resolved);
        } catch (UsageException e) {
            checks.add(Check.failed("configuration", e.getMessage(), "pass an existing file to --config"));
        } catch (ConfigException e) {
            checks.add(Check.failed("configuration", String.join("; ", e.getMessage().split("\n")),
                    "correct the fields named above (obra validate-config FILE lists every problem; "
                            + "obra init --provider openai|ollama writes a valid .obra.yml)"));
        }
        return Optional.empty();
    }

    private Check claude(final String executable, final Path workdir) throws InterruptedException {
        CliEnvironment env = root.environment();
        String install = "install it with `npm install -g @anthropic-ai/claude-code`, or point --claude / "
                + "OBRA_CLAUDE / agent.executable at the binary";
        Optional<Path> found = ProgramProbe.locate(executable, env.variables().get("PATH"), workdir);
        if (found.isEmpty()) {
            return Check.failed("claude", "Claude Code CLI not found" + (executable.equals("claude")
                    ? " on the PATH" : " at " + executable), install);
        }
        try {
            ProgramProbe.Answer answer = new ProgramProbe(PROBE_SECONDS).run(List.of(found.get().toString(), "--version"),
                    Map.of("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1",
                            "CLAUDE_CONFIG_DIR", env.claudeConfigDir().toString()), workdir);
            if (!answer.succeeded()) {
                return Check.failed("claude", "`" + found.get() + " --version` " + (answer.exitCode() < 0
                        ? "did not answer within " + PROBE_SECONDS + " s" : "failed (exit " + answer.exitCode()
                        + "): " + firstLine(answer.output())), "reinstall Claude Code: " + install);
            }
            String endpoint = env.get(EnvironmentLayer.ANTHROPIC_BASE_URL).map(url -> "; calls " + url).orElse("");
            return Check.ok("claude", firstLine(answer.output()) + " at " + found.get() + " (tested with "
                    + ClaudeCodeImplementer.TESTED_VERSION + ")" + endpoint);
        } catch (IOException e) {
            return Check.failed("claude", "cannot start " + found.get() + ": " + e.getMessage(), install);
        }
    }

    private Check claudeCredential() {
        CliEnvironment env = root.environment();
        Optional<Secret> credential = EnvironmentSecrets.claude(env);
        if (credential.isPresent()) {
            return Check.ok("Anthropic credential", credential.get().source() + " is set");
        }
        if (env.get("ANTHROPIC_AUTH_TOKEN").isPresent()) {
            return Check.ok("Anthropic credential", "environment variable ANTHROPIC_AUTH_TOKEN is set (bearer token)");
        }
        Path login = env.claudeConfigDir().resolve(".credentials.json");
        if (Files.isRegularFile(login)) {
            return Check.ok("Anthropic credential", "Claude Code login in " + env.claudeConfigDir());
        }
        return Check.failed("Anthropic credential", "neither ANTHROPIC_API_KEY nor CLAUDE_CODE_OAUTH_TOKEN is set",
                "export ANTHROPIC_API_KEY=<API key> or CLAUDE_CODE_OAUTH_TOKEN=<token from `claude setup-token`>; "
                        + "keys are read from the environment only, never from flags");
    }

    private Check git(final Path workdir) throws InterruptedException {
        ProgramProbe probe = new ProgramProbe(PROBE_SECONDS);
        try {
            ProgramProbe.Answer version = probe.run(List.of("git", "--version"), Map.of(), workdir);
            if (!version.succeeded()) {
                return Check.failed("git", "`git --version` failed: " + firstLine(version.output()), "install git");
            }
            ProgramProbe.Answer inside = probe.run(List.of("git", "rev-parse", "--is-inside-work-tree"), Map.of(),
                    workdir);
            if (!inside.succeeded() || !inside.output().equals("true")) {
                return Check.failed("git", workdir + " is not a git checkout",
                        "run obra in a git repository (or pass --workdir); `git init && git commit` makes one");
            }
            return Check.ok("git", firstLine(version.output()) + "; " + workdir + " is a git checkout");
        } catch (IOException e) {
            return Check.failed("git", "git not found: " + e.getMessage(), "install git");
        }
    }

    private void orchestrators(final ResolvedConfig resolved, final OkHttpClient http, final List<Check> checks)
            throws InterruptedException {
        OrchestratorSettings orchestrator = resolved.config().orchestrator();
        orchestrator("orchestrator", "orchestrator.llm", orchestrator.llm(), http, checks);
        if (orchestrator.fallback().isPresent()) {
            orchestrator("fallback orchestrator", "orchestrator.fallback", orchestrator.fallback().get(),
                    http, checks);
        }
        if (orchestrator.shadow().isPresent()) {
            orchestrator("shadow orchestrator", "orchestrator.shadow", orchestrator.shadow().get(), http,
                    checks);
        }
    }

    private void orchestrator(final String label, final String path,
                              final LlmSettings llm, final OkHttpClient http, final List<Check> checks)
            throws InterruptedException {
        String variable = EnvironmentSecrets.keyVariable(llm.provider());
        if (llm.apiKey().isPresent()) {
            checks.add(Check.ok(label + " key", llm.apiKey().get().source() + " is set"));
        } else if (llm.provider().equals("openai") && llm.baseUrl().map(u -> u.contains("api.openai.com")).orElse(true)) {
            checks.add(Check.failed(label + " key", variable + " is not set",
                    "export " + variable + "=<key>; keys are read from the environment only, never from flags"));
        } else {
            checks.add(Check.info(label + " key", "none (" + variable + " is not set; " + llm.provider()
                    + " at " + llm.baseUrl().orElse("its default address") + " gets requests without a key)"));
        }
        HealthCheck health = new ConnectionCheck(http).check(llm);
        String endpointSources = path + ".base_url, " + (path.equals("orchestrator.llm") ? "--orchestrator-url, " : "")
                + EnvironmentLayer.baseUrlVariable(llm.provider());
        checks.add(health.ok() ? Check.ok(label, health.message())
                : Check.failed(label, health.message(), "the endpoint comes from " + endpointSources
                + "; the models from " + path + ".model and fallback_models"));
    }

    private static String firstLine(final String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
