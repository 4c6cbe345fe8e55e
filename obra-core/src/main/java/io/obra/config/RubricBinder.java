package io.obra.config;

import io.obra.config.RubricSettings.CriterionSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Binds {@code rubric}: {@code criteria} replaces the default criteria, {@code extra_criteria} adds to them,
 * {@code weights} re-weights any of them by name; {@code instructions} go to the orchestrator.
 */
final class RubricBinder {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final String WEIGHT = "a weight of 0 or more";

    private RubricBinder() {
    }

    static RubricSettings bind(final Section rubric) {
        rubric.allowKeys(ConfigKeys.RUBRIC);
        List<CriterionSettings> defaults = RubricSettings.defaults().criteria();
        List<CriterionSettings> criteria = new ArrayList<>(defaults);
        Value replacement = rubric.value("criteria");
        Optional<List<CriterionSettings>> listed = criteria(replacement, List.of(), defaults);
        if (listed.isPresent()) {
            if (listed.get().isEmpty()) {
                replacement.error("lists no criterion; list at least one, or leave the key out for the defaults");
            } else {
                criteria = new ArrayList<>(listed.get());
            }
        }
        criteria(rubric.value("extra_criteria"), criteria, defaults).ifPresent(criteria::addAll);
        reweigh(rubric.section("weights"), criteria);
        if (rubric.context().scope().checksCombinations() && criteria.stream().allMatch(c -> c.weight() == 0)) {
            rubric.error("weights", "every criterion has weight 0; give at least one a weight above 0");
        }
        return new RubricSettings(criteria, rubric.value("instructions").string());
    }

    /**
     * @param existing criteria a new one must not duplicate
     * @param defaults where a default criterion's name lends its description and weight
     */
    private static Optional<List<CriterionSettings>> criteria(final Value list, final List<CriterionSettings> existing,
                                                              final List<CriterionSettings> defaults) {
        Optional<List<Value>> elements = list.elements();
        if (elements.isEmpty()) {
            return Optional.empty();
        }
        List<CriterionSettings> criteria = new ArrayList<>();
        boolean valid = true;
        for (Value element : elements.get()) {
            if (!element.isPresent()) {
                element.error("expected a criterion (a map with name, weight, description), got nothing");
            }
            Optional<Section> section = element.section();
            Optional<CriterionSettings> criterion = section.flatMap(s -> criterion(s, defaults));
            if (criterion.isPresent() && (find(existing, criterion.get().name()).isPresent()
                    || find(criteria, criterion.get().name()).isPresent())) {
                section.get().error("name", criterion.get().name()
                        + " is already a criterion; re-weight it with rubric.weights instead of listing it twice");
                criterion = Optional.empty();
            }
            criterion.ifPresent(criteria::add);
            valid &= criterion.isPresent();
        }
        return valid ? Optional.of(criteria) : Optional.empty();
    }

    private static Optional<CriterionSettings> criterion(final Section criterion,
                                                         final List<CriterionSettings> defaults) {
        criterion.allowKeys(ConfigKeys.CRITERION);
        Value nameValue = criterion.value("name");
        Optional<String> name = nameValue.requiredString("required (e.g. error_handling)");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (!NAME.matcher(name.get()).matches()) {
            nameValue.error("expected a name of lower-case letters, digits and _ (e.g. error_handling), got "
                    + nameValue.describe());
            return Optional.empty();
        }
        Optional<CriterionSettings> standard = find(defaults, name.get());
        double weight = criterion.value("weight").number(WEIGHT, RubricBinder::validWeight)
                .orElse(standard.map(CriterionSettings::weight).orElse(1.0));
        Value descriptionValue = criterion.value("description");
        Optional<String> description = standard.isPresent()
                ? descriptionValue.string().or(() -> standard.map(CriterionSettings::description))
                : descriptionValue.requiredString("required for a criterion of your own (the orchestrator scores"
                        + " against it); only the default criteria (" + String.join(", ", names(defaults)) + ") have one");
        Optional<Integer> minScore = criterion.value("min_score").integer(0, 100);
        if (description.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CriterionSettings(name.get(), weight, description.get(), minScore));
    }

    private static void reweigh(final Section weights, final List<CriterionSettings> criteria) {
        for (String name : weights.keys()) {
            Value value = weights.value(name);
            Optional<Double> weight = value.number(WEIGHT, RubricBinder::validWeight);
            Optional<CriterionSettings> criterion = find(criteria, name);
            if (criterion.isEmpty()) {
                if (weights.context().scope().checksCombinations()) {
                    value.error("no criterion named " + name + "; " + KeySuggester.nearest(name, names(criteria))
                            .map(near -> "did you mean " + near + "?")
                            .orElse("criteria: " + String.join(", ", names(criteria))));
                }
                continue;
            }
            weight.ifPresent(w -> criteria.set(criteria.indexOf(criterion.get()), new CriterionSettings(name, w,
                    criterion.get().description(), criterion.get().minScore())));
        }
    }

    private static boolean validWeight(final double weight) {
        return weight >= 0 && Double.isFinite(weight);
    }

    private static Optional<CriterionSettings> find(final List<CriterionSettings> criteria, final String name) {
        return criteria.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static List<String> names(final List<CriterionSettings> criteria) {
        return criteria.stream().map(CriterionSettings::name).toList();
    }
}
