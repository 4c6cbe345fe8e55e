package io.obra.config;

/** How much of the configuration one bind pass may assume it sees. */
enum CheckScope {
    /** One layer of several: only each key's own value is checked. */
    LAYER,
    /** One file over the defaults ({@code obra validate-config}): also combinations of keys; the orchestrator
     *  model may still come from step parameters. */
    FILE,
    /** All layers merged: everything, including the required orchestrator provider and model. */
    MERGED;

    boolean checksCombinations() {
        return this != LAYER;
    }

    boolean requiresOrchestratorModel() {
        return this == MERGED;
    }
}
