package io.jenkins.plugins.obra.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.obra.privacy.Secret;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.Optional;

/**
 * The API keys and tokens Obra uses are Jenkins "Secret text" credentials: looked up for a build as the
 * user who started it, listed in dropdowns, and checked in forms. Callers check permissions first.
 */
public final class SecretTextCredentials {

    private SecretTextCredentials() {
    }

    /**
     * Resolves a credential for a build and records its use on the build.
     *
     * @param id  the credential id; {@code null} or blank means none
     * @param run the build that uses it
     * @return the secret, named after the credential (its value never appears in messages)
     * @throws AbortException when no Secret text credential with this id is visible to the build
     */
    public static Optional<Secret> lookup(@CheckForNull final String id, final Run<?, ?> run) throws AbortException {
        String trimmed = Util.fixEmptyAndTrim(id);
        if (trimmed == null) {
            return Optional.empty();
        }
        StringCredentials credential = CredentialsProvider.findCredentialById(trimmed, StringCredentials.class, run,
                List.of());
        if (credential == null) {
            throw new AbortException(Messages.SecretTextCredentials_NotFound(trimmed));
        }
        CredentialsProvider.track(run, credential);
        return Optional.of(toSecret(trimmed, credential));
    }

    /** Resolves a credential for a form action ("Test connection") in the context of the configured item. */
    public static Optional<Secret> lookupForForm(@CheckForNull final String id, @CheckForNull final Item item) {
        String trimmed = Util.fixEmptyAndTrim(id);
        if (trimmed == null) {
            return Optional.empty();
        }
        StringCredentials credential = CredentialsProvider.findCredentialByIdInItem(trimmed, StringCredentials.class,
                item, authenticationOf(item), List.of());
        return Optional.ofNullable(credential).map(c -> toSecret(trimmed, c));
    }

    /** The dropdown of Secret text credentials; the caller has checked the user may choose credentials. */
    public static ListBoxModel choices(@CheckForNull final Item item, @CheckForNull final String current) {
        return new StandardListBoxModel()
                .includeEmptyValue()
                .includeMatchingAs(authenticationOf(item), item, StringCredentials.class, List.of(),
                        CredentialsMatchers.always())
                .includeCurrentValue(Util.fixNull(current));
    }

    /** The dropdown for a user who may not list credentials: only the current value, so a save keeps it. */
    public static ListBoxModel currentOnly(@CheckForNull final String current) {
        return new StandardListBoxModel().includeCurrentValue(Util.fixNull(current));
    }

    /** Form validation of a credential id; the caller has checked the user may choose credentials. */
    public static FormValidation check(@CheckForNull final Item item, @CheckForNull final String value) {
        String id = Util.fixEmptyAndTrim(value);
        if (id == null) {
            return FormValidation.ok();
        }
        if (id.startsWith("${") && id.endsWith("}")) {
            return FormValidation.warning(Messages.SecretTextCredentials_Expression());
        }
        if (CredentialsProvider.listCredentialsInItem(StringCredentials.class, item, authenticationOf(item), List.of(),
                CredentialsMatchers.withId(id)).isEmpty()) {
            return FormValidation.error(Messages.SecretTextCredentials_NotVisible(id));
        }
        return FormValidation.ok();
    }

    private static Authentication authenticationOf(@CheckForNull final Item item) {
        return item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
    }

    private static Secret toSecret(final String id, final StringCredentials credential) {
        return new Secret("Jenkins credential '" + id + "'", credential.getSecret().getPlainText());
    }
}
