package io.obra.context;

/**
 * What a changed file is, which decides what the orchestrator sees first when the diff must shrink:
 * source before tests before configuration before documentation, and generated code, lock files,
 * vendored libraries and binaries last.
 */
public enum FileKind {
    SOURCE("source", 0),
    TEST("test", 1),
    CONFIG("config", 2),
    DOCS("docs", 3),
    GENERATED("generated", 4),
    LOCK("lock file", 4),
    VENDORED("vendored", 4),
    BINARY("binary", 4);

    private final String label;
    private final int rank;

    FileKind(final String label, final int rank) {
        this.label = label;
        this.rank = rank;
    }

    /** How a person calls it: "source", "lock file", ... */
    public String label() {
        return label;
    }

    /** 0 is kept first; generated, lock, vendored and binary files share the last rank. */
    public int rank() {
        return rank;
    }

    /** True for the kinds a reviewer rarely needs to read: generated, lock, vendored, binary. */
    public boolean lowPriority() {
        return rank == 4;
    }
}
