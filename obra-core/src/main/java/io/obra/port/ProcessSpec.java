package io.obra.port;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to run: the command, its environment additions, its working directory (a path on the machine
 * that runs it, which in Jenkins is the agent) and what to write to its standard input, which is then
 * closed.
 *
 * @param secretValues values in {@code environment} that must be masked wherever the launcher echoes
 *                     anything (the Jenkins adapter also masks the command line)
 */
public record ProcessSpec(List<String> command, Map<String, String> environment, String workingDirectory,
                          byte[] stdin, Set<String> secretValues) {

    public ProcessSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        stdin = stdin == null ? new byte[0] : stdin.clone();
        secretValues = Set.copyOf(secretValues);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a process needs a command");
        }
    }

    @Override
    public byte[] stdin() {
        return stdin.clone();
    }
}
