package io.jenkins.plugins.obra;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.obra.credentials.SecretTextCredentials;
import io.jenkins.plugins.obra.tools.ClaudeCodeInstallation;
import io.jenkins.plugins.obra.util.JenkinsFacade;
import io.obra.config.GateSettings;
import io.obra.config.OnFail;

import java.time.Duration;
import java.util.Optional;

/**
 * The form endpoints the step and the freestyle builder share; permission checks stay in the descriptors'
 * endpoints. Ranges are checked by the engine's own settings types.
 */
final class ParameterForms {

    private final JenkinsFacade jenkins;

    ParameterForms() {
        this(new JenkinsFacade());
    }

    ParameterForms(final JenkinsFacade jenkins) {
        this.jenkins = jenkins;
    }

    JenkinsFacade jenkins() {
        return jenkins;
    }

    ListBoxModel credentialChoices(@CheckForNull final Item item, @CheckForNull final String current) {
        return SecretTextCredentials.choices(item, current);
    }

    ListBoxModel currentCredentialOnly(@CheckForNull final String current) {
        return SecretTextCredentials.currentOnly(current);
    }

    FormValidation checkCredential(@CheckForNull final Item item, @CheckForNull final String value) {
        return SecretTextCredentials.check(item, value);
    }

    /** The Claude Code installations, after an empty choice (claude on the agent's PATH). */
    ListBoxModel claudeTools() {
        ListBoxModel model = new ListBoxModel();
        model.add(Messages.ParameterForms_ClaudeOnPath(), "");
        for (ClaudeCodeInstallation installation
                : jenkins.getDescriptorByType(ClaudeCodeInstallation.DescriptorImpl.class).installations()) {
            model.add(installation.getName());
        }
        return model;
    }

    /** Inherit (empty), or one of the build results a failed gate may set. */
    ListBoxModel onFailChoices() {
        ListBoxModel model = new ListBoxModel();
        model.add(Messages.ParameterForms_OnFailInherit(), "");
        for (OnFail result : OnFail.values()) {
            model.add(result.name());
        }
        return model;
    }

    FormValidation checkMinQuality(@CheckForNull final String value) {
        return check(value, number -> new GateSettings((int) Math.round(number), 0.0, OnFail.FAILURE, 1,
                Optional.empty(), Duration.ZERO), Messages.ParameterForms_MinQualityRange());
    }

    FormValidation checkMinConfidence(@CheckForNull final String value) {
        return check(value, number -> new GateSettings(0, number, OnFail.FAILURE, 1, Optional.empty(),
                Duration.ZERO), Messages.ParameterForms_MinConfidenceRange());
    }

    private static FormValidation check(@CheckForNull final String value, final java.util.function.DoubleConsumer rule,
                                        final String problem) {
        String text = Util.fixEmptyAndTrim(value);
        if (text == null) {
            return FormValidation.ok();
        }
        try {
            rule.accept(Double.parseDouble(text));
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(problem);
        }
    }
}
