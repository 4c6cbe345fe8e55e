package io.obra.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The state of one bind pass: the scope, the environment for {@code ${NAME}}, the known provider ids, and
 * the problems found so far, each attributed to the layer that set the key.
 */
final class BindContext {

    private final CheckScope scope;
    private final Interpolator interpolator;
    private final List<String> providerIds;
    private final UnaryOperator<String> sourceOfPath;
    private final List<ConfigProblem> errors = new ArrayList<>();
    private final List<ConfigProblem> warnings = new ArrayList<>();

    /**
     * @param sourceOfPath the name of the layer that set a key path (for problems and secret sources)
     */
    BindContext(final CheckScope scope, final Interpolator interpolator, final List<String> providerIds,
                final UnaryOperator<String> sourceOfPath) {
        this.scope = scope;
        this.interpolator = interpolator;
        this.providerIds = List.copyOf(providerIds);
        this.sourceOfPath = sourceOfPath;
    }

    CheckScope scope() {
        return scope;
    }

    Interpolator interpolator() {
        return interpolator;
    }

    List<String> providerIds() {
        return providerIds;
    }

    String sourceOf(final String path) {
        return sourceOfPath.apply(path);
    }

    void error(final String path, final String message) {
        errors.add(ConfigProblem.at(sourceOf(path), path, message));
    }

    void warn(final String path, final String message) {
        warnings.add(ConfigProblem.at(sourceOf(path), path, message));
    }

    List<ConfigProblem> errors() {
        return List.copyOf(errors);
    }

    List<ConfigProblem> warnings() {
        return List.copyOf(warnings);
    }
}
