package io.obra.privacy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskerTest {

    @Test
    void masksEveryKnownValueLongestFirst() {
        SecretMasker masker = SecretMasker.of(List.of("abcd1234", "xxabcd1234yy"));

        assertThat(masker.mask("key=xxabcd1234yy and abcd1234")).isEqualTo("key=**** and ****");
    }

    @Test
    void ignoresValuesTooShortToMaskSafelyAndNulls() {
        SecretMasker masker = SecretMasker.of(java.util.Arrays.asList("a", "12", null, "long-enough"));

        assertThat(masker.mask("a 12 long-enough")).isEqualTo("a 12 ****");
        assertThat(masker.mask(null)).isNull();
    }

    @Test
    void secretsAndExtraValuesCombine() {
        SecretMasker masker = SecretMasker.ofSecrets(List.of(new Secret("env K", "first-secret")))
                .with(List.of("second-secret"));

        assertThat(masker.mask("first-secret second-secret")).isEqualTo("**** ****");
        assertThat(masker.isEmpty()).isFalse();
        assertThat(SecretMasker.none().isEmpty()).isTrue();
        assertThat(SecretMasker.none().mask("first-secret")).isEqualTo("first-secret");
        assertThat(masker.toString()).isEqualTo("SecretMasker[2 values]").doesNotContain("first-secret");
    }

    @Test
    void aSecretPrintsItsSourceNeverItsValue() {
        Secret secret = new Secret("Jenkins credential 'openai-key'", "sk-proj-abc");

        assertThat(secret.toString()).isEqualTo("Secret[Jenkins credential 'openai-key']");
        assertThat(String.valueOf(List.of(secret))).doesNotContain("sk-proj-abc");
    }
}
