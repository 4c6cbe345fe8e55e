package io.obra.cli;

import picocli.CommandLine.Option;

/** Options of a run ({@code run} and {@code review}) beyond the configuration. */
final class RunOptions {

    static final String DEFAULT_REPORT_DIR = "obra-reports";

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = DEFAULT_REPORT_DIR,
            description = "Where obra-report.json/.md/.html and obra-junit.xml go, inside the working directory "
                    + "(default: ${DEFAULT-VALUE}).")
    String reportDir;

    @Option(names = "--json",
            description = "Print only obra-report.json on standard output; progress goes to standard error.")
    boolean json;

    @Option(names = "--scope", paramLabel = "NAME", defaultValue = "cli",
            description = "Who pays, in the usage ledger (default: ${DEFAULT-VALUE}); e.g. the repository's name.")
    String scope;
}
