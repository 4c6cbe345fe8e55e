package io.obra.config;

import java.nio.file.FileSystems;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Binds {@code privacy}: redaction on/off, files never sent, and extra patterns to redact. */
final class PrivacyBinder {

    private PrivacyBinder() {
    }

    static PrivacySettings bind(final Section privacy) {
        privacy.allowKeys(ConfigKeys.PRIVACY);
        PrivacySettings d = PrivacySettings.defaults();
        return new PrivacySettings(
                privacy.value("enabled").bool(),
                privacy.value("exclude").strings(PrivacyBinder::checkGlob).orElse(d.exclude()),
                privacy.value("patterns").strings(PrivacyBinder::checkRegex).orElse(d.patterns()));
    }

    private static Optional<String> checkGlob(final String glob) {
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("not a valid glob near index " + e.getIndex() + "; check that [ ] and { } are paired");
        }
    }

    private static Optional<String> checkRegex(final String regex) {
        try {
            Pattern.compile(regex);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
    }
}
