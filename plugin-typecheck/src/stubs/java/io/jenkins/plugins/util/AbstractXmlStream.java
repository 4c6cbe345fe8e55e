// Signature stub of jenkinsci/plugin-util-api-plugin (tag 6.1192.v30fe6e2837ff, as managed by bom-2.541.x 6916.v15ec97679743;
// checked with javap against plugin-util-api 6.1167.v022176c7e0ca_, whose signatures are the same),
// src/main/java/io/jenkins/plugins/util/AbstractXmlStream.java. Only what the Obra plugin uses; bodies throw. Never
// packaged. Omitted: createStream() and configureXStream(XStream2), which Obra does not override.
package io.jenkins.plugins.util;

import java.nio.file.Path;

public abstract class AbstractXmlStream<T> {
    protected AbstractXmlStream(final Class<T> type) {
        throw new UnsupportedOperationException("stub");
    }

    protected abstract T createDefaultValue();

    public T read(final Path file) {
        throw new UnsupportedOperationException("stub");
    }

    public void write(final Path file, final T entity) {
        throw new UnsupportedOperationException("stub");
    }
}
