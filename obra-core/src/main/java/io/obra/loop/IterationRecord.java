package io.obra.loop;

import io.obra.evidence.VerifyRunner.VerifyRun;
import io.obra.gate.Gate.GateDecision;
import io.obra.implementer.ImplementerResult;
import io.obra.validation.Validator.Validation;

import java.util.Optional;

/**
 * What one iteration produced, as the loop saw it; turned into the report by {@link ReportAssembler}.
 *
 * @param orchestratorCostUsd cost of this iteration's orchestrator calls; empty when a model had no price
 * @param implementerCostUsd  this round's implementer cost; empty when the CLI did not report one
 */
record IterationRecord(int number, Optional<ImplementerResult> implementer, Optional<VerifyRun> verify,
                       Optional<Validation> validation, Optional<Double> orchestratorCostUsd,
                       Optional<Double> implementerCostUsd, Optional<ShadowRecord> shadow,
                       Optional<GateDecision> decision, long orchestratorMs) {

    /**
     * The shadow orchestrator's view of the same evidence.
     *
     * @param qualityDelta shadow quality minus the gating orchestrator's quality
     */
    record ShadowRecord(String provider, String model, Optional<Validation> validation, Optional<String> error,
                        boolean sameGateResult, int qualityDelta) {
    }
}
