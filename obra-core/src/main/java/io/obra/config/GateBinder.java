package io.obra.config;

import java.util.Optional;

/** Binds {@code gate}: the thresholds a run must reach and what a failed gate does to the build. */
final class GateBinder {

    private GateBinder() {
    }

    static GateSettings bind(final Section gate) {
        gate.allowKeys(ConfigKeys.GATE);
        GateSettings d = GateSettings.defaults();
        return new GateSettings(
                gate.value("min_quality").integer(0, 100).orElse(d.minQuality()),
                gate.value("min_confidence").fraction(true).orElse(d.minConfidence()),
                onFail(gate.value("on_fail")).orElse(d.onFail()),
                gate.value("max_iterations").integer(1, 20).orElse(d.maxIterations()),
                gate.value("verify_command").string().filter(command -> !command.isBlank()),
                gate.value("verify_timeout").duration(false).orElse(d.verifyTimeout()));
    }

    private static Optional<OnFail> onFail(final Value value) {
        Optional<String> text = value.string();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<OnFail> onFail = OnFail.parse(text.get());
        if (onFail.isEmpty()) {
            value.error("expected failure or unstable, got " + value.describe());
        }
        return onFail;
    }
}
