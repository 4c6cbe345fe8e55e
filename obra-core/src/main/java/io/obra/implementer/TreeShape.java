package io.obra.implementer;

import java.util.Map;
import java.util.Optional;

/**
 * Which parts of a JSON value {@link PrunedTreeReader} builds into a tree; everything else is read past
 * without being built. Immutable.
 *
 * @param whole   build the value in full
 * @param fields  of an object, the fields to keep, each with its own shape (an array keeps no element)
 * @param members every field of an object and every element of an array, with this shape
 */
record TreeShape(boolean whole, Map<String, TreeShape> fields, Optional<TreeShape> members) {

    /** The value in full. */
    static final TreeShape WHOLE = new TreeShape(true, Map.of(), Optional.empty());

    TreeShape {
        fields = Map.copyOf(fields);
    }

    /** Of an object, only {@code fields}; of an array, nothing. */
    static TreeShape fields(final Map<String, TreeShape> fields) {
        return new TreeShape(false, fields, Optional.empty());
    }

    /** Every member of an object or array, each with the shape {@code member}. */
    static TreeShape members(final TreeShape member) {
        return new TreeShape(false, Map.of(), Optional.of(member));
    }

    /** The shape of the object field {@code name}, or empty when it is skipped. */
    Optional<TreeShape> field(final String name) {
        return members.isPresent() ? members : Optional.ofNullable(fields.get(name));
    }
}
