package io.obra.context;

/** What happened to a file in a diff. */
public enum FileChange {
    MODIFIED,
    ADDED,
    DELETED,
    RENAMED,
    COPIED,
    /** Not a file at all: text the parser could not read as a diff, kept verbatim. */
    UNPARSED
}
