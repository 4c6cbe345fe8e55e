// Signature stub of jenkinsci/credentials-binding-plugin (tag 728.v902a_273b_8947, as managed by bom-2.541.x 6916.v15ec97679743; checked with javap against 725.ve52b_2328a_fde),
// src/main/java/org/jenkinsci/plugins/credentialsbinding/masking/SecretPatterns.java.
package org.jenkinsci.plugins.credentialsbinding.masking;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.console.LineTransformationOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.function.Supplier;
import java.util.regex.Pattern;

public class SecretPatterns {
    private SecretPatterns() {
    }

    public static @NonNull Pattern getAggregateSecretPattern(@NonNull Collection<String> inputs) {
        throw new UnsupportedOperationException("stub");
    }

    public static class MaskingOutputStream extends LineTransformationOutputStream.Delegating {
        public MaskingOutputStream(@NonNull OutputStream out, @NonNull Supplier<Pattern> secretPattern,
                                   @NonNull String charsetName) {
            super(out);
            throw new UnsupportedOperationException("stub");
        }

        @Override
        protected void eol(byte[] b, int len) throws IOException {
            throw new UnsupportedOperationException("stub");
        }

        @Override
        public String toString() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
