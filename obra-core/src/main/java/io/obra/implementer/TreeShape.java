package io.obra.implementer;

import java.util.Map;
import java.util.Optional;

/**
 * Which parts of a JSON value {@link PrunedTreeReader} builds into a tree; everything else is read past
 * without being built. Immutable.
 *
 * @param kind    whether the value is built in full, deferred, or pruned to {@code fields} or {@code members}
 * @param fields  of an object, the fields to keep, each with its own shape (an array keeps no element)
 * @param members every field of an object and every element of an array, with this shape
 */
record TreeShape(Kind kind, Map<String, TreeShape> fields, Optional<TreeShape> members) {

    /** How a value is read. */
    enum Kind {
        /** Built in full. */
        WHOLE,
        /**
         * A string, array or object is read past, its place kept so that it can be built when it is
         * asked for; any other value, small anyway, is built at once.
         */
        DEFERRED,
        /** Built with only what {@code fields} or {@code members} keep. */
        PRUNED
    }

    /** The value in full. */
    static final TreeShape WHOLE = new TreeShape(Kind.WHOLE, Map.of(), Optional.empty());
    /** The value left unread until asked for: see {@link PrunedTreeReader.DeferredValue}. */
    static final TreeShape DEFERRED = new TreeShape(Kind.DEFERRED, Map.of(), Optional.empty());

    TreeShape {
        fields = Map.copyOf(fields);
    }

    /** Of an object, only {@code fields}; of an array, nothing. */
    static TreeShape fields(final Map<String, TreeShape> fields) {
        return new TreeShape(Kind.PRUNED, fields, Optional.empty());
    }

    /** Every member of an object or array, each with the shape {@code member}. */
    static TreeShape members(final TreeShape member) {
        return new TreeShape(Kind.PRUNED, Map.of(), Optional.of(member));
    }

    /** The shape of the object field {@code name}, or empty when it is skipped. */
    Optional<TreeShape> field(final String name) {
        return members.isPresent() ? members : Optional.ofNullable(fields.get(name));
    }
}
