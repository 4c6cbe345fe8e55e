package io.obra.cost;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostTest {

    @Test
    void unknownPartsSurviveAdditionAndAreDescribedWithTheirFix() {
        Cost total = Cost.usd(0.5).plus(Cost.unpriced("my-model")).plus(Cost.usd(0.25)).plus(Cost.unpriced("my-model"));

        assertThat(total.known()).isFalse();
        assertThat(total.usd()).isEqualTo(0.75);
        assertThat(total.unknowns()).containsExactly("no price for model my-model; set pricing.models.my-model");
        assertThat(total.describe()).isEqualTo(
                "$0.7500 + unknown (no price for model my-model; set pricing.models.my-model)");
        assertThat(Cost.usd(0.012345).describe()).isEqualTo("$0.0123");
    }

    @Test
    void dollarsIgnoreThePlatformLocale() {
        java.util.Locale previous = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(Cost.dollars(1234.5, 2)).isEqualTo("$1234.50");
        } finally {
            java.util.Locale.setDefault(previous);
        }
    }

    @Test
    void negativeOrNanAmountsAreRejected() {
        assertThatThrownBy(() -> Cost.usd(-1)).hasMessageContaining("non-negative");
        assertThatThrownBy(() -> Cost.usd(Double.NaN)).hasMessageContaining("non-negative");
    }
}
