// Signature stub of jenkinsci/okhttp-api-plugin (tag 5.3.2-200.vedb_720a_cf1f8, as managed by bom-2.541.x
// 6916.v15ec97679743; checked with javap), src/main/java/io/jenkins/plugins/okhttp/api/JenkinsOkHttpClient.java.
// OkHttpClient is the real okhttp-jvm 5.3.2 (obra-core's dependency, the version okhttp-api bundles).
package io.jenkins.plugins.okhttp.api;

import okhttp3.OkHttpClient;

public class JenkinsOkHttpClient {
    private JenkinsOkHttpClient() {
    }

    public static OkHttpClient.Builder newClientBuilder(OkHttpClient httpClient) {
        throw new UnsupportedOperationException("stub");
    }
}
